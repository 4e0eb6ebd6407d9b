/**
 * `docker ps` parser. docker prints a tabwriter table: headers and cells left-aligned and
 * separated by at least three spaces, so columns come from the header positions
 * (`headerColumns(header, 'wide')` keeps `CONTAINER ID` whole). Pastes that lost the spacing
 * (blogs collapse runs of spaces: `013853d881b7 net8_ubuntu18_build "/bin/bash" 38 minutes ago
 * Up 38 minutes vibrant_kepler`) are read by the shape of each cell instead: an id, an image,
 * a Go-quoted command, `… ago`, a status sentence, port mappings, names.
 *
 * @example
 * parseDockerPs('CONTAINER ID   IMAGE   COMMAND       CREATED   STATUS   PORTS   NAMES\n…').value.containers[0].names
 */
import { columnBounds, diagnostic, expandTabs, headerColumns, makeResult, prepareInput, sliceRow, type ColumnSpec, type Diagnostic, type Line, type ParseResult } from '../../core/index.js';
import type { DockerContainer, DockerPsOutput, DockerState } from './schema.js';

// Header names docker uses for its --format placeholders (two-word ones first).
const TWO_WORD_HEADERS = ['CONTAINER ID', 'CREATED AT', 'RUNNING FOR', 'LOCAL VOLUMES'];
const ONE_WORD_HEADERS = ['IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES', 'SIZE', 'LABELS', 'MOUNTS', 'NETWORKS', 'STATE', 'PLATFORM'];
const KNOWN_HEADERS = new Set([...TWO_WORD_HEADERS, ...ONE_WORD_HEADERS]);
const DEFAULT_COLUMNS = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

const ID = /^[0-9a-f]{12}$|^[0-9a-f]{64}$/;
const DURATION = String.raw`(?:Less than a second|About an? (?:minute|hour)|\d+ (?:second|minute|hour|day|week|month|year)s?)`;
const CREATED = new RegExp(String.raw`^${DURATION} ago(?=\s|$)`);
const CREATED_AT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4} [A-Z]{2,5}(?=\s|$)/;
const STATUS = new RegExp(
  String.raw`^(?:Up ${DURATION}(?: \((?:Paused|healthy|unhealthy|health: starting)\))?|(?:Exited|Restarting) \(-?\d+\) ${DURATION} ago|Created|Removal In Progress|Dead)(?=\s|$)`,
);
const PORT = /^(?:[\d.:[\]a-f]*:)?\d+(?:-\d+)?(?:->\d+(?:-\d+)?)?\/(?:tcp|udp|sctp),?$/;
const SIZE = /^\S+(?: \(virtual \S+\))?(?=\s|$)/;

interface TableState {
  columns: string[];
  /** Column positions from a well-spaced header, or null for a collapsed one. */
  specs: ColumnSpec[] | null;
  bounds: number[];
}

