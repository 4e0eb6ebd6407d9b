/**
 * Property tests for parseIpconfig: total on any input, and generated adapters rendered in the
 * real layout — several languages, leader styles, continuation columns, stripped indentation,
 * lost blank lines, CRLF, UTF-16LE — parse back to exactly the generated records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIpconfig } from '../../../src/parsers/ipconfig/index.js';
import { IpconfigOutputSchema, type IpconfigOutput } from '../../../src/parsers/ipconfig/schema.js';
import { LANGUAGES, type IpconfigLanguage } from '../../../src/parsers/ipconfig/vocabulary.js';
import { ipconfigOutputArbitrary, renderIpconfig, toUtf16le, type RenderIpconfigOptions } from '../../support/render-ipconfig.js';
import { linesUnaccountedFor } from './helpers.js';

const withoutLanguage = (v: IpconfigOutput): Omit<IpconfigOutput, 'language'> => {
  const { language: _language, ...rest } = v;
  return rest;
};

const layoutArbitrary: fc.Arbitrary<RenderIpconfigOptions> = fc.record({
  labelWidth: fc.integer({ min: 20, max: 44 }),
  leader: fc.constantFrom<'spaced' | 'tight'>('spaced', 'tight'),
  continuationColumn: fc.option(fc.integer({ min: 4, max: 50 }), { nil: undefined }),
  stripIndent: fc.boolean(),
  dropBlankLines: fc.boolean(),
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  wrap: fc.constantFrom<'none' | 'prompt' | 'fence'>('none', 'prompt', 'fence'),
}).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as RenderIpconfigOptions);

const caseArbitrary = fc
  .tuple(fc.constantFrom<IpconfigLanguage>(...LANGUAGES), layoutArbitrary)
  .chain(([language, layout]) =>
    ipconfigOutputArbitrary(language, { allowUntyped: !layout.stripIndent }).map((value) => ({ language, layout, value })),
  );

describe('parseIpconfig properties', () => {
  it('never throws, always returns schema-valid plain JSON, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const r = parseIpconfig(s);
        expect(IpconfigOutputSchema.safeParse(r.value).success).toBe(true);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
        const r = parseIpconfig(b);
        expect(IpconfigOutputSchema.safeParse(r.value).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws and accounts for every line on shuffled ipconfig fragments', () => {
    const fragment = fc.constantFrom(
      '',
      'Windows IP Configuration',
      'Ethernet adapter vEthernet (WSL):',
      'Carte Ethernet Ethernet :',
      '   IPv4 Address. . . . . . . . . . . : 172.19.128.1(Preferred)',
      '   Subnet Mask . . . . . . . . . . . : 255.255.240.0',
      '   Default Gateway . . . . . . . . . : ',
      '                                       192.168.1.1',
      '::',
      'fe80::1%18',
      '   Vínculo: dirección IPv6 local. . . : fe80::1%3(Preferido)',
      '   Verbindungsspezifisches DNS-Suffix:',
      'Foo:',
      '   Zz . . . : ?',
      '```',
      'C:\\> ipconfig',
      '   Masque de sous-r\ufffdseau. . . : 255.0.0.0',
      '__proto__ . . . : x',
      'constructor:',
      '   DNS Servers . . . . . . . . . . . : fec0:0:0:ffff::1%1',
      'Tunnel adapter isatap.{GUID}:',
      ':',
      ' : ',
      '：',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (parts, eol) => {
        const text = parts.join(eol);
        const r = parseIpconfig(text);
        expect(IpconfigOutputSchema.safeParse(r.value).success).toBe(true);
        expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
        expect(linesUnaccountedFor(text, r)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('parses rendered adapters back exactly, in every language and layout', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ language, layout, value }) => {
        const { text, expected } = renderIpconfig(value, { ...layout, language });
        const r = parseIpconfig(text);
        expect(withoutLanguage(r.value)).toEqual(withoutLanguage(expected));
        expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        expect(linesUnaccountedFor(text, r)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same value for LF, CRLF and UTF-16LE bytes', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ language, layout, value }) => {
        const { text } = renderIpconfig(value, { ...layout, language, eol: '\n' });
        const lf = parseIpconfig(text).value;
        expect(parseIpconfig(text.replace(/\n/g, '\r\n')).value).toEqual(lf);
        expect(parseIpconfig(toUtf16le(text.replace(/\n/g, '\r\n'))).value).toEqual(lf);
      }),
      { numRuns: 80 },
    );
  });

  it('points every record at its source line', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ language, layout, value }) => {
        const { text } = renderIpconfig(value, { ...layout, language });
        const lines = text.split(/\r?\n/);
        const r = parseIpconfig(text).value;
        for (const a of r.adapters) {
          const header = lines[a.line - 1] ?? '';
          expect(header.includes(a.name)).toBe(true);
          expect(header.trimEnd().endsWith(':')).toBe(true);
          expect(a.endLine).toBeGreaterThanOrEqual(a.line);
        }
        if (r.host) expect(lines[r.host.line - 1]).toContain('Windows');
      }),
      { numRuns: 100 },
    );
  });
});
