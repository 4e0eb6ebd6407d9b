/**
 * The resolver: turns observations read in several views (procfs numberings) into the
 * pid-namespace hierarchy, one `Process` per real process, and each process's pid at every
 * level known. It replaces the kernel's `NS_GET_PARENT` (which lxkns uses live) with sound
 * inference over text:
 *
 * - congruence: a namespace has one parent, a process one own namespace, and a pid in a
 *   namespace names one process — so equal things make their parents, namespaces and
 *   processes equal (union-find with a work list);
 * - NSpid chains paired from the end (last entry = own namespace, first = the view's);
 * - ns links, ps `pidns`, lsns rows and process listings (own namespace of a pid);
 * - lsns PNS (parent), roots of lsns process trees (their parent lives in a proper ancestor);
 * - elimination: a namespace proven to be a proper ancestor of D and visible from a view
 *   whose namespace is on D's known chain must be one of the chain's members; when every
 *   member but one is proven different (by inode), it is that one;
 * - identity by pid and a distinctive full command line, between processes no view links;
 * - inode 4026531836 is the initial namespace and has no parent.
 *
 * Contradictions are diagnostics naming both lines, never merges. Matches by command alone
 * are reported as candidates. See docs/model.md.
 */
import { diagnostic, makeResult, type Diagnostic, type ParseResult } from '../core/diagnostic.js';
import type {
  Analysis,
  CandidateMatch,
  Evidence,
  NamespaceObservation,
  Observation,
  ObservationSet,
  PidNamespace,
  Process,
  ProcessObservation,
  View,
  ViewInput,
  ViewNamespaceObservation,
} from './schema.js';

/** Inode of the initial pid namespace (`PROC_PID_INIT_INO`): the only proof of a root. */
export const INITIAL_PID_NS_INODE = 4026531836;

/** The kernel's `MAX_PID_NS_LEVEL`: an NSpid read from the initial namespace has at most 33 entries. */
export const MAX_PID_NS_LEVEL = 32;

/**
 * pid → process node of one namespace: a Map without per-entry objects. Entries are only ever
 * added (a pid, once known in a namespace, names one process) and kept in insertion order for
 * iteration. Small dense pids (the usual case) are found by direct indexing, the others through
 * an open-addressing hash; both indexes are plain arrays of small integers holding position + 1
 * (0: free), on the JS heap: see {@link Arena} for why not typed arrays.
 */
class PidTable {
  /** Pids and their process nodes in insertion order. */
  readonly pidList: number[] = [];
  readonly procList: number[] = [];
  /** Indexed by pid, for pids below its length; grown in place. */
  private readonly direct: number[] = [];
  private index: number[] | null = null;
  /** 32 − log2(index length): Fibonacci hashing takes the product's top bits. */
  private shift = 32;
  /** Entries in `index` (those `direct` does not cover). */
  private hashed = 0;

  get size(): number {
    return this.pidList.length;
  }

  get(pid: number): number | undefined {
    const direct = this.direct;
    if (pid >= 0 && pid < direct.length && (pid | 0) === pid) {
      const at = direct[pid] as number;
      return at === 0 ? undefined : this.procList[at - 1];
    }
    const index = this.index;
    if (index === null) return undefined;
    const mask = index.length - 1;
    for (let slot = Math.imul(pid, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const at = index[slot] as number;
      if (at === 0) return undefined;
      const q = this.pidList[at - 1] as number;
      // SameValueZero, as a Map compares keys.
      if (q === pid || (q !== q && pid !== pid)) return this.procList[at - 1];
    }
  }

  /** Adds a pid not yet in the table. */
  add(pid: number, proc: number): void {
    this.pidList.push(pid);
    this.procList.push(proc);
    const at = this.pidList.length;
    const direct = this.direct;
    const integral = pid >= 0 && pid < 0x400000 && (pid | 0) === pid;
    if (integral && pid < direct.length) {
      direct[pid] = at;
      return;
    }
    if (integral) {
      // Index directly while that costs at most 16 slots per entry.
      let length = 1024;
      while (length <= pid) length *= 2;
      if (length <= 16 * at + 16384) {
        this.rebuild(length);
        return;
      }
    }
    this.hashed++;
    if (this.index === null || this.hashed * 2 > this.index.length) this.rebuild(direct.length);
    else this.place(this.index, at);
  }

  private covered(pid: number, directLength: number): boolean {
    return pid >= 0 && pid < directLength && (pid | 0) === pid;
  }

  private place(index: number[], at: number): void {
    const mask = index.length - 1;
    let slot = Math.imul(this.pidList[at - 1] as number, 0x9e3779b1) >>> this.shift;
    while (index[slot] !== 0) slot = (slot + 1) & mask;
    index[slot] = at;
  }

  /** Extends `direct` (in place) to cover pids below `directLength`, and rebuilds the hash of the others. */
  private rebuild(directLength: number): void {
    const direct = this.direct;
    while (direct.length < directLength) direct.push(0);
    let hashed = 0;
    for (let at = 1; at <= this.pidList.length; at++) {
      const pid = this.pidList[at - 1] as number;
      if (this.covered(pid, directLength)) direct[pid] = at;
      else hashed++;
    }
    this.hashed = hashed;
    if (hashed === 0) {
      this.index = null;
      this.shift = 32;
      return;
    }
    let length = 16;
    let bits = 4;
    while (length < hashed * 4) {
      length *= 2;
      bits++;
    }
    const index = zeros(length);
    this.shift = 32 - bits;
    for (let at = 1; at <= this.pidList.length; at++) if (!this.covered(this.pidList[at - 1] as number, directLength)) this.place(index, at);
    this.index = index;
  }
}

interface NsInfo {
  inode: number | null;
  parent: number | null;
  /** Lines that mention it (bounded, see NAMESPACE_EVIDENCE_LIMIT). */
  evidence: Evidence[];
  /** How inference established it (elimination, identity): every one is kept. */
  notes: Evidence[];
  pids: PidTable;
  /** Some fact refers to it: a view, a process key, a parent edge or an inode. */
  anchored: boolean;
}

/** `n` zeros in a plain array. */
function zeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

/** "No node" / "no entry" in the typed arrays below. */
const NONE = -1;

/** A copy of `a` with twice the room. */
function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Typed arrays carved out of one ArrayBuffer. Typed arrays live outside the JS heap, and each
 * one allocated counts as "external memory", which makes V8 run full collections of the whole
 * heap (input included) as it grows: the resolver's tables come from one allocation, sized from
 * the input, so that there is one such step, not dozens.
 */
class Arena {
  private readonly buffer: ArrayBuffer;
  /** Next free byte of the doubles (from 0) and of the ints (after all the doubles, aligned). */
  private floatAt = 0;
  private intAt: number;

  /** Room for `floats` Float64 and `ints` Int32 entries. */
  constructor(floats: number, ints: number) {
    this.intAt = floats * 8;
    this.buffer = new ArrayBuffer(floats * 8 + ints * 4);
  }

  f64(n: number): Float64Array<ArrayBuffer> {
    const a = new Float64Array(this.buffer, this.floatAt, n);
    this.floatAt += n * 8;
    return a;
  }

  i32(n: number): Int32Array<ArrayBuffer> {
    const a = new Int32Array(this.buffer, this.intAt, n);
    this.intAt += n * 4;
    return a;
  }
}

/**
 * One list of numbers (or number pairs) per owner (a process), as singly linked lists in typed
 * arrays: no object per entry, and a head and tail per owner, so that merging two processes
 * appends one list to the other in constant time. Lists keep insertion order.
 */
class PairLists {
  /** Per owner: first and last entry (NONE when empty) and the number of entries. */
  head: Int32Array<ArrayBuffer>;
  tail: Int32Array<ArrayBuffer>;
  size: Int32Array<ArrayBuffer>;
  /** Per entry: the value (or pair: `b` is empty for single values) and the next entry of the same list. */
  a: Float64Array<ArrayBuffer>;
  b: Float64Array<ArrayBuffer>;
  next: Int32Array<ArrayBuffer>;
  private count = 0;

  constructor(arena: Arena, owners: number, entries: number, pairs: boolean) {
    this.a = arena.f64(entries);
    this.b = arena.f64(pairs ? entries : 0);
    this.head = arena.i32(owners);
    this.tail = arena.i32(owners);
    this.size = arena.i32(owners);
    this.next = arena.i32(entries);
  }

  /** Starts the empty list of a new owner. */
  addOwner(owner: number): void {
    if (owner >= this.head.length) {
      this.head = grow(this.head);
      this.tail = grow(this.tail);
      this.size = grow(this.size);
    }
    this.head[owner] = NONE;
    this.tail[owner] = NONE;
    this.size[owner] = 0;
  }

