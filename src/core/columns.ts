/**
 * Column slicing for the fixed-width tables that `ps`, `lsns`, `docker ps` and `wsl -l -v`
 * print. Boundaries come from the header positions and the data, never from splitting on
 * white space alone, so a value with spaces (`lstart`, a command that is not the last
 * column) or a blank cell does not shift the other columns. Values wider than their column
 * (procps pushes the rest of the row to the right) are followed by tracking the shift.
 */
import { expandTabs } from './lines.js';

/** A header word and its position, `[start, end)` in the tab-expanded header line. */
export interface HeaderColumn {
  /** The header text, e.g. `PID`. */
  name: string;
  /** 0-based position of its first character. */
  start: number;
  /** 0-based position after its last character. */
  end: number;
}

/** How a column's values are aligned under its header. */
export type Align = 'left' | 'right';

/** A column as the slicer uses it. */
export interface ColumnSpec extends HeaderColumn {
  /** `right` for numbers in procps and lsns; values then end where the header ends. */
  align: Align;
}

/** A sliced cell; `null` for a blank cell. */
export interface Cell {
  /** The cell text (inner spaces kept, outer trimmed). */
  text: string;
  /** 0-based position of its first character in the tab-expanded line. */
  start: number;
  /** 0-based position after its last character. */
  end: number;
}

/** A run of non-blank characters and its position. */
export interface Token {
  /** Position of the first character. */
  start: number;
  /** Position after the last character. */
  end: number;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/** The runs of non-space characters of `text` (spaces and tabs separate them). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    out.push({ start, end: i });
  }
  return out;
}

/**
 * The columns of a header line. With `separator: 'single'` (procps, lsns, busybox) every
 * space separates headers; with `'wide'` (docker ps: `CONTAINER ID`) only two or more do.
 */
export function headerColumns(header: string, separator: 'single' | 'wide' = 'single'): HeaderColumn[] {
  const text = expandTabs(header);
  const tokens = tokenize(text);
  if (separator === 'single') return tokens.map((t) => ({ name: text.slice(t.start, t.end), start: t.start, end: t.end }));
  const out: HeaderColumn[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && t.start - last.end === 1) {
      last.end = t.end;
      last.name = text.slice(last.start, last.end);
    } else {
      out.push({ name: text.slice(t.start, t.end), start: t.start, end: t.end });
    }
  }
  return out;
}

/**
 * Zone boundaries between adjacent columns: `bounds[j]` is the first position that belongs to
 * column `j + 1` (for a token's start). Where a left-aligned column is followed by a
 * right-aligned one, the gap between them is ambiguous; a gutter found in the data decides.
 */
export function columnBounds(columns: readonly ColumnSpec[], rows: readonly string[] = []): number[] {
  const bounds: number[] = [];
  for (let j = 0; j + 1 < columns.length; j++) {
    const cur = columns[j] as ColumnSpec;
    const next = columns[j + 1] as ColumnSpec;
    if (next.align === 'left') bounds.push(next.start);
    else if (cur.align === 'right') bounds.push(cur.end + 1);
    else bounds.push(findGutter(cur.end, next.start, rows) ?? Math.max(cur.end + 1, Math.ceil((cur.end + next.start) / 2)));
  }
  return bounds;
}

/** A position in `[from, to)` that is blank in (almost) every row, nearest the middle. */
function findGutter(from: number, to: number, rows: readonly string[]): number | null {
  if (to - from < 2 || rows.length === 0) return null;
  const sample = rows.length > 2000 ? rows.slice(0, 2000) : rows;
  const busy = new Array<number>(to - from).fill(0);
  for (const raw of sample) {
    const row = expandTabs(raw);
    for (let p = from; p < to && p < row.length; p++) if (!isSpace(row.charCodeAt(p))) busy[p - from]!++;
  }
  const mid = (from + to) / 2;
  let best: number | null = null;
  for (let p = from + 1; p < to; p++) {
    // Column p is free, and the character before it too: a value ends before p.
    if (busy[p - from]! === 0 && busy[p - 1 - from]! === 0) {
      if (best === null || Math.abs(p - mid) < Math.abs(best - mid)) best = p;
    }
  }
  return best === null ? null : best;
}

/** Options of {@link sliceRow}. */
export interface SliceOptions {
  /** The last column takes the rest of the line, spaces included (default true). */
  lastTakesRest?: boolean;
}

