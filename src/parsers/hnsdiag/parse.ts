/**
 * Parser for `hnsdiag list networks|endpoints|namespaces|loadbalancers|adapters|all` output as
 * users paste it: the classic tables (Windows Server 2019 era), the newer `Key : value` records
 * (`////ADAPTERS////` banners, `Network : <GUID>` lines), and the `-d`/`-df` JSON dumps —
 * several objects concatenated, usually cut off mid-object. One pass over the lines: each line
 * is a command, a banner, a table header or row, a record line, the start of a JSON value, or
 * paste noise (elision marks, fences, usage text), and every one that carries data ends up in a
 * record or in a diagnostic.
 *
 * @example
 * parseHnsdiag('Network : 790E58B4-7939-4434-9358-89AE7DDBE87E\nName : WSL (Hyper-V firewall)\nType : ICS\n')
 *   .value.networks[0] // { id: '790E58B4-…', name: 'WSL (Hyper-V firewall)', type: 'ICS', subnets: [], … }
 */
import { diagnostic, expandTabs, headerColumns, makeResult, prepareInput, sliceRow, tokenize, columnBounds } from '../../core/index.js';
import type { ColumnSpec, Diagnostic, HeaderColumn, ParseResult } from '../../core/index.js';
import type { HnsdiagKind, HnsdiagOptions, HnsdiagOutput } from './schema.js';
import { indentOf, readJsonBlock } from './json-stream.js';
import {
  applyTextField,
  classifyJson,
  isGuid,
  kindOfRecordKey,
  kindOfWord,
  newRecord,
  recordFromJson,
  stripBraces,
  type HnsdiagRecord,
} from './map.js';

type Context = HnsdiagKind | 'all' | null;

/** A classic table in progress: `Name  ID  [Virtual Network Name]` or `ID | … | …`. */
type Table =
  | { style: 'columns'; kind: HnsdiagKind; columns: HeaderColumn[]; idColumn: number }
  | { style: 'pipes'; kind: HnsdiagKind; names: string[] };

/** A `Kind : id` record in progress. */
interface OpenRecord {
  kind: HnsdiagKind;
  record: HnsdiagRecord;
  startIndent: number;
  fieldIndent: number | null;
}

const KIND_LABEL: Record<HnsdiagKind, string> = {
  networks: 'network',
  endpoints: 'endpoint',
  namespaces: 'namespace',
  loadbalancers: 'load balancer',
  adapters: 'adapter',
};

function push(out: HnsdiagOutput, kind: HnsdiagKind, record: HnsdiagRecord): void {
  switch (kind) {
    case 'networks':
      out.networks.push(record as HnsdiagOutput['networks'][number]);
      break;
    case 'endpoints':
      out.endpoints.push(record as HnsdiagOutput['endpoints'][number]);
      break;
    case 'namespaces':
      out.namespaces.push(record as HnsdiagOutput['namespaces'][number]);
      break;
    case 'loadbalancers':
      out.loadBalancers.push(record as HnsdiagOutput['loadBalancers'][number]);
      break;
    case 'adapters':
      out.adapters.push(record as HnsdiagOutput['adapters'][number]);
      break;
  }
}

// ---------------------------------------------------------------------------------------
// Line classification (no regexes that could backtrack: plain string tests)

const HNSDIAG = /hnsdiag/i;
const USAGE_SIGNATURE = /hnsdiag <command>/i;

const ELISION_WORDS = new Set(['[...]', '(...)', '<...>', '[…]', '(…)', '<…>', '<snip>', '[snip]', '(snip)', '--snip--', '[truncated]', '[생략]', '(생략)', '[省略]', '(省略)', '(略)']);

/** `...`, `…`, `...[생략]...`, `[snip]`: the user cut something out here. */
function isElision(trimmed: string): boolean {
  if (trimmed.startsWith('...') || trimmed.startsWith('…')) return true;
  const c = trimmed.charCodeAt(0);
  return (c === 91 || c === 40 || c === 60 || c === 45) && ELISION_WORDS.has(trimmed.toLowerCase());
}

function isFence(trimmed: string): boolean {
  return trimmed.startsWith('```') || trimmed.startsWith('~~~');
}

/** The object word and whether the line runs hnsdiag: `PS C:\> hnsdiag.exe list all -d`. */
function hnsdiagCommand(trimmed: string): { object: Context } | null {
  if (!HNSDIAG.test(trimmed)) return null;
  const lower = trimmed.toLowerCase();
  const at = lower.indexOf('hnsdiag');
  if (at < 0) return null;
  let rest = lower.slice(at + 7);
  if (rest.startsWith('.exe')) rest = rest.slice(4);
  const words = rest.split(' ').filter((w) => w !== '');
  const verb = words[0];
  if (verb !== 'list' && verb !== 'delete' && verb !== 'reset') return null;
  return { object: verb === 'list' ? kindOfWord(words[1] ?? '') : null };
}