  /** Appends `(a, b)` (or `a`, for single values) to the owner's list; returns the entry. */
  push(owner: number, a: number, b = 0): number {
    const e = this.count++;
    if (e === this.next.length) {
      this.a = growFloat(this.a);
      if (this.b.length > 0) this.b = growFloat(this.b);
      this.next = grow(this.next);
    }
    this.a[e] = a;
    if (this.b.length > 0) this.b[e] = b;
    this.next[e] = NONE;
    const t = this.tail[owner] as number;
    if (t === NONE) this.head[owner] = e;
    else this.next[t] = e;
    this.tail[owner] = e;
    this.size[owner] = (this.size[owner] as number) + 1;
    return e;
  }

  /** Moves the list of `from` to the end of the list of `into`. */
  concat(into: number, from: number): void {
    const h = this.head[from] as number;
    if (h === NONE) return;
    const t = this.tail[into] as number;
    if (t === NONE) this.head[into] = h;
    else this.next[t] = h;
    this.tail[into] = this.tail[from] as number;
    this.size[into] = (this.size[into] as number) + (this.size[from] as number);
    this.head[from] = NONE;
    this.tail[from] = NONE;
    this.size[from] = 0;
  }
}

interface AncestorFact {
  /** The ancestor: a process whose own namespace it is, or a namespace node. */
  ancestorProc: number | null;
  ancestorNs: number | null;
  /** The descendant namespace node. */
  descendantNs: number;
  /** True when the two cannot be equal. */
  proper: boolean;
  /** The view the ancestor was seen in: it is that view's namespace or below it. */
  boundView: string;
  evidence: Evidence[];
}

type Work = { kind: 'ns'; a: number; b: number; ev: Evidence[] } | { kind: 'proc'; a: number; b: number; ev: Evidence[] };

/** Commands too generic to identify a process by (with its pid) across views. */
const GENERIC_COMMANDS = new Set(['/init', 'init', '/sbin/init', 'bash', '-bash', 'sh', '-sh', 'zsh', 'ps', 'sleep', 'systemd', '/bin/bash', '/bin/sh']);

/** Programs that print the listings themselves; each run is a new, short-lived process. */
const OBSERVER_COMMANDS = new Set(['ps', 'lsns', 'grep', 'cat', 'ls', 'readlink', 'nsenter', 'top', 'htop', 'pstree', 'awk', 'sed', 'head', 'tail']);

/**
 * True when `command` is specific enough that the same pid and command in two views is one
 * process: it has an argument no other process is likely to share by chance — a number of four
 * or more digits (the `sleep 680001` a user starts to find again) or a long hex id (a
 * container shim's `-id`). `/init`, `plan9 --control-socket 5 …` or `bash` are not.
 */
export function isDistinctiveCommand(command: string | null | undefined): boolean {
  if (!command) return false;
  const text = command.trim();
  if (GENERIC_COMMANDS.has(text)) return false;
  const space = text.indexOf(' ');
  if (space < 0) return false;
  return /(?:^|[\s=:/-])(?:\d{4,}|[\da-f]{12,})(?=$|[\s,;/.:])/i.test(text.slice(space));
}

/** The first word's basename, without the brackets of kernel threads and busybox's `{comm}`. */
function commandStem(command: string): string {
  let text = command.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const space = text.indexOf(' ');
  const first = space < 0 ? text : text.slice(0, space);
  const slash = first.lastIndexOf('/');
  return (slash < 0 ? first : first.slice(slash + 1)).replace(/:$/, '');
}

/**
 * Whether two command texts can belong to one process: equal, one a prefix of the other
 * (terminal truncation), or the same program (comm of 15 chars vs full args).
 */
export function commandsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.trim();
  const y = b.trim();
  if (x === y || x.startsWith(y) || y.startsWith(x)) return true;
  const sx = commandStem(x);
  const sy = commandStem(y);
  if (sx === sy) return true;
  // /proc/<pid>/status Name: is the comm, cut at 15 characters.
  return (sx.length === 15 && sy.startsWith(sx)) || (sy.length === 15 && sx.startsWith(sy)) || sx === '-' + sy || sy === '-' + sx;
}

function ev(line: number, text?: string): Evidence {
  return text === undefined ? { line } : { line, text };
}

function mergeEvidence(into: Evidence[], from: readonly Evidence[]): void {
  for (const e of from) into.push(e);
}

/** Sorted by line; one entry per line and text (a line without text only when it has none with). */
function normalizeEvidence(list: readonly Evidence[]): Evidence[] {
  // Lists already in strictly increasing line order (the usual case) only need fresh copies.
  let ordered = true;
  for (let i = 1; i < list.length && ordered; i++) if ((list[i - 1] as Evidence).line >= (list[i] as Evidence).line) ordered = false;
  if (ordered) return list.map((e) => (e.text === undefined ? { line: e.line } : { line: e.line, text: e.text }));
  const sorted = [...list].sort((a, b) => a.line - b.line || ((a.text ?? '') < (b.text ?? '') ? -1 : (a.text ?? '') > (b.text ?? '') ? 1 : 0));
  const out: Evidence[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i] as Evidence;
    const prev = out[out.length - 1];
    if (prev && prev.line === e.line) {
      if (prev.text === e.text) continue;
      if (prev.text === undefined) {
        out[out.length - 1] = e;
        continue;
      }
      if (e.text === undefined) continue;
    }
    out.push(e.text === undefined ? { line: e.line } : { line: e.line, text: e.text });
  }
  return out;
}

/** How many lines a namespace keeps as evidence: its derived notes and its earliest lines. */
export const NAMESPACE_EVIDENCE_LIMIT = 64;

/**
 * Adds evidence to a namespace's list, keeping it bounded. Observations are read in line order,
 * so the first lines added are the earliest; a merge keeps the earliest of both lists.
 */
function addNsEvidence(into: Evidence[], from: readonly Evidence[]): Evidence[] {
  if (into.length >= NAMESPACE_EVIDENCE_LIMIT * 4 && from.length <= 2) return into;
  for (const e of from) into.push(e);
  return into.length > NAMESPACE_EVIDENCE_LIMIT * 4 ? normalizeEvidence(into).slice(0, NAMESPACE_EVIDENCE_LIMIT * 2) : into;
}

/**
 * `v` as a small integer when it is one. A number read from a Float64Array is a double, and an
 * output field that first receives a double is stored boxed (one more object per field) for
 * every object of that shape; `v | 0` is the same value as a small integer.
 */
function small(v: number): number {
  const i = v | 0;
  return i === v && (i !== 0 || 1 / v > 0) ? i : v;
}

/** Union-find lookup with path compression: the representative of `x` in `uf`. */
function findRoot(uf: Int32Array, x: number): number {
  let r = x;
  while (uf[r] !== r) r = uf[r] as number;
  let c = x;
  while (uf[c] !== r) {
    const next = uf[c] as number;
    uf[c] = r;
    c = next;
  }
  return r;
}

/** The resolution state; one instance per `resolve` call. */
class Resolver {
  // Union-find parents in typed arrays (grown by doubling when full); `nsCount`/`procCount` are the sizes.
  private nsUf = new Int32Array(256);
  private nsCount = 0;
  private readonly ns: (NsInfo | null)[] = [];
  // Processes: a struct of arrays indexed by process node (a node merged into another is no
  // longer its own union-find root); NONE where the value is unknown. No object per process
  // while resolving: the output objects are made once, by build().
  private procUf: Int32Array<ArrayBuffer>;
  private procCount = 0;
  /** Own namespace node. */
  private pOwn: Int32Array<ArrayBuffer>;
  /** Parent process node (PPID). */
  private pParent: Int32Array<ArrayBuffer>;
  /** The first two views (indexes, see viewIndexOf) that saw it; the others, rare, are in pMoreViews. */
  private pView: Int32Array<ArrayBuffer>;
  private pView2: Int32Array<ArrayBuffer>;
  private readonly pMoreViews = new Map<number, number[]>();
  private readonly pCommand: (string | null)[] = [];
  private readonly pUser: (string | null)[] = [];
  /** Per process: its lines (a = line), the text of those that have one in lineText by entry. */
  private readonly lines: PairLists;
  private readonly lineText = new Map<number, string>();
  /** Per process: every (namespace node, pid) that names it. */
  private readonly keys: PairLists;
  /** Per process: its first line and smallest pid (the output order), kept as they are added. */
  private pFirstLine: Float64Array<ArrayBuffer>;
  private pLeastPid: Float64Array<ArrayBuffer>;
  /** Union-find links made (each one is permanent): inference compares it between rounds. */
  private merges = 0;
  private readonly byInode = new Map<number, number>();
  private readonly viewNs = new Map<string, number>();
  private readonly views = new Map<string, ViewInput>();
  private readonly work: Work[] = [];
  private readonly facts: AncestorFact[] = [];
  /** Every PPID edge seen (for candidates); `pendingPpid` holds those not yet turned into facts. */
  // Parallel typed arrays (one entry per edge, `edgeCount` in use): no object per edge.
  private edgeChild: Int32Array<ArrayBuffer>;
  private edgeParent: Int32Array<ArrayBuffer>;
  /** The view (index) the edge was read in. */
  private edgeView: Int32Array<ArrayBuffer>;
  private edgeLine: Float64Array<ArrayBuffer>;
  private edgeCount = 0;
  /** The texts of the edge lines that have one (rare), by edge. */
  private readonly edgeText = new Map<number, string>();
  /** Indexes of the edges not yet turned into facts. */
  private pendingPpid: Int32Array<ArrayBuffer>;
  private pendingCount = 0;
  readonly diagnostics: Diagnostic[] = [];
  private readonly conflictKeys = new Set<string>();
  private readonly distinctiveCache = new Map<string, boolean>();
  private readonly observerCache = new Map<string, boolean>();
  private readonly viewIndex = new Map<string, number>();
  private readonly viewIds: string[] = [];
  /** Scratch for addKnownChain: the namespace nodes of a chain, view first. */
  private readonly chainNodes = new Int32Array(MAX_PID_NS_LEVEL + 1);