/**
 * Slices one data row into cells, one per column (`null` for blank cells).
 * `bounds` comes from {@link columnBounds} for the same columns.
 */
export function sliceRow(
  line: string,
  columns: readonly ColumnSpec[],
  bounds: readonly number[],
  options: SliceOptions = {},
): (Cell | null)[] {
  const text = expandTabs(line);
  const tokens = tokenize(text);
  const cells: (Cell | null)[] = new Array<Cell | null>(columns.length).fill(null);
  const m = columns.length;
  if (m === 0) return cells;
  const lastTakesRest = options.lastTakesRest ?? true;
  let shift = 0;
  let col = 0;
  let first = -1;
  let lastEnd = -1;
  const flush = () => {
    if (first >= 0) cells[col] = { text: text.slice(first, lastEnd), start: first, end: lastEnd };
    first = -1;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    // Move to the column whose zone holds this token's start (never back).
    while (col < m - 1 && tok.start - shift >= (bounds[col] as number)) {
      flush();
      col++;
    }
    if (col === m - 1 && lastTakesRest) {
      flush();
      const rest = text.slice(tok.start).trimEnd();
      cells[col] = { text: rest, start: tok.start, end: tok.start + rest.length };
      return cells;
    }
    if (first < 0) first = tok.start;
    lastEnd = tok.end;
    const spec = columns[col] as ColumnSpec;
    // A value that overflows its column pushes the following columns to the right.
    if (col < m - 1) {
      const limit = spec.align === 'right' ? spec.end : (bounds[col] as number) - 1;
      if (tok.end - shift > limit) shift = tok.end - limit;
    }
  }
  flush();
  return cells;
}

// ---------------------------------------------------------------------------------------
// Allocation-free scanning and run assignment, for tables with many rows (ps, lsns).
// Positions are kept twice: in code units (to slice the text) and in display cells (to
// compare with the header), because terminals align wide characters (CJK: 2 cells) and
// tabs (next multiple of 8) by what they show, not by what they store.
// ---------------------------------------------------------------------------------------

/**
 * The display width of a code point in a terminal: 2 for East Asian wide and fullwidth
 * characters and most emoji, 0 for combining marks and zero-width characters, else 1.
 */
export function charWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if (cp <= 0x36f) return 0; // combining diacritical marks
  if (cp < 0x1100) return 1;
  if (cp <= 0x115f) return 2; // Hangul Jamo initials
  if (cp >= 0x200b && cp <= 0x200f) return 0;
  if (cp < 0x2e80) return 1;
  if (cp <= 0x303e) return 2; // CJK radicals, punctuation
  if (cp >= 0x3041 && cp <= 0x33ff) return 2; // kana, CJK compatibility
  if (cp >= 0x3400 && cp <= 0x4dbf) return 2;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  if (cp >= 0xa000 && cp <= 0xa4cf) return 2;
  if (cp >= 0xac00 && cp <= 0xd7a3) return 2; // Hangul syllables
  if (cp >= 0xf900 && cp <= 0xfaff) return 2;
  if (cp >= 0xfe30 && cp <= 0xfe4f) return 2;
  if (cp >= 0xff00 && cp <= 0xff60) return 2; // fullwidth forms
  if (cp >= 0xffe0 && cp <= 0xffe6) return 2;
  if (cp >= 0x1f300 && cp <= 0x1f64f) return 2; // emoji
  if (cp >= 0x1f900 && cp <= 0x1f9ff) return 2;
  if (cp >= 0x20000 && cp <= 0x3fffd) return 2; // CJK extensions
  return 1;
}

/**
 * The tokens of one line, in reusable typed arrays: scanning a 100k-row table allocates
 * nothing per row. Token `i` is `[start[i], end[i])` in code units and
 * `[cellStart[i], cellEnd[i])` in display cells.
 */
export class TokenBuffer {
  /** Number of tokens of the last scanned line. */
  count = 0;
  /** Code-unit start of each token. */
  start: Int32Array;
  /** Code-unit end (exclusive) of each token. */
  end: Int32Array;
  /** Display-cell start of each token. */
  cellStart: Int32Array;
  /** Display-cell end (exclusive) of each token. */
  cellEnd: Int32Array;

