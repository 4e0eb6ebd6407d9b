/**
 * A simulated kernel for the model's tests: a pid-namespace tree and the processes in it, with
 * one pid per level allocated per namespace (so numbers collide across namespaces, as they do on
 * a real machine), namespace inits, processes that entered deeper namespaces (`nsenter`,
 * `docker exec`), and `viewOf`: what the procfs of one namespace shows. It is the ground truth
 * the resolver's answers are checked against; it knows nothing of the resolver.
 *
 * Kernel facts encoded here (../shared/research/namespaces.md §5): the initial namespace has
 * inode 4026531836 and level 0, the others dynamic inodes ≥ 4026531840 in no particular order;
 * levels stop at `MAX_PID_NS_LEVEL` (32); a process's namespace is its parent's or a
 * descendant of it; pid 1 of a namespace is its first process and lives in it; a procfs shows
 * the processes of its namespace and of its descendants, numbered there, with PPid 0 when the
 * parent is outside.
 */
import fc from 'fast-check';

/** `PROC_PID_INIT_INO`. */
export const ROOT_INODE = 4026531836;
/** `PROC_DYNAMIC_FIRST`: the first dynamic inode. */
export const FIRST_DYNAMIC_INODE = 4026531840;
/** `MAX_PID_NS_LEVEL`. */
export const MAX_LEVEL = 32;

/** A simulated pid namespace. */
export interface SimNamespace {
  inode: number;
  /** Parent inode; null for the initial namespace. */
  parent: number | null;
  level: number;
}

/** A simulated process. */
export interface SimProcess {
  /** Unique key in the simulation (not a pid). */
  key: number;
  /** Inode of its own pid namespace. */
  ns: number;
  /** Its pid at each level, index = level (0 = the initial namespace), like NSpid from the root. */
  pids: number[];
  /** Key of its parent process; null for processes without one (the root's init, kthreadd). */
  parent: number | null;
  /** The command line (`ps -o args`). */
  command: string;
  /** The comm (`/proc/<pid>/status` Name:, lsns for kernel threads). */
  comm: string;
  user: string;
  /** A kernel thread: ps shows `[comm]`. */
  kernelThread: boolean;
  /** It entered its namespace from an ancestor (its parent lives in a proper ancestor and it is not an init). */
  entered: boolean;
}

/** A simulated machine. */
export interface KernelState {
  namespaces: SimNamespace[];
  processes: SimProcess[];
  /** inode → namespace. */
  nsByInode: Map<number, SimNamespace>;
  /** key → process. */
  byKey: Map<number, SimProcess>;
  /** inode → (pid there → process key). */
  pidIndex: Map<number, Map<number, number>>;
}

/** One process as a view (a procfs of namespace `ns`) shows it. */
export interface ViewRow {
  key: number;
  /** Its pid in the view's numbering. */
  pid: number;
  /** Its parent's pid in the view's numbering; 0 when the parent is outside the view (or none). */
  ppid: number;
  /** NSpid read in this view: from the view's level down to the process's own. */
  nspid: number[];
  nsInode: number;
  command: string;
  comm: string;
  user: string;
  kernelThread: boolean;
}

/** What the procfs of one namespace shows. */
export interface SimView {
  ns: number;
  level: number;
  /** Visible processes, by pid in the view. */
  rows: ViewRow[];
  /** pid in the view → row. */
  byPid: Map<number, ViewRow>;
  /** key → row. */
  byKey: Map<number, ViewRow>;
}

/** A process to create (all choices are indices taken modulo what exists). */
export interface ProcessSpec {
  ns: number;
  parent: number;
  /** Created by `nsenter`/`docker exec` from an ancestor namespace. */
  entered: boolean;
  command: number;
  user: number;
}

/** A description of a machine; `buildKernel` turns it into a `KernelState` deterministically. */
export interface KernelSpec {
  /** For namespace i+1: the index of its parent among 0..i (modulo). */
  nsParents: number[];
  /** A shuffle key per dynamic namespace, so inode order says nothing about nesting. */
  inodeKeys: number[];
  /** Gaps in the dynamic inode range (shared with other procfs entries on a real kernel). */
  inodeGaps: number[];
  /** For each namespace: an offset for its pids after the init (0: dense numbers that collide across namespaces). */
  pidBases: number[];
  /** Index into the init's candidate parents; rare values put the init's parent above its parent namespace. */
  initParents: number[];
  processes: ProcessSpec[];
  /** Add a kthreadd (pid 2 of the root, PPID 0, ps `[kthreadd]`). */
  kthreadd: boolean;
  /** Gaps between successive pids of a namespace (0 mostly). */
  pidGaps: number[];
}