  /**
   * The tables are sized once from the input, in one {@link Arena}: `lines` bounds the lines and
   * PPID edges and estimates the processes; `keys` estimates the (namespace, pid) keys. Beyond
   * the estimates they grow.
   */
  constructor(lines: number, keys: number) {
    const procs = Math.max(4096, lines);
    const entries = Math.max(4096, lines);
    const keyEntries = Math.max(4096, keys);
    // Doubles: first line and least pid per process, a line per line entry, a pair per key, a
    // line per edge. Ints: 5 + 2 × 3 per process, the next links, 4 per edge.
    const arena = new Arena(2 * procs + entries + 2 * keyEntries + entries, 11 * procs + entries + keyEntries + 4 * entries);
    this.pFirstLine = arena.f64(procs);
    this.pLeastPid = arena.f64(procs);
    this.lines = new PairLists(arena, procs, entries, false);
    this.keys = new PairLists(arena, procs, keyEntries, true);
    this.edgeLine = arena.f64(entries);
    this.procUf = arena.i32(procs);
    this.pOwn = arena.i32(procs);
    this.pParent = arena.i32(procs);
    this.pView = arena.i32(procs);
    this.pView2 = arena.i32(procs);
    this.edgeChild = arena.i32(entries);
    this.edgeParent = arena.i32(entries);
    this.edgeView = arena.i32(entries);
    this.pendingPpid = arena.i32(entries);
  }

  // ---- namespaces ---------------------------------------------------------------------------

  newNs(evidence: Evidence[] = []): number {
    const id = this.nsCount++;
    if (id === this.nsUf.length) this.nsUf = grow(this.nsUf);
    this.nsUf[id] = id;
    this.ns.push({ inode: null, parent: null, evidence: [...evidence], notes: [], pids: new PidTable(), anchored: false });
    return id;
  }

  findNs(x: number): number {
    return findRoot(this.nsUf, x);
  }

  nsInfo(x: number): NsInfo {
    return this.ns[this.findNs(x)] as NsInfo;
  }

  nsOfInode(inode: number, evidence: Evidence[]): number {
    let id = this.byInode.get(inode);
    if (id === undefined) {
      id = this.newNs();
      const info = this.ns[id] as NsInfo;
      info.inode = inode;
      this.byInode.set(inode, id);
    }
    const info = this.nsInfo(id);
    info.anchored = true;
    info.evidence = addNsEvidence(info.evidence, evidence);
    return id;
  }

  parentOf(x: number): number | null {
    const p = this.nsInfo(x).parent;
    return p === null ? null : this.findNs(p);
  }

  setParent(child: number, parent: number, evidence: Evidence[]): void {
    const c = this.findNs(child);
    const info = this.ns[c] as NsInfo;
    if (info.inode === INITIAL_PID_NS_INODE) {
      this.conflict(
        'model/root-has-parent',
        `pid:[${INITIAL_PID_NS_INODE}] is the initial namespace and has no parent, but the input gives it one.`,
        evidence,
      );
      return;
    }
    info.anchored = true;
    this.nsInfo(parent).anchored = true;
    info.evidence = addNsEvidence(info.evidence, evidence);
    const parentInfo = this.nsInfo(parent);
    parentInfo.evidence = addNsEvidence(parentInfo.evidence, evidence);
    if (info.parent === null) {
      if (this.isAncestorOrSelf(c, parent)) {
        this.conflict('model/namespace-cycle', 'The input makes a namespace its own ancestor.', [...evidence, ...info.evidence.slice(0, 1), ...this.nsInfo(parent).evidence.slice(0, 1)]);
        return;
      }
      info.parent = this.findNs(parent);
    } else if (this.findNs(info.parent) !== this.findNs(parent)) {
      this.work.push({ kind: 'ns', a: info.parent, b: parent, ev: evidence });
    }
  }

  /** True when `a` is `b` or one of its known ancestors. */
  isAncestorOrSelf(a: number, b: number): boolean {
    const ra = this.findNs(a);
    let cur: number | null = this.findNs(b);
    for (let guard = 0; cur !== null && guard <= MAX_PID_NS_LEVEL + 64; guard++) {
      if (cur === ra) return true;
      cur = this.parentOf(cur);
    }
    return false;
  }

  /** Whether merging `a` and `b` contradicts a known inode or makes a cycle. */
  canMergeNs(a: number, b: number): boolean {
    let x: number | null = this.findNs(a);
    let y: number | null = this.findNs(b);
    if (x === y) return true;
    if (this.isAncestorOrSelf(x, y) || this.isAncestorOrSelf(y, x)) return false;
    for (let guard = 0; x !== null && y !== null && guard <= MAX_PID_NS_LEVEL + 64; guard++) {
      if (x === y) return true;
      const ix = (this.ns[x] as NsInfo).inode;
      const iy = (this.ns[y] as NsInfo).inode;
      if (ix !== null && iy !== null && ix !== iy) return false;
      if (ix === INITIAL_PID_NS_INODE && this.parentOf(y) !== null) return false;
      if (iy === INITIAL_PID_NS_INODE && this.parentOf(x) !== null) return false;
      x = this.parentOf(x);
      y = this.parentOf(y);
    }
    return true;
  }

  private doMergeNs(a0: number, b0: number, evidence: Evidence[]): void {
    const a = this.findNs(a0);
    const b = this.findNs(b0);
    if (a === b) return;
    const ia = this.ns[a] as NsInfo;
    const ib = this.ns[b] as NsInfo;
    if (ia.inode !== null && ib.inode !== null && ia.inode !== ib.inode) {
      this.conflict(
        'model/namespace-conflict',
        `The input makes pid:[${ia.inode}] and pid:[${ib.inode}] the same namespace.`,
        [...evidence, ...ia.evidence.slice(0, 1), ...ib.evidence.slice(0, 1)],
      );
      return;
    }
    if (this.isAncestorOrSelf(a, b) || this.isAncestorOrSelf(b, a)) {
      this.conflict('model/namespace-cycle', 'The input makes a namespace equal to one of its ancestors.', [
        ...evidence,
        ...ia.evidence.slice(0, 1),
        ...ib.evidence.slice(0, 1),
      ]);
      return;
    }
    // Keep the larger pid map in place.
    const [keep, gone] = ia.pids.size >= ib.pids.size ? [a, b] : [b, a];
    const k = this.ns[keep] as NsInfo;
    const g = this.ns[gone] as NsInfo;
    this.nsUf[gone] = keep;
    this.merges++;
    this.ns[gone] = null;
    if (k.inode === null && g.inode !== null) {
      k.inode = g.inode;
      this.byInode.set(g.inode, keep);
    }
    k.anchored ||= g.anchored;
    // Evidence is what mentions a namespace directly; the cause of a merge is recorded by the caller.
    k.evidence = addNsEvidence(k.evidence, g.evidence);
    mergeEvidence(k.notes, g.notes);
    for (let j = 0; j < g.pids.size; j++) {
      const pid = g.pids.pidList[j] as number;
      const p = g.pids.procList[j] as number;
      const q = k.pids.get(pid);
      if (q === undefined) k.pids.add(pid, p);
      else this.work.push({ kind: 'proc', a: q, b: p, ev: evidence });
    }
    if (k.parent === null) k.parent = g.parent;
    else if (g.parent !== null) this.work.push({ kind: 'ns', a: k.parent, b: g.parent, ev: evidence });
    if (k.inode === INITIAL_PID_NS_INODE && k.parent !== null) {
      this.conflict('model/root-has-parent', `pid:[${INITIAL_PID_NS_INODE}] is the initial namespace and has no parent, but the input gives it one.`, [
        ...evidence,
        ...k.evidence.slice(0, 2),
      ]);
      k.parent = null;
    }
  }

