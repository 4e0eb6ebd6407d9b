/**
 * Property tests: the parser never throws and returns plain, schema-valid data; generated
 * distribution lists rendered in wsl.exe's real layouts (every language, every encoding a paste
 * arrives in) parse back exactly; every non-blank line is accounted for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWslList } from '../../../src/parsers/wsl-list/index.js';
import { WslListOutputSchema } from '../../../src/parsers/wsl-list/schema.js';
import { WSL_LOCALES } from '../../../src/parsers/wsl-list/strings.js';
import {
  goQuoted,
  nulInterleaved,
  renderWslList,
  renderWslListQuiet,
  renderWslListVerbose,
  spacedLikePowerShell,
  toUtf16le,
  type Newline,
  type RenderDistro,
} from '../../support/render-wsl-list.js';

const NAME = /^[\w.-]{1,256}$/;
const STATES = ['Running', 'Stopped', 'Installing', 'Uninstalling', 'Converting', 'Exporting'] as const;
// Names the parser cannot tell from something else: header words, and `wsl` itself (a bare command).
const RESERVED = new Set(['name', 'state', 'version', 'friendly', 'wsl', 'wsl.exe', 'wslconfig', 'wslconfig.exe']);

// Two characters at least: a run of one-character lines is read as UTF-16 split at every NUL.
const nameArb = fc.stringMatching(/^[\w.-]{2,24}$/).filter((n) => !RESERVED.has(n.toLowerCase()));

const distrosArb: fc.Arbitrary<RenderDistro[]> = fc
  .uniqueArray(nameArb, { minLength: 1, maxLength: 8, selector: (n) => n.toLowerCase() })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.array(fc.constantFrom(...STATES), { minLength: names.length, maxLength: names.length }),
      fc.array(fc.constantFrom(1 as const, 2 as const), { minLength: names.length, maxLength: names.length }),
      fc.option(fc.nat({ max: names.length - 1 }), { nil: null }),
    ),
  )
  .map(([names, states, versions, def]) =>
    names.map((name, i) => ({ name, state: states[i] as RenderDistro['state'], version: versions[i] as 1 | 2, isDefault: def === i })),
  );

const localeArb = fc.constantFrom(...WSL_LOCALES.map((l) => l.locale));
const newlineArb = fc.constantFrom<Newline>('\r\n', '\r\r\n', '\n');
const LATIN1_LOCALES = new Set(WSL_LOCALES.filter((l) => [...l.header, ...l.defaultRow].every((c) => c.charCodeAt(0) <= 0xff)).map((l) => l.locale));

type Expected = { name: string; state: string | null; version: number | null; isDefault: boolean; extra: Record<string, string>; line: number }[];

function expectedVerbose(ds: RenderDistro[], firstLine = 2): Expected {
  return ds.map((d, i) => ({ name: d.name, state: d.state, version: d.version, isDefault: d.isDefault, extra: {}, line: firstLine + i }));
}
function expectedList(ds: RenderDistro[], firstLine = 2): Expected {
  return ds.map((d, i) => ({ name: d.name, state: null, version: null, isDefault: d.isDefault, extra: {}, line: firstLine + i }));
}
function expectedQuiet(ds: RenderDistro[]): Expected {
  return ds.map((d, i) => ({ name: d.name, state: null, version: null, isDefault: false, extra: {}, line: 1 + i }));
}
const withoutLines = (xs: Expected) => xs.map(({ line: _line, ...rest }) => rest);

function checkInvariants(input: string | Uint8Array): void {
  const r = parseWslList(input);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  expect(WslListOutputSchema.safeParse(r.value).success).toBe(true);
  expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
  for (let i = 1; i < r.diagnostics.length; i++) expect((r.diagnostics[i - 1]?.line ?? 0) <= (r.diagnostics[i]?.line ?? 0)).toBe(true);
  for (const d of r.value.distros) expect(d.name).toMatch(NAME);
  for (const d of r.diagnostics) expect(d.code).toMatch(/^(?:wsl-list|input)\/[a-z0-9-]+$/);
}

describe('never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => checkInvariants(s)), { numRuns: 200 });
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => checkInvariants(b)), { numRuns: 200 });
  });

  it('on mixtures of real fragments, NULs, spaces and line breaks', () => {
    const fragment = fc.constantFrom(
      '  NAME      STATE           VERSION',
      '* Ubuntu    Running         2',
      'Windows Subsystem for Linux Distributions:',
      'Ubuntu (Default)',
      'Ubuntu(기본값)',
      'C:\\> wsl -l -v',
      'PS C:\\> ',
      '```',
      '> ',
      '*',
      'Error code: Wsl/X',
      'There are no running distributions.',
      'Copyright (c) Microsoft Corporation.',
      '\\x00',
      '\\r\\n',
      '"',
      '\0',
      ' ',
      '\r',
      '\n',
      '\u00a0',
      'N A M E',
      'NAME FRIENDLY NAME',
      '(',
      ')',
      'x',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), fc.boolean(), (parts, asBytes) => {
        const text = parts.join('');
        checkInvariants(asBytes ? toUtf16le(text) : text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('round trip: rendered lists parse back', () => {
  it('wsl -l -v with real padding, in every line ending and as UTF-16LE bytes', () => {
    fc.assert(
      fc.property(distrosArb, newlineArb, (ds, nl) => {
        const text = renderWslListVerbose(ds, nl);
        for (const input of [text, toUtf16le(text), nulInterleaved(text)]) {
          const r = parseWslList(input);
          expect(r.value.distros).toEqual(expectedVerbose(ds));
          expect(r.value.variant).toBe('verbose');
          expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('wsl -l in every language, every line ending, as UTF-16LE bytes and NUL-interleaved text', () => {
    fc.assert(
      fc.property(distrosArb, localeArb, newlineArb, (ds, locale, nl) => {
        const text = renderWslList(ds, locale, nl);
        for (const input of [text, toUtf16le(text), nulInterleaved(text)]) {
          const r = parseWslList(input);
          expect(r.value.distros).toEqual(expectedList(ds));
          expect(r.value.variant).toBe('list');
          expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('wsl -l -q', () => {
    fc.assert(
      fc.property(distrosArb, newlineArb, (ds, nl) => {
        const text = renderWslListQuiet(ds, nl);
        for (const input of [text, toUtf16le(text)]) {
          const r = parseWslList(input);
          expect(r.value.distros).toEqual(expectedQuiet(ds));
          expect(r.value.variant).toBe('quiet');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('spaced-out text (NULs shown as spaces) gives the same distros', () => {
    fc.assert(
      fc.property(distrosArb, localeArb, fc.constantFrom('verbose', 'list'), (ds, locale, form) => {
        const text = form === 'verbose' ? renderWslListVerbose(ds) : renderWslList(ds, locale);
        const r = parseWslList(spacedLikePowerShell(text));
        expect(withoutLines(r.value.distros)).toEqual(withoutLines(form === 'verbose' ? expectedVerbose(ds) : expectedList(ds)));
        expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('Go-quoted UTF-16 logs give the same distros (Latin-1 languages)', () => {
    fc.assert(
      fc.property(distrosArb, localeArb.filter((l) => LATIN1_LOCALES.has(l)), fc.constantFrom('verbose', 'list'), (ds, locale, form) => {
        const text = form === 'verbose' ? renderWslListVerbose(ds) : renderWslList(ds, locale);
        const r = parseWslList(`${goQuoted(text)}\n`);
        expect(withoutLines(r.value.distros)).toEqual(withoutLines(form === 'verbose' ? expectedVerbose(ds) : expectedList(ds)));
        for (const d of r.value.distros) expect(d.line).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it('LF, CRLF and UTF-16LE give the same value', () => {
    fc.assert(
      fc.property(distrosArb, localeArb, (ds, locale) => {
        const lf = renderWslList(ds, locale, '\n') + renderWslListVerbose(ds, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = parseWslList(lf).value;
        expect(parseWslList(crlf).value).toEqual(a);
        expect(parseWslList(toUtf16le(crlf)).value).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

describe('accounting', () => {
  const block = fc.oneof(
    distrosArb.map((ds) => ['C:\\> wsl -l -v', ...renderWslListVerbose(ds, '\n').split('\n').slice(0, -1)]),
    fc.tuple(distrosArb, localeArb).map(([ds, l]) => ['PS C:\\> wsl -l', ...renderWslList(ds, l, '\n').split('\n').slice(0, -1)]),
    fc.constant(['```', 'There are no running distributions.', '```']),
    fc.constant(['$ wsl --debug-shell', 'All pipe instances are busy.', 'Error code: Wsl/DebugShell/ERROR_PIPE_BUSY']),
    fc.constant(['Here is what I see on my machine today', '']),
  );

  it('every non-blank line is in a record, a header, or named by a diagnostic', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const lines = blocks.flat();
        const r = parseWslList(lines.join('\n'));
        const covered = new Set<number>();
        for (const d of r.value.distros) covered.add(d.line);
        for (const d of r.value.online) covered.add(d.line);
        for (const m of [r.value.message, r.value.error]) if (m) for (let n = m.line; n <= m.endLine; n++) covered.add(n);
        for (const d of r.diagnostics) covered.add(d.line);
        lines.forEach((text, i) => {
          if (text.trim() === '' || covered.has(i + 1)) return;
          // Header lines belong to their listing.
          const isHeader = text.trimStart().startsWith('NAME') || WSL_LOCALES.some((l) => l.header === text);
          expect({ line: i + 1, text, isHeader }).toMatchObject({ isHeader: true });
        });
        // A merged distro's every row is either its record line or named by `distro-repeated`.
        for (const d of r.value.distros) expect(lines[d.line - 1]).toContain(d.name);
      }),
      { numRuns: 150 },
    );
  });
});
