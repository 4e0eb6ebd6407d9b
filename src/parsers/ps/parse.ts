/**
 * `parsePs`: every `ps` table a user pastes — procps-ng (`aux`, `-ef`, `-eF`, `-elf`,
 * `-ejH`, `axjf`, `--forest`, `-L`, any `-o` list with renamed, blank or duplicate headers)
 * and busybox (`ps`, `ps -o`, the fixed non-DESKTOP layouts) — into typed rows.
 *
 * How a row is cut into cells: every column knows how many words its values have (a PID is
 * one word, `lstart` five, a command any number). When at most one column can hold any
 * number of words, the words are dealt from both ends and the split is exact, whatever the
 * spacing (blog posts collapse it). When several can (`label` and `args`, `comm` and
 * `args`, unknown headers), the header positions decide: values are where procps/busybox
 * print them — left-aligned values start under their header, right-aligned ones end under
 * it, and a value too wide for its column pushes the rest of the row to the right. A row
 * that fits no assignment is cut as well as it can be and named by a diagnostic.
 *
 * Speed: the common table — procps, rows where the header says, one-word columns (or a start
 * date) and the command last — is read in one pass per line by `fastRow`, in place in the
 * input text; any line it does not recognise as plain goes to the general cutter, so the
 * result is the same either way (`test/parsers/ps/fast-path.test.ts` compares them).
 *
 * @example
 * parsePs('  PID TTY          TIME CMD\n    1 ?        00:00:03 /sbin/init splash\n').value.rows[0]
 * // { pid: 1, tty: null, time: '00:00:03', command: '/sbin/init splash', line: 2, … }
 */
import {
  assignRuns,
  diagnostic,
  makeResult,
  prepareText,
  scanTokens,
  splitLines,
  TokenBuffer,
  type Diagnostic,
  type Line,
  type ParseResult,
  type RunColumn,
} from '../../core/index.js';
import type { PsColumn, PsFlavor, PsOutput, PsRow } from './schema.js';
import { BUSYBOX_FIXED_HEADERS, BUSYBOX_WIDTHS, HEADERS, SPECS, type PsField, type TokenKind, type ValueType } from './specs.js';

/** Options of {@link parsePs}. */
export interface PsOptions {
  /**
   * The column list, for output without a header line (`ps -o pid=,args=`, `--no-headers`)
   * or with headers that do not say what they are (`pid=PROCESS`, `comm=`). Entries are
   * spec names (`pid`, `euser`, `args`, `pid=PROCESS`, `user:12`) or headers (`PID`);
   * an entry may hold several, comma-separated, like `ps -o` takes them.
   */
  columns?: readonly string[];
  /** Which ps printed the table, when the layout alone does not say (header-less input). */
  flavor?: 'procps' | 'busybox';
}

/** A column as the row scanner uses it. */
interface Col extends RunColumn {
  key: string;
  header: string;
  start: number | null;
  end: number | null;
  kind: TokenKind;
  type: ValueType;
  field: PsField | null;
  /** Where the value goes in the row: a field name, or (extraKey) a key of `extra`. */
  target: PsField | null;
  extraKey: string;
  /** busybox glue: a number of this many digits + 1 may touch the next value; -1: `mm:ss` glue. */
  glue: number;
  /** procps cuts this column (args, comm …) at its width when it is not the last one. */
  capped: boolean;
  /** That width by default (27 for args, 15 for comm): wider values are unlikely, not impossible (`args:60`). */
  capWidth: number;
}

/** A column list that a header-less table may have, tried in this order. */
interface Shape {
  name: string;
  specs: string[];
  flavor: PsFlavor;
}

const SHAPES: Shape[] = [
  { name: 'procps `ps aux` (USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND)', specs: ['user', 'pid', '%cpu', '%mem', 'vsz', 'rss', 'tname', 'stat', 'start_time', 'time', 'args'], flavor: 'procps' },
  { name: 'procps `ps -ef` (UID PID PPID C STIME TTY TIME CMD)', specs: ['uid', 'pid', 'ppid', 'c', 'stime', 'tname', 'time', 'cmd'], flavor: 'procps' },
  { name: 'busybox `ps` without DESKTOP (PID USER VSZ STAT COMMAND)', specs: ['pid', 'user', 'vsz', 'stat', 'args'], flavor: 'busybox' },
  { name: 'busybox `ps` (PID USER TIME COMMAND)', specs: ['pid', 'user', 'time', 'args'], flavor: 'busybox' },
  { name: '`ps -o pid,ppid,args` (PID PPID COMMAND)', specs: ['pid', 'ppid', 'args'], flavor: 'unknown' },
  { name: 'busybox `ps` without TIME (PID USER COMMAND)', specs: ['pid', 'user', 'args'], flavor: 'busybox' },
];

// Costs of the fallback assignment: a blank cell in a column that may be blank, and a
// missing or surplus word in a column whose word count is known.
const EMPTY = 6;
const WRONG_COUNT = 12;
// A word that is not a number in a number column: possible (bad data), but any cut that
// avoids it is better, even one with a blank cell.
const WRONG_TYPE = 7;
// The fallback assignment is quadratic in the words of a line; beyond this many words it
// deals one word per column. The strict one is linear (long java command lines are fine).
const MAX_DP_TOKENS = 160;
const MAX_STRICT_TOKENS = 20000;
// Distinct values remembered per column (a power of two).
const REUSE_SLOTS = 64;

let fastRows = true;

/** Test hook (not exported by the package): turns the one-pass row reader off, to compare it with the general one. */
export function setFastRows(on: boolean): void {
  fastRows = on;
}

// The table set-up reads the first lines only (header search, samples of at most 50 rows):
// those become `Line` objects, the rest are read in place.
const HEAD = 64;

/**
 * Walks the lines of a text: by offsets into it (no string per line, and reads of one flat
 * string are faster than of 100k slices), or, when it has CRs, over {@link splitLines}.
 */
class LineWalker {
  /** 1-based number of the current line. */
  number = 0;
  /** The current line is `text[start, end)`. */
  text = '';
  start = 0;
  end = 0;
  private p = 0;
  private readonly src: string;
  private readonly parts: string[] | null;

  constructor(src: string) {
    this.src = src;
    this.parts = src.includes('\r') ? splitLines(src) : null;
  }

  next(): boolean {
    const parts = this.parts;
    if (parts !== null) {
      if (this.number >= parts.length) return false;
      const t = parts[this.number] as string;
      this.text = t;
      this.start = 0;
      this.end = t.length;
      this.number++;
      return true;
    }
    const src = this.src;
    const p = this.p;
    if (p >= src.length) return false;
    let e = src.indexOf('\n', p);
    if (e < 0) e = src.length;
    this.text = src;
    this.start = p;
    this.end = e;
    this.p = e + 1;
    this.number++;
    return true;
  }

  /** The current line as a string of its own. */
  line(): string {
    return this.start === 0 && this.end === this.text.length ? this.text : this.text.slice(this.start, this.end);
  }

  /** True when the current line is empty or only blanks. */
  blank(): boolean {
    const text = this.text;
    for (let i = this.start; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  }
}

/** The rows read so far, with the forest depths and indents of those that have one (most have none). */
class RowSink {
  readonly rows: PsRow[];
  private readonly artRow: number[] = [];
  private readonly artDepth: number[] = [];
  private readonly indentRow: number[] = [];
  private readonly indentCells: number[] = [];
  /** Whether indentation may be `-H` nesting (two cells per level, never negative). */
  private indentOk: boolean;

  constructor(rows: PsRow[], indentOk: boolean) {
    this.rows = rows;
    this.indentOk = indentOk;
  }

  take(row: PsRow | null, scanner: RowScanner): void {
    if (row === null) return;
    if (scanner.artDepth >= 0) {
      this.artRow.push(this.rows.length);
      this.artDepth.push(scanner.artDepth);
    }
    if (scanner.indent !== 0) {
      if (scanner.indent < 0 || scanner.indent % 2 !== 0) this.indentOk = false;
      else {
        this.indentRow.push(this.rows.length);
        this.indentCells.push(scanner.indent);
      }
    }
    this.rows.push(row);
  }

