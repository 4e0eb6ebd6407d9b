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