/** A Windows prompt: `C:\Temp>…`, `PS C:\Users\me> …`, `C:>…`. */
function isWindowsPrompt(trimmed: string): boolean {
  const s = trimmed.startsWith('PS ') ? trimmed.slice(3) : trimmed;
  const letter = s.charCodeAt(0) | 32;
  return letter >= 97 && letter <= 122 && s.charCodeAt(1) === 58 && (s.charCodeAt(2) === 92 || s.charCodeAt(2) === 62) && s.indexOf('>') > 1;
}

/** `////////ADAPTERS////////`: the kind it announces, or undefined when the line is no banner. */
function bannerKind(trimmed: string): Context | undefined {
  if (!trimmed.startsWith('//') || !trimmed.endsWith('//')) return undefined;
  const word = trimmed.split('/').join('').trim();
  if (word === '') return undefined;
  return kindOfWord(word);
}

/** `Networks:`, `LoadBalancers:`, `HNS objects:`: the kind of the section, or undefined. */
function sectionKind(trimmed: string): Context | undefined {
  // `Endpoints        :` (space before the colon) is an empty record field, not a title.
  if (!trimmed.endsWith(':') || trimmed.length > 40 || trimmed.endsWith(' :')) return undefined;
  const kind = kindOfWord(trimmed.slice(0, -1));
  return kind === null ? undefined : kind;
}

function isUsageSignature(text: string): boolean {
  return USAGE_SIGNATURE.test(text);
}

/** `Key : value` with a label-like key (a letter first, no quote): records and orphan fields. */
function splitKeyValue(text: string): { key: string; value: string } | null {
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== 58) continue;
    const next = text.charCodeAt(i + 1);
    if (i + 1 < text.length && next !== 32 && next !== 9) continue;
    const key = text.slice(0, i).trim();
    if (key === '' || key.length > 48) return null;
    const c = key.charCodeAt(0) | 32;
    if (c < 97 || c > 122 || key.includes('"')) return null;
    return { key, value: text.slice(i + 1).trim() };
  }
  return null;
}

/**
 * `{` or `[` that opens JSON: followed by what JSON can put there, so a note such as
 * `[edited] …` is not taken for a broken JSON value.
 */
function startsJson(trimmed: string): boolean {
  const first = trimmed.charCodeAt(0);
  if (first !== 123 && first !== 91) return false;
  let i = 1;
  while (i < trimmed.length && (trimmed.charCodeAt(i) === 32 || trimmed.charCodeAt(i) === 9)) i++;
  if (i >= trimmed.length) return true;
  const c = trimmed.charCodeAt(i);
  // hnsdiag only prints objects (and arrays of them): a member name, an empty body, an element.
  return c === 34 || c === 125 || (first === 91 && (c === 123 || c === 93));
}

/** A line of a JSON value seen outside any object: the tail of an object cut at the top. */
function isJsonFragment(trimmed: string): boolean {
  const c = trimmed.charCodeAt(0);
  return c === 34 || c === 125 || c === 93;
}

function firstNonSpaceIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return i;
  }
  return -1;
}

/** A header of a classic table, or null. */
function tableHeader(trimmed: string, raw: string, context: Context): Table | null {
  // Headers start with `Name` or `ID`; the quick test spares every data row the slicing.
  const head = trimmed.slice(0, 4).toLowerCase();
  if (head !== 'name' && !head.startsWith('id')) return null;
  if (trimmed.includes('|')) {
    const names = trimmed.split('|').map((s) => s.trim());
    if (names.length < 2 || names[0]?.toLowerCase() !== 'id') return null;
    const keys = names.map((n) => n.toLowerCase());
    let kind: HnsdiagKind;
    if (keys.includes('endpoint ids')) kind = 'namespaces';
    else if (keys.includes('virtual ips') || keys.includes('direct ip ids')) kind = 'loadbalancers';
    else if (context === 'namespaces' || context === 'loadbalancers') kind = context;
    else kind = names.length === 2 ? 'namespaces' : 'loadbalancers';
    return { style: 'pipes', kind, names };
  }
  const columns = headerColumns(raw, 'wide');
  if (columns.length < 2 || columns[0]?.name.toLowerCase() !== 'name') return null;
  const idColumn = columns.findIndex((c) => c.name.toLowerCase() === 'id');
  if (idColumn < 0) return null;
  // Every header word must be a plain word: a data row never passes for a header.
  if (columns.some((c) => c.name.includes(':') || isGuid(c.name))) return null;
  let kind: HnsdiagKind = 'networks';
  if (columns.some((c) => c.name.toLowerCase().includes('network'))) kind = 'endpoints';
  else if (context === 'endpoints' || context === 'adapters') kind = context;
  return { style: 'columns', kind, columns, idColumn };
}