  /** Sets every row's depth when the table is a forest; returns which kind. */
  finish(): 'ascii' | 'indent' | null {
    const forest = this.artRow.length > 0 ? 'ascii' : this.indentOk && this.indentRow.length > 0 ? 'indent' : null;
    if (forest === null) return null;
    const rows = this.rows;
    for (const r of rows) r.depth = 0;
    const at = forest === 'ascii' ? this.artRow : this.indentRow;
    for (let i = 0; i < at.length; i++) (rows[at[i]!] as PsRow).depth = forest === 'ascii' ? this.artDepth[i]! : this.indentCells[i]! / 2;
    return forest;
  }
}

/** The rows after the head: one loop of its own, so that it is optimised once, not per call. */
function readRows(walker: LineWalker, scanner: RowScanner, sink: RowSink, diags: Diagnostic[]): void {
  const fast = fastRows && scanner.fast;
  while (walker.next()) {
    if (walker.blank()) continue;
    let row = fast ? scanner.fastRow(walker.text, walker.start, walker.end, walker.number) : null;
    row ??= scanner.row({ number: walker.number, text: walker.line() }, diags);
    sink.take(row, scanner);
  }
}

/** Parses `ps` output (see the module comment). Never throws. */
export function parsePs(input: string | Uint8Array, options: PsOptions = {}): ParseResult<PsOutput> {
  const prepared = prepareText(input);
  const diags: Diagnostic[] = [...prepared.diagnostics];
  const walker = new LineWalker(prepared.text);
  const head: Line[] = [];
  while (head.length < HEAD && walker.next()) if (!walker.blank()) head.push({ number: walker.number, text: walker.line() });

  const table = setUpTable(head, options, diags);
  const rows: PsRow[] = [];
  if (table === null) {
    for (const l of head) diags.push(diagnostic('warning', 'ps/not-a-row', 'This line is not a row of the ps table.', l.number, { excerpt: l.text }));
    while (walker.next()) {
      if (!walker.blank()) diags.push(diagnostic('warning', 'ps/not-a-row', 'This line is not a row of the ps table.', walker.number, { excerpt: walker.line() }));
    }
    return makeResult({ columns: [], rows, flavor: options.flavor ?? 'unknown', forest: null }, diags);
  }
  const scanner = new RowScanner(table);
  const sink = new RowSink(rows, table.commandCol >= 0 && (table.geometry || (table.commandCol > 0 && table.cols[table.commandCol - 1]!.align === 'right')));
  for (let k = table.firstRow; k < head.length; k++) sink.take(scanner.row(head[k] as Line, diags), scanner);
  readRows(walker, scanner, sink, diags);
  const forest = sink.finish();
  const columns: PsColumn[] = table.cols.map((c) => ({
    key: c.key,
    header: c.header,
    start: c.start,
    end: c.end,
    align: c.align === 'auto' ? scanner.guessAlign(c) : c.align,
    field: c.target,
  }));
  return makeResult({ columns, rows, flavor: table.flavor, forest }, diags);
}

// ---------------------------------------------------------------------------------------
// The table: header, columns, flavor, whether positions can be trusted.
// ---------------------------------------------------------------------------------------

interface Table {
  cols: Col[];
  flavor: PsFlavor;
  /** Index in `data` of the first row line. */
  firstRow: number;
  headerLine: Line | null;
  /** True when the rows sit where the header says (not a whitespace-collapsed paste). */
  geometry: boolean;
  /** Index of the column that fills `command`, or -1. */
  commandCol: number;
  /** Index of the column that fills `pid`, or -1. */
  pidCol: number;
}

interface HeaderToken {
  text: string;
  start: number;
  end: number;
}

function headerTokens(text: string, buf: TokenBuffer): HeaderToken[] {
  const n = scanTokens(text, buf);
  const out: HeaderToken[] = [];
  for (let i = 0; i < n; i++) out.push({ text: text.slice(buf.start[i], buf.end[i]), start: buf.cellStart[i]!, end: buf.cellEnd[i]! });
  return out;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function looksLikeHeader(tokens: readonly HeaderToken[]): boolean {
  if (tokens.length === 0) return false;
  let known = 0;
  for (const t of tokens) {
    if (isDigits(t.text)) return false;
    if (HEADERS.has(t.text)) known++;
  }
  return known > 0 && (known * 2 >= tokens.length || HEADERS.has((tokens[0] as HeaderToken).text));
}

/** One entry of `options.columns`, resolved. */
interface OptionColumn {
  key: string;
  header: string;
  custom: boolean;
  spec: ReturnType<typeof SPECS.get>;
  name: string;
}

function resolveOptionColumns(list: readonly string[], diags: Diagnostic[]): OptionColumn[] {
  const out: OptionColumn[] = [];
  for (const entry of list) {
    for (const raw of splitSpecList(entry)) {
      const eq = raw.indexOf('=');
      let name = eq >= 0 ? raw.slice(0, eq) : raw;
      const colon = name.indexOf(':');
      if (colon >= 0) name = name.slice(0, colon);
      const spec = SPECS.get(name.toLowerCase()) ?? HEADERS.get(name);
      if (!spec) {
        diags.push(diagnostic('info', 'ps/unknown-spec', `Column "${name}" is not a ps format specifier; its values are kept in extra.`, 0));
      }
      const header = eq >= 0 ? raw.slice(eq + 1) : (spec?.header ?? name.toUpperCase());
      out.push({ key: spec?.key ?? name, header, custom: eq >= 0, spec, name });
    }
  }
  return out;
}

/**
 * Splits `pid,ppid args` like `ps -o` does. A `=HEADER` runs to the next comma, spaces
 * included: busybox allows `pid=PROCESS ID` (procps headers have no spaces anyway).
 */
function splitSpecList(entry: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inHeader = false;
  for (const ch of entry) {
    if (ch === ',' || (!inHeader && (ch === ' ' || ch === '\t' || ch === '\n'))) {
      if (cur !== '') out.push(cur);
      cur = '';
      inHeader = false;
    } else {
      if (ch === '=') inHeader = true;
      cur += ch;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}

function makeCol(spec: OptionColumn['spec'], key: string, header: string, start: number | null, end: number | null): Col {
  return {
    key,
    header,
    start,
    end,
    // UID is right-aligned for `-o uid` but left-aligned (names) in `-f`: decide from the data.
    align: spec ? (spec.type === 'uid-or-user' ? 'auto' : spec.align) : 'auto',
    anchorStart: -1,
    anchorEnd: -1,
    kind: spec ? spec.kind : 'text',
    type: spec ? spec.type : 'string',
    field: spec ? spec.field : null,
    target: null,
    extraKey: '',
    glue: 0,
    gaps: !spec || spec.kind === 'text',
    capped: spec !== undefined && (spec.type === 'command' || spec.type === 'comm' || ['exe', 'environ', 'cgroup', 'cgname'].includes(spec.key)),
    capWidth: spec === undefined ? 0 : spec.type === 'comm' ? 15 : spec.key === 'environ' ? 31 : 27,
  };
}

/** Maps a header line onto the caller's columns; null when they do not fit. */
function matchHeader(tokens: readonly HeaderToken[], wanted: readonly OptionColumn[]): Col[] | null {
  const cols: Col[] = [];
  let k = 0;
  for (const w of wanted) {
    if (w.header === '') {
      cols.push(makeCol(w.spec, w.key, '', null, null));
      continue;
    }
    const words = w.header.split(' ').filter((s) => s !== '');
    if (k + words.length > tokens.length) return null;
    for (let i = 0; i < words.length; i++) if ((tokens[k + i] as HeaderToken).text.toUpperCase() !== (words[i] as string).toUpperCase()) return null;
    const first = tokens[k] as HeaderToken;
    const last = tokens[k + words.length - 1] as HeaderToken;
    cols.push(makeCol(w.spec, w.key, w.header, first.start, last.end));
    k += words.length;
  }
  return k === tokens.length ? cols : null;
}

function setUpTable(data: readonly Line[], options: PsOptions, diags: Diagnostic[]): Table | null {
  const buf = new TokenBuffer();
  const wanted = options.columns && options.columns.length > 0 ? resolveOptionColumns(options.columns, diags) : null;
  // The header is the first non-blank line, or one of the next few after stray lines (the
  // `Warning: bad syntax` procps prints before the table). Data lines have numbers, headers not.
  let headerIdx = -1;
  let cols: Col[] | null = null;
  // `ps -o pid=,args=` prints no header at all: then every line is data.
  const noHeader = wanted !== null && wanted.every((w) => w.header === '');
  for (let k = 0; k < Math.min(data.length, 4) && headerIdx < 0 && !noHeader; k++) {
    const line = data[k] as Line;
    const tokens = headerTokens(line.text, buf);
    const matched = wanted ? matchHeader(tokens, wanted) : null;
    if (matched) {
      cols = matched;
      headerIdx = k;
    } else if (looksLikeHeader(tokens)) {
      headerIdx = k;
      const named = wanted ? wanted.filter((w) => w.header !== '') : [];
      if (wanted && named.length === tokens.length) {
        // As many headers as named columns, other names (`pid=PROCESS` printed, `pid` passed).
        cols = wanted.map((w) => makeCol(w.spec, w.key, w.header, null, null));
        let t = 0;
        wanted.forEach((w, i) => {
          if (w.header === '') return;
          const tok = tokens[t++] as HeaderToken;
          const c = cols![i] as Col;
          c.header = tok.text;
          c.start = tok.start;
          c.end = tok.end;
        });
      } else {
        if (wanted) {
          diags.push(diagnostic('warning', 'ps/columns-mismatch', 'The header does not match the columns passed in options; the header was used.', line.number, { excerpt: line.text }));
        }
        cols = tokens.map((t) => makeCol(HEADERS.get(t.text), HEADERS.get(t.text)?.key ?? t.text, t.text, t.start, t.end));
      }
    }
  }
  for (let k = 0; k < headerIdx; k++) {
    const l = data[k] as Line;
    if (isElision(l.text)) diags.push(diagnostic('info', 'ps/elided-lines', 'Lines were left out here by whoever pasted the output (an elision mark, not a row).', l.number, { excerpt: l.text }));
    else diags.push(diagnostic('warning', 'ps/not-a-row', 'This line comes before the ps header and is not part of the table.', l.number, { excerpt: l.text }));
  }

  let flavor: PsFlavor = options.flavor ?? 'unknown';
  let headerLine: Line | null = null;
  let fixedLayout = false;
  if (headerIdx >= 0 && cols) {
    headerLine = data[headerIdx] as Line;
    if (!options.flavor) {
      const guess = headerFlavor(headerLine.text, cols);
      // `USER     COMMAND` is both; busybox's `{comm} ` prefixes tell.
      flavor = guess === 'maybe-busybox' ? (data.slice(headerIdx + 1, headerIdx + 51).some((l) => COMM_PREFIX.test(l.text)) ? 'busybox' : 'procps') : guess;
    }
    fixedLayout = BUSYBOX_FIXED_HEADERS.includes(headerLine.text.trimEnd());
  } else if (wanted) {
    cols = wanted.map((w) => makeCol(w.spec, w.key, w.header, null, null));
  } else {
    const inferred = inferShape(data, options, diags);
    if (!inferred) {
      if (data.length > 0) {
        diags.push(diagnostic('error', 'ps/no-header', 'No ps header line was found and the rows match no known ps layout; pass options.columns.', (data[0] as Line).number));
      }
      return null;
    }
    cols = inferred.cols;
    flavor = inferred.flavor;
  }
  resolveTargets(cols, headerLine !== null && !wanted);
  const table: Table = {
    cols,
    flavor,
    firstRow: headerIdx + 1,
    headerLine,
    geometry: false,
    commandCol: cols.findIndex((c) => c.target === 'command'),
    pidCol: cols.findIndex((c) => c.target === 'pid'),
  };
  if (headerLine) {
    setAnchors(table);
    if (!wanted && !fixedLayout) addBlankHeaderColumns(table, data);
    if (!fixedLayout) table.geometry = rowsFollowHeader(table, data);
  }
  resolveStarted(table, data);
  if (flavor === 'busybox') setGlue(table);
  return table;
}

/** Headers whose column has the same width and alignment in procps and busybox. */
const PROCPS_SAME_WIDTH = new Set(['USER', 'GROUP', 'RUSER', 'RGROUP', 'STAT']);

/** procps, busybox (`ps -o` pads left-aligned headers to fixed widths), or unknown (BSD). */
function headerFlavor(text: string, cols: readonly Col[]): PsFlavor | 'maybe-busybox' {
  if (BUSYBOX_FIXED_HEADERS.includes(text.trimEnd())) return 'busybox';
  if (cols.length >= 2 && cols.every((c) => c.start !== null)) {
    let busybox = (cols[0] as Col).start === 0;
    let distinctive = false;
    for (let i = 0; busybox && i + 1 < cols.length; i++) {
      const c = cols[i] as Col;
      const len = (c.end as number) - (c.start as number);
      const width = Math.max(BUSYBOX_WIDTHS.get(c.header) ?? len, len);
      // USER, GROUP, STAT … are as wide in procps: only the others tell the two apart.
      if (width !== len && !PROCPS_SAME_WIDTH.has(c.header)) distinctive = true;
      if ((cols[i + 1] as Col).start! - (c.start as number) - 1 !== width) busybox = false;
    }
    if (busybox) return distinctive ? 'busybox' : 'maybe-busybox';
  }
  // procps right-aligns PID in at least five cells; a PID header at the line start is busybox's.
  if ((cols[0] as Col | undefined)?.header === 'PID' && cols[0]!.start === 0 && cols.every((c) => BUSYBOX_WIDTHS.has(c.header))) return 'busybox';
  // BSD ps (macOS) right-aligns UID and names its columns TT and STARTED.
  const names = new Set(cols.map((c) => c.header));
  if ((names.has('TT') && names.has('STARTED') && names.has('%CPU')) || (cols[0]?.header === 'UID' && (cols[0].start ?? 0) > 0)) return 'unknown';
  return 'procps';
}

/** Decides which row field each column fills; duplicates and unknown columns go to `extra`. */
function resolveTargets(cols: Col[], fromHeader: boolean): void {
  if (fromHeader) {
    // `COMMAND COMMAND` (busybox `comm,args`, procps `-o comm,args`): the last is the command line.
    const commandLike = cols.filter((c) => c.field === 'command');
    for (let i = 0; i + 1 < commandLike.length; i++) {
      const c = commandLike[i] as Col;
      c.field = 'comm';
      c.type = 'comm';
      c.key = 'comm';
    }
  }
  const taken = new Set<string>();
  const seen = new Set<string>();
  cols.forEach((c, i) => {
    let key = c.header !== '' ? c.header : c.key;
    if (seen.has(key)) key = `${key}#${i + 1}`;
    seen.add(key);
    if (c.field && !taken.has(c.field)) {
      taken.add(c.field);
      c.target = c.field;
      return;
    }
    c.extraKey = key;
  });
}

/** Where each column's values sit: under the header, procps- or busybox-style. */
function setAnchors(table: Table): void {
  const cols = table.cols;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i] as Col;
    if (c.start === null || c.end === null) continue;
    c.anchorStart = c.start;
    c.anchorEnd = c.end;
    if (table.flavor === 'busybox' && c.align !== 'left') {
      // busybox left-aligns every header and right-aligns numbers in the padded width.
      const next = cols[i + 1];
      if (next && next.start !== null) c.anchorEnd = next.start - 1;
    }
  }
}

/** Sample rows for layout decisions. */
function sample(table: Table, data: readonly Line[], max: number): Line[] {
  const out: Line[] = [];
  for (let k = table.firstRow; k < data.length && out.length < max; k++) out.push(data[k] as Line);
  return out;
}

/**
 * Finds columns whose header is blank (`ps -o pid,comm=,args`): words that sit, row after
 * row, in the gap after a right-aligned column and before the next column's values.
 */
function addBlankHeaderColumns(table: Table, data: readonly Line[]): void {
  const rows = sample(table, data, 50);
  if (rows.length === 0) return;
  const buf = new TokenBuffer();
  const cols = table.cols;
  const inserts: { at: number; col: Col }[] = [];
  for (let k = 1; k < cols.length; k++) {
    const prev = cols[k - 1] as Col;
    const next = cols[k] as Col;
    // Only after a one-word right-aligned column is the end of its value certain.
    if (prev.align !== 'right' || prev.anchorEnd < 0 || prev.kind !== 'one') continue;
    let hits = 0;
    let minStart = Infinity;
    let maxEnd = -1;
    const starts = new Set<number>();
    const ends = new Set<number>();
    const inPlace = (t: number) => {
      for (let u = 0; u < t; u++) {
        const s = buf.cellStart[u]!;
        const e = buf.cellEnd[u]!;
        if (!cols.some((c) => (c.align === 'left' ? c.anchorStart === s : c.align === 'right' && c.anchorEnd === e))) return false;
      }
      return true;
    };
    for (const l of rows) {
      const n = scanTokens(l.text, buf, 0x7fffffff, table.flavor === 'busybox' ? 'utf8' : 'display');
      let hit = false;
      for (let t = 0; t < n; t++) {
        const s = buf.cellStart[t]!;
        const e = buf.cellEnd[t]!;
        if (s <= prev.anchorEnd) continue;
        // The word before must be the previous column's value in place, and nothing before it
        // pushed: every earlier word starts or ends exactly under a header.
        if (t === 0 || buf.cellEnd[t - 1] !== prev.anchorEnd || !inPlace(t)) break;
        let inGap = false;
        if (next.align === 'left' && next.anchorStart >= 0) inGap = e < next.anchorStart;
        else if (next.align === 'right' && next.anchorEnd >= 0 && next.kind === 'one') {
          // The next word must be the one-word value that ends under the next header.
          inGap = t + 1 < n && buf.cellEnd[t + 1] === next.anchorEnd;
        }
        if (!inGap) break;
        hit = true;
        minStart = Math.min(minStart, s);
        maxEnd = Math.max(maxEnd, e);
        starts.add(s);
        ends.add(e);
        break;
      }
      if (hit) hits++;
    }
    // Two rows at least: one row can line up by chance after pushed values.
    if (hits * 2 >= rows.length && hits >= 2) {
      const col = makeCol(undefined, '', '', null, null);
      col.kind = 'text';
      if (starts.size === 1) {
        col.align = 'left';
        col.anchorStart = minStart;
      } else if (ends.size === 1) {
        col.align = 'right';
        col.anchorEnd = maxEnd;
      } else {
        col.anchorStart = minStart;
        col.anchorEnd = maxEnd;
      }
      inserts.push({ at: k, col });
    }
  }
  for (let i = inserts.length - 1; i >= 0; i--) cols.splice(inserts[i]!.at, 0, inserts[i]!.col);
  if (inserts.length > 0) {
    cols.forEach((c, i) => {
      if (c.header === '' && c.key === '') {
        c.key = `column${i + 1}`;
        c.extraKey = c.key;
      }
    });
    table.commandCol = cols.findIndex((c) => c.target === 'command');
    table.pidCol = cols.findIndex((c) => c.target === 'pid');
  }
}

/** procps prints STARTED for both `start` and `lstart`: five-word values are `lstart`. */
function resolveStarted(table: Table, data: readonly Line[]): void {
  const cols = table.cols;
  const idx = cols.findIndex((c) => c.kind === 'started');
  if (idx < 0) return;
  const scanner = new RowScanner(table);
  let five = 0;
  let total = 0;
  for (const l of sample(table, data, 20)) {
    scanner.tokenize(l.text);
    if (scanner.assign() !== 'strict') continue;
    total++;
    if (scanner.bounds[idx + 1]! - scanner.bounds[idx]! === 5) five++;
  }
  if (total === 0 || five * 2 < total) return;
  const c = cols[idx] as Col;
  c.kind = 'lstart';
  c.key = 'lstart';
  c.field = 'lstart';
  if ((c.target === 'start' || c.target === null) && !cols.some((o) => o.target === 'lstart')) c.target = 'lstart';
}

/**
 * True when most sample rows have their values where the header says (or pushed right).
 * A column whose values sit the other way than its kind says (BSD ps right-aligns TT) is
 * turned around.
 */
function rowsFollowHeader(table: Table, data: readonly Line[]): boolean {
  const rows = sample(table, data, 30);
  if (rows.length === 0) return true;
  const cols = table.cols;
  const scanner = new RowScanner(table);
  scanner.useGeometry = true;
  const leftBad = new Int32Array(cols.length);
  const rightBad = new Int32Array(cols.length);
  const cut: Int32Array[] = [];
  for (const l of rows) {
    scanner.tokenize(l.text);
    if (scanner.assign() === 'none') continue;
    cut.push(scanner.bounds.slice());
    for (let c = 0; c < cols.length; c++) {
      const a = scanner.bounds[c]!;
      const b = scanner.bounds[c + 1]!;
      const col = cols[c] as Col;
      if (a >= b) continue;
      if (col.anchorStart >= 0 && scanner.buf.cellStart[a]! < col.anchorStart) leftBad[c]!++;
      if (col.anchorEnd >= 0 && scanner.buf.cellEnd[b - 1]! < col.anchorEnd) rightBad[c]!++;
    }
  }
  let bad = 0;
  const aligns = cols.map((c) => c.align);
  cols.forEach((col, c) => {
    if (col.kind === 'text') return;
    if (col.align === 'left' && leftBad[c]! > 0 && rightBad[c] === 0) col.align = 'right';
    else if (col.align === 'right' && rightBad[c]! > 0 && leftBad[c] === 0) col.align = 'left';
  });
  for (const l of rows) {
    scanner.tokenize(l.text);
    const fit = scanner.assign();
    if (fit === 'none' || scanner.misfit()) bad++;
  }
  if (bad * 5 <= rows.length) return true;
  // Whitespace-collapsed paste: positions say nothing, alignments stay what ps uses.
  cols.forEach((c, i) => (c.align = aligns[i] as Col['align']));
  return false;
}

function setGlue(table: Table): void {
  const cols = table.cols;
  for (let i = 0; i + 1 < cols.length; i++) {
    const c = cols[i] as Col;
    if (c.type === 'int' && c.align === 'right') {
      const next = cols[i + 1] as Col;
      const width = c.start !== null && next.start !== null ? next.start - c.start - 1 : (SPECS.get(c.key)?.busyboxWidth ?? 0);
      if (width > 0) c.glue = width;
    } else if (c.key === 'time' || c.key === 'etime') c.glue = -1;
  }
}

/** Header-less input without a column list: the layout whose rows fit best. */
function inferShape(data: readonly Line[], options: PsOptions, diags: Diagnostic[]): { cols: Col[]; flavor: PsFlavor } | null {
  const rows = data.slice(0, 50);
  let best: { shape: Shape; cols: Col[]; score: number } | null = null;
  for (const shape of SHAPES) {
    const cols = shape.specs.map((s) => {
      const spec = SPECS.get(s);
      return makeCol(spec, spec?.key ?? s, '', null, null);
    });
    resolveTargets(cols, false);
    const table: Table = {
      cols,
      flavor: options.flavor ?? shape.flavor,
      firstRow: 0,
      headerLine: null,
      geometry: false,
      commandCol: cols.findIndex((c) => c.target === 'command'),
      pidCol: cols.findIndex((c) => c.target === 'pid'),
    };
    if (table.flavor === 'busybox') setGlue(table);
    const scanner = new RowScanner(table);
    let score = 0;
    for (const l of rows) {
      scanner.tokenize(l.text);
      if (scanner.assign() === 'strict' && scanner.valuesValid()) score++;
    }
    if (score > 0 && score * 2 >= rows.length && (!best || score > best.score)) best = { shape, cols, score };
  }
  if (!best) return null;
  diags.push(
    diagnostic('info', 'ps/inferred-columns', `No header line: the columns were inferred from the shape of the rows as ${best.shape.name}.`, (data[0] as Line).number),
  );
  return { cols: best.cols, flavor: options.flavor ?? best.shape.flavor };
}

// ---------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------

const COMM_PREFIX = / \{[^}]{1,16}\} /;
const TIME_RE = /^(?:\d+-)?\d+(?::\d\d){1,2}(?:\.\d+)?$/;
const STAT_RE = /^[a-z<+]+$/i;
const FLOAT_RE = /^-?\d+(?:[.,]\d+)?$/;
const SIZE_RE = /^(\d+(?:[.,]\d+)?)([kmgtpezy]?)$/;

// What the fast row reader does with a cell (per column, see `RowScanner.ops`): small
// integers, so that the cell loop switches on a byte instead of comparing the column's type.
const OP_INT = 0;
const OP_FLOAT = 1;
const OP_SIZE = 2;
const OP_TTY = 3;
/** A `user` column that fills `user` (and `userTruncated`). */
const OP_USER = 4;
/** A string kept as printed, `-` included (`stat`, `state`, `ruser`). */
const OP_TEXT = 5;
/** A string whose `-` means none (`wchan`, `label` …). */
const OP_DASH = 6;
const OP_UID = 7;
/** A value for `extra`. */
const OP_EXTRA = 8;
/** The command line or name: a new string per row (rarely two rows share one). */
const OP_COMMAND = 9;

/** The fast reader's operation for a column (see the `OP_` constants). */
function cellOp(c: Col): number {
  if (c.target === null) return OP_EXTRA;
  switch (c.type) {
    case 'int':
    case 'ns':
      return OP_INT;
    case 'float':
      return OP_FLOAT;
    case 'size':
      return OP_SIZE;
    case 'tty':
      return OP_TTY;
    case 'user':
      return c.target === 'user' ? OP_USER : OP_TEXT;
    case 'uid-or-user':
      return OP_UID;
    case 'command':
    case 'comm':
      return OP_COMMAND;
    default:
      return c.target === 'stat' || c.target === 'state' ? OP_TEXT : OP_DASH;
  }
}

class RowScanner {
  readonly buf = new TokenBuffer();
  readonly table: Table;
  readonly cols: readonly Col[];
  readonly blind: readonly RunColumn[];
  /** Run boundaries: column c has tokens `[bounds[c], bounds[c + 1])`. */
  readonly bounds: Int32Array;
  useGeometry: boolean;
  text = '';
  /** Forest art depth of the last row (-1: no art). */
  artDepth = -1;
  /** Indentation (cells) of the last row's command, for `-H`. */
  indent = 0;
  ambiguous = false;
  private readonly firstText: number;
  private readonly lastText: number;
  private readonly segment: Int32Array;
  /** Per column: rows whose value ended under the header minus rows whose value started under it. */
  private readonly votes: Int32Array;
  /** Per column, the number of the field it fills (see `FIELD_SLOTS`), or -1. */
  private readonly slots: Int32Array;
  /** Per column, the value of the current row: `text[cs[c], ce[c])`, or none when `cs[c]` is -1. */
  private readonly cs: Int32Array;
  private readonly ce: Int32Array;
  /**
   * Whether {@link fastRow} may be tried: a procps table that follows its header, whose
   * columns are one word each (or a start date) but the last, which is free text.
   */
  readonly fast: boolean;
  private readonly headerFirst: string;
  private readonly headerTrim: string;
  /** Tokens to scan per row: the last column, when it alone may hold spaces, is not split. */
  private readonly scanLimit: number;
  /** Per column, what {@link fastRow} does with its cell (an `OP_` constant). */
  private readonly ops: Uint8Array;
  /** Per column, 1 when its value may be a two-word date (`Nov 21`). */
  private readonly dates: Uint8Array;
  private readonly anchorStarts: Int32Array;
  private readonly anchorEnds: Int32Array;
  /** The columns whose values go to `extra`. */
  private readonly extraCols: Int32Array;
  /** The columns whose alignment the rows decide (see {@link guessAlign}), and where their headers are. */
  private readonly autoCols: Int32Array;
  private readonly headerStarts: Int32Array;
  private readonly headerEnds: Int32Array;
  /** Whether the last column fills `command` (whose indentation may be `-H` nesting). */
  private readonly commandLast: boolean;
  /** Strings seen per column, for {@link reuse}. */
  private readonly seen: string[];
  /** Makes the rows (see {@link rowBuilder}). */
  private readonly build: RowBuilder;
  /** The values of the current row. */
  private readonly vals: Values = emptyValues();
  /** busybox pads by bytes (`strlen`), procps by display width. */
  readonly measure: 'display' | 'utf8';
  /** Widths of busybox number columns whose values can touch the next one. */
  private readonly glueWidths: number[];
  /** A busybox TIME/ELAPSED column, whose `mm:ss` can touch the next value. */
  private readonly glueTime: boolean;