  /** Merges two namespaces now; `evidence` (the lines and the reason) is kept when the merge holds. */
  mergeNs(a: number, b: number, evidence: Evidence[]): void {
    this.work.push({ kind: 'ns', a, b, ev: evidence });
    this.drain();
    if (this.findNs(a) === this.findNs(b)) mergeEvidence(this.nsInfo(a).notes, evidence);
  }

  // ---- processes ------------------------------------------------------------------------------

  findProc(x: number): number {
    return findRoot(this.procUf, x);
  }

  /** A new process node, known by no pid yet. */
  private newProc(): number {
    const id = this.procCount++;
    if (id === this.procUf.length) {
      this.procUf = grow(this.procUf);
      this.pOwn = grow(this.pOwn);
      this.pParent = grow(this.pParent);
      this.pView = grow(this.pView);
      this.pView2 = grow(this.pView2);
      this.pFirstLine = growFloat(this.pFirstLine);
      this.pLeastPid = growFloat(this.pLeastPid);
    }
    this.procUf[id] = id;
    this.pOwn[id] = NONE;
    this.pParent[id] = NONE;
    this.pView[id] = NONE;
    this.pView2[id] = NONE;
    this.pFirstLine[id] = Number.MAX_SAFE_INTEGER;
    this.pLeastPid[id] = Number.MAX_SAFE_INTEGER;
    this.pCommand.push(null);
    this.pUser.push(null);
    this.lines.addOwner(id);
    this.keys.addOwner(id);
    return id;
  }

  /** The process that has `pid` in namespace node `nsNode` (created on first mention); a root. */
  procAt(nsNode: number, pid: number): number {
    const n = this.findNs(nsNode);
    const info = this.ns[n] as NsInfo;
    info.anchored = true;
    const found = info.pids.get(pid);
    if (found !== undefined) return this.findProc(found);
    const id = this.newProc();
    this.addKey(id, n, pid);
    info.pids.add(pid, id);
    return id;
  }

  /** Adds a (namespace node, pid) key to a process (root `p`). */
  private addKey(p: number, nsNode: number, pid: number): void {
    this.keys.push(p, nsNode, pid);
    if (pid < (this.pLeastPid[p] as number)) this.pLeastPid[p] = pid;
  }

  /** True when process `p` (a root) has a pid other than `pid` in namespace node `n` (a root). */
  private hasOtherPidIn(p: number, n: number, pid: number): boolean {
    const keys = this.keys;
    for (let k = keys.head[p] as number; k !== NONE; k = keys.next[k] as number) if (keys.b[k] !== pid && this.findNs(keys.a[k] as number) === n) return true;
    return false;
  }

  /** The first `max` lines of a process (root `p`) as evidence, for a diagnostic. */
  private procEvidence(p: number, max: number): Evidence[] {
    const out: Evidence[] = [];
    for (let e = this.lines.head[p] as number; e !== NONE && out.length < max; e = this.lines.next[e] as number) out.push(this.lineEvidence(e));
    return out;
  }

  /** Line entry `e` of a process as evidence. */
  private lineEvidence(e: number): Evidence {
    return ev(small(this.lines.a[e] as number), this.lineText.get(e));
  }

  /** Every line of a process (root `p`), sorted, one entry per line and text. */
  private procEvidenceAll(p: number): Evidence[] {
    const lines = this.lines;
    const out: Evidence[] = new Array<Evidence>(lines.size[p] as number);
    let ordered = true;
    let k = 0;
    let last = -Infinity;
    const texts = this.lineText.size > 0;
    for (let e = lines.head[p] as number; e !== NONE; e = lines.next[e] as number) {
      const line = lines.a[e] as number;
      if (line <= last) ordered = false;
      last = line;
      out[k++] = texts ? this.lineEvidence(e) : { line: small(line) };
    }
    return ordered ? out : normalizeEvidence(out);
  }

  private hasView(p: number, view: number): boolean {
    if (this.pView[p] === view || this.pView2[p] === view) return true;
    const more = this.pView2[p] === NONE ? undefined : this.pMoreViews.get(p);
    return more !== undefined && more.includes(view);
  }

  private addViewTo(p: number, view: number): void {
    if (this.pView[p] === NONE) this.pView[p] = view;
    else if (this.pView2[p] === NONE) {
      if (this.pView[p] !== view) this.pView2[p] = view;
    } else if (!this.hasView(p, view)) {
      const more = this.pMoreViews.get(p);
      if (more === undefined) this.pMoreViews.set(p, [view]);
      else more.push(view);
    }
  }

  setOwnNs(procNode: number, nsNode: number, evidence: Evidence[]): void {
    const p = this.findProc(procNode);
    const nsInfo = this.nsInfo(nsNode);
    nsInfo.evidence = addNsEvidence(nsInfo.evidence, evidence);
    nsInfo.anchored = true;
    const own = this.pOwn[p] as number;
    if (own === NONE) this.pOwn[p] = this.findNs(nsNode);
    // A contradiction here must name the lines that gave the process its namespace before.
    else if (this.findNs(own) !== this.findNs(nsNode)) this.work.push({ kind: 'ns', a: own, b: nsNode, ev: [...evidence, ...this.procEvidence(p, 2)] });
  }

  /** Own namespace node of a process, created as a placeholder when unknown. */
  ownNsOf(procNode: number): number {
    const p = this.findProc(procNode);
    if (this.pOwn[p] === NONE) this.pOwn[p] = this.newNs();
    return this.findNs(this.pOwn[p] as number);
  }

  private doMergeProc(a0: number, b0: number, evidence: Evidence[]): void {
    const a = this.findProc(a0);
    const b = this.findProc(b0);
    if (a === b) return;
    if (this.provablyDistinct(a, b)) {
      this.conflict('model/process-conflict', 'Two processes with different pids in one namespace would be the same process.', [
        ...this.procEvidence(a, 1),
        ...this.procEvidence(b, 1),
        ...evidence,
      ]);
      return;
    }
    const ca = this.pCommand[a] as string | null;
    const cb = this.pCommand[b] as string | null;
    if (ca !== null && cb !== null && !commandsCompatible(ca, cb)) {
      this.conflict('model/process-conflict', `One pid in one namespace is given two different commands: "${ca}" and "${cb}".`, [
        ...this.procEvidence(a, 1),
        ...this.procEvidence(b, 1),
        ...evidence,
      ]);
      return;
    }
    this.procUf[b] = a;
    this.merges++;
    if (cb !== null && (ca === null || cb.length > ca.length)) this.pCommand[a] = cb;
    if (this.pUser[a] === null) this.pUser[a] = this.pUser[b] as string | null;
    this.lines.concat(a, b);
    this.keys.concat(a, b);
    if ((this.pFirstLine[b] as number) < (this.pFirstLine[a] as number)) this.pFirstLine[a] = this.pFirstLine[b] as number;
    if ((this.pLeastPid[b] as number) < (this.pLeastPid[a] as number)) this.pLeastPid[a] = this.pLeastPid[b] as number;
    const vb = this.pView[b] as number;
    if (vb !== NONE) this.addViewTo(a, vb);
    const vb2 = this.pView2[b] as number;
    if (vb2 !== NONE) this.addViewTo(a, vb2);
    const more = this.pMoreViews.get(b);
    if (more !== undefined) {
      for (const v of more) this.addViewTo(a, v);
      this.pMoreViews.delete(b);
    }
    // Merges already made need no work item (links are permanent, so it would find nothing to do).
    const oa = this.pOwn[a] as number;
    const ob = this.pOwn[b] as number;
    if (oa === NONE) this.pOwn[a] = ob;
    else if (ob !== NONE && this.findNs(oa) !== this.findNs(ob)) this.work.push({ kind: 'ns', a: oa, b: ob, ev: evidence });
    // A process has one parent: two parents of one process are one process.
    const pa = this.pParent[a] as number;
    const pb = this.pParent[b] as number;
    if (pa === NONE) this.pParent[a] = pb;
    else if (pb !== NONE && this.findProc(pa) !== this.findProc(pb)) this.work.push({ kind: 'proc', a: pa, b: pb, ev: evidence });
  }

  /** Two pids in one namespace are two processes (`a`, `b`: roots). */
  private provablyDistinct(a: number, b: number): boolean {
    const keys = this.keys;
    for (let i = keys.head[a] as number; i !== NONE; i = keys.next[i] as number) {
      const ra = this.findNs(keys.a[i] as number);
      const qa = keys.b[i] as number;
      for (let j = keys.head[b] as number; j !== NONE; j = keys.next[j] as number) if (qa !== keys.b[j] && ra === this.findNs(keys.a[j] as number)) return true;
    }
    return false;
  }

  private drain(): void {
    while (this.work.length > 0) {
      const w = this.work.pop() as Work;
      if (w.kind === 'ns') this.doMergeNs(w.a, w.b, w.ev);
      else this.doMergeProc(w.a, w.b, w.ev);
    }
  }

