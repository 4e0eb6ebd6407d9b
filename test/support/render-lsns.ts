/**
 * Renders lsns output exactly as util-linux's libsmartcols prints it when stdout is not a
 * terminal, from rows arranged in a tree: the human layout (column widths from the data,
 * header and width hints, right-aligned numbers, tree art in either alphabet, wrapped NSFS
 * cells with their continuation lines), `-r`, and `-J` in every schema (2.28 strings with
 * `\xHH` escapes, 2.29 strings, 2.33 numbers, 2.37+ pretty, 2.42 `LIBSMARTCOLS_JSON=compact`
 * and `lines`). The parser's tests render generated listings with it and parse them back; the
 * model's tests render views of a simulated kernel with it.
 *
 * Sources followed (util-linux): libsmartcols/src/print.c (`print_data`, `print_pending_data`,
 * `print_empty_cell`, `tree_ascii_art_to_buffer`, `print_tree_line`), calculate.c
 * (`count_column_width`: width = max(header, data), raised to the width hint when both are
 * below it), lib/mbsalign.c (`mbs_safe_encode`), include/carefulputc.h (`fputs_nonblank`,
 * `fputs_quoted`), lib/jsonwrt.c, table_print.c of 2.28–2.33, sys-utils/lsns.c (`infos[]`).
 * Checked byte for byte against captures of util-linux 2.38.1 in test/fixtures/lsns.
 */

import type { LsnsRow } from '../../src/parsers/lsns/index.js';

/** One row and the rows nested under it. */
export interface LsnsRenderNode {
  /** Values by column name (upper case); numbers or text; NSFS a list of paths; missing or null → empty cell. */
  cells: Readonly<Partial<Record<string, string | number | readonly string[] | null>>>;
  children?: readonly LsnsRenderNode[];
}

/** JSON schemas util-linux has printed. */
export type LsnsJsonStyle = 'pretty' | 'compact' | 'lines' | 'v2.28' | 'v2.29' | 'v2.33';

/** How to render. */
export interface LsnsRenderOptions {
  /** Column names in output order (lsns `-o`). */
  columns: readonly string[];
  /** `human` (default), `raw` (`-r`) or `json` (`-J`). */
  format?: 'human' | 'raw' | 'json';
  /** `utf-8`: Unicode tree art and printable non-ASCII kept (LANG=C.UTF-8); `c`: ASCII art, non-ASCII bytes escaped (LANG=C). */
  locale?: 'utf-8' | 'c';
  /** The tree column: `COMMAND` (process trees, lsns' default), `NS` (`-T parent|owner`), or null for a flat list (`-l`). Default: COMMAND when present. */
  treeColumn?: string | null;
  /** `-n`. */
  noHeadings?: boolean;
  /** `-W` (implied by `-r`): NSFS joined by `,` instead of one path per line. */
  nowrap?: boolean;
  /** JSON schema; default `pretty` (2.37+). */
  json?: LsnsJsonStyle;
}

/** The text, and the 1-based line where each node (in pre-order) starts. */
export interface LsnsRendering {
  text: string;
  nodeLines: number[];
}

// infos[] of sys-utils/lsns.c: alignment, width hint, JSON number type (2.33+).
const COLUMN_INFO: Readonly<Record<string, { right: boolean; hint: number; number: boolean }>> = {
  NS: { right: true, hint: 10, number: true },
  TYPE: { right: false, hint: 5, number: false },
  PATH: { right: false, hint: 0, number: false },
  NPROCS: { right: true, hint: 5, number: true },
  PID: { right: true, hint: 5, number: true },
  PPID: { right: true, hint: 5, number: true },
  COMMAND: { right: false, hint: 0, number: false },
  UID: { right: true, hint: 0, number: true },
  USER: { right: false, hint: 0, number: false },
  NETNSID: { right: true, hint: 0, number: false },
  NSFS: { right: false, hint: 0, number: false },
  PNS: { right: true, hint: 10, number: true },
  ONS: { right: true, hint: 10, number: true },
};

const UTF8 = new TextEncoder();

function hex2(b: number): string {
  return `\\x${b.toString(16).padStart(2, '0')}`;
}

// East Asian Wide and Fullwidth (what glibc's wcwidth gives 2), as the parser counts them.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3], [0x25fd, 0x25fe],
  [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be],
  [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa],
  [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755],
  [0x2757, 0x2757], [0x2795, 0x2797], [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

/** Terminal cells of one printable code point. */
export function cellWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  return WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
}

function isControl(cp: number): boolean {
  return cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f);
}

