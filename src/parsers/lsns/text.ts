/**
 * Text helpers for lsns cells: `\xHH` escapes (libsmartcols writes them for blanks and
 * non-printable bytes in `-r`, for control and, in a non-UTF-8 locale, non-ASCII bytes in the
 * human layout, and old `-J` for non-printable bytes) and display width, because libsmartcols
 * aligns columns in terminal cells, not characters: a Hangul syllable takes two.
 */

const UTF8 = new TextDecoder('utf-8');

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/** The byte of a `\xHH` at `i` in `text`, or -1. */
function escapedByte(text: string, i: number): number {
  if (i + 3 >= text.length || text.charCodeAt(i) !== 92 || text.charCodeAt(i + 1) !== 120) return -1;
  const hi = hexValue(text.charCodeAt(i + 2));
  const lo = hexValue(text.charCodeAt(i + 3));
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

/**
 * Decodes `\xHH` escapes: runs of escaped bytes are read as UTF-8 (so an escaped `├─` or a
 * Hangul name comes back whole); invalid sequences become U+FFFD. Other text is kept.
 */
export function decodeHexEscapes(text: string): string {
  if (!text.includes('\\x')) return text;
  let out = '';
  let i = 0;
  let plainStart = 0;
  const n = text.length;
  while (i < n) {
    if (escapedByte(text, i) < 0) {
      i++;
      continue;
    }
    out += text.slice(plainStart, i);
    const bytes: number[] = [];
    let b = escapedByte(text, i);
    while (b >= 0) {
      bytes.push(b);
      i += 4;
      b = escapedByte(text, i);
    }
    out += UTF8.decode(new Uint8Array(bytes));
    plainStart = i;
  }
  return out + text.slice(plainStart);
}

// East Asian Wide and Fullwidth ranges (as glibc's wcwidth counts them), sorted, inclusive.
const WIDE: readonly number[] = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615,
  0x2648, 0x2653, 0x267f, 0x267f, 0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce,
  0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270b,
  0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27b0, 0x27b0, 0x27bf, 0x27bf,
  0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55, 0x2e80, 0x303e, 0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xa4cf,
  0xa960, 0xa97f, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f, 0xff00, 0xff60, 0xffe0, 0xffe6, 0x1f300, 0x1f64f,
  0x1f900, 0x1f9ff, 0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

/** Terminal cells taken by code point `cp` (combining marks 0, wide characters 2, others 1). */
export function codePointWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (cp < 0x1100) return 1;
  let lo = 0;
  let hi = WIDE.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = WIDE[mid * 2] as number;
    const b = WIDE[mid * 2 + 1] as number;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return 2;
  }
  return 1;
}

/**
 * A line addressed by terminal cell instead of UTF-16 unit: what libsmartcols' column
 * positions refer to. Built cheaply (the text itself) when every character takes one cell.
 */
export interface CellLine {
  /** Number of cells. */
  length: number;
  /** The character shown in cell `col` (`''` for the second cell of a wide character or past the end). */
  at(col: number): string;
  /** The text shown in cells `[from, to)`. */
  slice(from: number, to?: number): string;
}

/** True when `c` (a UTF-16 unit) is a whole character one terminal cell wide. */
function isOneCell(c: number): boolean {
  if (c < 0x300) return true;
  if (c >= 0x2500 && c <= 0x257f) return true; // box drawing: the tree art
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return codePointWidth(c) === 1;
}

class SimpleLine implements CellLine {
  readonly length: number;
  constructor(private readonly text: string) {
    this.length = text.length;
  }
  at(col: number): string {
    return this.text.charAt(col);
  }
  slice(from: number, to?: number): string {
    return this.text.slice(from, to);
  }
}

class MappedLine implements CellLine {
  readonly length: number;
  constructor(private readonly cells: string[]) {
    this.length = cells.length;
  }
  at(col: number): string {
    return this.cells[col] ?? '';
  }
  slice(from: number, to?: number): string {
    return this.cells.slice(from, to).join('');
  }
}

/** Addresses `text` by terminal cell (tabs must already be expanded). */
export function cellLine(text: string): CellLine {
  let simple = true;
  for (let i = 0; i < text.length; i++) {
    if (!isOneCell(text.charCodeAt(i))) {
      simple = false;
      break;
    }
  }
  if (simple) return new SimpleLine(text);
  const cells: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    const w = cp < 0x300 ? 1 : codePointWidth(cp);
    if (w === 0 && cells.length > 0) cells[cells.length - 1] += ch;
    else if (w === 2) cells.push(ch, '');
    else cells.push(ch);
  }
  return new MappedLine(cells);
}
