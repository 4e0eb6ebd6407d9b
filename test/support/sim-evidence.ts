/**
 * Turns a simulated kernel (kernel-sim.ts) into what a user would paste: vantage views (the
 * root, inner namespaces, `nsenter -t PID` views relative to another view) and evidence read in
 * them (ps rows with or without `pidns`, status NSpid chains, ns links, lsns namespace rows and
 * process listings, shell jobs), rendered as `Observation`s with line numbers. Every line is
 * recorded in `facts` with the real process or namespace it speaks of, so an oracle can check
 * each claim of an `Analysis` against the kernel.
 *
 * Two renderings: `renderObservations` builds `Observation` objects directly (data level);
 * text-level rendering (real output text → parsers → adapters) lives in sim-text.ts.
 */
import type { NamespaceObservation, Observation, ObservationSet, ProcessObservation, ViewInput } from '../../src/model/schema.js';
import { chainOf, isAncestorOrSelf, prng, ROOT_INODE, viewOf, type KernelState, type SimView, type ViewRow } from './kernel-sim.js';

/** A vantage: the numbering of namespace `ns`, and how the input tells which it is. */
export interface ScenarioView {
  id: string;
  /** The real namespace whose procfs the view shows. */
  ns: number;
  /** The vantage proves the inode (`wsl --debug-shell` is the VM root). */
  inodeKnown: boolean;
  /** `nsenter -t pid` run in view `viewId`: the view is the namespace of that process. */
  relativeTo: { viewId: string; pid: number; key: number } | null;
  vantage: string;
}

/** One command's output in a view. */
export type EvidenceItem =
  | { kind: 'ps'; view: string; keys: number[]; pidns: boolean; ppid: boolean; user: boolean }
  | { kind: 'status'; view: string; key: number; full: boolean }
  | { kind: 'link'; view: string; key: number }
  | { kind: 'self-link'; view: string }
  | { kind: 'job'; view: string; key: number }
  | { kind: 'lsns-namespaces'; view: string }
  | { kind: 'lsns-processes'; view: string; ns: number };

/** Views and the evidence read in them, in transcript order (items grouped by view). */
export interface Scenario {
  state: KernelState;
  views: ScenarioView[];
  items: EvidenceItem[];
}

/** What one input line speaks of. */
export interface LineFact {
  view: string;
  /** The real process (key) the line shows, if any. */
  process?: number;
  /** The real namespace (inode) the line shows, if any (lsns namespace rows, self links, listings). */
  namespace?: number;
}

/** A rendered scenario: the resolver's input and the truth of every line. */
export interface Rendered {
  set: ObservationSet;
  facts: Map<number, LineFact>;
}

/** The process shown in `view` with pid `pid` (throws when none: a planner bug). */
export function rowOf(sv: SimView, key: number): ViewRow {
  const row = sv.byKey.get(key);
  if (!row) throw new Error(`sim-evidence: process ${key} not visible in view of ${sv.ns}`);
  return row;
}

/** The command text a tool prints for a row: ps shows kernel threads as `[comm]`. */
export function psCommand(row: ViewRow): string {
  return row.kernelThread ? `[${row.comm}]` : row.command;
}

/** lsns prints the cmdline, or the bare comm for kernel threads. */
export function lsnsCommand(row: ViewRow): string {
  return row.kernelThread ? row.comm : row.command;
}

/** The processes of namespace `ns` as an lsns process listing shows them, in tree order, with their depth. */
export function lsnsTree(state: KernelState, sv: SimView, ns: number): { row: ViewRow; depth: number; root: boolean; last: boolean[] }[] {
  const members = sv.rows.filter((r) => r.nsInode === ns);
  const inNs = new Set(members.map((r) => r.key));
  const children = new Map<number, ViewRow[]>();
  const roots: ViewRow[] = [];
  for (const r of members) {
    const parentKey = state.byKey.get(r.key)?.parent ?? null;
    if (parentKey !== null && inNs.has(parentKey)) {
      let list = children.get(parentKey);
      if (!list) children.set(parentKey, (list = []));
      list.push(r);
    } else {
      roots.push(r);
    }
  }
  const out: { row: ViewRow; depth: number; root: boolean; last: boolean[] }[] = [];
  const visit = (r: ViewRow, depth: number, last: boolean[]) => {
    out.push({ row: r, depth, root: depth === 0, last });
    const kids = children.get(r.key) ?? [];
    kids.forEach((k, i) => visit(k, depth + 1, [...last, i === kids.length - 1]));
  };
  for (const r of roots) visit(r, 0, []);
  return out;
}