/** lib/mbsalign.c mbs_safe_encode: the text a human-layout cell shows, and its width in cells. */
export function safeEncode(text: string, locale: 'utf-8' | 'c', safe = ''): { text: string; width: number } {
  let out = '';
  let width = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const cp = ch.codePointAt(0) as number;
    if (safe.includes(ch)) {
      out += ch;
      continue;
    }
    if ((ch === '\\' && chars[i + 1] === 'x') || isControl(cp) || (locale === 'c' && cp >= 0x80)) {
      for (const b of UTF8.encode(ch)) out += hex2(b);
      width += 4 * UTF8.encode(ch).length;
      continue;
    }
    out += ch;
    width += cellWidth(cp);
  }
  return { text: out, width };
}

/** include/carefulputc.h fputs_nonblank: blanks, `\` and every non-printable byte as `\xHH` (`-r`). */
export function rawEncode(text: string): string {
  let out = '';
  for (const b of UTF8.encode(text)) out += b === 0x20 || b === 0x09 || b === 0x5c || b < 0x20 || b >= 0x7f ? hex2(b) : String.fromCharCode(b);
  return out;
}

/** lib/jsonwrt.c fputs_quoted_case_json: `"` and `\` escaped, control characters as short escapes or `\u00XX`. */
export function jsonQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c >= 0x20) out += ch;
    else if (ch === '\b') out += '\\b';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\r') out += '\\r';
    else out += `\\u00${c.toString(16).padStart(2, '0')}`;
  }
  return `${out}"`;
}

/** util-linux 2.28 fputs_quoted: `"`, `\`, `` ` ``, `$` and non-printable bytes as `\xHH`. */
export function quoteV228(text: string): string {
  let out = '"';
  for (const b of UTF8.encode(text)) out += b === 0x22 || b === 0x5c || b === 0x60 || b === 0x24 || b < 0x20 || b >= 0x7f ? hex2(b) : String.fromCharCode(b);
  return `${out}"`;
}

interface Flat {
  node: LsnsRenderNode;
  parent: Flat | null;
  children: Flat[];
  isLast: boolean;
}

function flatten(nodes: readonly LsnsRenderNode[], tree: boolean): Flat[] {
  const out: Flat[] = [];
  const visit = (list: readonly LsnsRenderNode[], parent: Flat | null) => {
    list.forEach((node, i) => {
      const f: Flat = { node, parent: tree ? parent : null, children: [], isLast: i === list.length - 1 };
      if (tree && parent) parent.children.push(f);
      out.push(f);
      visit(node.children ?? [], f);
    });
  };
  visit(nodes, null);
  if (!tree) out.forEach((f, i) => (f.isLast = i === out.length - 1));
  return out;
}

function cellText(node: LsnsRenderNode, column: string, sep: string): string {
  const v = node.cells[column];
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  return v.join(sep);
}

/** print.c tree_ascii_art_to_buffer for `f`'s ancestors, then the branch of `f` itself. */
function artOf(f: Flat, utf8: boolean): string {
  if (!f.parent) return '';
  const vert = utf8 ? '│ ' : '| ';
  let prefix = '';
  for (let a: Flat | null = f.parent; a && a.parent; a = a.parent) prefix = (a.isLast ? '  ' : vert) + prefix;
  return prefix + (f.isLast ? (utf8 ? '└─' : '`-') : utf8 ? '├─' : '|-');
}

/** print_empty_cell's art: the line's own units (for continuation lines of a multi-line cell). */
function continuationArt(f: Flat, utf8: boolean, pending: boolean): string {
  const vert = utf8 ? '│ ' : '| ';
  let art = '';
  for (let a: Flat | null = f; a && a.parent; a = a.parent) art = (a.isLast ? '  ' : vert) + art;
  if (f.children.length > 0 && pending) art += vert;
  return art;
}