  constructor(capacity = 64) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.cellStart = new Int32Array(capacity);
    this.cellEnd = new Int32Array(capacity);
  }

  /** Makes room for at least `n` tokens, keeping the current ones. */
  reserve(n: number): void {
    if (n <= this.start.length) return;
    const cap = Math.max(n, this.start.length * 2);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.cellStart = grow(this.cellStart);
    this.cellEnd = grow(this.cellEnd);
  }

  /**
   * Splits token `i` after `units` code units (and as many cells), for values that a tool
   * printed without a separator (busybox `123456root`). No-op when out of range.
   */
  split(i: number, units: number): void {
    if (i < 0 || i >= this.count || units <= 0 || units >= this.end[i]! - this.start[i]!) return;
    this.reserve(this.count + 1);
    this.start.copyWithin(i + 2, i + 1, this.count);
    this.end.copyWithin(i + 2, i + 1, this.count);
    this.cellStart.copyWithin(i + 2, i + 1, this.count);
    this.cellEnd.copyWithin(i + 2, i + 1, this.count);
    this.count++;
    this.start[i + 1] = this.start[i]! + units;
    this.end[i + 1] = this.end[i]!;
    this.end[i] = this.start[i]! + units;
    this.cellStart[i + 1] = this.cellStart[i]! + units;
    this.cellEnd[i + 1] = this.cellEnd[i]!;
    this.cellEnd[i] = this.cellStart[i]! + units;
  }
}

/**
 * Scans `text` into `buf` (spaces and tabs separate tokens) and returns the token count.
 * Cells follow the terminal: a tab advances to the next multiple of 8, wide characters
 * take two cells. With `limit`, the `limit`-th token takes the rest of the line (trailing
 * blanks excepted) without being scanned — a last column that may hold spaces; its end
 * cell then assumes one cell per code unit. With `measure: 'utf8'`, positions count UTF-8
 * bytes instead of display cells: busybox pads its columns with `strlen`, not by width.
 */
export function scanTokens(text: string, buf: TokenBuffer, limit = 0x7fffffff, measure: 'display' | 'utf8' = 'display'): number {
  const bytes = measure === 'utf8';
  const n = text.length;
  // Locals, not fields, in the loop; reloaded after the buffer grows.
  let start = buf.start;
  let end = buf.end;
  let cellStart = buf.cellStart;
  let cellEnd = buf.cellEnd;
  let count = 0;
  let cell = 0;
  let inToken = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (inToken) {
        end[count] = i;
        cellEnd[count] = cell;
        count++;
        inToken = false;
      }
      cell = c === 32 ? cell + 1 : (cell + 8) & ~7;
      continue;
    }
    if (!inToken) {
      if (count >= start.length) {
        buf.reserve(count + 1);
        ({ start, end, cellStart, cellEnd } = buf);
      }
      start[count] = i;
      cellStart[count] = cell;
      if (count + 1 >= limit) {
        let e = n;
        while (e > i && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
        end[count] = e;
        cellEnd[count] = cell + (e - i);
        buf.count = count + 1;
        return count + 1;
      }
      inToken = true;
    }
    if (c < 0x80) cell++;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cell += bytes ? 4 : charWidth(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
      } else cell += bytes ? 3 : 1;
    } else cell += bytes ? (c < 0x800 ? 2 : 3) : charWidth(c);
  }
  if (inToken) {
    end[count] = n;
    cellEnd[count] = cell;
    count++;
  }
  buf.count = count;
  return count;
}

/** Where a column's values sit, for {@link assignRuns}; `-1` means not known. */
export interface RunColumn {
  /** `left`: values start at `anchorStart`; `right`: they end at `anchorEnd`; `auto`: either. */
  align: Align | 'auto';
  /** Display cell where left-aligned values start. */
  anchorStart: number;
  /** Display cell where right-aligned values end. */
  anchorEnd: number;
  /**
   * Free text whose words are one space apart (a command line): a wider gap inside a run
   * costs one — it hints that the run spans two columns. Off for values like `Nov  1`.
   */
  gaps?: boolean;
}

/** The outcome of {@link assignRuns}. */
export interface RunAssignment {
  /** Total cost of the best assignment (0: every value exactly where the header says). */
  cost: number;
  /** True when another assignment was exactly as good: the split is a guess. */
  ambiguous: boolean;
}

/**
 * Tools push values right, never left: a value left of where it belongs costs 8 plus four
 * times its distance (more than a blank cell), one right of it its distance.
 */
function offset(d: number): number {
  return d >= 0 ? d : 8 - 4 * d;
}

