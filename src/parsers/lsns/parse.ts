/**
 * `lsns` output → typed rows. Reads every layout util-linux 2.28–2.42 prints: the namespace
 * listing (`lsns`, `-t TYPE`, `-l`, `-n`, `-o LIST`, `-o +LIST`, any columns in any order,
 * wrapped NSFS cells), the process listing of one namespace (`lsns <ns>`), `-T parent|owner`
 * trees with namespaces that have no processes, `-r` (`\xHH` escapes) and `-J` in every
 * schema (strings or numbers, legacy one-line objects, `LIBSMARTCOLS_JSON=compact|lines`,
 * nested `children`, truncated pastes). Tree art (`├─ │ └─` or `|- | \`-`) becomes `depth`
 * and `parentLine`, checked against PPID or PNS/ONS.
 *
 * @example
 * parseLsns('  PID  PPID USER COMMAND\n 9185  9182 root /bin/bash\n 9186  9185 root └─sleep 1101\n').value.rows[1]
 * // { pid: 9186, ppid: 9185, user: 'root', command: 'sleep 1101', depth: 1, parentLine: 2, line: 3, … }
 *
 * PNS 0 is kept as 0: lsns prints it when the parent is unknown from where lsns ran (no
 * parent, a parent outside the reader's namespace, or an ioctl refused) — it never means
 * "the root". Interpreting it is the model's job.
 */
import { diagnostic, expandTabs, isBlank, makeResult, prepareInput, tokenize, type Diagnostic, type Line, type ParseResult } from '../../core/index.js';
import { readExactArt, readLooseArt } from './art.js';
import {
  columnInfo,
  DEFAULT_NAMESPACE_COLUMNS,
  DEFAULT_NET_COLUMNS,
  DEFAULT_PROCESS_COLUMNS,
  emptyRow,
  NAMESPACE_TYPES,
  parseInteger,
  type ColumnInfo,
} from './columns.js';
import { readJson, type JsonNode, type JsonObject } from './json.js';
import type { LsnsExtraValue, LsnsOutput, LsnsRow } from './schema.js';
import { cutByGeometry, cutByWords, cutRaw, headerSpecs, headerWords, inferAlignment, isElision, namedSpecs, type ColumnSpec, type Cut } from './table.js';
import { cellLine, decodeHexEscapes } from './text.js';
import { ELISION, resolveTree, type TreeItem, type TreeKind } from './tree.js';

/** Options of {@link parseLsns}. */
export interface LsnsOptions {
  /**
   * The columns of headerless output (`lsns -n -o …`), in order, e.g. `['NS', 'TYPE', 'PNS']`.
   * Without it the default columns of the detected listing are assumed (and said).
   */
  columns?: readonly string[];
}

const NAMESPACE_FIELDS = new Set(['ns', 'type', 'nprocs', 'path', 'netnsid', 'nsfs', 'pns', 'ons']);
const ART_START = new Set(['|', '│', '├', '└', '`']);

type Format = LsnsOutput['format'];

interface Segment {
  header: Line | null;
  items: (Line | typeof ELISION)[];
}

interface Listing {
  mode: LsnsOutput['mode'];
  format: Format;
  tree: TreeKind | null;
  columns: string[];
  rows: LsnsRow[];
}

/**
 * Parses the output of `lsns` in any of its layouts. Never throws; see the module comment.
 */
export function parseLsns(input: string | Uint8Array, options: LsnsOptions = {}): ParseResult<LsnsOutput> {
  const prepared = prepareInput(utf16leWithBoxArt(input));
  const diagnostics: Diagnostic[] = [...prepared.diagnostics];
  const lines = prepared.lines;
  const first = lines.find((l) => !isBlank(l.text));
  const start = first ? first.text.trimStart().charAt(0) : '';
  const listing = start === '{' || start === '[' ? parseJsonListing(lines, diagnostics) : parseTextListing(lines, options, diagnostics);
  return makeResult<LsnsOutput>(listing, diagnostics);
}