// ---------------------------------------------------------------------------------------

/**
 * Parses pasted `hnsdiag list …` output (classic tables, `Key : value` records, or
 * concatenated `-d`/`-df` JSON) into networks, endpoints, namespaces, load balancers and
 * adapters. Never throws; truncated JSON objects are reported, complete ones kept.
 */
export function parseHnsdiag(input: string | Uint8Array, options: HnsdiagOptions = {}): ParseResult<HnsdiagOutput> {
  const prepared = prepareInput(input);
  const diagnostics: Diagnostic[] = [...prepared.diagnostics];
  const lines = stripQuoteMarks(
    prepared.lines.map((l) => l.text),
    diagnostics,
  );
  const out: HnsdiagOutput = { networks: [], endpoints: [], namespaces: [], loadBalancers: [], adapters: [] };
  const fallbackKind: Context = options.kind ?? null;
  let context: Context = fallbackKind;
  let table: Table | null = null;
  let open: OpenRecord | null = null;

  const note = (severity: Diagnostic['severity'], code: string, message: string, index: number, excerpt?: string) => {
    diagnostics.push(diagnostic(severity, `hnsdiag/${code}`, message, index + 1, excerpt === undefined ? {} : { excerpt }));
  };
  /** The kind a JSON object or headerless record belongs to: an explicit `list <kind>` wins. */
  const specificContext = (): HnsdiagKind | null => (context !== null && context !== 'all' ? context : null);

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const trimmed = raw.trim();
    if (trimmed === '') {
      open = null;
      continue;
    }
    if (isFence(trimmed)) {
      note('info', 'markdown', 'A Markdown code fence was skipped.', i, trimmed);
      continue;
    }
    if (isElision(trimmed)) {
      note('info', 'elided', 'The paste marks output that was left out here.', i, trimmed);
      continue;
    }
    const command = hnsdiagCommand(trimmed);
    if (command !== null || isWindowsPrompt(trimmed)) {
      open = null;
      table = null;
      context = command === null ? fallbackKind : (command.object ?? fallbackKind);
      note('info', 'command-line', command === null ? 'A command prompt line was skipped.' : 'The hnsdiag command line was read for what it lists.', i, trimmed);
      continue;
    }
    if (isUsageSignature(trimmed) || (trimmed.startsWith('Copyright (c) Microsoft') && lines.slice(i + 1, i + 5).some(isUsageSignature))) {
      const end = skipUsage(lines, i);
      note('warning', 'usage-text', `hnsdiag printed its usage text instead of a listing (lines ${i + 1}–${end + 1}): this Windows build does not support the command, or it was mistyped.`, i, trimmed);
      open = null;
      table = null;
      i = end;
      continue;
    }
    if (startsJson(trimmed)) {
      open = null;
      table = null;
      i = readJson(lines, i, firstNonSpaceIndex(raw));
      continue;
    }
    const banner = bannerKind(trimmed);
    if (banner !== undefined) {
      open = null;
      table = null;
      context = banner ?? fallbackKind;
      continue;
    }
    const section = sectionKind(trimmed);
    if (section !== undefined) {
      open = null;
      table = null;
      context = section;
      continue;
    }
    const header = tableHeader(trimmed, raw, context);
    if (header !== null) {
      open = null;
      table = header;
      continue;
    }
    const kv = splitKeyValue(raw);
    if (kv !== null && recordLine(kv, raw, i)) continue;
    if (table !== null && tableRow(table, raw, trimmed, i)) continue;
    if (isJsonFragment(trimmed)) {
      i = skipFragment(lines, i);
      continue;
    }
    if (kv !== null) {
      note('warning', 'orphan-field', 'This "Key : value" line belongs to no record (its first line, e.g. "Network : <id>", is missing).', i, trimmed);
      continue;
    }
    note('warning', 'unrecognized-line', 'This line is not part of hnsdiag output and was skipped.', i, trimmed);
  }

  return makeResult(out, diagnostics);

  /** Handles a `Key : value` line as a record start or field; false when it is neither. */
  function recordLine(kv: { key: string; value: string }, raw: string, i: number): boolean {
    const indent = indentOf(raw);
    const startKind = kindOfRecordKey(kv.key);
    const idToken = kv.value.split(/\s/)[0] ?? '';
    const isStart = startKind !== null && isGuid(idToken);
    if (isStart && open !== null) {
      // In an indented record a start line sits left of the fields; in a flattened paste
      // (indentation lost) only a line of the record's own kind starts the next one.
      const nested = open.fieldIndent !== null && open.fieldIndent > open.startIndent;
      const field = nested ? indent > open.startIndent : indent > open.startIndent || startKind !== open.kind;
      if (field) return addField(kv, indent, i);
    }
    if (isStart && startKind !== null) {
      const record = newRecord(startKind, 'record', i + 1);
      record.id = stripBraces(idToken);
      if (kv.value.length > idToken.length) note('warning', 'trailing-text', 'Text after the id was ignored.', i, kv.value);
      push(out, startKind, record);
      open = { kind: startKind, record, startIndent: indent, fieldIndent: null };
      table = null;
      return true;
    }
    if (open !== null) return addField(kv, indent, i);
    return false;
  }

  function addField(kv: { key: string; value: string }, indent: number, i: number): boolean {
    if (open === null) return false;
    if (open.fieldIndent === null) open.fieldIndent = indent;
    if (!applyTextField(open.kind, open.record, kv.key, kv.value)) {
      note('warning', 'trailing-text', `Text after the address in "${kv.key}" was ignored (a note added to the paste?).`, i, kv.value);
    }
    open.record.endLine = i + 1;
    return true;
  }

  /** Reads one row of the current table; false when the line is not a row of it. */
  function tableRow(t: Table, raw: string, trimmed: string, i: number): boolean {
    if (t.style === 'pipes') {
      if (!trimmed.includes('|')) return false;
      const cells = trimmed.split('|').map((s) => s.trim());
      const id = cells[0] ?? '';
      if (!isGuid(id)) {
        note('warning', 'row-without-id', `This row of the ${KIND_LABEL[t.kind]} table has no id and was skipped.`, i, trimmed);
        return true;
      }
      const record = newRecord(t.kind, 'table', i + 1);
      record.id = stripBraces(id);
      for (let j = 1; j < cells.length; j++) {
        const last = j === t.names.length - 1;
        const value = last ? cells.slice(j).join(' ') : (cells[j] as string);
        applyTextField(t.kind, record, t.names[j] ?? `column ${j + 1}`, value);
        if (last) break;
      }
      push(out, t.kind, record);
      return true;
    }
    const text = expandTabs(raw);
    const tokens = tokenize(text);
    const idStart = t.columns[t.idColumn]?.start ?? 0;
    let guids = tokens.filter((tok) => isGuid(text.slice(tok.start, tok.end)));
    if (guids.length === 0) {
      if (tokens.length === 0) return false;
      note('warning', 'row-without-id', `This row of the ${KIND_LABEL[t.kind]} table has no id and was skipped.`, i, trimmed);
      return true;
    }
    // A name column comes first, so a GUID there is a name unless it is the only one.
    if (t.idColumn > 0 && guids.length > 1 && guids[0] === tokens[0]) guids = guids.slice(1);
    const idTok = guids.find((g) => g.start === idStart) ?? (guids[0] as (typeof guids)[number]);
    const record = newRecord(t.kind, 'table', i + 1);
    record.id = stripBraces(text.slice(idTok.start, idTok.end));
    const before = text.slice(0, idTok.start).trim();
    if (t.idColumn > 0) applyTextField(t.kind, record, (t.columns[0] as HeaderColumn).name, before);
    const trailing = t.columns.slice(t.idColumn + 1);
    const shift = idTok.start - idStart;
    if (trailing.length === 1) applyTextField(t.kind, record, (trailing[0] as HeaderColumn).name, text.slice(idTok.end));
    else if (trailing.length > 1) {
      // Later columns move right by as much as the name overflowed.
      const specs: ColumnSpec[] = trailing.map((c) => ({ name: c.name, start: c.start + shift, end: c.end + shift, align: 'left' }));
      const blanked = ' '.repeat(idTok.end) + text.slice(idTok.end);
      const cells = sliceRow(blanked, specs, columnBounds(specs));
      specs.forEach((c, j) => applyTextField(t.kind, record, c.name, cells[j]?.text ?? ''));
    }
    push(out, t.kind, record);
    return true;
  }

  /** Reads the JSON value at `lines[i][column]` (and any that follow on its last line); returns the last line index used. */
  function readJson(all: readonly string[], i: number, column: number): number {
    let index = i;
    let col = column;
    for (;;) {
      const block = readJsonBlock(all, index, col);
      for (const obj of block.objects) {
        const kind = specificContext() ?? classifyJson(obj.value);
        if (kind === null) {
          note('warning', 'unknown-object', 'This JSON object is not a network, endpoint, namespace, load balancer or adapter that the parser recognises; it was skipped.', obj.startIndex);
          continue;
        }
        push(out, kind, recordFromJson(kind, obj.value, obj.startIndex + 1, obj.endIndex + 1));
      }
      for (const at of block.otherElements) note('warning', 'unknown-object', 'This array element is not a JSON object and was skipped.', at);
      const span = `lines ${index + 1}–${block.endIndex + 1}`;
      if (block.status === 'truncated') {
        const where = block.errorIndex >= all.length ? 'the paste ends' : `line ${block.errorIndex + 1} is not JSON`;
        note('error', 'truncated-object', `The JSON ${all[index]?.charCodeAt(col) === 91 ? 'array' : 'object'} starting here is cut off (${where}); ${span} were skipped${block.objects.length > 0 ? ' except the complete objects in it' : ''}.`, index);
      } else if (block.status === 'invalid') {
        note('error', 'invalid-json', `The JSON starting on line ${index + 1} is not valid here: ${block.errorMessage}; ${span} were skipped${block.objects.length > 0 ? ' except the complete objects before it' : ''}.`, block.errorIndex, all[block.errorIndex]?.trim());
      }
      if (block.status !== 'complete') return block.endIndex;
      const line = all[block.endIndex] as string;
      const rest = line.slice(block.endColumn);
      const next = firstNonSpaceIndex(rest);
      if (next < 0) return block.endIndex;
      const c = rest.charCodeAt(next);
      if (c === 123 || c === 91) {
        index = block.endIndex;
        col = block.endColumn + next;
        continue;
      }
      if (rest.trim() !== ',') note('warning', 'trailing-text', 'Text after the end of the JSON value was ignored.', block.endIndex, rest.trim());
      return block.endIndex;
    }
  }

  /** Skips a run of JSON lines outside any object (the tail of an object whose start was not pasted). */
  function skipFragment(all: readonly string[], i: number): number {
    let end = i;
    let memberIndent = (all[i] as string).trim().startsWith('"') ? indentOf(all[i] as string) : Number.POSITIVE_INFINITY;
    let previous = (all[i] as string).trim();
    for (let j = i + 1; j < all.length; j++) {
      const line = all[j] as string;
      const t = line.trim();
      if (t === '') continue;
      const c = t.charCodeAt(0);
      const indent = indentOf(line);
      if (c === 123 || c === 91) {
        // A bracket left of every member, or right after a bare closing bracket, opens the next
        // top-level value; one further right is nested inside the fragment.
        if (indent < memberIndent || previous === '}' || previous === ']') break;
      } else if (!(isJsonFragment(t) || c === 44 || c === 45 || (c >= 48 && c <= 57))) break;
      if (c === 34) memberIndent = Math.min(memberIndent, indent);
      previous = t;
      end = j;
    }
    note('warning', 'json-fragment', `Lines ${i + 1}–${end + 1} are the end of a JSON object whose beginning is not in the paste; they were skipped.`, i, (all[i] as string).trim());
    return end;
  }
}

