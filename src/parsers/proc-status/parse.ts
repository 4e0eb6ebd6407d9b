/**
 * `/proc/<pid>/status` → typed records. Reads one file, many concatenated (`cat`, `tail -n +1`
 * with `==> path <==` headers), `grep NSpid` lines and `grep -H`/`-r`/`-n` lines prefixed with
 * the file's path. The NS* lines become number arrays, outermost namespace first — never one
 * concatenated number (jc's `41234571` for `NSpid: 41234 57 1`).
 *
 * Records split where a new file begins: at `Name:`, at a header, where the grep path changes,
 * and where a key repeats. The hot loop dispatches on the key through one `Map` lookup and
 * scans values by character code: no regex per line.
 */
import { diagnostic, makeResult, prepareInput, type Diagnostic, type ParseResult } from '../../core/index.js';
import type { ProcStatusOutput, ProcStatusRecord, ProcStatusSource } from './schema.js';

/** Options of {@link parseProcStatus}. */
export interface ProcStatusOptions {
  /**
   * The file the input was read from (e.g. `/proc/123/status` when a transcript shows
   * `cat /proc/123/status | grep NSpid`). Applied to the record when the input holds exactly
   * one record without a path of its own; it sets `path`, and `pid` (and `tgid`) as a
   * `grep -H` prefix would.
   */
  path?: string;
}

type Field = Exclude<keyof ProcStatusRecord, 'extra' | 'path' | 'source' | 'line' | 'endLine' | 'stateName'>;

// Value kinds: how the text after `Key:` is read.
const NAME = 0;
const TEXT = 1;
const INT = 2;
const KB = 3;
const BOOL = 4;
const STATE = 5;
const QUAD = 6;
const NS = 7;
const LIST = 8;
const HEX = 9;

// Kernel key, record field, kind — in the order fs/proc/array.c prints them.
const KEYS: readonly (readonly [string, Field, number])[] = [
  ['Name', 'name', NAME],
  ['Umask', 'umask', TEXT],
  ['State', 'state', STATE],
  ['Tgid', 'tgid', INT],
  ['Ngid', 'ngid', INT],
  ['Pid', 'pid', INT],
  ['PPid', 'ppid', INT],
  ['TracerPid', 'tracerPid', INT],
  ['Uid', 'uid', QUAD],
  ['Gid', 'gid', QUAD],
  ['FDSize', 'fdSize', INT],
  ['Groups', 'groups', LIST],
  ['NStgid', 'nstgid', NS],
  ['NSpid', 'nspid', NS],
  ['NSpgid', 'nspgid', NS],
  ['NSsid', 'nssid', NS],
  ['Kthread', 'kthread', BOOL],
  ['VmPeak', 'vmPeakKb', KB],
  ['VmSize', 'vmSizeKb', KB],
  ['VmLck', 'vmLckKb', KB],
  ['VmPin', 'vmPinKb', KB],
  ['VmHWM', 'vmHwmKb', KB],
  ['VmRSS', 'vmRssKb', KB],
  ['RssAnon', 'rssAnonKb', KB],
  ['RssFile', 'rssFileKb', KB],
  ['RssShmem', 'rssShmemKb', KB],
  ['VmData', 'vmDataKb', KB],
  ['VmStk', 'vmStkKb', KB],
  ['VmExe', 'vmExeKb', KB],
  ['VmLib', 'vmLibKb', KB],
  ['VmPTE', 'vmPteKb', KB],
  ['VmPMD', 'vmPmdKb', KB],
  ['VmSwap', 'vmSwapKb', KB],
  ['HugetlbPages', 'hugetlbPagesKb', KB],
  ['CoreDumping', 'coreDumping', BOOL],
  ['THP_enabled', 'thpEnabled', BOOL],
  ['untag_mask', 'untagMask', TEXT],
  ['x86_Thread_features', 'x86ThreadFeatures', TEXT],
  ['x86_Thread_features_locked', 'x86ThreadFeaturesLocked', TEXT],
  ['Threads', 'threads', INT],
  ['SigQ', 'sigQ', TEXT],
  ['SigPnd', 'sigPnd', HEX],
  ['ShdPnd', 'shdPnd', HEX],
  ['SigBlk', 'sigBlk', HEX],
  ['SigIgn', 'sigIgn', HEX],
  ['SigCgt', 'sigCgt', HEX],
  ['CapInh', 'capInh', HEX],
  ['CapPrm', 'capPrm', HEX],
  ['CapEff', 'capEff', HEX],
  ['CapBnd', 'capBnd', HEX],
  ['CapAmb', 'capAmb', HEX],
  ['NoNewPrivs', 'noNewPrivs', BOOL],
  ['Seccomp', 'seccomp', INT],
  ['Seccomp_filters', 'seccompFilters', INT],
  ['Speculation_Store_Bypass', 'speculationStoreBypass', TEXT],
  ['SpeculationIndirectBranch', 'speculationIndirectBranch', TEXT],
  ['Cpus_allowed', 'cpusAllowed', TEXT],
  ['Cpus_allowed_list', 'cpusAllowedList', TEXT],
  ['Mems_allowed', 'memsAllowed', TEXT],
  ['Mems_allowed_list', 'memsAllowedList', TEXT],
  ['voluntary_ctxt_switches', 'voluntaryCtxtSwitches', INT],
  ['nonvoluntary_ctxt_switches', 'nonvoluntaryCtxtSwitches', INT],
];

