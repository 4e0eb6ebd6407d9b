/**
 * What every renderer shows, computed once: the namespace forest in a stable order, and for
 * each namespace the processes that have a pid in it (with that pid), nested by parent.
 */
import type { Analysis, PidNamespace, Process } from '../model/schema.js';

/** A process as shown at one level. */
export interface ProcessAtLevel {
  /** The process. */
  process: Process;
  /** Its pid in this namespace. */
  pid: number;
  /** Its children that also have a pid in this namespace. */
  children: ProcessAtLevel[];
}

/** A namespace with what is shown inside it. */
export interface NamespaceNode {
  /** The namespace. */
  namespace: PidNamespace;
  /** Processes with a pid here, as trees (roots: parent unknown or not numbered here). */
  processes: ProcessAtLevel[];
  /** Child namespaces. */
  children: NamespaceNode[];
}

/** Options shared by the renderers. */
export interface RenderOptions {
  /**
   * Which processes to show: `all` (default: every process at every level it has a pid),
   * `tracked` (only those known at two or more levels), `none`.
   */
  processes?: 'all' | 'tracked' | 'none';
}

function processTrees(ns: PidNamespace, analysis: Analysis, show: RenderOptions['processes']): ProcessAtLevel[] {
  if (show === 'none') return [];
  const here: ProcessAtLevel[] = [];
  for (const process of analysis.processes) {
    if (show === 'tracked' && process.pids.length < 2) continue;
    const at = process.pids.find((p) => p.namespaceId === ns.id);
    if (at) here.push({ process, pid: at.pid, children: [] });
  }
  here.sort((a, b) => a.pid - b.pid);
  const byId = new Map(here.map((p) => [p.process.id, p] as const));
  const roots: ProcessAtLevel[] = [];
  for (const p of here) {
    const parent = p.process.parentId !== null ? byId.get(p.process.parentId) : undefined;
    if (parent && parent !== p) parent.children.push(p);
    else roots.push(p);
  }
  return roots;
}

/** The namespace forest of an analysis, roots in the analysis's order. */
export function layoutAnalysis(analysis: Analysis, options: RenderOptions = {}): NamespaceNode[] {
  const show = options.processes ?? 'all';
  const nodes = new Map<string, NamespaceNode>();
  for (const ns of analysis.namespaces) nodes.set(ns.id, { namespace: ns, processes: processTrees(ns, analysis, show), children: [] });
  const roots: NamespaceNode[] = [];
  for (const ns of analysis.namespaces) {
    const node = nodes.get(ns.id) as NamespaceNode;
    const parent = ns.parentId !== null ? nodes.get(ns.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

const ROLE_NAMES: Record<string, string> = {
  'wsl-utility-vm': 'WSL2 utility VM',
  'wslg-system': 'WSLg system distro',
  distro: 'distro',
  'docker-desktop': 'docker-desktop distro',
  'linuxkit-services': 'LinuxKit services',
  container: 'container',
};

/** `pid:[4026532257]  distro Ubuntu-20.04` — the namespace's one-line title. */
export function namespaceTitle(ns: PidNamespace): string {
  const parts = [ns.id];
  if (ns.role !== null) parts.push(ROLE_NAMES[ns.role] ?? ns.role);
  if (ns.label !== null && ns.label !== (ns.role !== null ? ROLE_NAMES[ns.role] : null)) parts.push(ns.role === null ? ns.label : `"${ns.label}"`);
  return parts.join('  ');
}

/** `4419  sleep 680001` — a process at one level; its pids at all levels when known at several. */
export function processTitle(p: ProcessAtLevel): string {
  const command = p.process.command ?? '(command unknown)';
  const chain = p.process.pids.length > 1 ? `  [${p.process.pids.map((x) => x.pid).join(' / ')}]` : '';
  return `${p.pid}  ${command}${chain}`;
}