/** The last line of a usage text block: up to the next prompt, JSON, banner, section or table. */
function skipUsage(lines: readonly string[], i: number): number {
  let end = i;
  for (let j = i + 1; j < lines.length; j++) {
    const t = (lines[j] as string).trim();
    if (t === '') continue;
    if (hnsdiagCommand(t) !== null || isWindowsPrompt(t) || startsJson(t) || bannerKind(t) !== undefined || sectionKind(t) !== undefined) break;
    end = j;
  }
  return end;
}

/** Removes Markdown quote marks (`> `) when every non-blank line has one (a quoted reply). */
function stripQuoteMarks(lines: string[], diagnostics: Diagnostic[]): string[] {
  let current = lines;
  let removed = false;
  for (let depth = 0; depth < 8; depth++) {
    const first = current.find((l) => l.trim() !== '');
    if (first === undefined || !first.trimStart().startsWith('>')) break;
    if (!current.every((l) => l.trim() === '' || l.trimStart().startsWith('>'))) break;
    current = current.map((l) => {
      const t = l.trimStart();
      if (!t.startsWith('>')) return l;
      return t.startsWith('> ') ? t.slice(2) : t.slice(1);
    });
    removed = true;
  }
  if (removed) diagnostics.push(diagnostic('info', 'hnsdiag/markdown', 'The paste was a Markdown quote; the "> " marks were removed.', 0));
  return current;
}