/** The kernel keys this parser types, with their record field (exported for tests and docs). */
export const PROC_STATUS_KEYS: readonly (readonly [kernelKey: string, field: string])[] = KEYS.map(([k, f]) => [k, f] as const);

const NAME_INDEX = 0;
const STATE_INDEX = 2;

// Key lookup without slicing the key out of the line (a million short strings is what
// made the garbage collector the hot spot): an open-addressing table on a hash of the
// key's characters, each hit verified with `startsWith`.
const TABLE_BITS = 9;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const KEY_TABLE = new Int16Array(1 << TABLE_BITS).fill(-1);

function hashKey(text: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return 0;
  // Length, first, middle and last character tell the kernel's keys apart well enough.
  const h = n * 97 + text.charCodeAt(start) * 31 + text.charCodeAt(start + (n >> 1)) * 7 + text.charCodeAt(end - 1);
  return (h ^ (h >>> 9)) & TABLE_MASK;
}

for (let i = 0; i < KEYS.length; i++) {
  const key = (KEYS[i] as readonly [string, Field, number])[0];
  let slot = hashKey(key, 0, key.length);
  while ((KEY_TABLE[slot] as number) >= 0) slot = (slot + 1) & TABLE_MASK;
  KEY_TABLE[slot] = i;
}

/** The index in KEYS of the key `text[start, end)`, or -1. */
function keyIndex(text: string, start: number, end: number): number {
  let slot = hashKey(text, start, end);
  for (;;) {
    const i = KEY_TABLE[slot] as number;
    if (i < 0) return -1;
    const key = (KEYS[i] as readonly [string, Field, number])[0];
    if (key.length === end - start) {
      // A loop, not startsWith: that builtin made this line the parser's hot spot.
      let j = 0;
      while (j < key.length && key.charCodeAt(j) === text.charCodeAt(start + j)) j++;
      if (j === key.length) return i;
    }
    slot = (slot + 1) & TABLE_MASK;
  }
}

/** State letters the kernel has printed (fs/proc/array.c `task_state_array`, old and new). */
const KNOWN_STATES = 'RSDTtZXxIPKWN';

// Lines a shell or tool prints around status output; not keys, even though they look like `word:`.
const TOOL_NAMES = new Set(['grep', 'egrep', 'cat', 'tail', 'head', 'sed', 'awk', 'sh', 'bash', 'zsh', 'sudo', 'nsenter', 'xargs', 'find']);

type Value = string | number | boolean | number[] | null;