  constructor(table: Table) {
    this.table = table;
    this.cols = table.cols;
    this.blind = table.cols.map((c) => ({ align: c.align, anchorStart: -1, anchorEnd: -1, gaps: c.gaps === true }));
    this.bounds = new Int32Array(table.cols.length + 1);
    this.segment = new Int32Array(table.cols.length + 1);
    this.useGeometry = table.geometry;
    this.measure = table.flavor === 'busybox' ? 'utf8' : 'display';
    this.glueWidths = [...new Set(table.cols.filter((c) => c.glue > 0).map((c) => c.glue))];
    this.glueTime = table.cols.some((c) => c.glue < 0);
    this.firstText = table.cols.findIndex((c) => c.kind === 'text');
    let last = -1;
    table.cols.forEach((c, i) => {
      if (c.kind === 'text') last = i;
    });
    this.lastText = last;
    const h = table.headerLine ? table.headerLine.text : '';
    const headerCount = scanTokens(h, this.buf);
    this.headerFirst = headerCount > 0 ? h.slice(this.buf.start[0], this.buf.end[0]) : '';
    this.headerTrim = h.trim();
    const m = table.cols.length;
    // Only when every column before the last takes exactly one word is the last one's start known.
    const oneWord = table.cols.every((c, i) => i === m - 1 || c.kind === 'one');
    this.scanLimit = last === m - 1 && this.firstText === last && oneWord && table.flavor !== 'busybox' ? m : 0x7fffffff;
    this.build = rowBuilder(table);
    // Typed arrays rather than the columns' fields: the row loop reads them for every cell.
    this.ops = Uint8Array.from(table.cols, cellOp);
    this.dates = Uint8Array.from(table.cols, (c) => (c.kind === 'date' ? 1 : 0));
    this.anchorStarts = Int32Array.from(table.cols, (c) => c.anchorStart);
    this.anchorEnds = Int32Array.from(table.cols, (c) => c.anchorEnd);
    this.extraCols = Int32Array.from(table.cols.flatMap((c, i) => (c.target === null ? [i] : [])));
    this.autoCols = Int32Array.from(table.cols.flatMap((c, i) => (c.align === 'auto' && c.start !== null ? [i] : [])));
    this.headerStarts = Int32Array.from(table.cols, (c) => c.start ?? -1);
    this.headerEnds = Int32Array.from(table.cols, (c) => c.end ?? -1);
    this.commandLast = table.cols[m - 1]?.target === 'command';
    this.seen = new Array<string>(m * REUSE_SLOTS).fill('');
    this.votes = new Int32Array(m);
    this.slots = Int32Array.from(table.cols, (c) => (c.target === null ? -1 : FIELD_SLOTS.indexOf(c.target)));
    this.cs = new Int32Array(m);
    this.ce = new Int32Array(m);
    this.fast =
      table.headerLine !== null &&
      table.geometry &&
      table.flavor === 'procps' &&
      m >= 2 &&
      table.pidCol >= 0 &&
      this.headerFirst !== '' &&
      !this.glueTime &&
      this.glueWidths.length === 0 &&
      last === m - 1 &&
      this.firstText === m - 1 &&
      (table.cols[m - 1] as Col).align !== 'auto' &&
      table.cols.every((c, i) => (i === m - 1 || c.kind === 'one' || c.kind === 'date') && c.anchorStart >= 0 && c.anchorEnd >= 0);
  }

