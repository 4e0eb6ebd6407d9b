/**
 * The line table: input text split into lines that keep their original 1-based numbers, so
 * that every record and diagnostic can point back at the line a user pasted.
 */
import { decodeInput, type InputEncoding } from './decode.js';
import { diagnostic, type Diagnostic } from './diagnostic.js';

/** One input line. */
export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The text, without its line break; tabs kept. */
  text: string;
}

/** Result of {@link prepareInput}. */
export interface PreparedInput {
  /** Every line of the input, in order (a final line break does not add an empty line). */
  lines: Line[];
  /** `info` diagnostics about decoding (codes `input/…`). */
  diagnostics: Diagnostic[];
  /** The encoding the input was read as. */
  encoding: InputEncoding;
}

// `\r\r\n` is what Windows consoles produce when CRLF text is written through a text-mode
// stream; it is one line break, not two.
const LINE_BREAK = /\r\r\n|\r\n|\n|\r/;

/** Splits text into lines: LF, CRLF, CR and CR CR LF all end a line. */
export function splitLines(text: string): string[] {
  const parts = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 1 && parts[0] === '') return [];
  return parts;
}

/** Decodes `input` and splits it into numbered lines; decoding notes become `input/…` infos. */
export function prepareInput(input: string | Uint8Array): PreparedInput {
  const decoded = decodeInput(input);
  const texts = splitLines(decoded.text);
  const lines: Line[] = new Array<Line>(texts.length);
  for (let i = 0; i < texts.length; i++) lines[i] = { number: i + 1, text: texts[i] as string };
  const diagnostics = decoded.notes.map((n) => diagnostic('info', `input/${n.code}`, n.message, 0));
  return { lines, diagnostics, encoding: decoded.encoding };
}

/** Replaces tabs by spaces up to the next multiple-of-8 column, as a terminal shows them. */
export function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (const ch of text) {
    if (ch === '\t') out += ' '.repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out;
}

/** True when the line is empty or only white space. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
