import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeInput, prepareInput, splitLines } from '../../src/core/index.js';
import { utf16le } from '../support/encode.js';


describe('decodeInput', () => {
  it.each([
    ['UTF-8 string', 'NAME STATE', 'NAME STATE', []],
    ['UTF-8 BOM bytes', new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'A', []],
    ['UTF-16LE without BOM', utf16le('  NAME      STATE\r\r\n'), '  NAME      STATE\r\r\n', ['utf16le-decoded']],
    ['UTF-16LE with BOM', utf16le('Ubuntu (既定)', { bom: true }), 'Ubuntu (既定)', ['utf16le-decoded']],
    ['NUL-interleaved string', 'N\0A\0M\0E\0', 'NAME', ['nul-interleaved-recovered']],
    ['Go-escaped NULs', 'U\\x00b\\x00u\\x00n\\x00t\\x00u\\x00', 'Ubuntu', ['escaped-nul-recovered']],
    ['ANSI colours', '\x1b[01;34mroot\x1b[0m 1', 'root 1', ['ansi-removed']],
    ['NBSP', 'Ubuntu\u00a0(standard)', 'Ubuntu (standard)', []],
  ] as const)('%s', (_name, input, text, codes) => {
    const d = decodeInput(input);
    expect(d.text).toBe(text);
    expect(d.notes.map((n) => n.code)).toEqual(codes);
  });

  it('never throws and always returns a string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 300 })), (input) => {
        expect(typeof decodeInput(input).text).toBe('string');
      }),
    );
  });

  it('UTF-16LE bytes and the string give the same lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map((s) => s.replace(/[\r\n\0]/g, '')), { maxLength: 10 }), (rows) => {
        const text = rows.map((r) => `${r}\r\n`).join('');
        const a = prepareInput(text).lines.map((l) => l.text);
        const b = prepareInput(utf16le(text)).lines.map((l) => l.text);
        expect(b).toEqual(a);
      }),
    );
  });
});

describe('splitLines', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['a\r\r\nb\r\r\n', ['a', 'b']],
    ['a\rb', ['a', 'b']],
    ['a\n\nb', ['a', '', 'b']],
    ['', []],
  ])('%j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});