/** Splits a header whose gaps were collapsed to single spaces into known header names. */
function collapsedHeaderNames(text: string): string[] | null {
  const words = text.trim().split(/\s+/);
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`;
    if (TWO_WORD_HEADERS.includes(two)) {
      names.push(two);
      i++;
    } else if (KNOWN_HEADERS.has(words[i] as string)) names.push(words[i] as string);
    else return null;
  }
  return names.length >= 2 ? names : null;
}

/** The table header this line is, or null. */
function readHeader(text: string): TableState | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Cheap test first: a header starts with a known upper-case header word.
  const firstWord = trimmed.slice(0, tokenEnd(trimmed, 0));
  if (firstWord !== 'CONTAINER' && firstWord !== 'RUNNING' && firstWord !== 'LOCAL' && !KNOWN_HEADERS.has(firstWord)) return null;
  if (/\S {2,}\S/.test(trimmed)) {
    const cols = headerColumns(text, 'wide');
    const names = cols.map((c) => c.name);
    if (names.length >= 2 && (names[0] === 'CONTAINER ID' || names.every((n) => KNOWN_HEADERS.has(n)))) {
      const specs: ColumnSpec[] = cols.map((c) => ({ ...c, align: 'left' }));
      return { columns: names, specs, bounds: columnBounds(specs) };
    }
  }
  const names = collapsedHeaderNames(trimmed);
  return names ? { columns: names, specs: null, bounds: [] } : null;
}

/** Unquotes a Go-quoted string (`strconv.Quote`), as docker prints COMMAND. */
function goUnquote(quoted: string): string {
  const inner = quoted.startsWith('"') ? quoted.slice(1, quoted.endsWith('"') && quoted.length > 1 ? -1 : undefined) : quoted;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c !== '\\' || i + 1 >= inner.length) {
      out += c;
      continue;
    }
    const n = inner[++i] as string;
    if (n === 'n') out += '\n';
    else if (n === 't') out += '\t';
    else if (n === 'u' && /^[0-9a-f]{4}$/i.test(inner.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(inner.slice(i + 1, i + 5), 16));
      i += 4;
    } else out += n;
  }
  return out;
}

/** End of a Go-quoted string starting at `at` (index after the closing quote), or -1. */
function quotedEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
  }
  return -1;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function tokenEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== ' ' && text[i] !== '\t') i++;
  return i;
}

/** Reads one cell of `column` at `at` by its shape; returns the cell text and the end, or null. */
function readCell(column: string, text: string, at: number, last: boolean): { value: string | null; end: number } | null {
  const rest = text.slice(at);
  if (last && column !== 'PORTS' && column !== 'COMMAND') {
    const v = rest.trim();
    return { value: v === '' ? null : v, end: text.length };
  }
  switch (column) {
    case 'COMMAND': {
      if (text[at] !== '"') return null;
      const end = quotedEnd(text, at);
      return end < 0 ? null : { value: text.slice(at, end), end };
    }
    case 'CREATED':
    case 'RUNNING FOR': {
      const m = CREATED.exec(rest);
      return m ? { value: m[0], end: at + m[0].length } : null;
    }
    case 'CREATED AT': {
      const m = CREATED_AT.exec(rest);
      return m ? { value: m[0], end: at + m[0].length } : null;
    }
    case 'STATUS': {
      const m = STATUS.exec(rest);
      return m ? { value: m[0], end: at + m[0].length } : null;
    }
    case 'SIZE': {
      const m = SIZE.exec(rest);
      return m ? { value: m[0], end: at + m[0].length } : null;
    }
    case 'PORTS': {
      // Zero or more port mappings; an empty PORTS cell is common.
      let end = at;
      let i = at;
      for (;;) {
        const s = skipSpaces(text, i);
        const e = tokenEnd(text, s);
        if (e === s || !PORT.test(text.slice(s, e))) break;
        end = e;
        i = e;
      }
      const v = text.slice(at, end).trim();
      if (last) {
        const all = rest.trim();
        return { value: all === '' ? null : all, end: text.length };
      }
      return { value: v === '' ? null : v, end };
    }
    case 'CONTAINER ID': {
      const e = tokenEnd(text, at);
      return ID.test(text.slice(at, e)) ? { value: text.slice(at, e), end: e } : null;
    }
    default: {
      const e = tokenEnd(text, at);
      return e === at ? null : { value: text.slice(at, e), end: e };
    }
  }
}

/** Reads a row whose spacing was collapsed: each cell by its shape, in column order. */
function readByShape(columns: readonly string[], text: string): (string | null)[] | null {
  const cells: (string | null)[] = [];
  let at = skipSpaces(text, 0);
  for (let j = 0; j < columns.length; j++) {
    const last = j === columns.length - 1;
    const cell = readCell(columns[j] as string, text, at, last);
    if (!cell) return null;
    cells.push(cell.value);
    at = skipSpaces(text, cell.end);
  }
  return at >= text.trimEnd().length ? cells : null;
}

/** Splits on white space: the first columns one word each, the last the rest. */
function readByWords(columns: readonly string[], text: string): (string | null)[] {
  const words = text.trim().split(/\s+/);
  const cells: (string | null)[] = [];
  for (let j = 0; j < columns.length; j++) {
    if (j === columns.length - 1) cells.push(words.slice(j).join(' ') || null);
    else cells.push(words[j] ?? null);
  }
  return cells;
}

/** True when a well-spaced row's tokens all start and end inside their column zones. */
function alignsWith(table: TableState, raw: string): boolean {
  const text = expandTabs(raw);
  for (const b of table.bounds) {
    const before = text[b - 1];
    const at = text[b];
    if (before !== undefined && at !== undefined && before !== ' ' && at !== ' ') return false;
  }
  return true;
}

function stateOf(status: string | null): DockerState | null {
  if (status === null) return null;
  if (status.startsWith('Up')) return status.includes('(Paused)') ? 'paused' : 'running';
  if (status.startsWith('Exited')) return 'exited';
  if (status.startsWith('Restarting')) return 'restarting';
  if (status.startsWith('Created')) return 'created';
  if (status.startsWith('Removal')) return 'removing';
  if (status.startsWith('Dead')) return 'dead';
  return null;
}

function toContainer(columns: readonly string[], cells: readonly (string | null)[], line: number): DockerContainer {
  const c: DockerContainer = {
    containerId: null,
    image: null,
    command: null,
    commandTruncated: false,
    created: null,
    status: null,
    state: null,
    ports: null,
    names: null,
    extra: {},
    line,
  };
  columns.forEach((name, j) => {
    const v = cells[j] ?? null;
    switch (name) {
      case 'CONTAINER ID':
        c.containerId = v;
        break;
      case 'IMAGE':
        c.image = v;
        break;
      case 'COMMAND':
        c.command = v === null ? null : goUnquote(v);
        c.commandTruncated = c.command?.endsWith('…') ?? false;
        break;
      case 'CREATED':
      case 'CREATED AT':
        if (c.created === null) c.created = v;
        else c.extra[name] = v;
        break;
      case 'STATUS':
        c.status = v;
        c.state = stateOf(v);
        break;
      case 'PORTS':
        c.ports = v;
        break;
      case 'NAMES':
        c.names = v;
        break;
      default:
        c.extra[name] = v;
    }
  });
  return c;
}

function isElision(text: string): boolean {
  const t = text.trim();
  return t.startsWith('..') || t.startsWith('…');
}

const DAEMON_ERROR = /Cannot connect to the Docker daemon|error during connect|Error response from daemon/i;

/**
 * Parses `docker ps` output (any column set, well-spaced or collapsed, several tables, `-q`
 * id lists). Never throws; unrecognised lines are named by diagnostics.
 */
export function parseDockerPs(input: string | Uint8Array): ParseResult<DockerPsOutput> {
  const { lines, diagnostics: inputDiagnostics } = prepareInput(input);
  const diagnostics: Diagnostic[] = [...inputDiagnostics];
  const containers: DockerContainer[] = [];
  let table: TableState | null = null;
  let columns: string[] = [];
  let warnedNoHeader = false;
  for (const { number, text } of lines as Line[]) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const header = readHeader(text);
    if (header) {
      table = header;
      columns = header.columns;
      if (!header.specs && header.columns.length > 2) {
        diagnostics.push(diagnostic('info', 'docker-ps/collapsed-spacing', 'The header has single spaces between its columns (the paste lost its alignment); cells were told apart by their shapes.', number, { excerpt: text }));
      }
      continue;
    }
    if (isElision(text)) {
      diagnostics.push(diagnostic('info', 'docker-ps/elision', 'Rows were left out here (an elision mark).', number, { excerpt: text }));
      continue;
    }
    const first = trimmed.slice(0, tokenEnd(trimmed, 0));
    if (!ID.test(first) && DAEMON_ERROR.test(trimmed)) {
      diagnostics.push(diagnostic('warning', 'docker-ps/daemon-error', 'docker could not list containers: it printed an error.', number, { excerpt: text }));
      continue;
    }
    if (!table) {
      if (ID.test(trimmed)) {
        // `docker ps -q`: ids only.
        if (columns.length === 0) columns = ['CONTAINER ID'];
        containers.push(toContainer(['CONTAINER ID'], [trimmed], number));
        continue;
      }
      if (!ID.test(first)) {
        diagnostics.push(diagnostic('warning', 'docker-ps/unrecognized-line', 'This line is neither a docker ps header nor a container row.', number, { excerpt: text }));
        continue;
      }
      if (!warnedNoHeader) {
        warnedNoHeader = true;
        diagnostics.push(diagnostic('warning', 'docker-ps/no-header', 'Container rows without a header line: the default columns (CONTAINER ID … NAMES) were assumed.', number, { excerpt: text }));
      }
      columns = DEFAULT_COLUMNS;
    }
    const cols = table ? table.columns : DEFAULT_COLUMNS;
    let cells: (string | null)[];
    if (table?.specs && alignsWith(table, text)) {
      cells = sliceRow(text, table.specs, table.bounds).map((c) => c?.text ?? null);
    } else {
      const byShape = readByShape(cols, text);
      if (byShape && table?.specs) {
        diagnostics.push(diagnostic('info', 'docker-ps/realigned-row', 'This row does not line up with the header; its cells were told apart by their shapes.', number, { excerpt: text }));
      }
      if (byShape) cells = byShape;
      else {
        cells = readByWords(cols, text);
        diagnostics.push(diagnostic('warning', 'docker-ps/ambiguous-row', 'The cells of this row could not be told apart by position or shape; it was split on white space.', number, { excerpt: text }));
      }
    }
    const id = cells[0] ?? null;
    if (cols[0] === 'CONTAINER ID' && (id === null || !ID.test(id))) {
      diagnostics.push(diagnostic('warning', 'docker-ps/unrecognized-line', 'This line is not a container row: its first cell is not a container id.', number, { excerpt: text }));
      continue;
    }
    containers.push(toContainer(cols, cells, number));
  }
  return makeResult({ columns, containers }, diagnostics);
}
