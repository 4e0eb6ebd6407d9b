/**
 * Adapters: parsed records → the model's observations, tagged with the view they were read
 * in. Each adapter states only what its record proves (see docs/model.md, "What counts as
 * evidence"); a record that proves nothing about pid namespaces gives no observation.
 * `lineOf` maps a parser line (1-based in the text given to the parser) to an input line.
 */
import type { LsnsOutput } from '../parsers/lsns/schema.js';
import type { NsLinksOutput } from '../parsers/ns-links/schema.js';
import type { ProcStatusOutput } from '../parsers/proc-status/schema.js';
import type { PsOutput } from '../parsers/ps/schema.js';
import type { NamespaceObservation, Observation, ProcessObservation } from './schema.js';

/** Maps a parser's line number to the input's; identity by default. */
export type LineMap = (line: number) => number;

const identity: LineMap = (line) => line;

function optional<T extends object>(o: T): T {
  // Plain JSON: drop undefined fields (exactOptionalPropertyTypes).
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** The fields a process listing row (ps, lsns) shares. */
interface ProcessRow {
  ppid: number | null;
  command: string | null;
  user: string | null;
  line: number;
}

/** A process observation from a listing row, plus what the listing adds (namespace, root). */
function rowObservation(pid: number, row: ProcessRow, view: string, lineOf: LineMap, more: Pick<ProcessObservation, 'nsInode' | 'parentOutsideNamespace'>): ProcessObservation {
  return optional<ProcessObservation>({ kind: 'process', view, line: lineOf(row.line), pid, ppid: row.ppid, command: row.command, user: row.user, ...more });
}

/** ps rows: pid, ppid, command, user and (with `-o pidns`) the own namespace inode. */
export function observationsFromPs(value: PsOutput, view: string, lineOf: LineMap = identity): Observation[] {
  const out: Observation[] = [];
  for (const row of value.rows) {
    if (row.pid === null) continue;
    out.push(rowObservation(row.pid, row, view, lineOf, { nsInode: row.pidns }));
  }
  return out;
}

/** /proc/<pid>/status: NSpid (or NStgid for a thread's file), PPid, Name. */
export function observationsFromProcStatus(value: ProcStatusOutput, view: string, lineOf: LineMap = identity): Observation[] {
  const out: Observation[] = [];
  for (const record of value.records) {
    // A thread's status (`/proc/P/task/T/status`) numbers the thread; its process is the tgid.
    const isThread = record.tgid !== null && record.pid !== null && record.tgid !== record.pid;
    const chain = isThread ? record.nstgid : (record.nspid ?? record.nstgid);
    const pid = (isThread ? record.tgid : record.pid) ?? chain?.[0] ?? null;
    if (pid === null) continue;
    out.push(
      optional<ProcessObservation>({
        kind: 'process',
        view,
        line: lineOf(record.line),
        pid,
        // PPid 0: the parent is outside this procfs's namespace (or none): no fact.
        ppid: !isThread && record.ppid !== null && record.ppid > 0 ? record.ppid : undefined,
        command: record.name,
        nspid: chain !== null && chain !== undefined && chain[0] === pid ? chain : undefined,
      }),
    );
  }
  return out;
}

/** `ls -l /proc/P/ns/pid`, `readlink …`: the own namespace of P; `/proc/self`: the view's. */
export function observationsFromNsLinks(value: NsLinksOutput, view: string, lineOf: LineMap = identity): Observation[] {
  const out: Observation[] = [];
  for (const link of value.links) {
    if (link.type !== 'pid') continue;
    const line = lineOf(link.line);
    if (link.pid !== null) {
      out.push({ kind: 'process', view, line, pid: link.tgid ?? link.pid, nsInode: link.inode });
    } else if (link.path !== null && /^\/proc\/(?:self|thread-self)\//.test(link.path)) {
      out.push({ kind: 'view-namespace', view, line, inode: link.inode });
    }
  }
  return out;
}

/** Options of {@link observationsFromLsns}. */
export interface LsnsAdapterOptions {
  /** The namespace a process listing (`lsns -t pid NS`) lists, from the command line. */
  listedInode?: number | null;
  /** The tree of a `-T parent` listing is the parent relation (not so for `-T owner`). */
  treeIsParent?: boolean;
}

/**
 * lsns: namespace rows (type pid) give inode, PNS and a member pid; a process listing gives
 * the own namespace of every listed pid, and its roots' parents live in proper ancestors.
 */
export function observationsFromLsns(value: LsnsOutput, view: string, lineOf: LineMap = identity, options: LsnsAdapterOptions = {}): Observation[] {
  const out: Observation[] = [];
  if (value.mode === 'processes') {
    const inode = options.listedInode ?? null;
    for (const row of value.rows) {
      if (row.pid === null) continue;
      out.push(
        rowObservation(row.pid, row, view, lineOf, {
          nsInode: inode ?? undefined,
          // A row drawn without tree art has its parent outside the listed namespace.
          parentOutsideNamespace: inode !== null && row.depth === 0 && row.ppid !== null && row.ppid > 0 ? true : undefined,
        }),
      );
    }
    return out;
  }
  for (const row of value.rows) {
    if (row.ns === null || (row.type !== null && row.type !== 'pid')) continue;
    if (row.type === null && !value.columns.some((c) => c.toUpperCase() === 'PNS')) continue;
    let parentInode = row.pns;
    if ((parentInode === null || parentInode === 0) && options.treeIsParent && row.parentIndex !== null) {
      parentInode = value.rows[row.parentIndex]?.ns ?? null;
    }
    out.push(
      optional<NamespaceObservation>({
        kind: 'namespace',
        view,
        line: lineOf(row.line),
        inode: row.ns,
        parentInode: parentInode ?? undefined,
        pid: row.pid ?? undefined,
        ppid: row.ppid ?? undefined,
        command: row.command ?? undefined,
        user: row.user ?? undefined,
      }),
    );
  }
  return out;
}