/** The namespace rows `lsns -t pid` prints in a view: every namespace with a visible process, its lowest pid. */
export function lsnsNamespaces(state: KernelState, sv: SimView): { inode: number; pns: number; row: ViewRow; nprocs: number }[] {
  const byNs = new Map<number, ViewRow[]>();
  for (const r of sv.rows) {
    let list = byNs.get(r.nsInode);
    if (!list) byNs.set(r.nsInode, (list = []));
    list.push(r);
  }
  return [...byNs.entries()]
    .map(([inode, rows]) => {
      const lowest = rows.reduce((a, b) => (b.pid < a.pid ? b : a));
      const ns = state.nsByInode.get(inode);
      // NS_GET_PARENT fails (PNS 0) for the reader's own namespace and the initial one.
      const pns = inode === sv.ns || !ns || ns.parent === null ? 0 : ns.parent;
      return { inode, pns, row: lowest, nprocs: rows.length };
    })
    .sort((a, b) => a.inode - b.inode);
}

// ---------------------------------------------------------------------------------------------
// Planning

/** Knobs of the random planner. */
export interface PlanOptions {
  /** Probability of a root view. */
  rootView?: number;
  /** Most inner views. */
  maxInnerViews?: number;
}

/** A random scenario: random vantages and random subsets of evidence, a pure function of (state, seed). */
export function randomScenario(state: KernelState, seed: number, options: PlanOptions = {}): Scenario {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const views: ScenarioView[] = [];
  let n = 0;
  const newId = () => `v${++n}`;
  if (state.namespaces.length === 1 || rand() < (options.rootView ?? 0.85)) {
    views.push({ id: newId(), ns: ROOT_INODE, inodeKnown: rand() < 0.5, relativeTo: null, vantage: 'wsl --debug-shell' });
  }
  const inner = Math.floor(rand() * ((options.maxInnerViews ?? 3) + 1));
  for (let i = 0; i < inner || views.length === 0; i++) {
    const target = pick(state.namespaces);
    const r = rand();
    const bases = views.filter((v) => isAncestorOrSelf(state, v.ns, target.inode));
    if (r < 0.45 && bases.length > 0) {
      const base = pick(bases);
      const sv = viewOf(state, base.ns);
      const candidates = sv.rows.filter((row) => row.nsInode === target.inode);
      const row = pick(candidates);
      const id = newId();
      views.push({ id, ns: target.inode, inodeKnown: false, relativeTo: { viewId: base.id, pid: row.pid, key: row.key }, vantage: `nsenter -t ${row.pid} -p -m` });
    } else {
      views.push({ id: newId(), ns: target.inode, inodeKnown: r < 0.7, relativeTo: null, vantage: `distro ${target.inode}` });
    }
  }
  const items: EvidenceItem[] = [];
  for (const v of views) {
    const sv = viewOf(state, v.ns);
    const density = pick([0.15, 0.4, 0.8, 1]);
    const subset = () => sv.rows.filter(() => rand() < density).map((r) => r.key);
    if (rand() < 0.25) items.push({ kind: 'self-link', view: v.id });
    if (rand() < 0.6) items.push({ kind: 'ps', view: v.id, keys: subset(), pidns: rand() < 0.5, ppid: rand() < 0.8, user: rand() < 0.7 });
    if (rand() < 0.25) {
      const own = sv.rows.filter((r) => r.nsInode === v.ns && r.pid !== 1);
      if (own.length > 0) items.push({ kind: 'job', view: v.id, key: pick(own).key });
    }
    if (rand() < 0.6) {
      const full = rand() < 0.5;
      for (const key of subset()) items.push({ kind: 'status', view: v.id, key, full });
    }
    if (rand() < 0.3) {
      const init = sv.byPid.get(1);
      if (init) items.push({ kind: 'link', view: v.id, key: init.key });
    }
    if (rand() < 0.5) for (const key of subset()) items.push({ kind: 'link', view: v.id, key });
    if (rand() < 0.3) items.push({ kind: 'lsns-namespaces', view: v.id });
    for (const ns of new Set(sv.rows.map((r) => r.nsInode))) if (rand() < 0.2) items.push({ kind: 'lsns-processes', view: v.id, ns });
  }
  return { state, views, items };
}