// Commands repeat across namespaces, as on WSL (every distro runs `/init`, `plan9 …`). A
// command with a distinctive argument (`sleep 586000…`) is what a user starts to find a process
// again; the model takes the same pid and such a command in two views as one process (see
// docs/model.md), so the simulator makes those unique per process, like users do.
const COMMANDS = [
  '/init',
  'bash',
  '-bash',
  'sh',
  'sleep 100',
  'sleep 586000',
  '/sbin/init',
  'plan9 --control-socket 5 --log-level 4 --server-fd 6 --pipe',
  '/usr/local/bin/containerd --config /etc/containerd/containerd.toml',
  'ps aux',
  '/bin/login -f',
  'nsenter -t 1 -a sh',
  'unshare -muinpf --propagation=unchanged --kill-child',
  '/usr/bin/vpnkit-bridge --pid-file=/run/vpnkit-bridge.pid',
];
const INIT_COMMANDS = ['/init', '/init', '/sbin/init', 'sh', 'bash', '/bin/bash', 'sleep 100'];
const USERS = ['root', 'root', 'root', 'wslg', 'testusr'];

/** The comm the kernel keeps for a command line: argv[0]'s basename, 15 bytes. */
export function commOf(command: string): string {
  const space = command.indexOf(' ');
  const first = space < 0 ? command : command.slice(0, space);
  const base = first.slice(first.lastIndexOf('/') + 1).replace(/^-/, '');
  return base.slice(0, 15);
}

function at<T>(list: readonly T[], i: number): T {
  if (list.length === 0) throw new Error('kernel-sim: empty choice');
  return list[((i % list.length) + list.length) % list.length] as T;
}

/** Builds the machine a spec describes. Deterministic; every spec gives a valid kernel state. */
export function buildKernel(spec: KernelSpec): KernelState {
  const namespaces: SimNamespace[] = [{ inode: ROOT_INODE, parent: null, level: 0 }];
  const count = spec.nsParents.length + 1;
  // Dynamic inodes: sorted unique values, then handed out in the order of inodeKeys.
  const inodes: number[] = [];
  let next = FIRST_DYNAMIC_INODE;
  for (let i = 1; i < count; i++) {
    inodes.push(next);
    next += 1 + (spec.inodeGaps[i - 1] ?? 0);
  }
  const order = inodes.map((_, i) => i).sort((a, b) => (spec.inodeKeys[a] ?? 0) - (spec.inodeKeys[b] ?? 0) || a - b);
  for (let i = 1; i < count; i++) {
    let parent = namespaces[(spec.nsParents[i - 1] ?? 0) % i] as SimNamespace;
    while (parent.level >= MAX_LEVEL) parent = namespaces.find((n) => n.inode === parent.parent) as SimNamespace;
    namespaces.push({ inode: inodes[order[i - 1] as number] as number, parent: parent.inode, level: parent.level + 1 });
  }
  const nsByInode = new Map(namespaces.map((n) => [n.inode, n] as const));
  const chainOf = (inode: number): SimNamespace[] => {
    const chain: SimNamespace[] = [];
    for (let cur: SimNamespace | undefined = nsByInode.get(inode); cur; cur = cur.parent === null ? undefined : nsByInode.get(cur.parent)) chain.unshift(cur);
    return chain;
  };

  const pidIndex = new Map<number, Map<number, number>>(namespaces.map((n) => [n.inode, new Map()] as const));
  const nextPid = new Map<number, number>(namespaces.map((n) => [n.inode, 1] as const));
  let gapCursor = 0;
  const processes: SimProcess[] = [];
  const byKey = new Map<number, SimProcess>();
  const inNs = new Map<number, SimProcess[]>(namespaces.map((n) => [n.inode, []] as const));

  const spawn = (ns: SimNamespace, parent: SimProcess | null, command: string, user: string, kernelThread: boolean, entered: boolean): SimProcess => {
    const chain = chainOf(ns.inode);
    const pids = chain.map((n) => {
      const pid = nextPid.get(n.inode) as number;
      const idx = namespaces.indexOf(n);
      const gap = spec.pidGaps.length > 0 ? (spec.pidGaps[gapCursor++ % spec.pidGaps.length] as number) : 0;
      // After its init, a namespace's numbers may jump (a busy machine) or stay dense.
      nextPid.set(n.inode, pid === 1 ? 2 + (spec.pidBases[idx] ?? 0) : pid + 1 + gap);
      (pidIndex.get(n.inode) as Map<number, number>).set(pid, processes.length);
      return pid;
    });
    if (command === 'sleep 586000') command = `sleep ${586000 + processes.length}`;
    const p: SimProcess = { key: processes.length, ns: ns.inode, pids, parent: parent?.key ?? null, command, comm: commOf(command), user, kernelThread, entered };
    processes.push(p);
    byKey.set(p.key, p);
    (inNs.get(ns.inode) as SimProcess[]).push(p);
    return p;
  };

  const root = namespaces[0] as SimNamespace;
  spawn(root, null, '/init', 'root', false, false);
  if (spec.kthreadd) {
    const k = spawn(root, null, 'kthreadd', 'root', true, false);
    k.comm = 'kthreadd';
  }
  // Namespaces are created in order, each with its init; the creator lives in the parent
  // namespace (unshare requires it), but the first process could be forked by a process of
  // any proper ancestor that entered it with setns (rare).
  for (let i = 1; i < count; i++) {
    const ns = namespaces[i] as SimNamespace;
    const chain = chainOf(ns.inode);
    const parentNs = chain[chain.length - 2] as SimNamespace;
    const choice = spec.initParents[i - 1] ?? 0;
    let candidates = inNs.get(parentNs.inode) as SimProcess[];
    if (choice % 23 === 22 && chain.length > 2) {
      candidates = chain.slice(0, -2).flatMap((n) => inNs.get(n.inode) as SimProcess[]);
    }
    const parent = at(candidates, Math.floor(choice / 23));
    spawn(ns, parent, at(INIT_COMMANDS, choice), at(USERS, choice >> 3), false, false);
  }
  for (const ps of spec.processes) {
    const ns = at(namespaces, ps.ns);
    const chain = chainOf(ns.inode);
    let parent: SimProcess;
    let entered = false;
    if (ps.entered && chain.length > 1) {
      // An ancestor namespace, then a process in it (every namespace has its init).
      const above = at(chain.slice(0, -1), ps.parent);
      parent = at(inNs.get(above.inode) as SimProcess[], Math.floor(ps.parent / 7));
      entered = true;
    } else {
      parent = at(inNs.get(ns.inode) as SimProcess[], ps.parent);
    }
    spawn(ns, parent, at(COMMANDS, ps.command), at(USERS, ps.user), false, entered);
  }
  return { namespaces, processes, nsByInode, byKey, pidIndex };
}