/** The record literal, built once per record so that every record has the same shape. */
function buildRecord(v: readonly Value[], stateName: string | null, extra: Record<string, string>, path: string | null, line: number, endLine: number): ProcStatusRecord {
  // Indexes are positions in KEYS (test/parsers/proc-status checks every key lands in its field).
  return {
    name: v[0] as string | null,
    state: v[2] as string | null,
    stateName,
    pid: v[5] as number | null,
    ppid: v[6] as number | null,
    tgid: v[3] as number | null,
    nspid: v[13] as number[] | null,
    nstgid: v[12] as number[] | null,
    nspgid: v[14] as number[] | null,
    nssid: v[15] as number[] | null,
    uid: v[8] as number[] | null,
    gid: v[9] as number[] | null,
    groups: v[11] as number[] | null,
    umask: v[1] as string | null,
    ngid: v[4] as number | null,
    tracerPid: v[7] as number | null,
    fdSize: v[10] as number | null,
    kthread: v[16] as boolean | null,
    vmPeakKb: v[17] as number | null,
    vmSizeKb: v[18] as number | null,
    vmLckKb: v[19] as number | null,
    vmPinKb: v[20] as number | null,
    vmHwmKb: v[21] as number | null,
    vmRssKb: v[22] as number | null,
    rssAnonKb: v[23] as number | null,
    rssFileKb: v[24] as number | null,
    rssShmemKb: v[25] as number | null,
    vmDataKb: v[26] as number | null,
    vmStkKb: v[27] as number | null,
    vmExeKb: v[28] as number | null,
    vmLibKb: v[29] as number | null,
    vmPteKb: v[30] as number | null,
    vmPmdKb: v[31] as number | null,
    vmSwapKb: v[32] as number | null,
    hugetlbPagesKb: v[33] as number | null,
    coreDumping: v[34] as boolean | null,
    thpEnabled: v[35] as boolean | null,
    untagMask: v[36] as string | null,
    x86ThreadFeatures: v[37] as string | null,
    x86ThreadFeaturesLocked: v[38] as string | null,
    threads: v[39] as number | null,
    sigQ: v[40] as string | null,
    sigPnd: v[41] as string | null,
    shdPnd: v[42] as string | null,
    sigBlk: v[43] as string | null,
    sigIgn: v[44] as string | null,
    sigCgt: v[45] as string | null,
    capInh: v[46] as string | null,
    capPrm: v[47] as string | null,
    capEff: v[48] as string | null,
    capBnd: v[49] as string | null,
    capAmb: v[50] as string | null,
    noNewPrivs: v[51] as boolean | null,
    seccomp: v[52] as number | null,
    seccompFilters: v[53] as number | null,
    speculationStoreBypass: v[54] as string | null,
    speculationIndirectBranch: v[55] as string | null,
    cpusAllowed: v[56] as string | null,
    cpusAllowedList: v[57] as string | null,
    memsAllowed: v[58] as string | null,
    memsAllowedList: v[59] as string | null,
    voluntaryCtxtSwitches: v[60] as number | null,
    nonvoluntaryCtxtSwitches: v[61] as number | null,
    extra,
    path,
    source: 'grep',
    line,
    endLine,
  };
}

const TAB = 9;
const SPACE = 32;
const COLON = 58;
const DASH = 45;
const SLASH = 47;

function isWs(c: number): boolean {
  return c === SPACE || c === TAB;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

function trimEndAt(text: string, i: number): number {
  let end = text.length;
  while (end > i && isWs(text.charCodeAt(end - 1))) end--;
  return end;
}

function isIdentifier(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const c0 = text.charCodeAt(start);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) return false;
  }
  return true;
}