/** The root view of a state, with or without its inode known. */
export function rootView(inodeKnown: boolean): ScenarioView {
  return { id: 'root', ns: ROOT_INODE, inodeKnown, relativeTo: null, vantage: 'wsl --debug-shell' };
}

/**
 * Evidence set (i): from the root view, `cat /proc/N/status` (NSpid, and PPid when `full`) and
 * `ls -l /proc/N/ns/pid` for every process. With PPid, and every init forked from its parent
 * namespace, it must give every namespace by inode, the kernel's tree, every pid of every
 * process. (Without PPid nothing ties a namespace's ancestors to the named namespaces at their
 * levels: NSpid gives numbers, not namespaces.)
 */
export function evidenceNspidAndLinks(state: KernelState, rootInodeKnown: boolean, full = false): Scenario {
  const v = rootView(rootInodeKnown);
  const items: EvidenceItem[] = [];
  for (const p of state.processes) {
    items.push({ kind: 'status', view: v.id, key: p.key, full });
    items.push({ kind: 'link', view: v.id, key: p.key });
  }
  return { state, views: [v], items };
}

/**
 * Merge exactness set: from the root view, full status (NSpid and PPid) of every process, links
 * for the processes chosen by `linked`. Which namespaces the evidence links is computed by
 * `linkedClasses` in model-oracle.ts.
 */
export function evidenceNspidPartialLinks(state: KernelState, rootInodeKnown: boolean, linked: (key: number) => boolean, ppid = true): Scenario {
  const v = rootView(rootInodeKnown);
  const items: EvidenceItem[] = [];
  for (const p of state.processes) {
    items.push({ kind: 'status', view: v.id, key: p.key, full: ppid });
    if (linked(p.key)) items.push({ kind: 'link', view: v.id, key: p.key });
  }
  return { state, views: [v], items };
}

/**
 * Evidence set (ii): from the root view, `lsns -t pid <ns>` for every namespace, and for every
 * root of those trees its NSpid and its parent's NSpid and ns link. Gives the whole hierarchy
 * when every namespace's init has its parent in the parent namespace (the usual case).
 */
export function evidenceLsnsTrees(state: KernelState, rootInodeKnown: boolean): Scenario {
  const v = rootView(rootInodeKnown);
  const sv = viewOf(state, ROOT_INODE);
  const items: EvidenceItem[] = [];
  for (const ns of state.namespaces) {
    items.push({ kind: 'lsns-processes', view: v.id, ns: ns.inode });
    for (const t of lsnsTree(state, sv, ns.inode)) {
      if (!t.root) continue;
      items.push({ kind: 'status', view: v.id, key: t.row.key, full: false });
      const parent = state.byKey.get(t.row.key)?.parent ?? null;
      if (parent !== null) {
        items.push({ kind: 'status', view: v.id, key: parent, full: false });
        items.push({ kind: 'link', view: v.id, key: parent });
      }
    }
  }
  return { state, views: [v], items };
}

/**
 * Evidence set (ii-b): from the root view, `lsns -t pid -o NS,PNS,PID,PPID,COMMAND` and
 * `lsns -t pid <ns>` for every namespace. Gives the whole hierarchy and every process's namespace.
 */