/** The namespaces from the initial one down to `inode`. */
export function chainOf(state: KernelState, inode: number): SimNamespace[] {
  const chain: SimNamespace[] = [];
  for (let cur = state.nsByInode.get(inode); cur; cur = cur.parent === null ? undefined : state.nsByInode.get(cur.parent)) chain.unshift(cur);
  return chain;
}

/** True when `ancestor` is `ns` or one of its ancestors. */
export function isAncestorOrSelf(state: KernelState, ancestor: number, ns: number): boolean {
  return chainOf(state, ns).some((n) => n.inode === ancestor);
}

/** The process numbered `pid` in namespace `inode`. */
export function processAt(state: KernelState, inode: number, pid: number): SimProcess | undefined {
  const key = state.pidIndex.get(inode)?.get(pid);
  return key === undefined ? undefined : state.byKey.get(key);
}

/** Level of a namespace. */
export function levelOf(state: KernelState, inode: number): number {
  const ns = state.nsByInode.get(inode);
  if (!ns) throw new Error(`kernel-sim: no namespace ${inode}`);
  return ns.level;
}

/** What a procfs mounted by namespace `inode` shows: its processes and its descendants', numbered there. */
export function viewOf(state: KernelState, inode: number): SimView {
  const level = levelOf(state, inode);
  const rows: ViewRow[] = [];
  for (const p of state.processes) {
    if (!isAncestorOrSelf(state, inode, p.ns)) continue;
    const parent = p.parent === null ? undefined : state.byKey.get(p.parent);
    // The parent is visible iff its namespace is at the view's level or deeper (it is an
    // ancestor-or-self of the child's, so then it is inside the view's subtree).
    const ppid = parent && parent.pids.length - 1 >= level ? (parent.pids[level] as number) : 0;
    rows.push({
      key: p.key,
      pid: p.pids[level] as number,
      ppid,
      nspid: p.pids.slice(level),
      nsInode: p.ns,
      command: p.command,
      comm: p.comm,
      user: p.user,
      kernelThread: p.kernelThread,
    });
  }
  rows.sort((a, b) => a.pid - b.pid);
  return { ns: inode, level, rows, byPid: new Map(rows.map((r) => [r.pid, r] as const)), byKey: new Map(rows.map((r) => [r.key, r] as const)) };
}

