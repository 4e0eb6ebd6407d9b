/**
 * Renders ps tables exactly the way procps-ng and busybox lay them out, for round-trip
 * tests of `parsePs` (and of anything that consumes ps text, like the model's tests).
 *
 * procps (`src/ps/output.c` `show_one_proc`): every column has a width; a right-aligned
 * value ends at the column's end, a left-aligned one starts at its start, one space between
 * columns. A value wider than its column pushes the rest of the row right, and later
 * columns take the room back from their padding when they can (`correct` vs `actual`).
 * Headers are laid out by the same code. A non-last `args`/`comm` (UNLIMITED) is cut at its
 * width.
 *
 * busybox (`procps/ps.c` `format_header`/`format_process`): headers left-aligned and padded
 * to the width; values printed right-aligned (numbers) or left-aligned, then padded with
 * `width - len + 1` spaces — so a value exactly one wider than its column touches the next
 * one (`123456root`), a wider one gets `len - width - 1` spaces.
 */
import { charWidth } from '../../src/core/columns.js';

/** A column of a procps table. */
export interface ProcpsColumn {
  /** The header text ('' for `spec=`). */
  header: string;
  /** The column width (procps grows it to the header's length). */
  width: number;
  /** RIGHT, LEFT (USER, TTY, STAT …), or UNLIMITED (args, comm: left, cut when not last). */
  align: 'left' | 'right' | 'unlimited';
}

/** A column of a busybox table. */
export interface BusyboxColumn {
  /** The header text ('' for `spec=`). */
  header: string;
  /** The width from busybox's `out_spec` (or the length of a custom header). */
  width: number;
  /** Numbers are right-aligned in the width (`%*u`), everything else left. */
  align: 'left' | 'right';
}

/** Options of {@link renderProcps}. */
export interface RenderOptions {
  /** Print the header line (procps omits it when every header is empty). Default: true. */
  header?: boolean;
  /** Line break. Default `\n`. */
  eol?: string;
}

/** Display width of a string, as a terminal shows it. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0) as number);
  return w;
}

/** UTF-8 length: what busybox's `strlen` pads by. */
export function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** The longest prefix of `s` that fits in `cells`. */
function cut(s: string, cells: number): string {
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0) as number);
    if (w + cw > cells) break;
    w += cw;
    out += ch;
  }
  return out;
}

/** The text a non-last UNLIMITED procps column shows for `value`: cut at the width. */
export function procpsShown(value: string, column: ProcpsColumn, last: boolean): string {
  return column.align === 'unlimited' && !last ? cut(value, column.width) : value;
}

/** One procps line (header or row): `show_one_proc`'s correct/actual bookkeeping. */
function procpsLine(values: readonly string[], columns: readonly ProcpsColumn[]): string {
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  let out = '';
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i] as ProcpsColumn;
    const last = i === columns.length - 1;
    const value = procpsShown(values[i] ?? '', col, last);
    const amount = displayWidth(value);
    const leftpad = col.align === 'right' ? Math.max(0, col.width - amount) : 0;
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    out += ' '.repeat(space) + value;
    if (last) break;
    actual += space + amount;
    correct += col.width + 1;
    dospace = 1;
  }
  return out;
}

/**
 * A procps table: `rows` are cell texts per column ('' for a blank cell). Columns get
 * `width = max(width, header length)` as procps does.
 */
export function renderProcps(rows: readonly (readonly string[])[], columns: readonly ProcpsColumn[], options: RenderOptions = {}): string {
  const cols = columns.map((c) => ({ ...c, width: Math.max(c.width, displayWidth(c.header)) }));
  const eol = options.eol ?? '\n';
  const lines: string[] = [];
  if (options.header !== false && cols.some((c) => c.header !== '')) lines.push(procpsLine(cols.map((c) => c.header), cols));
  for (const r of rows) lines.push(procpsLine(r, cols));
  return lines.map((l) => l + eol).join('');
}

/** A busybox `ps -o` table (`format_header` + `format_process`); blank values print as `-`. */
export function renderBusybox(rows: readonly (readonly string[])[], columns: readonly BusyboxColumn[], options: RenderOptions = {}): string {
  const eol = options.eol ?? '\n';
  const lines: string[] = [];
  if (options.header !== false && columns.some((c) => c.header !== '')) {
    let h = '';
    columns.forEach((c, i) => {
      h += i === columns.length - 1 ? c.header : `${c.header.padEnd(c.width)} `;
    });
    lines.push(h);
  }
  for (const r of rows) {
    let out = '';
    columns.forEach((c, i) => {
      let v = r[i] ?? '';
      if (v === '') v = '-';
      if (c.align === 'right') v = ' '.repeat(Math.max(0, c.width - utf8Length(v))) + v;
      out += v;
      if (i === columns.length - 1) return;
      const pad = c.width - utf8Length(v) + 1;
      // printf("%*s", pad, ""): a negative width left-justifies in |pad| cells.
      out += ' '.repeat(Math.abs(pad));
    });
    lines.push(out);
  }
  return lines.map((l) => l + eol).join('');
}

/** procps column kinds used by the generators: header, width, alignment. */
export const PROCPS_COLUMNS: Record<string, ProcpsColumn> = {
  pid: { header: 'PID', width: 7, align: 'right' },
  ppid: { header: 'PPID', width: 7, align: 'right' },
  pgid: { header: 'PGID', width: 7, align: 'right' },
  user: { header: 'USER', width: 8, align: 'left' },
  uid: { header: 'UID', width: 5, align: 'right' },
  '%cpu': { header: '%CPU', width: 4, align: 'right' },
  '%mem': { header: '%MEM', width: 4, align: 'right' },
  vsz: { header: 'VSZ', width: 6, align: 'right' },
  rss: { header: 'RSS', width: 5, align: 'right' },
  tty: { header: 'TTY', width: 8, align: 'left' },
  stat: { header: 'STAT', width: 4, align: 'left' },
  start: { header: 'START', width: 5, align: 'right' },
  lstart: { header: 'STARTED', width: 24, align: 'right' },
  time: { header: 'TIME', width: 8, align: 'right' },
  ni: { header: 'NI', width: 3, align: 'right' },
  pidns: { header: 'PIDNS', width: 10, align: 'right' },
  netns: { header: 'NETNS', width: 10, align: 'right' },
  label: { header: 'LABEL', width: 31, align: 'left' },
  comm: { header: 'COMMAND', width: 15, align: 'unlimited' },
  args: { header: 'COMMAND', width: 27, align: 'unlimited' },
  cmd: { header: 'CMD', width: 27, align: 'unlimited' },
};

/** busybox `out_spec` columns used by the generators. */
export const BUSYBOX_COLUMNS: Record<string, BusyboxColumn> = {
  pid: { header: 'PID', width: 5, align: 'right' },
  ppid: { header: 'PPID', width: 5, align: 'right' },
  pgid: { header: 'PGID', width: 5, align: 'right' },
  user: { header: 'USER', width: 8, align: 'left' },
  group: { header: 'GROUP', width: 8, align: 'left' },
  nice: { header: 'NI', width: 5, align: 'right' },
  vsz: { header: 'VSZ', width: 4, align: 'right' },
  rss: { header: 'RSS', width: 4, align: 'right' },
  stat: { header: 'STAT', width: 4, align: 'left' },
  tty: { header: 'TT', width: 6, align: 'left' },
  time: { header: 'TIME', width: 6, align: 'right' },
  comm: { header: 'COMMAND', width: 16, align: 'left' },
  args: { header: 'COMMAND', width: 2048, align: 'left' },
};