  conflict(code: string, message: string, evidence: readonly Evidence[]): void {
    const lines = [...new Set(evidence.map((e) => e.line).filter((l) => l > 0))].sort((x, y) => x - y);
    const key = `${code}|${lines.join(',')}`;
    if (this.conflictKeys.has(key)) return;
    this.conflictKeys.add(key);
    const where = lines.length > 0 ? ` (lines ${lines.join(', ')})` : '';
    this.diagnostics.push(diagnostic('error', code, `${message}${where}`, lines[0] ?? 0));
  }

  // ---- observations ---------------------------------------------------------------------------

  addView(view: ViewInput): void {
    if (this.views.has(view.id)) return;
    this.views.set(view.id, view);
    const evidence = view.evidence ?? [];
    const node = view.inode != null ? this.nsOfInode(view.inode, evidence) : this.newNs(evidence);
    this.nsInfo(node).anchored = true;
    this.viewNs.set(view.id, node);
  }

  /** Links relative views ("the namespace of pid P in view W") once every view exists. */
  linkRelativeViews(): void {
    for (const view of this.views.values()) {
      if (!view.relativeTo) continue;
      const base = this.viewNs.get(view.relativeTo.viewId);
      if (base === undefined) {
        this.diagnostics.push(diagnostic('warning', 'model/unknown-view', `View ${view.id} is relative to an unknown view ${view.relativeTo.viewId}.`, view.firstLine));
        continue;
      }
      const target = this.procAt(base, view.relativeTo.pid);
      this.setOwnNs(target, this.viewNsOf(view.id), view.evidence ?? [ev(view.firstLine)]);
      this.drain();
    }
  }

  viewNsOf(viewId: string): number {
    let node = this.viewNs.get(viewId);
    if (node === undefined) {
      this.addView({ id: viewId, vantage: viewId, firstLine: 0, lastLine: 0 });
      node = this.viewNs.get(viewId) as number;
    }
    return this.findNs(node);
  }

  /** The index of a view id, for the per-process view lists. */
  private viewIndexOf(viewId: string): number {
    let k = this.viewIndex.get(viewId);
    if (k === undefined) {
      this.viewIndex.set(viewId, (k = this.viewIds.length));
      this.viewIds.push(viewId);
    }
    return k;
  }

  addProcess(o: ProcessObservation): void {
    // The line as evidence, made only when a fact needs one (most rows need none).
    let e: Evidence[] | null = null;
    const vns = this.viewNsOf(o.view);
    const chain = o.nspid && o.nspid.length > 0 ? o.nspid : null;
    if (chain && chain[0] !== o.pid) {
      this.diagnostics.push(
        diagnostic('warning', 'model/nspid-mismatch', `NSpid starts with ${chain[0]}, not with the pid ${o.pid} it was read for; the NSpid was ignored.`, o.line),
      );
    }
    const p = this.procAt(vns, o.pid);
    const entry = this.lines.push(p, o.line);
    if (o.line < (this.pFirstLine[p] as number)) this.pFirstLine[p] = o.line;
    if (o.text !== undefined) this.lineText.set(entry, o.text);
    const view = this.viewIndexOf(o.view);
    this.addViewTo(p, view);
    if (o.command) {
      const known = this.pCommand[p] as string | null;
      if (known !== null && !commandsCompatible(known, o.command)) {
        this.conflict('model/process-conflict', `Pid ${o.pid} in one view is given two different commands: "${known}" and "${o.command}".`, [
          ...this.procEvidence(p, 1),
          ev(o.line, o.text),
        ]);
      } else if (known === null || o.command.length > known.length) {
        this.pCommand[p] = o.command;
      }
    }
    if (o.user && this.pUser[p] === null) this.pUser[p] = o.user;
    if (o.nsInode != null) {
      // The common row: its namespace known, with all the evidence it keeps, and the process in
      // it or nowhere yet — set directly, without making the line's evidence.
      const known = this.byInode.get(o.nsInode);
      const own = this.pOwn[p] as number;
      if (known !== undefined && this.nsInfo(known).evidence.length >= NAMESPACE_EVIDENCE_LIMIT * 4 && (own === NONE || this.findNs(own) === this.findNs(known))) {
        this.pOwn[p] = this.findNs(known);
      } else this.setOwnNs(p, this.nsOfInode(o.nsInode, (e ??= [ev(o.line, o.text)])), e);
    }
    if (o.inViewNamespace || (o.pid === 1 && !chain)) this.setOwnNs(p, vns, (e ??= [ev(o.line, o.text)]));
    this.drain();
    if (chain && chain[0] === o.pid && !this.addKnownChain(p, vns, chain)) this.addChain(p, vns, chain, (e ??= [ev(o.line, o.text)]));
    if (o.ppid != null && o.ppid > 0) {
      const parent = this.procAt(vns, o.ppid);
      const child = this.findProc(p);
      const known = this.pParent[child] as number;
      if (known === NONE) this.pParent[child] = parent;
      else if (this.findProc(known) !== this.findProc(parent)) this.work.push({ kind: 'proc', a: known, b: parent, ev: (e ??= [ev(o.line, o.text)]) });
      if (o.parentOutsideNamespace) {
        this.facts.push({ ancestorProc: parent, ancestorNs: null, descendantNs: this.ownNsOf(p), proper: true, boundView: o.view, evidence: e ?? [ev(o.line, o.text)] });
      } else {
        this.addEdge(p, parent, view, o.line, o.text);
      }
    }
    this.drain();
  }

  /** Records a PPID edge, pending until applyPpidFacts can use it. */
  private addEdge(child: number, parent: number, view: number, line: number, text: string | undefined): void {
    const edge = this.edgeCount++;
    if (edge === this.edgeChild.length) {
      this.edgeChild = grow(this.edgeChild);
      this.edgeParent = grow(this.edgeParent);
      this.edgeView = grow(this.edgeView);
      this.edgeLine = growFloat(this.edgeLine);
    }
    this.edgeChild[edge] = child;
    this.edgeParent[edge] = parent;
    this.edgeView[edge] = view;
    this.edgeLine[edge] = line;
    if (text !== undefined) this.edgeText.set(edge, text);
    if (this.pendingCount === this.pendingPpid.length) this.pendingPpid = grow(this.pendingPpid);
    this.pendingPpid[this.pendingCount++] = edge;
  }

  /**
   * {@link addChain} for the common line of a long listing: every level of the chain already
   * known (the process's own namespace, each parent up to the view's) and full of evidence, and
   * no pid in it naming another process. Then the chain only registers its pids — the same
   * result as addChain, without making the line's evidence. Returns false, having changed
   * nothing, for any other chain.
   */
  private addKnownChain(node: number, viewNode: number, chain: readonly number[]): boolean {
    const p = this.findProc(node);
    const depth = chain.length - 1;
    const own = this.pOwn[p] as number;
    if (depth === 0 || depth > MAX_PID_NS_LEVEL || own === NONE) return false;
    const nodes = this.chainNodes;
    let cur = this.findNs(own);
    for (let i = depth; ; i--) {
      const info = this.ns[cur] as NsInfo;
      if (info.evidence.length < NAMESPACE_EVIDENCE_LIMIT * 4) return false;
      nodes[i] = cur;
      if (i === 0) break;
      if (info.parent === null || info.inode === INITIAL_PID_NS_INODE) return false;
      cur = this.findNs(info.parent);
    }
    if (cur !== this.findNs(viewNode)) return false;
    for (let i = 1; i <= depth; i++) {
      const n = nodes[i] as number;
      const existing = (this.ns[n] as NsInfo).pids.get(chain[i] as number);
      if (existing !== undefined) {
        if (this.findProc(existing) !== p) return false;
        continue;
      }
      // A second pid of the process in this namespace: addChain reports it.
      if (this.hasOtherPidIn(p, n, chain[i] as number)) return false;
    }
    for (let i = 1; i <= depth; i++) {
      const info = this.ns[nodes[i] as number] as NsInfo;
      const pid = chain[i] as number;
      info.anchored = true;
      if (info.pids.get(pid) === undefined) {
        info.pids.add(pid, p);
        this.addKey(p, nodes[i] as number, pid);
      }
    }
    return true;
  }