export function evidenceLsnsWithPns(state: KernelState, rootInodeKnown: boolean): Scenario {
  const v = rootView(rootInodeKnown);
  const items: EvidenceItem[] = [{ kind: 'lsns-namespaces', view: v.id }];
  for (const ns of state.namespaces) items.push({ kind: 'lsns-processes', view: v.id, ns: ns.inode });
  return { state, views: [v], items };
}

/**
 * Evidence set (iii): a view of every namespace, entered with `nsenter -t <init>` from the view
 * of its parent namespace, where the init's NSpid (two entries) was read; in each view
 * `ls -l /proc/1/ns/pid` or `ls -l /proc/self/ns/pid`. Gives every namespace, its parent, and
 * every view's namespace.
 */
export function evidenceNestedViews(state: KernelState, rootInodeKnown: boolean, seed: number): Scenario {
  const rand = prng(seed);
  const views: ScenarioView[] = [rootView(rootInodeKnown)];
  const viewOfNs = new Map<number, ScenarioView>([[ROOT_INODE, views[0] as ScenarioView]]);
  const items: EvidenceItem[] = [];
  const byLevel = [...state.namespaces].sort((a, b) => a.level - b.level);
  for (const ns of byLevel) {
    if (ns.parent === null) continue;
    const base = viewOfNs.get(ns.parent) as ScenarioView;
    const sv = viewOf(state, base.ns);
    const init = (sv.rows.find((r) => r.nsInode === ns.inode && r.nspid[r.nspid.length - 1] === 1) as ViewRow);
    const v: ScenarioView = { id: `ns${ns.inode}`, ns: ns.inode, inodeKnown: false, relativeTo: { viewId: base.id, pid: init.pid, key: init.key }, vantage: `nsenter -t ${init.pid} -p -m` };
    views.push(v);
    viewOfNs.set(ns.inode, v);
    items.push({ kind: 'status', view: base.id, key: init.key, full: false });
  }
  for (const v of views) {
    const sv = viewOf(state, v.ns);
    if (rand() < 0.5) items.push({ kind: 'self-link', view: v.id });
    else items.push({ kind: 'link', view: v.id, key: (sv.byPid.get(1) as ViewRow).key });
  }
  // Group by view, in view order, as a transcript would.
  const order = new Map(views.map((v, i) => [v.id, i] as const));
  items.sort((a, b) => (order.get(a.view) as number) - (order.get(b.view) as number));
  return { state, views, items };
}

// ---------------------------------------------------------------------------------------------
// Rendering at the data level

/** Keeps items grouped by view in the views' order (stable). */
export function groupedItems(scenario: Scenario): EvidenceItem[] {
  const order = new Map(scenario.views.map((v, i) => [v.id, i] as const));
  return scenario.items
    .map((item, i) => [item, i] as const)
    .sort((a, b) => (order.get(a[0].view) as number) - (order.get(b[0].view) as number) || a[1] - b[1])
    .map(([item]) => item);
}

/** Assigns lines and builds the `ObservationSet` directly from the simulated rows. */
export function renderObservations(scenario: Scenario): Rendered {
  const { state } = scenario;
  const facts = new Map<number, LineFact>();
  const observations: Observation[] = [];
  const views: ViewInput[] = [];
  const svs = new Map(scenario.views.map((v) => [v.id, viewOf(state, v.ns)] as const));
  let line = 0;
  const items = groupedItems(scenario);
  for (const v of scenario.views) {
    const first = ++line;
    // The vantage line states the view's namespace when the inode is known; an nsenter line
    // names its target process (numbered in the base view).
    facts.set(first, v.relativeTo ? { view: v.relativeTo.viewId, process: v.relativeTo.key, namespace: v.ns } : v.inodeKnown ? { view: v.id, namespace: v.ns } : { view: v.id });
    const sv = svs.get(v.id) as SimView;
    for (const item of items) {
      if (item.view !== v.id) continue;
      line++; // the command line
      facts.set(line, { view: v.id });
      line = renderItem(state, sv, item, line, observations, facts);
    }
    const input: ViewInput = { id: v.id, vantage: v.vantage, firstLine: first, lastLine: line, evidence: [{ line: first, text: v.vantage }] };
    if (v.inodeKnown) input.inode = v.ns;
    if (v.relativeTo) input.relativeTo = { viewId: v.relativeTo.viewId, pid: v.relativeTo.pid };
    views.push(input);
  }
  return { set: { views, observations }, facts };
}