/** Checks the state against the kernel facts above; returns the violations (empty when sound). */
export function kernelViolations(state: KernelState): string[] {
  const out: string[] = [];
  const inodes = new Set<number>();
  for (const ns of state.namespaces) {
    if (inodes.has(ns.inode)) out.push(`duplicate inode ${ns.inode}`);
    inodes.add(ns.inode);
    if (ns.level > MAX_LEVEL) out.push(`namespace ${ns.inode} deeper than ${MAX_LEVEL}`);
    if (ns.inode === ROOT_INODE) {
      if (ns.parent !== null || ns.level !== 0) out.push('initial namespace has a parent');
    } else {
      if (ns.inode < FIRST_DYNAMIC_INODE) out.push(`inode ${ns.inode} below the dynamic range`);
      const parent = ns.parent === null ? undefined : state.nsByInode.get(ns.parent);
      if (!parent || parent.level + 1 !== ns.level) out.push(`namespace ${ns.inode} has a bad parent`);
    }
  }
  for (const ns of state.namespaces) {
    const pids = state.pidIndex.get(ns.inode) as Map<number, number>;
    const init = pids.get(1);
    if (init === undefined) out.push(`namespace ${ns.inode} has no init`);
    else if ((state.byKey.get(init) as SimProcess).ns !== ns.inode) out.push(`pid 1 of ${ns.inode} lives elsewhere`);
  }
  for (const p of state.processes) {
    const chain = chainOf(state, p.ns);
    if (p.pids.length !== chain.length) out.push(`process ${p.key} has ${p.pids.length} pids for level ${chain.length - 1}`);
    chain.forEach((n, l) => {
      if (state.pidIndex.get(n.inode)?.get(p.pids[l] as number) !== p.key) out.push(`pid index of ${p.key} at ${n.inode} is wrong`);
    });
    if (p.parent !== null) {
      const parent = state.byKey.get(p.parent);
      if (!parent) out.push(`process ${p.key} has a missing parent`);
      else if (!isAncestorOrSelf(state, parent.ns, p.ns)) out.push(`process ${p.key} lives outside its parent's subtree`);
      else if (parent.key >= p.key) out.push(`process ${p.key} is older than its parent`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Options of the kernel arbitrary. */
export interface KernelArbOptions {
  /** Most namespaces (besides the initial one). */
  maxNamespaces?: number;
  /** Most processes besides the inits. */
  maxProcesses?: number;
  /** Allow inits whose parent lives above their parent namespace (setns into a fresh namespace). */
  farInitParents?: boolean;
  /** Allow the deep chains (up to level 32). */
  deep?: boolean;
}

const processSpecArb = fc.record({
  ns: fc.nat(1000),
  parent: fc.nat(1000),
  entered: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  command: fc.nat(100),
  user: fc.nat(100),
});

/** Generates specs of machines: mostly shallow trees with some branching, sometimes a chain down to level 32. */
export function kernelSpecArb(options: KernelArbOptions = {}): fc.Arbitrary<KernelSpec> {
  const maxNs = options.maxNamespaces ?? 8;
  const maxProcs = options.maxProcesses ?? 30;
  const shallow = fc.array(fc.nat(1000), { maxLength: maxNs });
  // A chain: namespace i's parent is i-1 (index i-1 modulo i), with a few side branches.
  const deep = fc
    .tuple(fc.integer({ min: 2, max: MAX_LEVEL + 3 }), fc.array(fc.nat(1000), { maxLength: 3 }))
    .map(([depth, side]) => [...Array.from({ length: depth }, (_, i) => i), ...side]);
  const nsParents = options.deep === false ? shallow : fc.oneof({ weight: 6, arbitrary: shallow }, { weight: 1, arbitrary: deep });
  return nsParents.chain((parents) => {
    const n = parents.length;
    return fc.record({
      nsParents: fc.constant(parents),
      inodeKeys: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      inodeGaps: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(300) }), { minLength: n, maxLength: n }),
      pidBases: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(300_000) }), { minLength: n + 1, maxLength: n + 1 }),
      initParents: fc.array(
        options.farInitParents === false ? fc.nat(1000).map((x) => x - (x % 23)) : fc.nat(1000),
        { minLength: n, maxLength: n },
      ),
      processes: fc.array(processSpecArb, { maxLength: maxProcs }),
      kthreadd: fc.boolean(),
      pidGaps: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(40) }), { maxLength: 8 }),
    });
  });
}

/** Generates machines. */
export function kernelArb(options: KernelArbOptions = {}): fc.Arbitrary<KernelState> {
  return kernelSpecArb(options).map(buildKernel);
}

// ---------------------------------------------------------------------------------------------
// A deterministic pseudo-random stream, for choices that depend on the generated state.

/** mulberry32: a small seeded PRNG, so a scenario is a pure function of (state, seed). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