/** Renders nodes as lsns prints them; see the module comment. */
export function renderLsns(nodes: readonly LsnsRenderNode[], options: LsnsRenderOptions): LsnsRendering {
  const format = options.format ?? 'human';
  const columns = options.columns;
  const treeColumn = options.treeColumn === undefined ? (columns.includes('COMMAND') ? 'COMMAND' : null) : options.treeColumn;
  const tree = treeColumn !== null;
  const flat = flatten(nodes, tree);
  if (format === 'json') return renderJson(flat, columns, tree, options.json ?? 'pretty', options.nowrap ?? false);
  const utf8 = (options.locale ?? 'utf-8') === 'utf-8';
  const nowrap = format === 'raw' || (options.nowrap ?? false);
  const lines: string[] = [];
  const nodeLines: number[] = [];
  if (format === 'raw') {
    if (!options.noHeadings && flat.length > 0) lines.push(columns.map(rawEncode).join(' '));
    for (const f of flat) {
      nodeLines.push(lines.length + 1);
      lines.push(columns.map((c) => rawEncode((c === treeColumn ? artOf(f, utf8) : '') + cellText(f.node, c, ','))).join(' '));
    }
    return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', nodeLines };
  }
  const locale = utf8 ? 'utf-8' : 'c';
  const info = (c: string) => COLUMN_INFO[c] ?? { right: false, hint: 0, number: false };
  const isRight = (c: string) => info(c).right && c !== treeColumn;
  // Cells: encoded chunks (NSFS wraps at newlines unless -W).
  const cells = flat.map((f) =>
    columns.map((c) => {
      const wraps = c === 'NSFS' && !nowrap;
      const raw = (c === treeColumn ? artOf(f, utf8) : '') + cellText(f.node, c, wraps ? '\n' : ',');
      const chunks = wraps ? raw.split('\n') : [raw];
      return chunks.map((chunk) => safeEncode(chunk, locale));
    }),
  );
  const widths = columns.map((c, j) => {
    const header = safeEncode(c, locale).width;
    let width = 0;
    for (const row of cells) for (const chunk of row[j] ?? []) width = Math.max(width, chunk.width);
    const hint = info(c).hint;
    if (width < header) return header;
    if (hint >= 1 && width < hint && header < hint) return hint;
    return width;
  });
  const last = columns.length - 1;
  const pad = (n: number) => ' '.repeat(Math.max(0, n));
  const cell = (j: number, text: string, width: number, right: boolean, empty: boolean): string => {
    if (j === last) return right && !empty ? pad((widths[j] as number) - width) + text : text;
    return right && !empty ? pad((widths[j] as number) - width) + text + ' ' : text + pad((widths[j] as number) - width) + ' ';
  };
  if (!options.noHeadings && flat.length > 0) {
    lines.push(columns.map((c, j) => cell(j, safeEncode(c, locale).text, safeEncode(c, locale).width, isRight(c), false)).join(''));
  }
  flat.forEach((f, i) => {
    nodeLines.push(lines.length + 1);
    const row = cells[i] as { text: string; width: number }[][];
    lines.push(
      columns
        .map((c, j) => {
          const first = (row[j] as { text: string; width: number }[])[0] as { text: string; width: number };
          return cell(j, first.text, first.width, isRight(c), first.text.length === 0);
        })
        .join(''),
    );
    // print_line: the extra lines of multi-line cells.
    const pendingFrom = columns.map(() => 1);
    const hasPending = () => columns.some((_, j) => (pendingFrom[j] as number) < (row[j] as unknown[]).length);
    while (hasPending()) {
      let text = '';
      columns.forEach((c, j) => {
        const chunks = row[j] as { text: string; width: number }[];
        const k = pendingFrom[j] as number;
        if (k < chunks.length) {
          const chunk = chunks[k] as { text: string; width: number };
          pendingFrom[j] = k + 1;
          text += j === last ? chunk.text : chunk.text + pad((widths[j] as number) - chunk.width) + ' ';
          return;
        }
        const art = c === treeColumn ? safeEncode(continuationArt(f, utf8, hasPending()), locale) : { text: '', width: 0 };
        text += j === last ? art.text : art.text + pad((widths[j] as number) - art.width) + ' ';
      });
      lines.push(text);
    }
  });
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', nodeLines };
}

// ---------------------------------------------------------------------------------------------
// JSON

/** lib/jsonwrt.c (2.37+; `compact` and `lines` since 2.42), with print.c's tree walk. */
class JsonWriter {
  out = '';
  indent = 0;
  afterClose = false;
  constructor(private readonly style: 'pretty' | 'compact' | 'lines') {}

  private ind(): void {
    this.out += '   '.repeat(this.indent);
  }

  private name(name: string | null): void {
    if (this.afterClose) {
      if (this.style === 'lines') this.out += this.indent === 0 ? '\n' : ',';
      else if (this.style === 'compact') this.out += ',';
      else this.out += name !== null ? ',\n' : ',';
    }
    if (this.style === 'pretty' && (name !== null || !this.afterClose)) this.ind();
    if (name !== null) this.out += jsonQuote(name.toLowerCase());
  }

  open(name: string | null, type: 'object' | 'array'): void {
    this.name(name);
    if (type === 'object') {
      if (this.style === 'lines') this.out += '{';
      else if (this.style === 'compact') this.out += this.indent === 2 ? (name !== null ? ':{' : '\n{') : '{';
      else this.out += name !== null ? ': {\n' : '{\n';
    } else if (this.style === 'pretty') this.out += name !== null ? ': [\n' : '[\n';
    // 2.42 writes `"children"[` in JSON Lines: no colon before a named array (sic).
    else if (this.style === 'lines') this.out += '[';
    else this.out += name !== null ? ':[' : '[';
    this.indent++;
    this.afterClose = false;
  }

  value(name: string, data: string | null): void {
    this.name(name);
    this.out += this.style === 'pretty' ? ': ' : ':';
    this.out += data ?? 'null';
    this.afterClose = true;
  }

