/**
 * Cutting lsns table lines into cells. The human layout is exact: libsmartcols separates
 * cells by one space and pads each to its column's width, left-aligned columns on the right
 * and right-aligned ones (numbers) on the left — headers included, in terminal cells. So a
 * left-aligned cell starts where its header starts, a right-aligned one ends where its header
 * ends, and that locates every cell, even blank ones and a COMMAND with spaces that is not the
 * last column. Lines that do not fit (a paste that collapsed the spacing) are cut on white
 * space instead, guided by what each column's values look like. `-r` lines are cut at every
 * single space (blanks inside values are `\x20`).
 */
import { headerColumns, tokenize, expandTabs } from '../../core/index.js';
import { readLooseArt } from './art.js';
import { columnInfo, isHeaderWord, NAMESPACE_TYPES, parseInteger, type ColumnInfo } from './columns.js';
import type { CellLine } from './text.js';

/** A column of one table. */
export interface ColumnSpec {
  /** Header text. */
  name: string;
  /** Catalogue entry; undefined for a column lsns does not know. */
  info: ColumnInfo | undefined;
  /** Header position in cells, `[start, end)`; -1 without a header. */
  start: number;
  end: number;
  align: 'left' | 'right';
}

/** A cut cell: its text and where it starts and ends (terminal cells for the human layout, characters otherwise). */
export interface Cut {
  text: string;
  start: number;
  end: number;
}

/** True for a header line: upper-case column names, at least one known to lsns. */
export function headerWords(text: string): string[] | null {
  // Rows start with a number, art or a blank; a header with an upper-case name.
  const t = text.trim();
  const c = t.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return null;
  const words = t.split(/\s+/);
  if (words.length === 0 || words[0] === '') return null;
  let known = 0;
  for (const w of words) {
    if (!isHeaderWord(w)) return null;
    if (columnInfo(w)) known++;
  }
  return known >= 2 || (known === 1 && words.length === 1) ? words : null;
}

const ELISION_WORDS = new Set(['생략', '중략', '이하 생략', '이하생략', '略', '省略', '中略', '以下略', 'snip', 'snipped', 'omitted', 'truncated', 'cut', 'more', 'etc']);

function isDots(text: string): boolean {
  if (text.length === 0) return false;
  for (const ch of text) if (ch !== '.' && ch !== '…' && ch !== '⋮' && ch !== '·') return false;
  return true;
}

/** True for a line standing for lines left out of a paste: `...`, `…`, `[...]`, `...[생략]...`. */
export function isElision(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (isDots(t)) return t.length >= 2 || t === '…' || t === '⋮';
  let a = 0;
  let b = t.length;
  while (a < b && (t[a] === '.' || t[a] === '…')) a++;
  while (b > a && (t[b - 1] === '.' || t[b - 1] === '…')) b--;
  const core = t.slice(a, b);
  const open = core.charAt(0);
  const close = core.charAt(core.length - 1);
  const paired = (open === '[' && close === ']') || (open === '(' && close === ')') || (open === '<' && close === '>');
  if (!paired || core.length < 3) return false;
  const inner = core.slice(1, -1).trim();
  return isDots(inner) || ELISION_WORDS.has(inner.toLowerCase());
}

/** The columns of a header line, with positions in terminal cells and catalogue alignment. */
export function headerSpecs(text: string): ColumnSpec[] {
  return headerColumns(text).map((h) => {
    const info = columnInfo(h.name);
    return { name: h.name, info, start: h.start, end: h.end, align: info?.align ?? 'left' };
  });
}

/** Columns without positions (no header: `-n`, or names passed by the caller). */
export function namedSpecs(names: readonly string[]): ColumnSpec[] {
  return names.map((name) => {
    const info = columnInfo(name);
    return { name: info?.name ?? name.toUpperCase(), info, start: -1, end: -1, align: info?.align ?? 'left' };
  });
}

function isBlankCell(ch: string): boolean {
  return ch === ' ' || ch === '';
}

/**
 * Corrects the catalogue alignment from the data: `-T parent|owner` makes NS a left-aligned
 * tree column, and a column lsns does not know has to be judged from its values.
 */
export function inferAlignment(specs: ColumnSpec[], lines: readonly CellLine[]): void {
  const sample = lines.length > 400 ? lines.slice(0, 400) : lines;
  for (const spec of specs) {
    let left = 0;
    let right = 0;
    for (const l of sample) {
      if (!isBlankCell(l.at(spec.start)) && (spec.start === 0 || isBlankCell(l.at(spec.start - 1)))) left++;
      if (!isBlankCell(l.at(spec.end - 1)) && isBlankCell(l.at(spec.end))) right++;
    }
    // A majority decides, so that a stray line cannot keep the tree column NS right-aligned.
    if (spec.align === 'right' && left > right) spec.align = 'left';
    else if (spec.align === 'left' && right > left) spec.align = 'right';
  }
}

/** Start of the right-aligned cell ending at `end` (== `end` when the cell is blank). */
function rightCellStart(l: CellLine, end: number): number {
  let k = end;
  while (k > 0 && !isBlankCell(l.at(k - 1))) k--;
  return k;
}

/**
 * Cuts one line by the header's geometry. Returns null when the line does not fit it: a cell
 * that does not start (left) or end (right) where its header says, or cells out of order.
 */