  /** NSpid paired from its end: entry i is the pid in the namespace i levels below the view's. */
  private addChain(p: number, vns: number, chain: readonly number[], e: Evidence[]): void {
    if (chain.length > MAX_PID_NS_LEVEL + 1) {
      this.diagnostics.push(diagnostic('warning', 'model/nspid-too-deep', `NSpid has ${chain.length} entries; the kernel allows at most ${MAX_PID_NS_LEVEL + 1}.`, e[0]?.line ?? 0));
    }
    const depth = chain.length - 1;
    if (depth === 0) {
      this.setOwnNs(p, vns, e);
      this.drain();
      return;
    }
    // Walk up from the process's own namespace as far as parents are known, so that the
    // common case (the namespaces already known) creates no placeholder.
    const nodes: number[] = new Array<number>(chain.length);
    nodes[depth] = this.ownNsOf(p);
    for (let i = depth - 1; i >= 1; i--) {
      const below = nodes[i + 1] as number;
      if (this.parentOf(below) === null) this.setParent(below, this.newNs(e), e);
      this.drain();
      nodes[i] = this.parentOf(below) ?? this.newNs(e);
    }
    this.setParent(nodes[1] as number, vns, e);
    this.drain();
    nodes[0] = vns;
    // A chain that contradicts what is known names no pid: its levels would be wrong.
    for (let i = 1; i <= depth; i++) {
      if (this.parentOf(nodes[i] as number) !== this.findNs(nodes[i - 1] as number)) {
        this.conflict('model/nspid-conflict', 'This NSpid contradicts the namespaces already known for the process.', [...e, ...this.procEvidence(this.findProc(p), 1)]);
        return;
      }
    }
    for (let i = 1; i <= depth; i++) {
      // Register the pid at this level directly; only another process already there needs a merge.
      const n = this.findNs(nodes[i] as number);
      const info = this.ns[n] as NsInfo;
      const pid = chain[i] as number;
      info.anchored = true;
      const existing = info.pids.get(pid);
      if (existing === undefined) {
        const root = this.findProc(p);
        if (this.hasOtherPidIn(root, n, pid)) {
          this.conflict('model/nspid-conflict', 'This NSpid gives a process a second pid in one namespace.', [...e, ...this.procEvidence(root, 1)]);
          return;
        }
        info.pids.add(pid, root);
        this.addKey(root, n, pid);
      } else if (this.findProc(existing) !== this.findProc(p)) {
        this.work.push({ kind: 'proc', a: p, b: existing, ev: e });
        this.drain();
      }
      const level = this.nsInfo(nodes[i] as number);
      level.evidence = addNsEvidence(level.evidence, e);
    }
  }

  addNamespace(o: NamespaceObservation): void {
    const e = [ev(o.line, o.text)];
    const node = this.nsOfInode(o.inode, e);
    this.viewNsOf(o.view);
    if (o.parentInode != null && o.parentInode !== 0) this.setParent(node, this.nsOfInode(o.parentInode, e), e);
    this.drain();
    if (o.pid != null && o.pid > 0) {
      this.addProcess({
        kind: 'process',
        view: o.view,
        line: o.line,
        pid: o.pid,
        ppid: o.ppid ?? null,
        command: o.command ?? null,
        user: o.user ?? null,
        nsInode: o.inode,
        ...(o.text === undefined ? {} : { text: o.text }),
      });
    }
  }

  addViewNamespace(view: string, inode: number, e: Evidence[]): void {
    this.mergeNs(this.viewNsOf(view), this.nsOfInode(inode, e), e);
  }

  // ---- inference to a fixpoint ----------------------------------------------------------------

  /** Applies elimination and identity-by-pid-and-command until nothing changes. */
  infer(): void {
    for (let round = 0; round < 64; round++) {
      const before = this.mergeCount();
      this.applyPpidFacts();
      this.applyAncestorFacts();
      this.applyCommandIdentity();
      if (this.mergeCount() === before) break;
    }
  }

  private mergeCount(): number {
    let n = this.merges;
    for (const info of this.ns) if (info && info.parent !== null) n++;
    return n;
  }

  /** A parent lives in its child's namespace or an ancestor of it (once both namespaces exist). */
  private applyPpidFacts(): void {
    const pending = this.pendingPpid;
    let kept = 0;
    for (let i = 0; i < this.pendingCount; i++) {
      const edge = pending[i] as number;
      const child = this.pOwn[this.findProc(this.edgeChild[edge] as number)] as number;
      const parent = this.pOwn[this.findProc(this.edgeParent[edge] as number)] as number;
      if (child === NONE || parent === NONE) {
        pending[kept++] = edge;
        continue;
      }
      if (this.findNs(child) !== this.findNs(parent)) {
        this.facts.push({
          ancestorProc: this.edgeParent[edge] as number,
          ancestorNs: null,
          descendantNs: child,
          proper: false,
          boundView: this.viewIds[this.edgeView[edge] as number] as string,
          evidence: [ev(small(this.edgeLine[edge] as number), this.edgeText.get(edge))],
        });
      }
    }
    this.pendingCount = kept;
  }

  /** Steps from `x` up to `bound` along known parents, or null when `bound` is not reached. */
  private depthBelow(x: number, bound: number): number | null {
    let cur: number | null = this.findNs(x);
    for (let d = 0; cur !== null && d <= MAX_PID_NS_LEVEL + 64; d++) {
      if (cur === bound) return d;
      cur = this.parentOf(cur);
    }
    return null;
  }

  /** The ancestor side of a fact, without creating a placeholder. */
  private factAncestor(f: AncestorFact): number | null {
    if (f.ancestorNs !== null) return this.findNs(f.ancestorNs);
    const own = this.pOwn[this.findProc(f.ancestorProc as number)] as number;
    return own === NONE ? null : this.findNs(own);
  }