/**
 * The geometric cost of giving tokens `[a, b)` of `buf` to a column: how far the value is
 * from where the tool would have printed it. A value may be pushed right by the previous
 * one (procps and busybox both do that) — that costs nothing; any other offset costs its
 * distance in cells. `prevEnd` is the cell after the previous value (-1 at line start).
 */
export function runCost(buf: TokenBuffer, a: number, b: number, col: RunColumn, prevEnd: number): number {
  if (a >= b) return 0;
  const s = buf.cellStart[a]!;
  const e = buf.cellEnd[b - 1]!;
  let left = 0;
  let right = 0;
  if (col.align !== 'right') left = col.anchorStart < 0 ? 0 : offset(s - Math.max(col.anchorStart, prevEnd + 1));
  if (col.align !== 'left' && col.anchorEnd >= 0) {
    right = offset(e - Math.max(col.anchorEnd, prevEnd + 1 + (e - s)));
    // A value wider than its column starts where the column starts (at or left of the
    // header) and runs past the header's end: procps prints it there when it has room.
    if (right > 0 && col.anchorStart >= 0 && s <= col.anchorStart && s > prevEnd && e > col.anchorEnd) right = 0;
  }
  if (col.align === 'left') return left;
  if (col.align === 'right') return right;
  return Math.min(left, right);
}

/**
 * Distributes tokens `[fromTok, toTok)` over columns `[fromCol, toCol)` as contiguous runs
 * (possibly empty), minimising `penalty(col, a, b)` (Infinity: not allowed) plus the
 * {@link runCost} of every non-empty run. Writes the first token of each column's run to
 * `out[col - fromCol]` and `toTok` to `out[toCol - fromCol]`. Returns null when no
 * assignment is allowed. `maxRun(col)` bounds a column's words (1 for a one-word column);
 * the cost is O(columns × tokens × maxRun), so unbounded columns make it quadratic.
 */
export function assignRuns(
  buf: TokenBuffer,
  fromTok: number,
  toTok: number,
  columns: readonly RunColumn[],
  fromCol: number,
  toCol: number,
  prevEnd: number,
  penalty: (col: number, a: number, b: number) => number,
  out: Int32Array,
  maxRun?: (col: number) => number,
): RunAssignment | null {
  const n = toTok - fromTok;
  const m = toCol - fromCol;
  const w = n + 1;
  const cost = new Float64Array((m + 1) * w).fill(Infinity);
  const back = new Int32Array((m + 1) * w).fill(-1);
  const amb = new Uint8Array((m + 1) * w);
  cost[0] = 0;
  // Words of free text are one space apart; a wider gap inside a run hints that it spans two
  // columns. It costs one, which only breaks ties (a push explains any gap otherwise).
  const wide = new Int32Array(n + 1);
  for (let t = 1; t < n; t++) wide[t + 1] = wide[t]! + (buf.cellStart[fromTok + t]! - buf.cellEnd[fromTok + t - 1]! > 1 ? 1 : 0);
  for (let c = 0; c < m; c++) {
    const col = columns[fromCol + c] as RunColumn;
    for (let a = 0; a <= n; a++) {
      const base = cost[c * w + a]!;
      if (base === Infinity) continue;
      const pe = a === 0 ? prevEnd : buf.cellEnd[fromTok + a - 1]!;
      // The last column must end where the tokens end; others take at most maxRun words.
      const last = c === m - 1;
      const hi = last ? n : Math.min(n, a + (maxRun ? maxRun(fromCol + c) : n));
      for (let b = last ? n : a; b <= hi; b++) {
        const p = penalty(fromCol + c, fromTok + a, fromTok + b);
        if (p === Infinity) continue;
        const gaps = col.gaps && b > a ? wide[b]! - wide[a + 1]! : 0;
        const total = base + p + gaps + runCost(buf, fromTok + a, fromTok + b, col, pe);
        const k = (c + 1) * w + b;
        const cur = cost[k]!;
        if (total < cur - 1e-9) {
          cost[k] = total;
          back[k] = a;
          amb[k] = amb[c * w + a]!;
        } else if (Math.abs(total - cur) <= 1e-9) {
          amb[k] = 1;
        }
      }
    }
  }
  const end = m * w + n;
  if (cost[end] === Infinity) return null;
  let b = n;
  out[m] = toTok;
  for (let c = m; c > 0; c--) {
    const a = back[c * w + b]!;
    out[c - 1] = fromTok + a;
    b = a;
  }
  return { cost: cost[end]!, ambiguous: amb[end] === 1 };
}
