/**
 * The lsns column catalogue (`infos[]` in util-linux sys-utils/lsns.c, 2.28–2.42): how each
 * column is aligned, what its values look like, and which row field it fills. The parser
 * reads layouts and values through this table only.
 */
import type { LsnsRow } from './schema.js';

/** The row fields a column can fill. */
export type ColumnField = 'ns' | 'type' | 'path' | 'nprocs' | 'pid' | 'ppid' | 'command' | 'uid' | 'user' | 'netnsid' | 'nsfs' | 'pns' | 'ons';

/** How a column's values are read. */
export type ColumnKind = 'int' | 'text' | 'word' | 'netnsid' | 'nsfs';

/** One known lsns column. */
export interface ColumnInfo {
  /** Header text, e.g. `NPROCS`. */
  name: string;
  /** The row field it fills. */
  field: ColumnField;
  /** `right` columns pad on the left (numbers), `left` ones on the right. */
  align: 'left' | 'right';
  /** Value syntax. */
  kind: ColumnKind;
  /** lsns always prints a value here (so an empty cell means the row is misread). */
  alwaysSet: boolean;
}

/** Every column lsns knows, in `infos[]` order. */
export const COLUMNS: readonly ColumnInfo[] = [
  { name: 'NS', field: 'ns', align: 'right', kind: 'int', alwaysSet: true },
  { name: 'TYPE', field: 'type', align: 'left', kind: 'word', alwaysSet: true },
  { name: 'PATH', field: 'path', align: 'left', kind: 'word', alwaysSet: false },
  { name: 'NPROCS', field: 'nprocs', align: 'right', kind: 'int', alwaysSet: true },
  { name: 'PID', field: 'pid', align: 'right', kind: 'int', alwaysSet: false },
  { name: 'PPID', field: 'ppid', align: 'right', kind: 'int', alwaysSet: false },
  { name: 'COMMAND', field: 'command', align: 'left', kind: 'text', alwaysSet: false },
  { name: 'UID', field: 'uid', align: 'right', kind: 'int', alwaysSet: true },
  { name: 'USER', field: 'user', align: 'left', kind: 'word', alwaysSet: true },
  { name: 'NETNSID', field: 'netnsid', align: 'right', kind: 'netnsid', alwaysSet: false },
  { name: 'NSFS', field: 'nsfs', align: 'left', kind: 'nsfs', alwaysSet: false },
  { name: 'PNS', field: 'pns', align: 'right', kind: 'int', alwaysSet: true },
  { name: 'ONS', field: 'ons', align: 'right', kind: 'int', alwaysSet: true },
];

const BY_NAME = new Map(COLUMNS.map((c) => [c.name, c]));

const BY_ANY_CASE = new Map<string, ColumnInfo | undefined>();

/** The catalogue entry of a header word or JSON key (case-insensitive, as lsns matches `-o`). */
export function columnInfo(name: string): ColumnInfo | undefined {
  const hit = BY_NAME.get(name);
  if (hit) return hit;
  if (BY_ANY_CASE.has(name)) return BY_ANY_CASE.get(name);
  const info = BY_NAME.get(name.toUpperCase());
  // JSON keys repeat on every row: remember them (bounded, input decides the names).
  if (BY_ANY_CASE.size < 256) BY_ANY_CASE.set(name, info);
  return info;
}

/** `lsns` (namespace listing) default columns. */
export const DEFAULT_NAMESPACE_COLUMNS: readonly string[] = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER', 'COMMAND'];
/** `lsns -t net` default columns. */
export const DEFAULT_NET_COLUMNS: readonly string[] = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER', 'NETNSID', 'NSFS', 'COMMAND'];
/** `lsns <ns>` (process listing) default columns. */
export const DEFAULT_PROCESS_COLUMNS: readonly string[] = ['PID', 'PPID', 'USER', 'COMMAND'];

/** Namespace types lsns prints in TYPE. */
export const NAMESPACE_TYPES: ReadonlySet<string> = new Set(['mnt', 'net', 'pid', 'uts', 'ipc', 'user', 'cgroup', 'time']);

/** A header word: upper-case letters, digits and `_:%-` (lsns and newer util-linux columns). */
export function isHeaderWord(word: string): boolean {
  if (word.length === 0 || word.length > 32) return false;
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 37 || c === 45;
    if (!ok) return false;
  }
  return true;
}

/** A decimal integer written by lsns (no sign, no spaces), or null. */
export function parseInteger(text: string): number | null {
  if (text.length === 0 || text.length > 15) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(text);
}

/** A fresh row with every field unset. */
export function emptyRow(line: number): LsnsRow {
  return {
    ns: null,
    type: null,
    nprocs: null,
    pid: null,
    ppid: null,
    user: null,
    uid: null,
    command: null,
    pns: null,
    ons: null,
    path: null,
    netnsid: null,
    nsfs: null,
    depth: 0,
    parentLine: null,
    parentIndex: null,
    extra: {},
    line,
  };
}
