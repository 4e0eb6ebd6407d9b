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

/** Result of {@link prepareLines}. */
export interface PreparedLines {
  /** Every line of the input, in order; line `i` of the array is input line `i + 1`. */
  lines: string[];
  /** `info` diagnostics about decoding (codes `input/…`). */
  diagnostics: Diagnostic[];
  /** The encoding the input was read as. */
  encoding: InputEncoding;
}

/** Result of {@link prepareText}. */
export interface PreparedText {
  /** The decoded text, line breaks untouched (see {@link splitLines}). */
  text: string;
  /** `info` diagnostics about decoding (codes `input/…`). */
  diagnostics: Diagnostic[];
  /** The encoding the input was read as. */
  encoding: InputEncoding;
}

/** Decodes `input`; decoding notes become `input/…` infos. For parsers that walk the text by offsets. */
export function prepareText(input: string | Uint8Array): PreparedText {
  const decoded = decodeInput(input);
  const diagnostics = decoded.notes.map((n) => diagnostic('info', `input/${n.code}`, n.message, 0));
  return { text: decoded.text, diagnostics, encoding: decoded.encoding };
}

/**
 * {@link prepareInput} without the per-line objects: for parsers of large inputs (100k-line
 * tables), where one `{ number, text }` per line is a measurable share of the time.
 */
export function prepareLines(input: string | Uint8Array): PreparedLines {
  const { text, diagnostics, encoding } = prepareText(input);
  return { lines: splitLines(text), diagnostics, encoding };
}

/** Decodes `input` and splits it into numbered lines; decoding notes become `input/…` infos. */
export function prepareInput(input: string | Uint8Array): PreparedInput {
  const { lines: texts, diagnostics, encoding } = prepareLines(input);
  const lines: Line[] = new Array<Line>(texts.length);
  for (let i = 0; i < texts.length; i++) lines[i] = { number: i + 1, text: texts[i] as string };
  return { lines, diagnostics, encoding };
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
