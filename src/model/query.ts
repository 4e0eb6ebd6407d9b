/**
 * Questions asked of an `Analysis`: pid translation between levels (defined, as in lxkns, only
 * between a namespace and its ancestors or descendants), a process's pids at every level, the
 * ancestors and descendants of a namespace, and the namespace of a pid seen in a view.
 * Indexes are built once per analysis object and cached.
 */
import type { Analysis, NamespacedPid, PidNamespace, Process } from './schema.js';

interface Index {
  byId: Map<string, PidNamespace>;
  children: Map<string, string[]>;
  /** `${namespaceId} ${pid}` → process. */
  byPid: Map<string, Process>;
}

const cache = new WeakMap<Analysis, Index>();

function indexOf(analysis: Analysis): Index {
  let index = cache.get(analysis);
  if (index) return index;
  const byId = new Map<string, PidNamespace>();
  const children = new Map<string, string[]>();
  for (const ns of analysis.namespaces) {
    byId.set(ns.id, ns);
    if (ns.parentId !== null) {
      let list = children.get(ns.parentId);
      if (!list) children.set(ns.parentId, (list = []));
      list.push(ns.id);
    }
  }
  const byPid = new Map<string, Process>();
  for (const p of analysis.processes) for (const np of p.pids) byPid.set(`${np.namespaceId} ${np.pid}`, p);
  index = { byId, children, byPid };
  cache.set(analysis, index);
  return index;
}

/** The ids of the ancestors of a namespace, nearest first (empty for a root or an unknown id). */
export function ancestorsOf(analysis: Analysis, namespaceId: string): string[] {
  const { byId } = indexOf(analysis);
  const out: string[] = [];
  let cur = byId.get(namespaceId)?.parentId ?? null;
  while (cur !== null && !out.includes(cur)) {
    out.push(cur);
    cur = byId.get(cur)?.parentId ?? null;
  }
  return out;
}

/** The ids of every descendant of a namespace, breadth first. */
export function descendantsOf(analysis: Analysis, namespaceId: string): string[] {
  const { children } = indexOf(analysis);
  const out: string[] = [];
  const queue = [...(children.get(namespaceId) ?? [])];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (out.includes(id)) continue;
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The process that has `pid` in namespace `namespaceId`, if the analysis knows it. */
export function processAt(analysis: Analysis, namespaceId: string, pid: number): Process | undefined {
  return indexOf(analysis).byPid.get(`${namespaceId} ${pid}`);
}

/**
 * A process's pid at every level known, outermost → innermost (like NSpid), given one of its
 * pids; `undefined` when no process with that pid is known in that namespace.
 */
export function namespacedPids(analysis: Analysis, pid: number, namespaceId: string): NamespacedPid[] | undefined {
  return processAt(analysis, namespaceId, pid)?.pids.map((p) => ({ ...p }));
}

/**
 * Translates `pid` from namespace `fromNamespaceId` to `toNamespaceId`. Returns `undefined`
 * unless one namespace is an ancestor of the other (or they are the same) and the process's
 * pid is known in the target.
 *
 * @example
 * translatePid(analysis, 13, 'pid:[4026532375]', 'pid:[4026531836]') // 251599 (seed 002)
 */
export function translatePid(analysis: Analysis, pid: number, fromNamespaceId: string, toNamespaceId: string): number | undefined {
  const { byId } = indexOf(analysis);
  if (!byId.has(fromNamespaceId) || !byId.has(toNamespaceId)) return undefined;
  const related =
    fromNamespaceId === toNamespaceId ||
    ancestorsOf(analysis, fromNamespaceId).includes(toNamespaceId) ||
    ancestorsOf(analysis, toNamespaceId).includes(fromNamespaceId);
  if (!related) return undefined;
  const process = processAt(analysis, fromNamespaceId, pid);
  return process?.pids.find((p) => p.namespaceId === toNamespaceId)?.pid;
}

/**
 * The own pid namespace of the process numbered `pid` in view `viewId`: its id, `null` when the
 * process is known but its namespace is not, `undefined` when the view or pid is unknown.
 */
export function namespaceOfPid(analysis: Analysis, viewId: string, pid: number): string | null | undefined {
  const view = analysis.views.find((v) => v.id === viewId);
  if (!view || view.namespaceId === null) return undefined;
  const process = processAt(analysis, view.namespaceId, pid);
  return process === undefined ? undefined : process.namespaceId;
}