  tokenize(text: string): void {
    this.text = text;
    scanTokens(text, this.buf, 0x7fffffff, this.measure);
  }

  private noDigitWord(i: number): boolean {
    const s = this.buf.start[i]!;
    const e = this.buf.end[i]!;
    if (e - s < 2) return false;
    for (let k = s; k < e; k++) {
      const c = this.text.charCodeAt(k);
      if (c >= 48 && c <= 57) return false;
    }
    return true;
  }

  private dayWord(i: number): boolean {
    const s = this.buf.start[i]!;
    const e = this.buf.end[i]!;
    if (e - s < 1 || e - s > 2) return false;
    for (let k = s; k < e; k++) {
      const c = this.text.charCodeAt(k);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  /** Words column `c` takes from token `i` on (0: cannot). */
  private takeLeft(c: Col, i: number, limit: number): number {
    if (i >= limit) return 0;
    if (c.kind === 'one') return 1;
    if (c.kind === 'lstart') return i + 5 <= limit ? 5 : 0;
    if (c.kind === 'started' && i + 5 <= limit && this.noDigitWord(i) && this.noDigitWord(i + 1)) return 5;
    // `date` and short `started`: `Nov 21` is two words, `Nov21` and `03:20` one.
    return i + 1 < limit && this.noDigitWord(i) && this.dayWord(i + 1) ? 2 : 1;
  }

  /** Words column `c` takes ending at token `j - 1` (not below `lo`; 0: cannot). */
  private takeRight(c: Col, j: number, lo: number): number {
    if (j - 1 < lo) return 0;
    if (c.kind === 'one') return 1;
    if (c.kind === 'lstart') return j - 5 >= lo ? 5 : 0;
    if (c.kind === 'started' && j - 5 >= lo && this.noDigitWord(j - 5) && this.noDigitWord(j - 4)) return 5;
    return j - 2 >= lo && this.dayWord(j - 1) && this.noDigitWord(j - 2) ? 2 : 1;
  }

  /**
   * busybox prints a value one wider than its column with no space after it (`123456root`,
   * `1000:22/usr/bin/x`). Splits such words wherever they are: a split inside a command or
   * other free text changes nothing, as cells are cut from the line by position.
   */
  private unglueAll(): void {
    const buf = this.buf;
    const text = this.text;
    for (let i = 0; i < buf.count && i < MAX_DP_TOKENS; i++) {
      const s = buf.start[i]!;
      const e = buf.end[i]!;
      let d = s;
      while (d < e && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
      if (d === s) continue;
      const digits = d - s;
      // width + 1 digits then no space: glued (to a name, or to `100:00`). A longer all-digit
      // word is one wide number (padding -1 still prints one space), unless no pid is so long.
      for (const w of this.glueWidths) {
        if (digits >= w + 1 && (d < e || (digits > 7 && digits > w + 1))) {
          buf.split(i, w + 1);
          break;
        }
      }
      if (this.glueTime && d < e && text.charCodeAt(d) === 58 && d + 3 < e) {
        const a = text.charCodeAt(d + 1);
        const b = text.charCodeAt(d + 2);
        if (a >= 48 && a <= 57 && b >= 48 && b <= 57 && buf.end[i] === e) buf.split(i, d + 3 - s);
      }
    }
  }

  /** The most words a column's value can have (for the strict cut). */
  private readonly maxRun = (ci: number): number => {
    const k = (this.cols[ci] as Col).kind;
    return k === 'one' ? 1 : k === 'date' ? 2 : k === 'text' ? 0x7fffffff : 5;
  };

  /** Whether word `a` can be a value of column `c` (numbers where numbers belong). */
  private typeFits(c: Col, a: number): boolean {
    const s = this.buf.start[a]!;
    const e = this.buf.end[a]!;
    // A one-word start time has digits (`03:20`, `Nov21`, `2024`); `Nov` alone is half of one.
    if (c.kind === 'date' || c.kind === 'started') {
      let digit = false;
      for (let k = s; k < e && !digit; k++) digit = this.text.charCodeAt(k) >= 48 && this.text.charCodeAt(k) <= 57;
      if (!digit) return false;
    }
    switch (c.type) {
      case 'int':
      case 'ns':
        return isIntRange(this.text, s, e) || (e - s === 1 && this.text.charCodeAt(s) === 45);
      case 'float': {
        const v = floatValue(this.text, s, e);
        return v === null || !Number.isNaN(v);
      }
      case 'size': {
        const v = sizeValue(this.text.slice(s, e));
        return v === null || !Number.isNaN(v);
      }
      default:
        return true;
    }
  }

  /** The number of words column `c` may have in `[a, b)`: 0 fits, else a cost (Infinity: never). */
  private countPenalty(ci: number, a: number, b: number, strict: boolean): number {
    const c = this.cols[ci] as Col;
    const len = b - a;
    let ok: boolean;
    switch (c.kind) {
      case 'text': {
        if (len === 0) return EMPTY;
        // procps cuts a command line that is not the last column at its width: it never
        // runs into the next column (unless earlier values pushed the whole column right).
        const next = this.cols[ci + 1];
        if (c.capped && this.useGeometry && this.table.flavor !== 'unknown' && next && next.anchorStart >= 0 && c.anchorStart >= 0) {
          const shift = Math.max(0, this.buf.cellStart[a]! - c.anchorStart);
          if (this.buf.cellEnd[b - 1]! > next.anchorStart - 1 + shift) return strict ? Infinity : WRONG_COUNT;
          if (this.buf.cellEnd[b - 1]! - this.buf.cellStart[a]! > c.capWidth) return WRONG_TYPE;
        }
        return 0;
      }
      case 'one':
        ok = len === 1;
        break;
      case 'lstart':
        ok = len === 5 && this.noDigitWord(a) && this.noDigitWord(a + 1);
        break;
      case 'started':
        ok = len === 1 || (len === 2 && this.noDigitWord(a) && this.dayWord(a + 1)) || (len === 5 && this.noDigitWord(a) && this.noDigitWord(a + 1));
        break;
      default:
        ok = len === 1 || (len === 2 && this.noDigitWord(a) && this.dayWord(a + 1));
    }
    if (ok) return len === 1 && !this.typeFits(c, a) ? WRONG_TYPE : 0;
    if (strict) return Infinity;
    const want = c.kind === 'lstart' ? 5 : 1;
    return WRONG_COUNT * Math.max(1, Math.abs(len - want));
  }

  /**
   * Cuts the current line into runs. `strict`: every column got a word count it can have;
   * `relaxed`: some could not (short row, surplus words); `none`: the line is empty.
   */
  assign(): 'strict' | 'relaxed' | 'none' {
    this.ambiguous = false;
    const buf = this.buf;
    const cols = this.cols;
    const m = cols.length;
    const bounds = this.bounds;
    if (buf.count === 0) return 'none';
    if (this.glueWidths.length > 0 || this.glueTime) this.unglueAll();
    // Words dealt from the left up to the first text column …
    let i = 0;
    const firstText = this.firstText < 0 ? m : this.firstText;
    let ok = true;
    for (let c = 0; c < firstText; c++) {
      const col = cols[c] as Col;
      bounds[c] = i;
      const k = this.takeLeft(col, i, buf.count);
      if (k === 0) {
        ok = false;
        break;
      }
      i += k;
    }
    const n = buf.count;
    if (ok && firstText === m) {
      bounds[m] = n;
      if (i === n) return 'strict';
      ok = false;
    }
    if (ok) {
      // … and from the right down to the last text column.
      let j = n;
      bounds[m] = n;
      for (let c = m - 1; c > this.lastText; c--) {
        const k = this.takeRight(cols[c] as Col, j, i);
        if (k === 0) {
          ok = false;
          break;
        }
        j -= k;
        bounds[c] = j;
      }
      if (ok) {
        bounds[firstText] = i;
        if (firstText === this.lastText) return 'strict';
        // Several columns may hold spaces: positions decide.
        if (j - i <= MAX_STRICT_TOKENS) {
          const prevEnd = i > 0 ? buf.cellEnd[i - 1]! : -1;
          const geo = this.useGeometry ? this.shifted(firstText, i) : this.blind;
          const res = assignRuns(buf, i, j, geo, firstText, this.lastText + 1, prevEnd, (c, a, b) => this.countPenalty(c, a, b, true), this.segment, this.maxRun);
          if (res) {
            for (let c = firstText; c <= this.lastText; c++) bounds[c] = this.segment[c - firstText]!;
            this.ambiguous = res.ambiguous;
            return 'strict';
          }
        }
      }
    }
    // Fallback: the best cut with wrong word counts allowed.
    if (n <= MAX_DP_TOKENS) {
      const res = assignRuns(buf, 0, n, this.useGeometry ? cols : this.blind, 0, m, -1, (c, a, b) => this.countPenalty(c, a, b, false), this.segment);
      if (res) {
        for (let c = 0; c <= m; c++) bounds[c] = this.segment[c]!;
        return 'relaxed';
      }
    }
    // A line of hundreds of words: one word per column, the rest to the last one.
    for (let c = 0; c < m; c++) bounds[c] = Math.min(c, n);
    bounds[m] = n;
    return 'relaxed';
  }

  /**
   * The columns from `first` on, moved right by what busybox's earlier values pushed them:
   * busybox never takes the room back (procps does, and its columns are returned as they are).
   * `i` is the first token of column `first`.
   */
  private shifted(first: number, i: number): readonly RunColumn[] {
    const cols = this.cols;
    if (this.table.flavor !== 'busybox' || first === 0 || i === 0) return cols;
    const prev = cols[first - 1] as Col;
    const here = cols[first] as Col;
    if (prev.start === null || here.start === null || here.anchorStart < 0) return cols;
    // busybox prints column `first` at prevSlot + width + 1, or right after a value one wider
    // than its column, or len - width - 1 spaces after a wider one.
    const width = here.start - prev.start - 1;
    const s = this.buf.cellStart[i - 1]!;
    const e = this.buf.cellEnd[i - 1]!;
    const len = e - s;
    const slot = prev.align === 'right' && len <= width ? e - width : s;
    const at = len <= width ? slot + width + 1 : len === width + 1 ? e : e + len - width - 1;
    const shift = at - here.anchorStart;
    if (shift <= 0) return cols;
    return cols.map((c, k) => (k < first ? c : { align: c.align, anchorStart: c.anchorStart < 0 ? -1 : c.anchorStart + shift, anchorEnd: c.anchorEnd < 0 ? -1 : c.anchorEnd + shift, gaps: c.gaps === true }));
  }

  /** True when some value sits left of where its column can start (or end). */
  misfit(): boolean {
    const buf = this.buf;
    const bounds = this.bounds;
    for (let c = 0; c < this.cols.length; c++) {
      const a = bounds[c]!;
      const b = bounds[c + 1]!;
      if (a >= b) continue;
      const col = this.cols[c] as Col;
      // Left of where a left-aligned value starts and of where a right-aligned one ends: no
      // ps prints that (values are only ever pushed right). One side alone is not enough:
      // BSD ps right-aligns TT, which procps left-aligns.
      if (col.anchorStart >= 0 && col.anchorEnd >= 0 && buf.cellStart[a]! < col.anchorStart && buf.cellEnd[b - 1]! < col.anchorEnd) return true;
    }
    return false;
  }

  /** For layout inference: every non-text value has the form its type requires. */
  valuesValid(): boolean {
    for (let c = 0; c < this.cols.length; c++) {
      const col = this.cols[c] as Col;
      const a = this.bounds[c]!;
      const b = this.bounds[c + 1]!;
      if (col.kind === 'text') {
        if (col.target === 'command' && a >= b) return false;
        continue;
      }
      if (a >= b) return false;
      const s = this.text.slice(this.buf.start[a], this.buf.end[b - 1]);
      if (col.type === 'int' && !isInt(s)) return false;
      if (col.type === 'float' && !FLOAT_RE.test(s)) return false;
      if (col.type === 'size' && !SIZE_RE.test(s)) return false;
      if (col.key === 'time' && !TIME_RE.test(s)) return false;
      if (col.key === 'stat' && !STAT_RE.test(s)) return false;
    }
    return true;
  }

  /** Left or right, for a column of unknown kind, from where its values sit. */
  guessAlign(c: Col): 'left' | 'right' {
    return (this.votes[this.cols.indexOf(c)] ?? 0) > 0 ? 'right' : 'left';
  }

  /** Parses one line into a row; null (with a diagnostic) when it cannot be a row. */
  row(l: Line, diags: Diagnostic[]): PsRow | null {
    const text = l.text;
    const buf = this.buf;
    const table = this.table;
    this.text = text;
    scanTokens(text, buf, this.scanLimit, this.measure);
    if (buf.count === this.scanLimit && this.scanLimit < 0x7fffffff && this.isArt(buf.count - 1)) scanTokens(text, buf, 0x7fffffff, this.measure);
    if (this.headerFirst !== '' && buf.count > 0 && text.startsWith(this.headerFirst, buf.start[0]) && text.trim() === this.headerTrim) {
      diags.push(diagnostic('info', 'ps/repeated-header', 'The header line appears again; it was skipped.', l.number));
      return null;
    }
    if (buf.count <= 5 && isElision(text)) {
      diags.push(diagnostic('info', 'ps/elided-lines', 'Lines were left out here by whoever pasted the output (an elision mark, not a row).', l.number, { excerpt: text }));
      return null;
    }
    const fit = this.assign();
    if (fit === 'none') return null;
    const bounds = this.bounds;
    const cols = this.cols;
    // A pid column that holds no number: not a process line (prose, `...[생략]...`).
    if (table.pidCol >= 0) {
      const a = bounds[table.pidCol]!;
      const b = bounds[table.pidCol + 1]!;
      if (b - a !== 1 || !isIntRange(text, buf.start[a]!, buf.end[a]!)) {
        diags.push(diagnostic('warning', 'ps/not-a-row', 'This line has no PID where the table has one, so it is not a process row.', l.number, { excerpt: text }));
        return null;
      }
    }
    if (fit === 'relaxed') {
      let short = false;
      for (let c = 0; c < cols.length; c++) if ((cols[c] as Col).kind !== 'text' && bounds[c] === bounds[c + 1]) short = true;
      diags.push(
        short
          ? diagnostic('warning', 'ps/short-row', 'This row has fewer values than the table has columns; the missing ones are null.', l.number, { excerpt: text })
          : diagnostic('warning', 'ps/extra-text', 'This row has more words than its columns can hold; they were kept in the nearest column.', l.number, { excerpt: text }),
      );
    } else if (this.ambiguous) {
      diags.push(diagnostic('warning', 'ps/ambiguous-row', 'Several columns of this row may contain spaces and their positions do not decide where one ends; the split is a guess.', l.number, { excerpt: text }));
    } else if (this.useGeometry && this.misfit()) {
      diags.push(diagnostic('warning', 'ps/misaligned-row', 'Some values of this row are not under their headers; check the columns.', l.number, { excerpt: text }));
    }

    this.artDepth = -1;
    this.indent = 0;
    const cs = this.cs;
    const ce = this.ce;
    for (let c = 0; c < cols.length; c++) {
      const col = cols[c] as Col;
      let a = bounds[c]!;
      const b = bounds[c + 1]!;
      if (col.align === 'auto' && a < b && col.start !== null) {
        this.votes[c]! += buf.cellEnd[b - 1] === col.end ? 1 : buf.cellStart[a] === col.start ? -1 : 0;
      }
      if (col.target === 'command' && a < b) a = this.forest(c, a, b);
      if (a < b) {
        cs[c] = buf.start[a]!;
        ce[c] = buf.end[b - 1]!;
      } else cs[c] = -1;
    }
    return this.fill(text, l.number, diags);
  }

  /**
   * The row of the common line — every value where the header says, plain ASCII before the
   * command, nothing to report — read in one pass without the general word cutter; null
   * when the line is anything else (then {@link row} reads it, with the same result where
   * both apply).
   */
  fastRow(text: string, s0: number, n: number, number: number): PsRow | null {
    const m = this.cols.length;
    const ops = this.ops;
    const slots = this.slots;
    const cs = this.cs;
    const ce = this.ce;
    const v = this.vals;
    const anchorStarts = this.anchorStarts;
    const anchorEnds = this.anchorEnds;
    const seen = this.seen;
    // Every column fills its own field on every row; only UID may fill `user` besides.
    v.user = null;
    v.userTruncated = false;
    // Positions below are offsets in `text`; `- s0` makes them cells of the line (plain ASCII
    // before the command, no tabs: one character, one cell). Numbers are read as they are
    // scanned; a cell that is not what its column holds (`x` for a PID, a tab, a wide
    // character …) ends the fast path: the general one reads the line and names the problem.
    let p = s0;
    let ch = 32;
    for (let c = 0; c < m - 1; c++) {
      while (p < n && (ch = text.charCodeAt(p)) === 32) p++;
      if (p >= n || ch === 9) return null;
      const s = p;
      const op = ops[c]!;
      if (op <= OP_SIZE) {
        // -?\d{1,15}, a decimal for floats, or `-` for none.
        const neg = ch === 45;
        if (neg) p++;
        let x = 0;
        let scale = 1;
        let point = false;
        let digits = 0;
        for (; p < n; p++) {
          ch = text.charCodeAt(p);
          if (ch >= 48 && ch <= 57) {
            x = x * 10 + (ch - 48);
            digits++;
            if (point) scale *= 10;
          } else if (op === OP_FLOAT && (ch === 46 || ch === 44) && !point && digits > 0) point = true;
          else break;
        }
        let value: number | null;
        if (p < n && ch !== 32) value = NaN;
        else if (digits === 0) value = neg && p - s === 1 ? null : NaN;
        else if (digits > 15 || (point && scale === 1)) value = NaN;
        else value = neg ? -(x / scale) : x / scale;
        if (value !== null && Number.isNaN(value)) {
          if (op !== OP_SIZE) return null;
          // busybox sizes (`49m`): unlikely in a procps table, but what the general path reads.
          while (p < n && (ch = text.charCodeAt(p)) !== 32) {
            if (ch === 9 || ch >= 0x80) return null;
            p++;
          }
          value = sizeValue(text.slice(s, p));
          if (value !== null && Number.isNaN(value)) return null;
        }
        if (s - s0 < anchorStarts[c]! && p - s0 < anchorEnds[c]!) return null;
        setSlot(v, slots[c]!, value);
      } else {
        let h = 0;
        while (p < n && (ch = text.charCodeAt(p)) !== 32) {
          if (ch === 9 || ch >= 0x80) return null;
          h = (h * 31 + ch) | 0;
          p++;
        }
        // `Nov 21`: a start date of two words, as the general cutter takes them.
        if (this.dates[c] === 1 && p - s >= 2 && p < n && !hasDigit(text, s, p)) {
          let q = p;
          while (q < n && (ch = text.charCodeAt(q)) === 32) q++;
          let r = q;
          while (r < n && (ch = text.charCodeAt(r)) >= 48 && ch <= 57) r++;
          if (r > q && r - q <= 2 && (r === n || ch === 32 || ch === 9)) {
            p = r;
            h = textHash(text, s, p);
          }
        }
        // Left of where ps could have printed it: the general path names the row.
        if (s - s0 < anchorStarts[c]! && p - s0 < anchorEnds[c]!) return null;
        const len = p - s;
        switch (op) {
          case OP_TTY: {
            const c0 = text.charCodeAt(s);
            setSlot(v, slots[c]!, (c0 === 63 || c0 === 45) && (len === 1 || (len === 2 && text.charCodeAt(s + 1) === 63)) ? null : reuse(seen, c, text, s, p, h));
            break;
          }
          case OP_USER:
            v.user = reuse(seen, c, text, s, p, h);
            v.userTruncated = len > 1 && text.charCodeAt(p - 1) === 43;
            break;
          case OP_TEXT:
            setSlot(v, slots[c]!, reuse(seen, c, text, s, p, h));
            break;
          case OP_DASH:
            setSlot(v, slots[c]!, len === 1 && text.charCodeAt(s) === 45 ? null : reuse(seen, c, text, s, p, h));
            break;
          case OP_UID:
            // procps `-f` prints names under UID; numbers when a uid has no name.
            if (isIntRange(text, s, p)) setSlot(v, slots[c]!, intValue(text, s, p));
            else {
              setSlot(v, slots[c]!, null);
              if (v.user === null) {
                v.user = reuse(seen, c, text, s, p, h);
                v.userTruncated = len > 1 && text.charCodeAt(p - 1) === 43;
              }
            }
            break;
        }
      }
      if (c === 0 && text.charCodeAt(s) === this.headerFirst.charCodeAt(0) && text.startsWith(this.headerFirst, s)) return null;
      cs[c] = s;
      ce[c] = p;
    }
    if (v.pid === null) return null;
    while (p < n && (ch = text.charCodeAt(p)) === 32) p++;
    if (p >= n || ch === 9 || ch === 124 || ch === 92) return null;
    const lastStart = anchorStarts[m - 1]!;
    if (p - s0 < lastStart) return null;
    let e = n;
    while (e > p && ((ch = text.charCodeAt(e - 1)) === 32 || ch === 9)) e--;
    switch (ops[m - 1]) {
      case OP_COMMAND:
        setSlot(v, slots[m - 1]!, text.slice(p, e));
        break;
      case OP_EXTRA:
        break;
      default:
        // Free text of a string field (`label`): `-` is none.
        setSlot(v, slots[m - 1]!, e - p === 1 && text.charCodeAt(p) === 45 ? null : reuse(seen, m - 1, text, p, e));
    }
    // `>` first: a call of `endsWith` per row shows.
    v.defunct = (v.command !== null && v.command.charCodeAt(v.command.length - 1) === 62 && v.command.endsWith(' <defunct>')) || v.stat?.charCodeAt(0) === 90 || v.state === 'Z';
    cs[m - 1] = p;
    ce[m - 1] = e;
    const row = this.build(v, number);
    if (this.extraCols.length > 0) this.addExtras(row, text);
    const autoCols = this.autoCols;
    for (let k = 0; k < autoCols.length; k++) {
      const c = autoCols[k]!;
      this.votes[c]! += ce[c]! - s0 === this.headerEnds[c] ? 1 : cs[c]! - s0 === this.headerStarts[c] ? -1 : 0;
    }
    this.artDepth = -1;
    this.indent = this.commandLast ? p - s0 - Math.max(lastStart, m > 1 ? ce[m - 2]! - s0 + 1 : 0) : 0;
    return row;
  }

  /** The row from the cells in `cs`/`ce`; a value of the wrong type is reported and null. */
  private fill(text: string, number: number, diags: Diagnostic[]): PsRow {
    const cols = this.cols;
    const cs = this.cs;
    const ce = this.ce;
    const table = this.table;
    const row = this.vals;
    const slots = this.slots;
    // `user` and `comm` may also be filled by an earlier column (UID, busybox's command).
    row.user = null;
    row.userTruncated = false;
    row.comm = null;
    for (let c = 0; c < cols.length; c++) {
      const col = cols[c] as Col;
      const u0 = cs[c]!;
      const target = col.target;
      if (target === null) continue;
      if (u0 < 0) {
        if (target !== 'user' && target !== 'comm') setSlot(row, slots[c]!, null);
        continue;
      }
      const u1 = ce[c]!;
      let v: string | number | null;
      switch (col.type) {
        case 'int':
        case 'ns':
          v = intValue(text, u0, u1);
          break;
        case 'float':
          v = floatValue(text, u0, u1);
          break;
        case 'size':
          v = intValue(text, u0, u1);
          if (v !== null && Number.isNaN(v)) v = sizeValue(text.slice(u0, u1));
          break;
        case 'tty': {
          const c0 = text.charCodeAt(u0);
          v = (c0 === 63 || c0 === 45) && (u1 - u0 === 1 || (u1 - u0 === 2 && text.charCodeAt(u0 + 1) === 63)) ? null : reuse(this.seen, c, text, u0, u1);
          break;
        }
        case 'user':
          v = reuse(this.seen, c, text, u0, u1);
          if (target === 'user') row.userTruncated = u1 - u0 > 1 && text.charCodeAt(u1 - 1) === 43;
          break;
        case 'uid-or-user':
          // procps `-f` prints names under UID; numbers when a uid has no name.
          if (isIntRange(text, u0, u1)) v = intValue(text, u0, u1);
          else {
            v = null;
            if (row.user === null) {
              row.user = text.slice(u0, u1);
              row.userTruncated = u1 - u0 > 1 && text.charCodeAt(u1 - 1) === 43;
            }
          }
          break;
        case 'command':
          v = text.slice(u0, u1);
          if (table.flavor === 'busybox' && v.charCodeAt(0) === 123) {
            // busybox prefixes `{comm} ` when comm differs from argv[0]'s basename.
            const close = v.indexOf('} ');
            // A comm column, when there is one, has the same name uncut: it wins.
            if (close > 0) {
              row.comm ??= v.slice(1, close);
              v = v.slice(close + 2);
            } else if (v.endsWith('}')) {
              row.comm ??= v.slice(1, -1);
              v = '';
            }
          }
          break;
        case 'comm':
          v = text.slice(u0, u1);
          break;
        default:
          v = reuse(this.seen, c, text, u0, u1);
          if (v === '-' && target !== 'stat' && target !== 'state') v = null;
      }
      if (typeof v === 'number' && Number.isNaN(v)) {
        badValue(diags, number, text, col, text.slice(u0, u1));
        v = null;
      }
      setSlot(row, slots[c]!, v);
    }
    row.defunct = (row.command !== null && row.command.endsWith(' <defunct>')) || row.stat?.charCodeAt(0) === 90 || row.state === 'Z';
    const out = this.build(row, number);
    if (this.extraCols.length > 0) this.addExtras(out, text);
    return out;
  }

  /** Puts the cells of the columns without a field (`cs`/`ce`) in `row.extra`, in column order. */
  private addExtras(row: PsRow, text: string): void {
    for (let k = 0; k < this.extraCols.length; k++) {
      const c = this.extraCols[k]!;
      const u0 = this.cs[c]!;
      row.extra[this.cols[c]!.extraKey] = u0 >= 0 ? text.slice(u0, this.ce[c]) : null;
    }
  }

  /** True when token `t` is forest art (`|` or `\_`). */
  private isArt(t: number): boolean {
    const s = this.buf.start[t]!;
    const len = this.buf.end[t]! - s;
    const c = this.text.charCodeAt(s);
    return (c === 124 && (len === 1 || this.text.charCodeAt(s + 1) === 32)) || (c === 92 && this.text.charCodeAt(s + 1) === 95);
  }

  /** Reads forest art / indentation at the start of the command cell; returns its first word. */
  private forest(c: number, a: number, b: number): number {
    const buf = this.buf;
    const text = this.text;
    const col = this.cols[c] as Col;
    const prevEnd = a > 0 ? buf.cellEnd[a - 1]! : -1;
    const colStart = Math.max(this.useGeometry ? col.anchorStart : -1, prevEnd + 1);
    // `f`/`--forest` groups of four cells: "    ", " |  ", " \_ ".
    let t = a;
    while (t < b) {
      const s = buf.start[t]!;
      const len = buf.end[t]! - s;
      if (len === 1 && text.charCodeAt(s) === 124) {
        t++;
        continue;
      }
      if (len === 2 && text.charCodeAt(s) === 92 && text.charCodeAt(s + 1) === 95) {
        if (t + 1 < b) {
          this.artDepth = Math.max(1, Math.round((buf.cellStart[t]! - 1 - colStart) / 4) + 1);
          return t + 1;
        }
      }
      break;
    }
    this.indent = buf.cellStart[a]! - colStart;
    return a;
  }
}

/**
 * True for the marks people put in pasted output where they cut lines: `...`, `…`, `[...]`,
 * `...[생략]...`, `(... snip ...)`. Dots (or an ellipsis) are required, digits not allowed,
 * so that a truncated row is never taken for one.
 */
function isElision(text: string): boolean {
  let s = text.trim();
  if (s.length === 0 || s.length > 40 || (!s.includes('...') && !s.includes('\u2026'))) return false;
  for (let pass = 0; pass < 2; pass++) {
    s = trimDots(s);
    const open = s.charCodeAt(0);
    const close = s.charCodeAt(s.length - 1);
    if (!((open === 91 && close === 93) || (open === 40 && close === 41))) break;
    s = s.slice(1, -1);
  }
  s = trimDots(s);
  // What is left is a word or two (`생략`, `snip`, `output omitted`), not prose or a value.
  let spaces = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) spaces++;
    else if ((c >= 48 && c <= 57) || c === 46 || c === 0x2026 || c === 91 || c === 93 || c === 40 || c === 41 || c === 47 || c === 58) return false;
  }
  return s.length <= 20 && spaces <= 1;
}

function trimDots(s: string): string {
  let a = 0;
  let b = s.length;
  const dot = (c: number) => c === 46 || c === 0x2026 || c === 32 || c === 9;
  while (a < b && dot(s.charCodeAt(a))) a++;
  while (b > a && dot(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/**
 * `text[u0, u1)`, or the same text seen earlier in column `c` (no new string): rows repeat
 * `root`, `S`, `pts/0`, `0:00`, and one string per distinct value saves allocations and
 * memory. `seen` holds {@link REUSE_SLOTS} strings per column, by {@link textHash}; `h` is
 * that hash when the caller computed it while scanning.
 */
function reuse(seen: string[], c: number, text: string, u0: number, u1: number, h?: number): string {
  const len = u1 - u0;
  if (len > 24) return text.slice(u0, u1);
  const slot = c * REUSE_SLOTS + ((h ?? textHash(text, u0, u1)) & (REUSE_SLOTS - 1));
  const old = seen[slot] as string;
  if (old.length === len) {
    // For a few characters a loop is cheaper than a call of `startsWith`.
    let k = 0;
    while (k < len && old.charCodeAt(k) === text.charCodeAt(u0 + k)) k++;
    if (k === len) return old;
  }
  const v = text.slice(u0, u1);
  seen[slot] = v;
  return v;
}

/** The hash of `text[s, e)` for {@link reuse} (the fast row reader computes it as it scans). */
function textHash(text: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) h = (h * 31 + text.charCodeAt(k)) | 0;
  return h;
}

/**
 * A row's typed values as they are read, before the row is made: every field, so that the
 * cell loop stores into one object of one hidden class whatever the table.
 */
type Values = { [K in Exclude<keyof PsRow, 'extra' | 'line'>]-?: Exclude<PsRow[K], undefined> };

function emptyValues(): Values {
  return {
    pid: null, ppid: null, user: null, userTruncated: false, command: null, comm: null, defunct: false, pidns: null,
    ipcns: null, mntns: null, netns: null, userns: null, utsns: null, cgroupns: null, timens: null, depth: null,
    pgid: null, sid: null, tpgid: null, tgid: null, lwp: null, nlwp: null, ruser: null, uid: null, ruid: null,
    group: null, gid: null, cpuPercent: null, memPercent: null, vsz: null, rss: null, sz: null, tty: null,
    stat: null, state: null, start: null, lstart: null, time: null, etime: null, nice: null, pri: null, c: null,
    psr: null, flags: null, wchan: null, label: null,
  };
}

/** Makes a row of a table from the values read. */
type RowBuilder = (v: Values, line: number) => PsRow;

/**
 * Rows of the common tables as object literals, used when their fields are exactly the
 * template's (checked, in order): V8 allocates a literal's objects inline and, once it sees
 * that they live on, straight into the old generation — for 100k rows several times faster
 * than spreading the template, which is what other tables get.
 */
const ROW_BUILDERS: RowBuilder[] = [
  // aux, u
  (v, line) => ({ pid: v.pid, ppid: v.ppid, user: v.user, userTruncated: v.userTruncated, command: v.command, defunct: v.defunct, pidns: v.pidns, depth: null, extra: {}, line, cpuPercent: v.cpuPercent, memPercent: v.memPercent, vsz: v.vsz, rss: v.rss, tty: v.tty, stat: v.stat, start: v.start, time: v.time }),
  // -ef, -f
  (v, line) => ({ pid: v.pid, ppid: v.ppid, user: v.user, userTruncated: v.userTruncated, command: v.command, defunct: v.defunct, pidns: v.pidns, depth: null, extra: {}, line, uid: v.uid, c: v.c, start: v.start, tty: v.tty, time: v.time }),
  // plain `ps`, -e, -A
  (v, line) => ({ pid: v.pid, ppid: v.ppid, user: v.user, userTruncated: v.userTruncated, command: v.command, defunct: v.defunct, pidns: v.pidns, depth: null, extra: {}, line, tty: v.tty, time: v.time }),
  // -eF
  (v, line) => ({ pid: v.pid, ppid: v.ppid, user: v.user, userTruncated: v.userTruncated, command: v.command, defunct: v.defunct, pidns: v.pidns, depth: null, extra: {}, line, uid: v.uid, c: v.c, sz: v.sz, rss: v.rss, psr: v.psr, start: v.start, tty: v.tty, time: v.time }),
  // -elf
  (v, line) => ({ pid: v.pid, ppid: v.ppid, user: v.user, userTruncated: v.userTruncated, command: v.command, defunct: v.defunct, pidns: v.pidns, depth: null, extra: {}, line, flags: v.flags, state: v.state, uid: v.uid, c: v.c, pri: v.pri, nice: v.nice, sz: v.sz, wchan: v.wchan, start: v.start, tty: v.tty, time: v.time }),
  // busybox `ps`
  (v, line) => ({ pid: v.pid, ppid: v.ppid, user: v.user, userTruncated: v.userTruncated, command: v.command, defunct: v.defunct, pidns: v.pidns, depth: null, extra: {}, line, time: v.time, comm: v.comm }),
];

/** The builder of `table`'s rows: a literal above, or a copy of the row template. */
function rowBuilder(table: Table): RowBuilder {
  const template = rowTemplate(table);
  const keys = Object.keys(template).join();
  const empty = emptyValues();
  const literal = ROW_BUILDERS.find((f) => Object.keys(f(empty, 0)).join() === keys);
  if (literal) return literal;
  const fields = Object.keys(template).filter((k): k is keyof Values => k !== 'extra' && k !== 'line');
  return (v, line) => {
    const row: Record<string, unknown> = { ...template, extra: {}, line };
    for (const k of fields) row[k] = v[k];
    return row as PsRow;
  };
}

/** The row every row of `table` starts from: contract fields, then the table's typed fields. */
function rowTemplate(table: Table): PsRow {
  const row: Record<string, unknown> = {
    pid: null,
    ppid: null,
    user: null,
    userTruncated: false,
    command: null,
    defunct: false,
    pidns: null,
    depth: null,
    extra: {},
    line: 0,
  };
  for (const c of table.cols) if (c.target !== null) row[c.target] = null;
  if (table.flavor === 'busybox' && table.commandCol >= 0) row.comm = null;
  // A copy made by JSON.parse has every field in the object itself (one allocation per row
  // when spread); the literal above, grown field by field, keeps most in a separate array.
  return JSON.parse(JSON.stringify(row)) as PsRow;
}

// Field numbers for {@link setSlot}: a switch on small integers is a jump table, one on
// strings a chain of comparisons — per cell of 100k rows, that shows.
const FIELD_SLOTS: readonly PsField[] = [
  'pid', 'ppid', 'user', 'command', 'comm', 'pidns', 'ipcns', 'mntns',
  'netns', 'userns', 'utsns', 'cgroupns', 'timens', 'pgid', 'sid', 'tpgid',
  'tgid', 'lwp', 'nlwp', 'ruser', 'uid', 'ruid', 'group', 'gid',
  'cpuPercent', 'memPercent', 'vsz', 'rss', 'sz', 'tty', 'stat', 'state',
  'start', 'lstart', 'time', 'etime', 'nice', 'pri', 'c', 'psr',
  'flags', 'wchan', 'label',
];

/**
 * Stores a value in a typed field by field number (an index of `FIELD_SLOTS`): a switch, so
 * that every store is a plain property store.
 */
function setSlot(row: Values, slot: number, v: string | number | null): void {
  const n = typeof v === 'number' ? v : null;
  const s = typeof v === 'string' ? v : null;
  switch (slot) {
    case 0: row.pid = n; break; // pid
    case 1: row.ppid = n; break; // ppid
    case 2: row.user = s; break; // user
    case 3: row.command = s; break; // command
    case 4: row.comm = s; break; // comm
    case 5: row.pidns = n; break; // pidns
    case 6: row.ipcns = n; break; // ipcns
    case 7: row.mntns = n; break; // mntns
    case 8: row.netns = n; break; // netns
    case 9: row.userns = n; break; // userns
    case 10: row.utsns = n; break; // utsns
    case 11: row.cgroupns = n; break; // cgroupns
    case 12: row.timens = n; break; // timens
    case 13: row.pgid = n; break; // pgid
    case 14: row.sid = n; break; // sid
    case 15: row.tpgid = n; break; // tpgid
    case 16: row.tgid = n; break; // tgid
    case 17: row.lwp = n; break; // lwp
    case 18: row.nlwp = n; break; // nlwp
    case 19: row.ruser = s; break; // ruser
    case 20: row.uid = n; break; // uid
    case 21: row.ruid = n; break; // ruid
    case 22: row.group = s; break; // group
    case 23: row.gid = n; break; // gid
    case 24: row.cpuPercent = n; break; // cpuPercent
    case 25: row.memPercent = n; break; // memPercent
    case 26: row.vsz = n; break; // vsz
    case 27: row.rss = n; break; // rss
    case 28: row.sz = n; break; // sz
    case 29: row.tty = s; break; // tty
    case 30: row.stat = s; break; // stat
    case 31: row.state = s; break; // state
    case 32: row.start = s; break; // start
    case 33: row.lstart = s; break; // lstart
    case 34: row.time = s; break; // time
    case 35: row.etime = s; break; // etime
    case 36: row.nice = n; break; // nice
    case 37: row.pri = n; break; // pri
    case 38: row.c = n; break; // c
    case 39: row.psr = n; break; // psr
    case 40: row.flags = n; break; // flags
    case 41: row.wchan = s; break; // wchan
    case 42: row.label = s; break; // label
  }
}

/** The decimal in `text[s, e)` (`.` or `,` as separator); null for `-`; NaN when invalid. */
function floatValue(text: string, s: number, e: number): number | null {
  if (e - s === 1 && text.charCodeAt(s) === 45) return null;
  let k = s;
  let neg = false;
  if (text.charCodeAt(k) === 45) {
    neg = true;
    k++;
  }
  let v = 0;
  let digits = 0;
  let scale = 1;
  let point = false;
  for (; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
      if (point) scale *= 10;
    } else if ((c === 46 || c === 44) && !point && digits > 0) point = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || (point && scale === 1)) return NaN;
  // One division of exact integers: the same double as Number("12.34").
  const r = v / scale;
  return neg ? -r : r;
}

function badValue(diags: Diagnostic[], number: number, text: string, col: Col, s: string): void {
  diags.push(diagnostic('warning', 'ps/bad-value', `The ${col.header || col.key} value "${s}" is not a valid ${col.type === 'float' ? 'number' : col.type === 'size' ? 'size' : 'integer'}; it was set to null.`, number, { excerpt: text }));
}

function hasDigit(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isInt(s: string): boolean {
  return isIntRange(s, 0, s.length);
}

function isIntRange(text: string, s: number, e: number): boolean {
  let k = s;
  if (k < e && text.charCodeAt(k) === 45) k++;
  if (k >= e || e - k > 15) return false;
  for (; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The integer in `text[s, e)`; null for `-`; NaN when it is not an integer. */
function intValue(text: string, s: number, e: number): number | null {
  if (e - s === 1 && text.charCodeAt(s) === 45) return null;
  let k = s;
  let neg = false;
  if (text.charCodeAt(k) === 45) {
    neg = true;
    k++;
  }
  if (k >= e || e - k > 15) return NaN;
  let v = 0;
  for (; k < e; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return neg ? -v : v;
}

const SIZE_UNITS = 'kmgtpezy';

/** KiB from procps (plain) or busybox (`49m`, `1.2g`); null for `-`; NaN when invalid. */
function sizeValue(s: string): number | null {
  if (s === '-') return null;
  const m = SIZE_RE.exec(s);
  if (!m) return NaN;
  const v = Number((m[1] as string).replace(',', '.'));
  const unit = m[2] as string;
  return unit === '' || unit === 'k' ? Math.round(v) : Math.round(v * 1024 ** SIZE_UNITS.indexOf(unit));
}