export function cutByGeometry(l: CellLine, specs: readonly ColumnSpec[]): (Cut | null)[] | null {
  const m = specs.length;
  const cuts: (Cut | null)[] = new Array<Cut | null>(m).fill(null);
  // Right-aligned cells first: a left-aligned cell ends where the next right-aligned one starts.
  const starts: number[] = new Array<number>(m).fill(-1);
  for (let j = 0; j < m; j++) {
    const s = specs[j] as ColumnSpec;
    if (s.align !== 'right') continue;
    if (!isBlankCell(l.at(s.end))) return null;
    const k = rightCellStart(l, s.end);
    // Every column owns at least its header's cells: a value cannot reach into the previous header.
    const prev = specs[j - 1];
    if (prev && k < s.end && k < prev.end + 1) return null;
    starts[j] = k;
    if (k < s.end) cuts[j] = { text: l.slice(k, s.end), start: k, end: s.end };
  }
  let prevEnd = -1;
  for (let j = 0; j < m; j++) {
    const s = specs[j] as ColumnSpec;
    if (s.align === 'right') {
      const c = cuts[j];
      if (c) {
        if (c.start <= prevEnd) return null;
        prevEnd = s.end;
      }
      continue;
    }
    let end: number;
    const next = specs[j + 1];
    if (!next) end = l.length;
    else if (next.align === 'left') {
      end = next.start - 1;
      if (!isBlankCell(l.at(end))) return null;
    } else {
      // A blank right-aligned cell still owns its header's cells.
      const ns = starts[j + 1] as number;
      end = ns < next.end ? ns - 1 : next.start - 1;
    }
    if (s.start > 0 && !isBlankCell(l.at(s.start - 1))) return null;
    let e = end;
    while (e > s.start && isBlankCell(l.at(e - 1))) e--;
    if (next && e > next.start - 1) return null;
    if (e > s.start) {
      cuts[j] = { text: l.slice(s.start, e), start: s.start, end: e };
      prevEnd = e;
    }
  }
  // Nothing may stand outside the cells (a value left of a right-aligned column's header, say).
  let pos = 0;
  for (const c of cuts) {
    if (!c) continue;
    for (let p = pos; p < c.start; p++) if (!isBlankCell(l.at(p))) return null;
    pos = c.end;
  }
  for (let p = pos; p < l.length; p++) if (!isBlankCell(l.at(p))) return null;
  return cuts;
}

/** What a word must look like to be a value of `info`'s column when cutting on white space. */
function accepts(info: ColumnInfo | undefined, word: string): boolean {
  if (!info) return true;
  switch (info.kind) {
    case 'int':
      return parseInteger(word) !== null;
    case 'netnsid':
      return word === 'unassigned' || parseInteger(word) !== null;
    case 'nsfs':
      return word.startsWith('/');
    case 'word':
      if (info.field === 'type') return NAMESPACE_TYPES.has(word) || /^[a-z]{2,10}$/.test(word);
      if (info.field === 'path') return word.startsWith('/');
      return true;
    default:
      return true;
  }
}

function isArtWord(word: string): boolean {
  return word === '|' || word === '│';
}

/**
 * Cuts a line on white space (collapsed spacing, `-n` without positions). Values have no
 * spaces except in the free column (COMMAND, else NSFS, else the last), which takes what the
 * columns before it (from the left) and after it (from the right) leave; a column whose value
 * is blank is recognised when the next word does not look like its values. `treeIndex` is the
 * column whose art words (`|`) belong to its cell.
 */
export function cutByWords(text: string, specs: readonly ColumnSpec[], treeIndex: number): (Cut | null)[] {
  const line = expandTabs(text);
  const words = tokenize(line);
  const m = specs.length;
  const cuts: (Cut | null)[] = new Array<Cut | null>(m).fill(null);
  let free = specs.findIndex((s) => s.info?.field === 'command');
  if (free < 0) free = specs.findIndex((s) => s.info?.field === 'nsfs');
  if (free < 0) free = m - 1;
  let i = 0;
  for (let j = 0; j < free; j++) {
    const spec = specs[j] as ColumnSpec;
    const first = words[i];
    if (!first) break;
    let w = first;
    let next = i;
    let value: string;
    if (j === treeIndex) {
      while (isArtWord(line.slice(w.start, w.end)) && words[next + 1]) w = words[++next] as typeof w;
      const art = readLooseArt(line.slice(first.start, w.end));
      value = art ? art.rest : line.slice(w.start, w.end);
    } else {
      value = line.slice(w.start, w.end);
      // NSFS before COMMAND takes a word only when words remain for COMMAND.
      if (spec.info?.kind === 'nsfs' && next + 1 >= words.length) continue;
    }
    if (!accepts(spec.info, value)) continue;
    cuts[j] = { text: line.slice(first.start, w.end), start: first.start, end: w.end };
    i = next + 1;
  }
  let k = words.length - 1;
  for (let j = m - 1; j > free; j--) {
    const spec = specs[j] as ColumnSpec;
    const w = words[k];
    if (!w || k < i) break;
    const value = line.slice(w.start, w.end);
    if (!accepts(spec.info, value)) continue;
    cuts[j] = { text: value, start: w.start, end: w.end };
    k--;
  }
  if (i <= k) {
    const a = words[i] as { start: number; end: number };
    const b = words[k] as { start: number; end: number };
    cuts[free] = { text: line.slice(a.start, b.end), start: a.start, end: b.end };
  }
  return cuts;
}

/** Cuts a `-r` line at every space; null when the count does not match. */
export function cutRaw(text: string, count: number): (Cut | null)[] | null {
  const parts = text.split(' ');
  if (parts.length !== count) return null;
  let pos = 0;
  return parts.map((p) => {
    const c = p.length > 0 ? { text: p, start: pos, end: pos + p.length } : null;
    pos += p.length + 1;
    return c;
  });
}
