import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/transcript/index.js';
import { TranscriptOutputSchema } from '../../src/transcript/schema.js';
import { renderSession, SAMPLE_COMMANDS, SAMPLE_PROMPTS, type SessionBlock } from '../support/render-transcript.js';
import { utf16le } from '../support/encode.js';
import { isEnglishProse } from '../../src/transcript/prose.js';


// Output lines that look like output: words of letters, digits and a little punctuation,
// never a prompt, a note, a fence or a sentence.
const word = fc.stringMatching(/^[a-z0-9][\w.:/=-]{0,11}$/);
const outputLine = fc.oneof(
  // A line of words can happen to read as an English sentence (`a 0: a a.`), which the reader
  // rightly takes for prose: such lines are not output.
  { weight: 8, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ')).filter((l) => !isEnglishProse(l)) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 999999 }), word).map(([n, w]) => `${' '.repeat(n % 4)}${n} root ${w}`) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant('...[생략]...') },
);
const block: fc.Arbitrary<SessionBlock> = fc.record({
  prompt: fc.constantFrom(...SAMPLE_PROMPTS),
  command: fc.constantFrom(...SAMPLE_COMMANDS),
  output: fc.array(outputLine, { maxLength: 6 }),
});

function trimBlank(lines: readonly string[]): string[] {
  let s = 0;
  let e = lines.length;
  while (s < e && (lines[s] as string).trim() === '') s++;
  while (e > s && (lines[e - 1] as string).trim() === '') e--;
  return lines.slice(s, e);
}

const PIECES = [
  'C:\\temp> wsl --debug-shell',
  '# ps aux',
  '$ exit',
  'wslg $ ',
  '// Mariner VM 내에서 실행',
  '// wslscope: vantage distro X',
  '// wslscope: vantage',
  '```',
  '> $ ls -l /proc/1/ns/pid',
  '설명 문장입니다.',
  '...[생략]...',
  '[1] 13',
  'PID PPID USER COMMAND',
  '1 0 root /init',
  '# nsenter -t 1 -a',
  '# docker run -it x',
  'NSpid:\t1\t2',
  '$ ps \\',
  '{"namespaces": [',
];

describe('readTranscript properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = readTranscript(s);
        expect(r.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        readTranscript(b);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on mixtures of transcript pieces, and its value fits the schema', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 })), { maxLength: 30 }), (parts) => {
        const r = readTranscript(parts.join('\n'));
        expect(TranscriptOutputSchema.safeParse(r.value).success).toBe(true);
        expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
      }),
      { numRuns: 200 },
    );
  });

  it('splits generated sessions back into the same blocks, at the right lines', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const text = renderSession(blocks);
        const lines = text.split('\n');
        const r = readTranscript(text);
        expect(r.value.blocks.map((b) => [b.prompt, b.command, b.output.map((o) => o.text)])).toEqual(
          blocks.map((b) => [b.prompt.trim(), b.command, trimBlank(b.output)]),
        );
        for (const b of r.value.blocks) {
          expect(lines[b.firstLine - 1]).toContain(b.command ?? '');
          for (const o of b.output) expect(lines[o.line - 1]).toBe(o.text);
        }
        expect(r.value.notes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same value for LF, CRLF and UTF-16LE sessions', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const text = renderSession(blocks);
        const lf = readTranscript(text).value;
        expect(readTranscript(text.replace(/\n/g, '\r\n')).value).toEqual(lf);
        expect(readTranscript(utf16le(text)).value).toEqual(lf);
      }),
      { numRuns: 100 },
    );
  });
});