/** The decimal number in `text[start, end)`, or -1 when it is not one (or not a safe integer). */
function uintAt(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whitespace-separated decimals in `text[start, end)`, or null if any token is not one. */
function uintList(text: string, start: number, end: number): number[] | null {
  const out: number[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isWs(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isWs(text.charCodeAt(i))) i++;
    const n = uintAt(text, s, i);
    if (n < 0) return null;
    out.push(n);
  }
  return out;
}

function isHex(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

function isDigits(s: string): boolean {
  return s.length > 0 && s.length <= 15 && uintAt(s, 0, s.length) >= 0;
}

/**
 * The ids a status path names: `/proc/123/status` → pid 123; `/proc/123/task/124/status` →
 * pid 124 (the thread, as its own `Pid:` line says) and tgid 123. `self` and other names → null.
 */
export function statusPathIds(path: string): { pid: number | null; tgid: number | null } {
  const segs = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segs[segs.length - 1] === 'status') segs.pop();
  const n = segs.length;
  const last = segs[n - 1];
  if (last === undefined || !isDigits(last)) return { pid: null, tgid: null };
  const pid = Number(last);
  if (n >= 3 && segs[n - 2] === 'task') {
    const owner = segs[n - 3] as string;
    return { pid, tgid: isDigits(owner) ? Number(owner) : null };
  }
  return { pid, tgid: null };
}

/**
 * Splits a grep file-name prefix (`/proc/1/status:`, `1/status-` for context lines, with an
 * optional `-n` line number) from the rest: where the path ends and the rest starts, or null.
 */
function grepPrefixEnd(text: string, start: number): { pathEnd: number; restStart: number } | null {
  let i = text.indexOf('status', start);
  while (i >= 0) {
    const after = text.charCodeAt(i + 6);
    if ((after === COLON || after === DASH) && (i === start || text.charCodeAt(i - 1) === SLASH)) {
      for (let j = start; j < i; j++) if (isWs(text.charCodeAt(j))) return null;
      let rest = i + 7;
      // grep -n: `path:14:Key:` (or `path-14-Key:` for a context line).
      let d = rest;
      while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
      if (d > rest && text.charCodeAt(d) === after) rest = d + 1;
      return { pathEnd: i + 6, restStart: rest };
    }
    i = text.indexOf('status', i + 1);
  }
  return null;
}

// How a record began; decides its `source` and what continues it.
const PLAIN = 0;
const HEADER = 1;
const PREFIX = 2;

interface Meta {
  kind: number;
  hasName: boolean;
}

/** The state of one parse: the records so far and the record being read. */
class StatusReader {
  readonly records: ProcStatusRecord[] = [];
  readonly metas: Meta[] = [];
  private readonly seen = new Uint8Array(KEYS.length);
  private active = false;
  private vals: Value[] = [];
  private stateName: string | null = null;
  private extra: Record<string, string> = {};
  private path: string | null = null;
  private kind = PLAIN;
  private hasName = false;
  private count = 0;
  private first = 0;
  private last = 0;
  private header = '';

  constructor(private readonly diags: Diagnostic[]) {}

  finish(): void {
    if (!this.active) return;
    this.active = false;
    if (this.count === 0) {
      this.diags.push(diagnostic('warning', 'proc-status/empty-file', 'A file header is followed by no status lines (the process may have exited).', this.first, { excerpt: this.header }));
      return;
    }
    this.records.push(buildRecord(this.vals, this.stateName, this.extra, this.path, this.first, this.last));
    this.metas.push({ kind: this.kind, hasName: this.hasName });
  }

  begin(line: number, p: string | null, k: number, headerText = ''): void {
    this.finish();
    this.active = true;
    this.vals = new Array<Value>(KEYS.length).fill(null);
    this.stateName = null;
    this.extra = {};
    this.path = p;
    this.kind = k;
    this.hasName = false;
    this.count = 0;
    this.first = line;
    this.last = line;
    this.header = headerText;
    this.seen.fill(0);
  }

  /** A known key at the start of a line (no grep prefix): the hot path. */
  plainKey(num: number, text: string, colon: number, idx: number): void {
    if (!this.active || this.kind === PREFIX || this.seen[idx] === 1 || (idx === NAME_INDEX && this.count > 0)) this.begin(num, null, PLAIN);
    this.seen[idx] = 1;
    this.count++;
    this.last = num;
    this.value(num, text, colon, idx);
  }

  /** One `Key: value` line; `keyStart..colon` is the key (`idx` its KEYS index or -1), `p` the grep prefix or null. */
  keyLine(num: number, text: string, keyStart: number, colon: number, idx: number, p: string | null): void {
    if (p !== null) {
      if (!this.active || this.kind !== PREFIX || this.path !== p) this.begin(num, p, PREFIX);
    } else if (!this.active || this.kind === PREFIX) {
      this.begin(num, null, PLAIN);
    }
    if (idx >= 0) {
      if (this.seen[idx] === 1 || (idx === NAME_INDEX && this.count > 0)) this.begin(num, p, p === null ? PLAIN : PREFIX);
      this.seen[idx] = 1;
      this.count++;
      this.last = num;
      this.value(num, text, colon, idx);
      return;
    }
    const key = text.slice(keyStart, colon);
    if (Object.hasOwn(this.extra, key)) this.begin(num, p, p === null ? PLAIN : PREFIX);
    this.count++;
    this.last = num;
    const v = skipWs(text, colon + 1);
    this.extra[key] = text.slice(v, trimEndAt(text, v));
  }

  /** Reads the value after `colon` as KEYS[idx] says. */
  private value(num: number, text: string, colon: number, idx: number): void {
    const v = skipWs(text, colon + 1);
    const end = trimEndAt(text, v);
    const entry = KEYS[idx] as readonly [string, Field, number];
    const vals = this.vals;
    switch (entry[2]) {
      case NAME: {
        this.hasName = true;
        // comm may begin or end with spaces; only the tab the kernel prints is not part of it.
        const after = colon + 1;
        vals[idx] = text.charCodeAt(after) === TAB ? text.slice(after + 1) : text.slice(v, end);
        return;
      }
      case TEXT:
        vals[idx] = text.slice(v, end);
        return;
      case HEX:
        if (isHex(text, v, end)) vals[idx] = text.slice(v, end);
        else if (v === end) this.missing(num, text, entry[0]);
        else this.bad(num, text, entry[0], 'a hexadecimal mask');
        return;
      case INT: {
        const n = uintAt(text, v, end);
        if (n >= 0) vals[idx] = n;
        else if (v === end) this.missing(num, text, entry[0]);
        else this.bad(num, text, entry[0], 'a non-negative integer');
        return;
      }
      case KB: {
        let e = end;
        // The kernel prints `   1234 kB`; the unit is in the field name.
        if (e - v >= 2 && text.charCodeAt(e - 2) === 107 && text.charCodeAt(e - 1) === 66) {
          e -= 2;
          while (e > v && isWs(text.charCodeAt(e - 1))) e--;
        }
        const n = uintAt(text, v, e);
        if (n >= 0) vals[idx] = n;
        else if (v === end) this.missing(num, text, entry[0]);
        else this.bad(num, text, entry[0], 'a size in kB');
        return;
      }
      case BOOL: {
        const c = end - v === 1 ? text.charCodeAt(v) : -1;
        if (c === 48 || c === 49) vals[idx] = c === 49;
        else if (v === end) this.missing(num, text, entry[0]);
        else this.bad(num, text, entry[0], '0 or 1');
        return;
      }
      case STATE:
        this.state(num, text, v, end);
        return;
      case QUAD: {
        const list = uintList(text, v, end);
        if (list !== null && list.length === 4) vals[idx] = list;
        else if (v === end) this.missing(num, text, entry[0]);
        else this.bad(num, text, entry[0], 'four ids (real, effective, saved, filesystem)');
        return;
      }
      case LIST: {
        const list = uintList(text, v, end);
        if (list !== null) vals[idx] = list;
        else this.bad(num, text, entry[0], 'a list of group ids');
        return;
      }
      case NS: {
        const list = v === end ? null : uintList(text, v, end);
        if (list !== null && list.length > 0) vals[idx] = list;
        else if (v === end) this.missing(num, text, entry[0]);
        // A partial list would misalign the levels (they pair from the end), so none is kept.
        else this.report('error', 'proc-status/bad-ns-list', `${entry[0]}: must be whitespace-separated decimal ids, one per pid-namespace level; the value was not kept.`, num, text);
        return;
      }
    }
  }

  private state(line: number, text: string, v: number, end: number): void {
    if (v === end) return this.missing(line, text, 'State');
    // `S (sleeping)`; a lone letter is accepted too.
    if (end - v > 1 && !isWs(text.charCodeAt(v + 1))) return this.bad(line, text, 'State', 'a state letter followed by its name in parentheses');
    const letter = text.charAt(v);
    this.vals[STATE_INDEX] = letter;
    if (end - v > 1) {
      const open = skipWs(text, v + 1);
      if (text.charCodeAt(open) === 40 && text.charCodeAt(end - 1) === 41) this.stateName = text.slice(open + 1, end - 1);
      else this.report('warning', 'proc-status/bad-value', 'The State: name is not in parentheses; only the letter was kept.', line, text);
    }
    if (!KNOWN_STATES.includes(letter)) {
      this.diags.push(diagnostic('info', 'proc-status/unknown-state', `State letter '${letter}' is not one the kernel is known to print; it was kept.`, line, { excerpt: text }));
    }
  }

  report(severity: 'warning' | 'error', code: string, message: string, line: number, text: string): void {
    this.diags.push(diagnostic(severity, code, message, line, { excerpt: text }));
  }

  private missing(line: number, text: string, key: string): void {
    this.report('warning', 'proc-status/missing-value', `${key}: has no value; it was left null.`, line, text);
  }

  private bad(line: number, text: string, key: string, what: string): void {
    this.report('warning', 'proc-status/bad-value', `The value of ${key}: is not ${what}; it was left null.`, line, text);
  }

  /** Everything that is not a known key at the start of the line: headers, grep prefixes, unknown keys, noise. */
  otherLine(num: number, text: string, s: number, colon: number): void {
    // `==> /proc/1/status <==` (tail/head with several files)
    if (text.startsWith('==> ', s) && text.endsWith(' <==')) {
      this.begin(num, text.slice(s + 4, text.length - 4).trim(), HEADER, text);
      return;
    }
    if (text.slice(s).trimEnd() === '--') return; // grep's context-group separator
    const prefix = colon > s ? grepPrefixEnd(text, s) : null;
    if (prefix !== null) {
      const p = text.slice(s, prefix.pathEnd);
      const rs = prefix.restStart;
      const c2 = text.indexOf(':', rs);
      if (c2 > rs) {
        const idx2 = keyIndex(text, rs, c2);
        if (idx2 >= 0 || isIdentifier(text, rs, c2)) {
          this.keyLine(num, text, rs, c2, idx2, p);
          return;
        }
      }
      // `grep -H '' file` prints the file's blank lines with their prefix too.
      if (skipWs(text, rs) >= text.length) return;
      this.report('warning', 'proc-status/unrecognized-line', 'After the grep file-name prefix there is no `Key: value` status line.', num, text);
      return;
    }
    if (colon > s && isIdentifier(text, s, colon)) {
      const key = text.slice(s, colon);
      if (TOOL_NAMES.has(key)) this.report('warning', 'proc-status/tool-message', `A message from ${key}, not a status line (e.g. a process that exited before it was read).`, num, text);
      else this.keyLine(num, text, s, colon, -1, null);
      return;
    }
    // `for f in /proc/*/status; do echo $f; cat $f; done` prints the bare path before each file.
    const bare = text.slice(s).trimEnd();
    if (bare.endsWith('/status') && !/\s/.test(bare)) {
      this.begin(num, bare, HEADER, text);
      return;
    }
    this.report('warning', 'proc-status/unrecognized-line', 'This line is not a `Key: value` status line, a file header or a grep-prefixed line.', num, text);
  }
}

/**
 * Parses `/proc/<pid>/status` text: a whole file, many concatenated, `grep NSpid` lines, or
 * `grep -H` lines (`/proc/123/status:NSpid:\t123\t1`). Never throws.
 *
 * @example
 * parseProcStatus('NSpid:\t41234\t57\t1\n').value.records[0].nspid // [41234, 57, 1]
 */
export function parseProcStatus(input: string | Uint8Array, options: ProcStatusOptions = {}): ParseResult<ProcStatusOutput> {
  const prepared = prepareInput(input);
  const diags: Diagnostic[] = prepared.diagnostics;
  const reader = new StatusReader(diags);
  const lines = prepared.lines;
  for (let li = 0; li < lines.length; li++) {
    const ln = lines[li] as { number: number; text: string };
    const text = ln.text;
    const s = text.length > 0 && isWs(text.charCodeAt(0)) ? skipWs(text, 0) : 0;
    if (s >= text.length) continue;
    const colon = text.indexOf(':', s);
    if (colon > s) {
      const idx = keyIndex(text, s, colon);
      if (idx >= 0) {
        reader.plainKey(ln.number, text, colon, idx);
        continue;
      }
    }
    reader.otherLine(ln.number, text, s, colon);
  }
  reader.finish();
  const { records, metas } = reader;

  if (options.path !== undefined) {
    const only = records.length === 1 ? (records[0] as ProcStatusRecord) : null;
    if (only !== null && only.path === null) only.path = options.path;
    else diags.push(diagnostic('info', 'proc-status/path-option-ignored', 'options.path was not applied: the input does not hold exactly one record without a path of its own.', 0));
  }

  for (let i = 0; i < records.length; i++) {
    const rec = records[i] as ProcStatusRecord;
    rec.source = sourceOf(metas[i] as Meta);
    checkRecord(rec, diags);
  }
  return makeResult({ records }, diags);
}

function sourceOf(m: Meta): ProcStatusSource {
  if (m.kind === PREFIX) return 'grep-h';
  if (m.kind === HEADER || m.hasName) return 'file';
  return 'grep';
}

/** Fills pid/tgid from the path and reports numbers that contradict each other. */
function checkRecord(rec: ProcStatusRecord, diags: Diagnostic[]): void {
  if (rec.path !== null) {
    const ids = statusPathIds(rec.path);
    if (ids.pid !== null) {
      if (rec.pid === null) rec.pid = ids.pid;
      else if (rec.pid !== ids.pid) mismatch(rec, diags, `Pid: ${rec.pid} differs from the pid ${ids.pid} in the path ${rec.path}.`);
    }
    if (ids.tgid !== null) {
      if (rec.tgid === null) rec.tgid = ids.tgid;
      else if (rec.tgid !== ids.tgid) mismatch(rec, diags, `Tgid: ${rec.tgid} differs from the process id ${ids.tgid} in the path ${rec.path}.`);
    }
  }
  // The kernel prints Pid: and the first NSpid entry in the same (the procfs's) numbering.
  if (rec.pid !== null && rec.nspid !== null && rec.nspid[0] !== rec.pid) {
    mismatch(rec, diags, `The first NSpid: entry ${String(rec.nspid[0])} differs from the pid ${rec.pid}; the lines may come from different files.`);
  }
  if (rec.tgid !== null && rec.nstgid !== null && rec.nstgid[0] !== rec.tgid) {
    mismatch(rec, diags, `The first NStgid: entry ${String(rec.nstgid[0])} differs from the tgid ${rec.tgid}; the lines may come from different files.`);
  }
  let len = -1;
  for (const list of [rec.nstgid, rec.nspid, rec.nspgid, rec.nssid]) {
    if (list === null) continue;
    if (len >= 0 && list.length !== len) {
      diags.push(diagnostic('warning', 'proc-status/ns-length-mismatch', 'The NS* lines of this record have different numbers of levels; the kernel prints the same number in each.', rec.line));
      break;
    }
    len = list.length;
  }
}

function mismatch(rec: ProcStatusRecord, diags: Diagnostic[], message: string): void {
  diags.push(diagnostic('warning', 'proc-status/pid-mismatch', message, rec.line));
}