function renderItem(state: KernelState, sv: SimView, item: EvidenceItem, line: number, out: Observation[], facts: Map<number, LineFact>): number {
  const view = item.view;
  switch (item.kind) {
    case 'ps': {
      line++; // header
      facts.set(line, { view });
      for (const key of item.keys) {
        const row = rowOf(sv, key);
        const o: ProcessObservation = { kind: 'process', view, line: ++line, pid: row.pid, command: psCommand(row) };
        if (item.ppid) o.ppid = row.ppid;
        if (item.user) o.user = row.user;
        if (item.pidns) o.nsInode = row.nsInode;
        o.text = `${row.pid} ${row.ppid} ${psCommand(row)}`;
        out.push(o);
        facts.set(line, { view, process: key });
      }
      return line;
    }
    case 'status': {
      const row = rowOf(sv, item.key);
      const o: ProcessObservation = { kind: 'process', view, line: ++line, pid: row.pid, nspid: row.nspid };
      if (item.full) {
        o.ppid = row.ppid;
        o.command = row.comm;
      }
      o.text = `NSpid:\t${row.nspid.join('\t')}`;
      out.push(o);
      facts.set(line, { view, process: item.key });
      return line;
    }
    case 'link': {
      const row = rowOf(sv, item.key);
      out.push({ kind: 'process', view, line: ++line, pid: row.pid, nsInode: row.nsInode, text: `/proc/${row.pid}/ns/pid -> pid:[${row.nsInode}]` });
      facts.set(line, { view, process: item.key, namespace: row.nsInode });
      return line;
    }
    case 'self-link': {
      out.push({ kind: 'view-namespace', view, line: ++line, inode: sv.ns, text: `/proc/self/ns/pid -> pid:[${sv.ns}]` });
      facts.set(line, { view, namespace: sv.ns });
      return line;
    }
    case 'job': {
      const row = rowOf(sv, item.key);
      out.push({ kind: 'process', view, line: ++line, pid: row.pid, inViewNamespace: true, text: `[1] ${row.pid}` });
      facts.set(line, { view, process: item.key });
      return line;
    }
    case 'lsns-namespaces': {
      line++;
      facts.set(line, { view });
      for (const n of lsnsNamespaces(state, sv)) {
        const o: NamespaceObservation = {
          kind: 'namespace',
          view,
          line: ++line,
          inode: n.inode,
          parentInode: n.pns,
          pid: n.row.pid,
          ppid: n.row.ppid,
          command: lsnsCommand(n.row),
          user: n.row.user,
          text: `${n.inode} ${n.pns} ${n.row.pid} ${n.row.ppid} ${lsnsCommand(n.row)}`,
        };
        out.push(o);
        facts.set(line, { view, process: n.row.key, namespace: n.inode });
      }
      return line;
    }
    case 'lsns-processes': {
      line++;
      facts.set(line, { view, namespace: item.ns });
      for (const t of lsnsTree(state, sv, item.ns)) {
        const o: ProcessObservation = {
          kind: 'process',
          view,
          line: ++line,
          pid: t.row.pid,
          ppid: t.row.ppid,
          user: t.row.user,
          command: lsnsCommand(t.row),
          nsInode: item.ns,
          text: `${t.row.pid} ${t.row.ppid} ${t.row.user} ${lsnsCommand(t.row)}`,
        };
        if (t.root) o.parentOutsideNamespace = true;
        out.push(o);
        facts.set(line, { view, process: t.row.key, namespace: item.ns });
      }
      return line;
    }
  }
}

/** The real namespaces a scenario's view sees (its own and descendants). */
export function namespacesInView(state: KernelState, ns: number): number[] {
  return state.namespaces.filter((n) => chainOf(state, n.inode).some((c) => c.inode === ns)).map((n) => n.inode);
}