/**
 * UTF-16LE without a byte-order mark whose tree art (`─` is U+2500, low byte 0) defeats the
 * core's sniffing, which wants the even bytes nearly free of zeros: returned with a BOM so that
 * `prepareInput` decodes it (and says so). Any other input is returned as it is.
 */
function utf16leWithBoxArt(input: string | Uint8Array): string | Uint8Array {
  if (typeof input === 'string' || input.length < 4 || input.length % 2 !== 0) return input;
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) return input;
  const n = Math.min(input.length, 4096);
  let high = 0;
  let art = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const lo = input[i] as number;
    const hi = input[i + 1] as number;
    if (hi === 0) {
      if (lo === 0) return input;
      high++;
    } else if (hi === 0x25) art++;
  }
  const pairs = n >> 1;
  // Mostly ASCII in UTF-16LE, with box drawing: nothing else has this many NULs at odd offsets.
  if (art === 0 || high < pairs * 0.5 || high + art < pairs * 0.8) return input;
  const out = new Uint8Array(input.length + 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  out.set(input, 2);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values

function badValue(row: LsnsRow, info: ColumnInfo, text: string, diagnostics: Diagnostic[], excerpt?: string): void {
  row.extra[info.name] = text;
  diagnostics.push(diagnostic('warning', 'lsns/bad-value', `${info.name} holds "${text}", which is not a number; kept in extra.`, row.line, excerpt ? { excerpt } : {}));
}

function setValue(row: LsnsRow, spec: { name: string; info: ColumnInfo | undefined }, text: string, diagnostics: Diagnostic[], excerpt?: string): void {
  const info = spec.info;
  if (!info) {
    row.extra[spec.name] = text.length > 0 ? text : null;
    return;
  }
  if (text.length === 0) return;
  switch (info.kind) {
    case 'int': {
      const n = parseInteger(text);
      if (n === null) badValue(row, info, text, diagnostics, excerpt);
      else (row as Record<string, unknown>)[info.field] = n;
      return;
    }
    case 'netnsid': {
      const n = parseInteger(text);
      if (n !== null) row.netnsid = n;
      else if (text === 'unassigned') row.netnsid = 'unassigned';
      else badValue(row, info, text, diagnostics, excerpt);
      return;
    }
    case 'nsfs': {
      const paths = (text.includes('\n') ? text.split('\n') : text.split(',')).filter((p) => p.length > 0);
      row.nsfs = row.nsfs ? [...row.nsfs, ...paths] : paths;
      return;
    }
    default:
      (row as Record<string, unknown>)[info.field] = text;
  }
}

/** True when the cut cells are what lsns would print: set where lsns always sets, numbers where numbers go. */
function cellsFit(cuts: readonly (Cut | null)[], specs: readonly ColumnSpec[], treeIndex: number, required: readonly boolean[]): boolean {
  for (let j = 0; j < specs.length; j++) {
    const info = (specs[j] as ColumnSpec).info;
    if (!info) continue;
    const cut = cuts[j];
    if (!cut) {
      if (required[j]) return false;
      continue;
    }
    let text = cut.text;
    if (j === treeIndex) text = readExactArt(text)?.rest ?? text;
    if (info.kind === 'int' && parseInteger(text) === null) return false;
    if (info.kind === 'netnsid' && text !== 'unassigned' && parseInteger(text) === null) return false;
    if (info.field === 'type' && !/^[a-z]{2,10}$/.test(text)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Text layouts (human and -r)

function splitSegments(lines: readonly Line[], diagnostics: Diagnostic[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const line of lines) {
    const text = line.text;
    if (isBlank(text)) continue;
    if (isElision(text)) {
      diagnostics.push(diagnostic('info', 'lsns/elided-lines', 'Lines were left out of the paste here; tree parents across the gap are placed by PPID.', line.number, { excerpt: text }));
      if (!current) segments.push((current = { header: null, items: [] }));
      current.items.push(ELISION);
      continue;
    }
    const trimmed = text.trimStart();
    if (trimmed.startsWith('lsns: ')) {
      diagnostics.push(diagnostic('warning', 'lsns/tool-error', `lsns reported an error: ${trimmed.slice(6)}`, line.number, { excerpt: text }));
      continue;
    }
    if (headerWords(text)) {
      segments.push((current = { header: line, items: [] }));
      continue;
    }
    if (!current) segments.push((current = { header: null, items: [] }));
    current.items.push(line);
  }
  return segments;
}

/** The default columns a headerless listing was most likely printed with. */
function guessColumns(rows: readonly Line[]): string[] {
  let netOnly = true;
  let namespaces = 0;
  let processes = 0;
  for (const line of rows.slice(0, 50)) {
    const text = line.text.trim();
    const art = readLooseArt(text);
    const words = (art ? art.rest : text).split(/\s+/);
    const [a = '', b = '', c = ''] = words;
    if (parseInteger(a) !== null && NAMESPACE_TYPES.has(b)) {
      namespaces++;
      if (b !== 'net') netOnly = false;
    } else if (parseInteger(a) !== null && parseInteger(b) !== null && c.length > 0) processes++;
  }
  if (processes > namespaces) return [...DEFAULT_PROCESS_COLUMNS];
  return [...(netOnly && namespaces > 0 ? DEFAULT_NET_COLUMNS : DEFAULT_NAMESPACE_COLUMNS)];
}

function countSpaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

function isHeaderSingleSpaced(text: string): boolean {
  return text.length > 0 && text.charAt(0) !== ' ' && !text.includes('  ') && !text.includes('\t') && text.trimEnd() === text;
}

function isContinuationByWords(text: string, hasNsfs: boolean): string | null {
  if (!hasNsfs) return null;
  const words = text.trim().split(/\s+/).filter((w) => w !== '|' && w !== '│');
  return words.length === 1 && (words[0] as string).startsWith('/') ? (words[0] as string) : null;
}

function modeOf(specs: readonly { info: ColumnInfo | undefined }[], rows: readonly LsnsRow[]): LsnsOutput['mode'] {
  const nsColumns = specs.some((s) => s.info !== undefined && NAMESPACE_FIELDS.has(s.info.field));
  if (!nsColumns) return 'processes';
  const first = rows[0];
  if (rows.length >= 2 && first && first.ns !== null && rows.every((r) => r.ns === first.ns && r.type === first.type)) return 'processes';
  return 'namespaces';
}

function parseTextListing(lines: readonly Line[], options: LsnsOptions, diagnostics: Diagnostic[]): Listing {
  const segments = splitSegments(lines, diagnostics);
  const listings = segments.map((s) => parseSegment(s, options, diagnostics));
  const first = listings[0];
  if (!first) return { mode: 'namespaces', format: 'table', tree: null, columns: [], rows: [] };
  const rows = listings.flatMap((l) => l.rows);
  // Text rows have a line each (continuation lines join the row above), so lines identify parents.
  const indexOfLine = new Map(rows.map((r, i) => [r.line, i]));
  for (const r of rows) r.parentIndex = r.parentLine === null ? null : (indexOfLine.get(r.parentLine) ?? null);
  return {
    mode: first.mode,
    format: first.format,
    tree: listings.find((l) => l.tree !== null)?.tree ?? null,
    columns: first.columns,
    rows,
  };
}

function parseSegment(segment: Segment, options: LsnsOptions, diagnostics: Diagnostic[]): Listing {
  const rowsIn = segment.items.filter((i): i is Line => i !== ELISION);
  const header = segment.header;
  let specs: ColumnSpec[];
  if (header) {
    specs = headerSpecs(header.text);
  } else if (options.columns && options.columns.length > 0) {
    specs = namedSpecs(options.columns);
  } else {
    const names = guessColumns(rowsIn);
    specs = namedSpecs(names);
    const at = rowsIn[0]?.number ?? 0;
    diagnostics.push(
      diagnostic('info', 'lsns/assumed-columns', `There is no header line; the default columns ${names.join(' ')} were assumed (pass the columns of "lsns -n -o …" as options.columns).`, at),
    );
  }
  const reported = new Set<string>();
  for (const s of specs) {
    if (s.info || reported.has(s.name)) continue;
    reported.add(s.name);
    diagnostics.push(diagnostic('info', 'lsns/unknown-column', `The column ${s.name} is not one lsns 2.28–2.42 prints; its values are kept in extra.`, header?.number ?? 0));
  }
  const m = specs.length;
  const nsIndex = specs.findIndex((s) => s.info?.field === 'ns');
  const commandIndex = specs.findIndex((s) => s.info?.field === 'command');
  const nsfsIndex = specs.findIndex((s) => s.info?.field === 'nsfs');
  const hasPidAndPpid = specs.some((s) => s.info?.field === 'ppid') && specs.some((s) => s.info?.field === 'pid');

  // Layout: -r when the header is single-spaced and every line splits into the columns at single spaces.
  const rawCandidate = (header ? isHeaderSingleSpaced(header.text) : true) && rowsIn.length > 0 && rowsIn.every((l) => countSpaces(l.text) === m - 1);
  const cellLines = header ? rowsIn.map((l) => cellLine(expandTabs(l.text))) : [];
  // A process listing always has PID and PPID; a namespace listing may leave them blank.
  const processListing = !specs.some((s) => s.info !== undefined && NAMESPACE_FIELDS.has(s.info.field));
  const required = specs.map((s) => s.info !== undefined && (s.info.alwaysSet || (processListing && (s.info.field === 'pid' || s.info.field === 'ppid'))));
  // The tree column: NS under -T (left-aligned, padded to the inode's width, art glued to inodes), else COMMAND.
  const nsSpec = specs[nsIndex];
  const nsArtAt = (c: { slice(from: number): string }, from: number): boolean => {
    const art = readExactArt(c.slice(from));
    const d = art ? art.rest.charCodeAt(0) : 0;
    return d >= 48 && d <= 57;
  };
  const humanTree = (): number => {
    if (!nsSpec) return commandIndex;
    if (!header) return rowsIn.some((l) => nsCellStartsWithArt(l.text, nsIndex, false)) ? nsIndex : commandIndex;
    const next = specs[nsIndex + 1];
    const padded = nsSpec.align === 'left' && next !== undefined && next.start - nsSpec.end > 1;
    const art = nsSpec.align === 'left' ? cellLines.some((c) => nsArtAt(c, nsSpec.start)) : rowsIn.some((l) => nsCellStartsWithArt(l.text, nsIndex, false));
    return padded || art ? nsIndex : commandIndex;
  };
  let treeIndex = humanTree();
  // Only -r writes a blank as \x20 or UTF-8 tree art as bytes; the human layout escapes control
  // characters (and, in the C locale, non-ASCII bytes) too, so other escapes prove nothing.
  const rawMarked = rawCandidate && rowsIn.some((l) => l.text.includes('\\x20') || l.text.includes('\\xe2\\x94'));
  let geometry: ((Cut | null)[] | null)[] | null = null;
  let fits: boolean[] | null = null;
  const measure = (): { cuts: ((Cut | null)[] | null)[]; ok: boolean[] } => {
    const cuts = cellLines.map((c) => cutByGeometry(c, specs));
    const ok = cuts.map((c) => (c ? cellsFit(c, specs, treeIndex, required) || isContinuationCut(c, specs, treeIndex, nsfsIndex) : false));
    return { cuts, ok };
  };
  if (header && !rawMarked) {
    let measured = measure();
    // The catalogue's alignment first; only a layout that is not -r may have a column aligned otherwise
    // (NS under -T, a column lsns does not know).
    if (!rawCandidate && measured.ok.some((f) => !f)) {
      inferAlignment(specs, cellLines);
      treeIndex = humanTree();
      measured = measure();
    }
    geometry = measured.cuts;
    fits = measured.ok;
  }
  const raw = rawCandidate && (rawMarked || !header || (fits !== null && fits.some((f) => !f)));
  if (raw) {
    geometry = null;
    fits = null;
    treeIndex = nsSpec && rowsIn.some((l) => nsCellStartsWithArt(l.text, nsIndex, true)) ? nsIndex : commandIndex;
  }
  const format: Format = raw ? 'raw' : 'table';
  let collapsed = false;
  if (fits && !raw) {
    const failures = fits.filter((f) => !f).length;
    collapsed = failures * 2 > fits.length;
    if (collapsed) {
      diagnostics.push(
        diagnostic(
          'info',
          'lsns/collapsed-spacing',
          'The rows do not line up under the header (the paste collapsed the spacing); cells were split on white space and tree depths placed by PPID.',
          (header as Line).number,
          { excerpt: (header as Line).text },
        ),
      );
    }
  }

  const hasPnsAndOns = specs.some((s) => s.info?.field === 'pns') && specs.some((s) => s.info?.field === 'ons');
  const canReanchor = treeIndex >= 0 && treeIndex === nsIndex ? hasPnsAndOns : hasPidAndPpid;

  // Headerless aligned output (-n): the tree column starts where the roots' text starts.
  const looseStart = !header && !raw ? treeColumnStart(rowsIn, specs, treeIndex, nsfsIndex >= 0) : -1;

  // A row must have the id its listing is keyed by: the namespace, else the process.
  const identity = nsIndex >= 0 ? 'ns' : specs.some((s) => s.info?.field === 'pid') ? 'pid' : null;
  const items: (TreeItem | typeof ELISION)[] = [];
  const rows: LsnsRow[] = [];
  let rowIndex = -1;
  let last: LsnsRow | null = null;
  for (const item of segment.items) {
    if (item === ELISION) {
      items.push(ELISION);
      continue;
    }
    rowIndex++;
    const line = item;
    let cuts: (Cut | null)[] | null = null;
    let exact = false;
    let misaligned = false;
    if (raw) {
      cuts = cutRaw(line.text, m);
      // -r writes the art's spaces as \x20: art without any escape may also be a collapsed paste, so
      // it is re-anchored by PPID (PNS/ONS) when those columns exist; without them both readings agree.
      exact = rawMarked || !canReanchor;
    } else if (geometry && !collapsed && fits?.[rowIndex]) {
      cuts = geometry[rowIndex] ?? null;
      exact = true;
    }
    if (cuts && exact && !raw && isContinuationCut(cuts, specs, treeIndex, nsfsIndex)) {
      appendContinuation(last, (cuts[nsfsIndex] as Cut).text, line, diagnostics);
      continue;
    }
    if (!cuts) {
      const continued = isContinuationByWords(line.text, nsfsIndex >= 0 && hasAlwaysSet(specs));
      if (continued !== null && last) {
        appendContinuation(last, continued, line, diagnostics);
        continue;
      }
      misaligned = raw || (header !== null && !collapsed);
      cuts = cutByWords(line.text, specs, treeIndex);
    }
    const built = buildRow(cuts, specs, treeIndex, line, raw ? 'raw' : 'table', exact, looseStart, identity, diagnostics);
    if (!built) continue;
    if (misaligned) {
      diagnostics.push(
        diagnostic(
          'warning',
          'lsns/misaligned-row',
          raw ? 'This -r row does not have one cell per column; it was split on white space.' : 'This row does not line up under the header; it was split on white space.',
          line.number,
          { excerpt: line.text },
        ),
      );
    }
    rows.push(built.row);
    items.push({ row: built.row, art: built.art, text: line.text });
    last = built.row;
  }

  const hasArt = items.some((i) => i !== ELISION && i.art !== null);
  const tree: TreeKind | null = hasArt ? (treeIndex === nsIndex && nsIndex >= 0 ? 'namespace' : 'process') : null;
  resolveTree(items, { kind: tree ?? 'process', hasPidAndPpid, hasPnsAndOns }, diagnostics);
  return { mode: modeOf(specs, rows), format, tree, columns: specs.map((s) => s.name), rows };
}

/** True when the NS cell of a line is tree art glued to an inode (`└─4026532177`). */
function nsCellStartsWithArt(text: string, nsIndex: number, raw: boolean): boolean {
  const cell = raw ? decodeHexEscapes(text.split(' ')[nsIndex] ?? '') : nsIndex === 0 ? text.trimStart() : '';
  const art = ART_START.has(cell.charAt(0)) || (raw && cell.startsWith('  ')) ? readLooseArt(cell) : null;
  const c = art ? art.rest.charCodeAt(0) : 0;
  return c >= 48 && c <= 57;
}

function hasAlwaysSet(specs: readonly ColumnSpec[]): boolean {
  for (const s of specs) if (s.info?.alwaysSet) return true;
  return false;
}

function isArtOnly(text: string): boolean {
  for (const ch of text) if (ch !== ' ' && ch !== '|' && ch !== '│') return false;
  return true;
}

function isContinuationCut(cuts: readonly (Cut | null)[], specs: readonly ColumnSpec[], treeIndex: number, nsfsIndex: number): boolean {
  // NSFS chunks are mount points (absolute paths); only a table with an always-set column tells
  // a continuation line from a row of blanks.
  if (nsfsIndex < 0 || !cuts[nsfsIndex]?.text.startsWith('/') || !hasAlwaysSet(specs)) return false;
  for (let j = 0; j < specs.length; j++) {
    if (j === nsfsIndex) continue;
    const c = cuts[j];
    if (!c) continue;
    if (j === treeIndex && isArtOnly(c.text)) continue;
    return false;
  }
  return true;
}

function appendContinuation(row: LsnsRow | null, text: string, line: Line, diagnostics: Diagnostic[]): void {
  if (!row) {
    diagnostics.push(diagnostic('warning', 'lsns/orphan-continuation', 'This looks like the rest of a wrapped NSFS cell, but no row comes before it.', line.number, { excerpt: line.text }));
    return;
  }
  row.nsfs = [...(row.nsfs ?? []), decodeHexEscapes(text.trim())];
}

/**
 * Where a headerless table's tree column starts, when the rows are aligned (`-n` keeps
 * libsmartcols' padding): then the art keeps its two-space units and can be read exactly from
 * there. -1 when the rows are not aligned or an art row does not read from that column.
 */
function treeColumnStart(rowsIn: readonly Line[], specs: readonly ColumnSpec[], treeIndex: number, hasNsfs: boolean): number {
  if (treeIndex < 0 || rowsIn.length < 2) return -1;
  let common = null as Set<number> | null;
  const starts = new Map<number, number>();
  const artRows: { text: string; cut: Cut }[] = [];
  for (const l of rowsIn) {
    if (isContinuationByWords(l.text, hasNsfs) !== null) continue;
    const text = expandTabs(l.text);
    const cut = cutByWords(l.text, specs, treeIndex)[treeIndex] ?? null;
    const ends = new Set<number>();
    for (const w of tokenize(text)) if (!cut || w.end <= cut.start || w.start >= cut.start + cut.text.length) ends.add(w.end);
    common = common ? new Set([...common].filter((e) => ends.has(e))) : ends;
    if (!cut) continue;
    if (readLooseArt(cut.text)) artRows.push({ text, cut });
    else starts.set(cut.start, (starts.get(cut.start) ?? 0) + 1);
  }
  // Aligned output: a right-aligned column ends in the same place on every row.
  if (!common || common.size === 0) return -1;
  let c0 = -1;
  let count = 0;
  for (const [s, c] of starts) if (c > count) [c0, count] = [s, c];
  if (c0 < 0) return -1;
  for (const { text, cut } of artRows) {
    const full = readExactArt(text.slice(c0));
    const loose = readLooseArt(cut.text);
    if (!full || !loose || cut.start < c0 || full.depth < loose.depth) return -1;
  }
  return c0;
}

function buildRow(
  cuts: readonly (Cut | null)[],
  specs: readonly ColumnSpec[],
  treeIndex: number,
  line: Line,
  format: Format,
  exact: boolean,
  looseStart: number,
  identity: 'ns' | 'pid' | null,
  diagnostics: Diagnostic[],
): { row: LsnsRow; art: TreeItem['art'] } | null {
  const row = emptyRow(line.number);
  let art: TreeItem['art'] = null;
  for (let j = 0; j < specs.length; j++) {
    const spec = specs[j] as ColumnSpec;
    const cut = cuts[j];
    if (!cut) continue;
    let text = format === 'raw' ? decodeHexEscapes(cut.text) : cut.text;
    if (j === treeIndex) {
      if (exact) {
        const a = readExactArt(text);
        if (a) {
          art = { depth: a.depth, exact: true };
          text = a.rest;
        }
      } else {
        const a = readLooseArt(text);
        if (a) {
          // Aligned -n output keeps the two-space units: read the art from the column start.
          const full = looseStart >= 0 ? readExactArt(expandTabs(line.text).slice(looseStart)) : null;
          art = full ? { depth: full.depth, exact: true } : { depth: a.depth, exact: false };
          text = a.rest;
        }
      }
    }
    if (format !== 'raw') text = decodeHexEscapes(text);
    setValue(row, spec, text, diagnostics, line.text);
  }
  const identified = identity === 'ns' ? row.ns !== null : identity === 'pid' ? row.pid !== null : cuts.some((c) => c !== null);
  if (!identified) {
    diagnostics.push(diagnostic('warning', 'lsns/unparsed-line', 'This line is not an lsns row (no namespace or process id where one belongs).', line.number, { excerpt: line.text }));
    return null;
  }
  return { row, art };
}

// ---------------------------------------------------------------------------------------------
// JSON (-J)

function lineIndex(lines: readonly Line[]): { text: string; lineAt: (offset: number) => number } {
  const starts: number[] = [];
  const numbers: number[] = [];
  let offset = 0;
  const parts: string[] = [];
  for (const l of lines) {
    starts.push(offset);
    numbers.push(l.number);
    parts.push(l.text);
    offset += l.text.length + 1;
  }
  const text = parts.join('\n');
  const lineAt = (o: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return numbers[lo] ?? 0;
  };
  return { text, lineAt };
}

function jsonToExtra(node: JsonNode): LsnsExtraValue {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'array' && node.items.every((i) => i.kind === 'scalar' && (typeof i.value === 'string' || typeof i.value === 'number'))) {
    return node.items.map((i) => (i as { value: string | number }).value);
  }
  return JSON.stringify(plain(node));
}

function plain(node: JsonNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'array') return node.items.map(plain);
  return Object.fromEntries(node.entries.map(([k, v]) => [k, plain(v)]));
}

function setJsonValue(row: LsnsRow, key: string, node: JsonNode, diagnostics: Diagnostic[]): void {
  const info = columnInfo(key);
  if (!info) {
    row.extra[key.toUpperCase()] = jsonToExtra(node);
    return;
  }
  if (node.kind === 'scalar') {
    const v = node.value;
    if (v === null || v === '') return;
    if (typeof v === 'number') {
      if (info.kind === 'int' || info.kind === 'netnsid') {
        if (Number.isInteger(v) && v >= 0) (row as Record<string, unknown>)[info.field] = v;
        else {
          row.extra[info.name] = v;
          diagnostics.push(diagnostic('warning', 'lsns/bad-value', `${info.name} holds ${v}, which is not a namespace, process or user id; kept in extra.`, row.line));
        }
        return;
      }
      setValue(row, { name: info.name, info }, String(v), diagnostics);
      return;
    }
    setValue(row, { name: info.name, info }, String(v), diagnostics);
    return;
  }
  if (node.kind === 'array' && info.kind === 'nsfs') {
    row.nsfs = node.items.filter((i) => i.kind === 'scalar' && i.value !== null).map((i) => String((i as { value: unknown }).value));
    return;
  }
  row.extra[info.name] = jsonToExtra(node);
}

function looksLikeRow(node: JsonObject): boolean {
  return node.entries.some(([k]) => columnInfo(k) !== undefined);
}

function parseJsonListing(lines: readonly Line[], diagnostics: Diagnostic[]): Listing {
  const { text, lineAt } = lineIndex(lines);
  const { values, problem } = readJson(text);
  const rows: LsnsRow[] = [];
  const columns: string[] = [];
  const seen = new Set<string>();
  const nested: { row: LsnsRow; parent: LsnsRow }[] = [];
  const dropped: JsonObject[] = [];
  let unexpected = 0;

  // Explicit work list: nesting is as deep as the input makes it.
  const work: { node: JsonNode; depth: number; parent: LsnsRow | null }[] = [];
  const pushRows = (items: readonly JsonNode[], depth: number, parent: LsnsRow | null) => {
    for (let k = items.length - 1; k >= 0; k--) work.push({ node: items[k] as JsonNode, depth, parent });
  };
  for (let v = values.length - 1; v >= 0; v--) {
    const value = values[v] as JsonNode;
    if (value.kind === 'array') pushRows(value.items, 0, null);
    else if (value.kind === 'object' && looksLikeRow(value)) work.push({ node: value, depth: 0, parent: null });
    else if (value.kind === 'object') {
      const tables = value.entries.filter(([, n]) => n.kind === 'array');
      if (tables.length === 0 && value.complete) unexpected++;
      for (let t = tables.length - 1; t >= 0; t--) pushRows(((tables[t] as [string, JsonNode])[1] as { items: JsonNode[] }).items, 0, null);
    } else unexpected++;
  }
  while (work.length > 0) {
    const { node, depth, parent } = work.pop() as { node: JsonNode; depth: number; parent: LsnsRow | null };
    if (node.kind !== 'object') {
      unexpected++;
      continue;
    }
    const children = node.entries.find(([k, n]) => k === 'children' && n.kind === 'array');
    if (!node.complete && !children) {
      dropped.push(node);
      continue;
    }
    const row = emptyRow(lineAt(node.offset));
    row.depth = depth;
    row.parentLine = parent ? parent.line : null;
    for (const [key, value] of node.entries) {
      if (key === 'children') continue;
      const name = columnInfo(key)?.name ?? key.toUpperCase();
      if (!seen.has(name)) {
        seen.add(name);
        columns.push(name);
      }
      setJsonValue(row, key, value, diagnostics);
    }
    rows.push(row);
    if (parent) nested.push({ row, parent });
    if (children) pushRows((children[1] as { items: JsonNode[] }).items, depth + 1, row);
  }
  // Pre-order is input order; parents are named by index because compact JSON puts many rows on a line.
  const indexOfRow = new Map(rows.map((r, i) => [r, i]));
  for (const { row, parent } of nested) row.parentIndex = indexOfRow.get(parent) ?? null;

  if (dropped.length > 0 && !(problem && !problem.truncated)) {
    const at = lineAt((dropped[0] as JsonObject).offset);
    diagnostics.push(
      diagnostic('error', 'lsns/truncated-json', `The JSON ends inside ${dropped.length} object(s) from this line on; they were left out and every complete object was kept.`, at),
    );
  } else if (problem?.truncated) {
    diagnostics.push(diagnostic('error', 'lsns/truncated-json', 'The JSON ends before it is closed; every complete object was kept.', lineAt(problem.offset)));
  }
  if (problem && !problem.truncated) {
    const lost = dropped.length > 0 ? ` ${dropped.length} unfinished object(s) were left out.` : '';
    diagnostics.push(diagnostic('error', 'lsns/bad-json', `The JSON is broken here (${problem.message}); nothing after it was read.${lost}`, lineAt(problem.offset)));
  }
  if (unexpected > 0) {
    diagnostics.push(diagnostic('warning', 'lsns/unexpected-json', `${unexpected} JSON value(s) are not lsns rows and were skipped.`, 0));
  }

  const specs = columns.map((name) => ({ info: columnInfo(name) }));
  let tree: TreeKind | null = null;
  if (nested.length > 0) {
    // JSON nests explicitly, but does not say which relation: the columns that name parents decide.
    const hasNsLinks = columns.includes('PNS') || columns.includes('ONS');
    const nsTree = hasNsLinks && nested.every(({ row, parent }) => parent.ns !== null && (parent.ns === row.pns || parent.ns === row.ons));
    const processTree = columns.includes('PID') && columns.includes('PPID') && nested.every(({ row, parent }) => parent.pid !== null && parent.pid === row.ppid);
    tree = nsTree && !processTree ? 'namespace' : 'process';
  }
  return { mode: modeOf(specs, rows), format: 'json', tree, columns, rows };
}
