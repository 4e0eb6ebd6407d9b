import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNsLinks } from '../../../src/parsers/ns-links/index.js';
import { NS_LINK_NAMES } from '../../../src/parsers/ns-links/parse.js';
import { NsLinksOutputSchema } from '../../../src/parsers/ns-links/schema.js';
import { linkNsType, linkPath, renderNsLinkLines, renderNsLinks, type LinkSample, type NsLinkForm } from '../../support/render-ns-links.js';
import { utf16le } from '../../support/encode.js';

// Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit takes seconds to warm up).
const arbCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));


const arbInode = fc.oneof(fc.integer({ min: 4026531832, max: 4026531839 }), fc.integer({ min: 4026531840, max: 0xffffffff }));
const arbLink = fc.record({
  pid: fc.integer({ min: 1, max: 4_194_304 }),
  tgid: fc.option(fc.integer({ min: 1, max: 4_194_304 }), { nil: null }),
  type: fc.constantFrom(...NS_LINK_NAMES),
  inode: arbInode,
});
const arbForm = fc.constantFrom<NsLinkForm>('ls-dir', 'ls-path', 'readlink', 'readlink-pid', 'readlink-path', 'stat');
const arbStyle = fc.record({
  quoted: fc.boolean(),
  timeStyle: fc.constantFrom<'default' | 'long-iso' | 'full-iso'>('default', 'long-iso', 'full-iso'),
  inodeColumn: fc.boolean(),
});

/** What the parser can know of a link in each form. */
function expectedLink(l: LinkSample, form: NsLinkForm, multiDir: boolean, optionPid: number) {
  const tgid = l.tgid != null && l.tgid !== l.pid ? l.tgid : null;
  const nsType = linkNsType(l);
  switch (form) {
    case 'ls-dir':
      return { pid: multiDir ? l.pid : optionPid, tgid: multiDir ? tgid : null, type: l.type, nsType, inode: l.inode, path: multiDir ? linkPath(l) : null, source: 'arrow' };
    case 'ls-path':
    case 'stat':
      return { pid: l.pid, tgid, type: l.type, nsType, inode: l.inode, path: linkPath(l), source: 'arrow' };
    case 'readlink-path':
      return { pid: l.pid, tgid, type: l.type, nsType, inode: l.inode, path: linkPath(l), source: 'named' };
    case 'readlink-pid':
      return { pid: l.pid, tgid: null, type: nsType, nsType, inode: l.inode, path: null, source: 'named' };
    case 'readlink':
      return { pid: optionPid, tgid: null, type: nsType, nsType, inode: l.inode, path: null, source: 'bare' };
  }
}

describe('parseNsLinks properties', () => {
  it('never throws on arbitrary strings or bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: arbCodeUnit, maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (input) => {
        expect(() => parseNsLinks(input)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on link-like noise, and accounts for every line', () => {
    const fragment = fc.oneof(
      fc.constantFrom('pid:[', ']', ':[', '4026531836', ' -> ', "'", '/proc/', '/ns/', 'pid', 'task/', 'self', 'lrwxrwxrwx ', 'total 0', ':', '\n', '\r\n', ' ', 'ls: '),
      fc.string({ maxLength: 5 }),
      fc.nat().map(String),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 50 }).map((a) => a.join('')), (text) => {
        const r = parseNsLinks(text);
        expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
        expect(NsLinksOutputSchema.safeParse(r.value).success).toBe(true);
        const lines = text.split(/\r\n|\n|\r/);
        const used = new Set([...r.value.links.map((l) => l.line), ...r.diagnostics.map((d) => d.line)]);
        lines.forEach((l, i) => {
          const t = l.trim();
          // Blank lines, `total N`, and directory headers are listing structure.
          if (t === '' || /^total \d+$/.test(t) || (t.endsWith(':') && !/\s/.test(t) && (t.includes('/') || t === 'ns:'))) return;
          expect(used.has(i + 1), `line ${i + 1}: ${JSON.stringify(l)}`).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('rendered links parse back, in every form and ls style, each at its own line', () => {
    fc.assert(
      fc.property(fc.array(arbLink, { minLength: 1, maxLength: 12 }), arbForm, arbStyle, fc.integer({ min: 1, max: 99_999 }), (links, form, style, optionPid) => {
        const options = { form, ...style, quoted: form === 'stat' ? false : style.quoted };
        const text = renderNsLinks(links, options);
        const r = parseNsLinks(text, { pid: optionPid });
        expect(r.diagnostics).toEqual([]);
        const rendered = renderNsLinkLines(links, options);
        const multiDir = form === 'ls-dir' && rendered[0] !== 'total 0';
        expect(r.value.links.map(({ line: _line, id: _id, ...rest }) => rest)).toEqual(links.map((l) => expectedLink(l, form, multiDir, optionPid)));
        for (const link of r.value.links) {
          expect(rendered[link.line - 1]).toContain(link.id);
          expect(link.id).toBe(`${link.nsType}:[${link.inode}]`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('LF, CRLF and UTF-16LE give the same value', () => {
    fc.assert(
      fc.property(fc.array(arbLink, { minLength: 1, maxLength: 12 }), arbForm, (links, form) => {
        const lf = parseNsLinks(renderNsLinks(links, { form }));
        const crlf = parseNsLinks(renderNsLinks(links, { form, eol: '\r\n' }));
        const u16 = parseNsLinks(utf16le(renderNsLinks(links, { form, eol: '\r\n' })));
        expect(crlf.value).toEqual(lf.value);
        expect(u16.value).toEqual(lf.value);
      }),
      { numRuns: 100 },
    );
  });
});