  close(type: 'object' | 'array'): void {
    this.indent--;
    if (this.style === 'compact' && this.indent === 1) this.out += '\n';
    if (this.style === 'pretty') {
      this.out += '\n';
      this.ind();
    }
    this.out += type === 'object' ? '}' : ']';
    if (this.style !== 'lines' && this.indent === 0) this.out += '\n';
    this.afterClose = true;
  }
}

function jsonData(f: Flat, c: string, numbers: boolean, quote: (s: string) => string, nowrap: boolean): string | null {
  const text = cellText(f.node, c, c === 'NSFS' && !nowrap ? '\n' : ',');
  if (text.length === 0) return null;
  return numbers && (COLUMN_INFO[c]?.number ?? false) ? text : quote(text);
}

function lineOf(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function renderJson(flat: Flat[], columns: readonly string[], tree: boolean, style: LsnsJsonStyle, nowrap: boolean): LsnsRendering {
  const nodeLines: number[] = [];
  const roots = flat.filter((f) => !f.parent);
  if (style === 'v2.28' || style === 'v2.29' || style === 'v2.33') {
    // table_print.c of 2.28–2.36: one line per object, children on their own lines.
    const numbers = style === 'v2.33';
    const quote = style === 'v2.28' ? quoteV228 : jsonQuote;
    const colon = style === 'v2.33' ? ':' : ': ';
    let out = '{\n   "namespaces": [\n';
    const walk = (f: Flat, indent: number, last: boolean) => {
      const ind = '   '.repeat(indent + 1);
      nodeLines.push(lineOf(out));
      out += `${ind}{`;
      out += columns.map((c) => `${quote(c.toLowerCase())}${colon}${jsonData(f, c, numbers, quote, nowrap) ?? 'null'}`).join(', ');
      if (f.children.length === 0) {
        out += last ? '}\n' : '},\n';
        return;
      }
      out += `,\n${'   '.repeat(indent + 2)}"children": [\n`;
      f.children.forEach((c, i) => walk(c, indent + 2, i === f.children.length - 1));
      out += `${'   '.repeat(indent + 2)}]\n${ind}${last ? '}' : '},'}\n`;
    };
    roots.forEach((f, i) => walk(f, 1, i === roots.length - 1));
    out += '   ]\n}\n';
    return { text: out, nodeLines };
  }
  const w = new JsonWriter(style);
  if (style !== 'lines') {
    w.open(null, 'object');
    w.open('namespaces', 'array');
  }
  const row = (f: Flat) => {
    w.open(null, 'object');
    // The object's line: where its `{` was written.
    nodeLines.push(lineOf(w.out.slice(0, w.out.lastIndexOf('{'))));
    for (const c of columns) w.value(c, jsonData(f, c, true, jsonQuote, nowrap));
  };
  if (!tree) {
    for (const f of flat) {
      row(f);
      w.close('object');
    }
  } else {
    // print.c print_tree_line, in pre-order.
    for (const f of flat) {
      row(f);
      if (f.children.length > 0) {
        w.open('children', 'array');
        continue;
      }
      let ln: Flat | null = f;
      let last: boolean;
      do {
        last = ln.isLast;
        w.close('object');
        if (last && ln.parent) w.close('array');
        ln = ln.parent;
      } while (ln && last);
    }
  }
  if (style !== 'lines') {
    w.close('array');
    w.close('object');
  } else if (flat.length > 0) w.out += '\n';
  return { text: w.out, nodeLines };
}

/** lsns column name → the row field it fills. */
export const FIELD: Readonly<Record<string, keyof LsnsRow>> = {
  NS: 'ns',
  TYPE: 'type',
  PATH: 'path',
  NPROCS: 'nprocs',
  PID: 'pid',
  PPID: 'ppid',
  COMMAND: 'command',
  UID: 'uid',
  USER: 'user',
  NETNSID: 'netnsid',
  NSFS: 'nsfs',
  PNS: 'pns',
  ONS: 'ons',
};

/** Parsed rows back into the tree `renderLsns` takes (by `parentIndex`). */
export function nodesOf(rows: readonly LsnsRow[], columns: readonly string[]): LsnsRenderNode[] {
  const made: { cells: Record<string, string | number | readonly string[] | null>; children: LsnsRenderNode[] }[] = [];
  const roots: LsnsRenderNode[] = [];
  for (const r of rows) {
    const cells: Record<string, string | number | readonly string[] | null> = {};
    for (const c of columns) {
      const field = FIELD[c];
      cells[c] = field ? (r[field] as string | number | readonly string[] | null) : ((r.extra[c] as string | number | null | undefined) ?? null);
    }
    const node = { cells, children: [] as LsnsRenderNode[] };
    made.push(node);
    const parent = r.parentIndex === null ? undefined : made[r.parentIndex];
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