  /**
   * Elimination: the ancestor is one of the descendant's chain members between it and the
   * namespace of the view the ancestor was seen in (it is visible there); members proven
   * different (inode, initial namespace, depth) are struck out; one left is the ancestor.
   */
  private applyAncestorFacts(): void {
    // Settled facts are marked, then dropped at the end (splicing each would be quadratic).
    const facts = this.facts;
    const settled = new Uint8Array(facts.length);
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i] as AncestorFact;
      const anc = f.ancestorNs !== null ? this.findNs(f.ancestorNs) : this.ownNsOf(f.ancestorProc as number);
      const desc = this.findNs(f.descendantNs);
      if (anc === desc) {
        if (f.proper) this.conflict('model/ancestor-conflict', 'A process that must live in an ancestor namespace lives in the same namespace.', f.evidence);
        settled[i] = 1;
        continue;
      }
      const bound = this.viewNsOf(f.boundView);
      if (desc === bound) {
        // Visible in the view, and an ancestor of the view's own namespace: the view's namespace.
        if (f.proper) this.conflict('model/ancestor-outside-view', 'A process is an ancestor of the view it was seen in, which the kernel does not allow.', f.evidence);
        else this.mergeNs(anc, desc, f.evidence);
        settled[i] = 1;
        continue;
      }
      const chain: number[] = f.proper ? [] : [desc];
      let satisfied = false;
      let reachedBound = false;
      for (let cur = this.parentOf(desc), guard = 0; cur !== null && guard <= MAX_PID_NS_LEVEL + 64; cur = this.parentOf(cur), guard++) {
        if (cur === anc) {
          satisfied = true;
          break;
        }
        chain.push(cur);
        if (cur === bound) {
          reachedBound = true;
          break;
        }
      }
      if (satisfied) {
        settled[i] = 1;
        continue;
      }
      if (!reachedBound) continue;
      // Depth below the bound: exact when the ancestor's own chain reaches it; at least one more
      // than any proven proper ancestor of it whose depth is known.
      const exact = this.depthBelow(anc, bound);
      let atLeast = 0;
      for (let k = 0; k < facts.length; k++) {
        const g = facts[k] as AncestorFact;
        if (settled[k] === 1 || g === f || this.findNs(g.descendantNs) !== anc) continue;
        const a = this.factAncestor(g);
        const d = a === null ? null : this.depthBelow(a, bound);
        if (d !== null) atLeast = Math.max(atLeast, d + (g.proper ? 1 : 0));
      }
      const fits = chain.filter((c, k) => {
        const depth = chain.length - 1 - k;
        if (exact !== null && depth !== exact) return false;
        return depth >= atLeast && this.canMergeNs(anc, c);
      });
      if (fits.length === 1) {
        this.mergeNs(anc, fits[0] as number, [...f.evidence, { line: f.evidence[0]?.line ?? 0, text: 'by elimination: the only ancestor it can be' }]);
        settled[i] = 1;
      } else if (fits.length === 0) {
        this.conflict('model/ancestor-conflict', 'A namespace proven to be an ancestor matches none of the known ancestors.', f.evidence);
        settled[i] = 1;
      }
    }
    let kept = 0;
    for (let i = 0; i < facts.length; i++) if (settled[i] === 0) facts[kept++] = facts[i] as AncestorFact;
    facts.length = kept;
  }

  /** Same pid and same distinctive command in two namespaces no view links: the same process. */
  private applyCommandIdentity(): void {
    // Groups by (pid, command) in order of first appearance; looked up by command, then pid,
    // so that no key string is built per process. The members of a group are a linked list in
    // flat arrays (no array per group).
    const groupPids: number[] = [];
    const groupHead: number[] = [];
    const groupTail: number[] = [];
    const member: number[] = [];
    const memberNext: number[] = [];
    const byCommand = new Map<string, Map<number, number>>();
    const keys = this.keys;
    for (let i = 0; i < this.procCount; i++) {
      const command = this.pCommand[i] as string | null;
      if (this.procUf[i] !== i || !this.distinctive(command)) continue;
      const key = (command as string).trim();
      let byPid = byCommand.get(key);
      if (!byPid) byCommand.set(key, (byPid = new Map()));
      for (let k = keys.head[i] as number; k !== NONE; k = keys.next[k] as number) {
        const pid = keys.b[k] as number;
        const e = member.length;
        member.push(i);
        memberNext.push(NONE);
        const g = byPid.get(pid);
        if (g === undefined) {
          byPid.set(pid, groupPids.length);
          groupPids.push(pid);
          groupHead.push(e);
          groupTail.push(e);
        } else {
          memberNext[groupTail[g] as number] = e;
          groupTail[g] = e;
        }
      }
    }
    for (let g = 0; g < groupPids.length; g++) {
      // Exactly two processes (now: earlier groups may have merged some) have this pid and command.
      let a = NONE;
      let b = NONE;
      let more = false;
      for (let e = groupHead[g] as number; e !== NONE && !more; e = memberNext[e] as number) {
        const r = this.findProc(member[e] as number);
        if (a === NONE || r === a) a = r;
        else if (b === NONE || r === b) b = r;
        else more = true;
      }
      if (more || b === NONE) continue;
      const pid = groupPids[g] as number;
      const na = this.nsNodesOfPid(a, pid);
      const nb = this.nsNodesOfPid(b, pid);
      if (na.length !== 1 || nb.length !== 1) continue;
      const x = na[0] as number;
      const y = nb[0] as number;
      if (x === y || !this.canMergeNs(x, y) || this.provablyDistinct(a, b)) continue;
      const oa = this.pOwn[a] as number;
      const ob = this.pOwn[b] as number;
      if (oa !== NONE && ob !== NONE && !this.canMergeNs(oa, ob)) continue;
      const first = this.lines.head[b] as number;
      this.mergeNs(x, y, [
        ...this.procEvidence(a, 1),
        ...this.procEvidence(b, 1),
        { line: first === NONE ? 0 : small(this.lines.a[first] as number), text: `identified by pid ${pid} and command "${this.pCommand[a]}"` },
      ]);
    }
  }

  /** `isDistinctiveCommand`, remembered per command text (inference asks every round). */
  private distinctive(command: string | null): boolean {
    if (command === null) return false;
    let d = this.distinctiveCache.get(command);
    if (d === undefined) this.distinctiveCache.set(command, (d = isDistinctiveCommand(command)));
    return d;
  }

  /** Whether a command is one of OBSERVER_COMMANDS, remembered per command text. */
  private observer(command: string): boolean {
    let o = this.observerCache.get(command);
    if (o === undefined) this.observerCache.set(command, (o = OBSERVER_COMMANDS.has(commandStem(command))));
    return o;
  }

  /** The namespaces (roots) in which a process (root `p`) has `pid`, one per key. */
  private nsNodesOfPid(p: number, pid: number): number[] {
    const keys = this.keys;
    const out: number[] = [];
    for (let k = keys.head[p] as number; k !== NONE; k = keys.next[k] as number) if (keys.b[k] === pid) out.push(this.findNs(keys.a[k] as number));
    return out;
  }

  // ---- output ---------------------------------------------------------------------------------

  build(): Analysis {
    this.drain();
    const roots = new Set<number>();
    for (let i = 0; i < this.ns.length; i++) if (this.ns[i]) roots.add(i);
    const children = new Map<number, number[]>();
    const keep = new Set<number>();
    for (const r of roots) {
      const info = this.ns[r] as NsInfo;
      if (info.inode !== null || info.parent !== null || info.pids.size > 0 || info.anchored) keep.add(r);
    }
    for (const r of [...keep]) {
      const parent = this.parentOf(r);
      if (parent !== null) {
        keep.add(parent);
        let list = children.get(parent);
        if (!list) children.set(parent, (list = []));
        list.push(r);
      }
    }
    // Only placeholders that some fact ties to something are worth showing.
    for (const r of [...keep]) {
      const info = this.ns[r] as NsInfo;
      if (info.inode === null && info.parent === null && !children.has(r) && info.pids.size === 0 && ![...this.viewNs.values()].some((v) => this.findNs(v) === r)) keep.delete(r);
    }
    const nsKey = new Map<number, [number, number, number]>();
    for (const r of keep) {
      const info = this.ns[r] as NsInfo;
      if (info.inode !== null) {
        nsKey.set(r, [0, info.inode, 0]);
        continue;
      }
      let line = Number.MAX_SAFE_INTEGER;
      let pid = Number.MAX_SAFE_INTEGER;
      for (const e of info.evidence) if (e.line < line) line = e.line;
      for (let j = 0; j < info.pids.size; j++) {
        const q = info.pids.pidList[j] as number;
        const p = info.pids.procList[j] as number;
        if (q < pid) pid = q;
        const first = this.pFirstLine[this.findProc(p)] as number;
        if (first < line) line = first;
      }
      nsKey.set(r, [1, line, pid]);
    }
    const cmp = (a: number, b: number) => {
      const ka = nsKey.get(a) as [number, number, number];
      const kb = nsKey.get(b) as [number, number, number];
      return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
    };
    const topLevel = [...keep].filter((r) => this.parentOf(r) === null || !keep.has(this.parentOf(r) as number)).sort(cmp);
    const order: { node: number; level: number; absolute: boolean }[] = [];
    const visit = (node: number, level: number, absolute: boolean) => {
      order.push({ node, level, absolute });
      for (const c of (children.get(node) ?? []).filter((x) => keep.has(x)).sort(cmp)) visit(c, level + 1, absolute);
    };
    for (const t of topLevel) visit(t, 0, (this.ns[t] as NsInfo).inode === INITIAL_PID_NS_INODE);
    const idOf = new Map<number, string>();
    let placeholder = 0;
    for (const { node } of order) {
      const inode = (this.ns[node] as NsInfo).inode;
      idOf.set(node, inode !== null ? `pid:[${inode}]` : `pid:[?${++placeholder}]`);
    }
    const levelOf = new Map(order.map((o) => [o.node, o.level] as const));
    const namespaces: PidNamespace[] = order.map(({ node, level, absolute }) => {
      const info = this.ns[node] as NsInfo;
      const parent = this.parentOf(node);
      return {
        id: idOf.get(node) as string,
        inode: info.inode,
        parentId: parent !== null && idOf.has(parent) ? (idOf.get(parent) as string) : null,
        level,
        levelIsAbsolute: absolute,
        role: null,
        label: null,
        evidence: normalizeEvidence([...normalizeEvidence(info.evidence).slice(0, NAMESPACE_EVIDENCE_LIMIT), ...info.notes]),
        roleEvidence: [],
      };
    });

    const procRoots: number[] = [];
    for (let i = 0; i < this.procCount; i++) if (this.procUf[i] === i) procRoots.push(i);
    // Sort keys (first line, smallest pid), kept per node while resolving.
    const keyLine = this.pFirstLine;
    const keyPid = this.pLeastPid;
    const keys = this.keys;
    const byKey = (a: number, b: number) => (keyLine[a] as number) - (keyLine[b] as number) || (keyPid[a] as number) - (keyPid[b] as number);
    // Nodes are mostly created in line order: a run already in order needs no sort.
    let inOrder = true;
    for (let k = 1; k < procRoots.length && inOrder; k++) if (byKey(procRoots[k - 1] as number, procRoots[k] as number) > 0) inOrder = false;
    if (!inOrder) procRoots.sort(byKey);
    // Namespaces in the order a process's pids are listed: by level, then by id; arrays indexed
    // by namespace node, so that the per-process work does no Map lookups.
    const nsRank = new Int32Array(this.ns.length).fill(-1);
    const nsIdByRank: string[] = [];
    [...idOf.keys()]
      .sort((x, y) => (levelOf.get(x) ?? -1) - (levelOf.get(y) ?? -1) || (idOf.get(x) as string).localeCompare(idOf.get(y) as string))
      .forEach((r, k) => {
        nsRank[r] = k;
        nsIdByRank[k] = idOf.get(r) as string;
      });
    const procIdOf: string[] = new Array<string>(this.procCount);
    for (let n = 0; n < procRoots.length; n++) procIdOf[procRoots[n] as number] = `proc:${n + 1}`;
    // Scratch (namespace rank, pid) pairs of one process, as long as its longest key list.
    let room = 1;
    for (let n = 0; n < procRoots.length; n++) room = Math.max(room, keys.size[procRoots[n] as number] as number);
    const ranks = new Int32Array(room);
    const pidsOf = new Float64Array(room);
    const processes: Process[] = new Array<Process>(procRoots.length);
    for (let n = 0; n < procRoots.length; n++) {
      const i = procRoots[n] as number;
      // One pair per namespace (the last key wins, as a Map would keep).
      let count = 0;
      for (let k = keys.head[i] as number; k !== NONE; k = keys.next[k] as number) {
        const pid = keys.b[k] as number;
        const rank = nsRank[this.findNs(keys.a[k] as number)] as number;
        if (rank < 0) continue;
        let at = 0;
        while (at < count && ranks[at] !== rank) at++;
        if (at === count) ranks[count++] = rank;
        pidsOf[at] = pid;
      }
      // Insertion sort: a process has a few pids at most.
      for (let x = 1; x < count; x++) {
        const r = ranks[x] as number;
        const q = pidsOf[x] as number;
        let y = x - 1;
        for (; y >= 0 && (ranks[y] as number) > r; y--) {
          ranks[y + 1] = ranks[y] as number;
          pidsOf[y + 1] = pidsOf[y] as number;
        }
        ranks[y + 1] = r;
        pidsOf[y + 1] = q;
      }
      const pids: Process['pids'] = new Array<Process['pids'][number]>(count);
      for (let k = 0; k < count; k++) pids[k] = { namespaceId: nsIdByRank[ranks[k] as number] as string, pid: small(pidsOf[k] as number) };
      const own = this.pOwn[i] !== NONE ? this.findNs(this.pOwn[i] as number) : -1;
      const ownRank = own >= 0 ? (nsRank[own] as number) : -1;
      processes[n] = {
        id: procIdOf[i] as string,
        namespaceId: ownRank >= 0 ? (nsIdByRank[ownRank] as string) : null,
        command: this.pCommand[i] as string | null,
        user: this.pUser[i] as string | null,
        pids,
        parentId: this.pParent[i] !== NONE ? (procIdOf[this.findProc(this.pParent[i] as number)] ?? null) : null,
        evidence: this.procEvidenceAll(i),
      };
    }

    const views: View[] = [...this.views.values()]
      .sort((a, b) => a.firstLine - b.firstLine || a.id.localeCompare(b.id))
      .map((v) => {
        const node = this.findNs(this.viewNs.get(v.id) as number);
        return { id: v.id, namespaceId: idOf.get(node) ?? null, vantage: v.vantage, firstLine: v.firstLine, lastLine: v.lastLine };
      });

    return { schemaVersion: 1, namespaces, processes, views, candidates: this.candidates(procRoots, procIdOf), containers: [] };
  }

  /** Processes in different views with the same command that nothing proves equal or different. */
  private candidates(procRoots: readonly number[], procId: readonly string[]): CandidateMatch[] {
    const byCommand = new Map<string, number[]>();
    for (const r of procRoots) {
      const command = this.pCommand[r] as string | null;
      // The commands that printed the listing live for an instant: two of them are never one.
      if (!command || this.observer(command)) continue;
      const key = command.trim();
      let list = byCommand.get(key);
      if (!list) byCommand.set(key, (list = []));
      list.push(r);
    }
    const pairs = new Map<string, { a: number; b: number }>();
    const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
    for (const list of byCommand.values()) {
      if (list.length < 2 || list.length > 8) continue;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i] as number;
          const b = list[j] as number;
          if (this.mayBeSameProcess(a, b)) pairs.set(pairKey(a, b), { a, b });
        }
      }
    }
    let parentIndex: Map<number, number[]> | null = null;
    const parentsOf = (r: number): number[] => {
      if (parentIndex === null) {
        parentIndex = new Map();
        for (let k = 0; k < this.edgeCount; k++) {
          const c = this.findProc(this.edgeChild[k] as number);
          let list = parentIndex.get(c);
          if (!list) parentIndex.set(c, (list = []));
          list.push(this.findProc(this.edgeParent[k] as number));
        }
      }
      return parentIndex.get(r) ?? [];
    };
    const result: CandidateMatch[] = [];
    for (const { a, b } of pairs.values()) {
      const pa = parentsOf(a);
      const pb = parentsOf(b);
      const tree = pa.some((x) => pb.some((y) => x === y || pairs.has(pairKey(x, y))));
      const ids = [procId[a] as string, procId[b] as string].sort((x, y) => Number(x.slice(5)) - Number(y.slice(5))) as [string, string];
      const evidence = normalizeEvidence([...this.procEvidenceAll(a).slice(0, 1), ...this.procEvidenceAll(b).slice(0, 1)]);
      result.push({ processIds: ids, basis: tree ? 'command+tree' : 'command', evidence });
    }
    return result.sort((x, y) => Number(x.processIds[0].slice(5)) - Number(y.processIds[0].slice(5)) || Number(x.processIds[1].slice(5)) - Number(y.processIds[1].slice(5)));
  }

  /** Seen in different views, and nothing proves them different processes. */
  private mayBeSameProcess(a: number, b: number): boolean {
    const va = this.pView[a] as number;
    if (va !== NONE && this.hasView(b, va)) return false;
    const va2 = this.pView2[a] as number;
    if (va2 !== NONE && this.hasView(b, va2)) return false;
    const more = this.pMoreViews.get(a);
    if (more !== undefined && more.some((v) => this.hasView(b, v))) return false;
    const oa = this.pOwn[a] as number;
    const ob = this.pOwn[b] as number;
    if (oa !== NONE && ob !== NONE && !this.canMergeNs(oa, ob)) return false;
    // Two pids in one namespace are two processes.
    const keys = this.keys;
    for (let i = keys.head[a] as number; i !== NONE; i = keys.next[i] as number) {
      const ra = this.findNs(keys.a[i] as number);
      for (let j = keys.head[b] as number; j !== NONE; j = keys.next[j] as number) if (ra === this.findNs(keys.a[j] as number)) return false;
    }
    return true;
  }
}

/**
 * Resolves observations into the pid-namespace hierarchy. Never throws; contradictions are
 * `error` diagnostics (`model/...`) naming the lines involved.
 */
export function resolve(set: ObservationSet): ParseResult<Analysis> {
  // A canonical order makes the result independent of the order (and repetition) of the input.
  const observations = canonicalOrder(set.observations ?? []);
  // The lines (a bound), and estimates of the processes (one per line) and of their (namespace,
  // pid) keys: one per process and the levels of an NSpid below the view's. Tables grow beyond. The same pass sets the namespace facts aside: they
  // go first, as they name the nodes the process facts then land on (each kind keeps the
  // canonical order). Index loops: resolve() runs once, and an unoptimised for-of allocates per step.
  let lines = 0;
  let keys = 0;
  const namespaces: NamespaceObservation[] = [];
  const viewNamespaces: ViewNamespaceObservation[] = [];
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    if (o.kind === 'process') {
      lines++;
      keys++;
      if (o.nspid && o.nspid.length > 1) keys += o.nspid.length - 1;
    } else if (o.kind === 'namespace') {
      namespaces.push(o);
      if (o.pid != null) {
        lines++;
        keys++;
      }
    } else if (o.kind === 'view-namespace') viewNamespaces.push(o);
  }
  const r = new Resolver(lines, keys);
  const views = [...(set.views ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const view of views) r.addView(view);
  r.linkRelativeViews();
  for (const o of namespaces) r.addNamespace(o);
  for (const o of viewNamespaces) r.addViewNamespace(o.view, o.inode, [ev(o.line, o.text)]);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Observation;
    if (o.kind === 'process') r.addProcess(o);
  }
  r.infer();
  const analysis = r.build();
  return makeResult(analysis, r.diagnostics);
}

const KIND_ORDER: Record<Observation['kind'], number> = { namespace: 0, 'view-namespace': 1, process: 2 };

function compareObservations(x: Observation, y: Observation): number {
  const c = x.line - y.line || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (x.view < y.view ? -1 : x.view > y.view ? 1 : 0);
  if (c !== 0) return c;
  if (x.kind === 'process' && y.kind === 'process') {
    const d = x.pid - y.pid || (x.nsInode ?? -1) - (y.nsInode ?? -1) || (x.nspid?.length ?? -1) - (y.nspid?.length ?? -1);
    if (d !== 0) return d;
  } else if (x.kind !== 'process' && y.kind !== 'process') {
    const d = x.inode - y.inode;
    if (d !== 0) return d;
  }
  const sx = JSON.stringify(x);
  const sy = JSON.stringify(y);
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

/** Sorted by line, kind, view and content (input already in that order is not re-sorted). */
function canonicalOrder(observations: readonly Observation[]): readonly Observation[] {
  let sorted = true;
  for (let i = 1; i < observations.length && sorted; i++) {
    const a = observations[i - 1] as Observation;
    const b = observations[i] as Observation;
    // Different lines decide at once; only equal lines need the full comparison.
    if (a.line > b.line || (a.line === b.line && compareObservations(a, b) > 0)) sorted = false;
  }
  return sorted ? observations : [...observations].sort(compareObservations);
}
