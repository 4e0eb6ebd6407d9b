/**
 * Benchmark: `resolve` on 100k and 1M processes in a five-level pid-namespace tree (89
 * namespaces, like the VM root → WSLg/distros → docker-desktop → LinuxKit → containers), seen
 * from several views: the root (a `ps -eo pid,ppid,pidns,args` row and a `grep -H NSpid` line
 * for every process, `lsns -l -t pid -o NS,PNS,PID,PPID,COMMAND`), and one `nsenter -t <init>`
 * view per level-1 namespace (a `ps -eo pid,ppid,args` row for every process it sees).
 * The observations are built directly (data level); the same evidence is also rendered as the
 * text those commands print and parsed with the real parsers, so that resolving can be compared
 * with parsing the same input. Targets (issue 5): resolve ≤ parse, and 10× the input ≤ 12× the
 * time.
 *
 * Run: npm run bench -- model (BENCH_MODEL_SIZES=20000,200000 for other sizes); it passes
 * --expose-gc, which the memory figures and the collected heap before each timed run need.
 */
import { parseLsns } from '../src/parsers/lsns/index.js';
import { parseProcStatus } from '../src/parsers/proc-status/index.js';
import { parsePs } from '../src/parsers/ps/index.js';
import { resolve } from '../src/model/resolve.js';
import type { Observation, ObservationSet, ViewInput } from '../src/model/schema.js';
import { buildKernel, prng, ROOT_INODE, viewOf, type KernelSpec, type KernelState } from '../test/support/kernel-sim.js';
import { lsnsNamespaces } from '../test/support/sim-evidence.js';
import { renderLsns } from '../test/support/render-lsns.js';
import { lsnsNamespaceNodes, psProcpsText } from '../test/support/sim-text.js';
import { time } from './measure.js';

/** A five-level tree: 4 level-1 namespaces, 3 children each, then 2 and 2. */
export function fiveLevelSpec(processes: number, seed: number): KernelSpec {
  const rand = prng(seed);
  const nsParents: number[] = [];
  let level = [0];
  let next = 1;
  for (const fanout of [4, 3, 2, 2]) {
    const below: number[] = [];
    for (const parent of level) {
      for (let i = 0; i < fanout; i++) {
        nsParents.push(parent);
        below.push(next++);
      }
    }
    level = below;
  }
  const n = nsParents.length;
  return {
    nsParents,
    inodeKeys: Array.from({ length: n }, () => Math.floor(rand() * 1e9)),
    inodeGaps: Array.from({ length: n }, () => (rand() < 0.2 ? Math.floor(rand() * 300) : 0)),
    pidBases: Array.from({ length: n + 1 }, () => (rand() < 0.5 ? Math.floor(rand() * 200_000) : 0)),
    initParents: Array.from({ length: n }, () => Math.floor(rand() * 1000) * 23),
    processes: Array.from({ length: processes }, () => ({
      ns: Math.floor(rand() * (n + 1)),
      parent: Math.floor(rand() * 1e6),
      entered: rand() < 0.05,
      command: Math.floor(rand() * 100),
      user: Math.floor(rand() * 100),
    })),
    kthreadd: true,
    pidGaps: [0, 0, 0, 1, 0, 5],
  };
}

interface Input {
  set: ObservationSet;
  /** The same evidence as the text the commands print, one string per parser. */
  text: { ps: string[]; status: string; lsns: string };
  bytes: number;
}

export function buildInput(state: KernelState): Input {
  const views: ViewInput[] = [];
  const observations: Observation[] = [];
  const psTexts: string[] = [];
  let line = 0;
  const root = viewOf(state, ROOT_INODE);
  const rootFirst = ++line;
  // Root view: ps -eo pid,ppid,pidns,args.
  line++;
  for (const r of root.rows) observations.push({ kind: 'process', view: 'root', line: ++line, pid: r.pid, ppid: r.ppid, nsInode: r.nsInode, command: r.kernelThread ? `[${r.comm}]` : r.command });
  psTexts.push(psProcpsText(root.rows, { ppid: true, pidns: true, user: false }));
  // Root view: grep -H NSpid /proc/[0-9]*/status.
  const statusLines: string[] = [];
  for (const r of root.rows) {
    observations.push({ kind: 'process', view: 'root', line: ++line, pid: r.pid, nspid: r.nspid });
    statusLines.push(`/proc/${r.pid}/status:NSpid:\t${r.nspid.join('\t')}`);
  }
  // Root view: lsns -l -t pid -o NS,PNS,PID,PPID,COMMAND.
  const nsRows = lsnsNamespaces(state, root);
  line++;
  for (const n of nsRows) observations.push({ kind: 'namespace', view: 'root', line: ++line, inode: n.inode, parentInode: n.pns, pid: n.row.pid, ppid: n.row.ppid, command: n.row.command });
  const lsnsText = renderLsns(lsnsNamespaceNodes(nsRows, state, false), { columns: ['NS', 'PNS', 'PID', 'PPID', 'COMMAND'], treeColumn: null }).text;
  views.push({ id: 'root', vantage: 'wsl --debug-shell', firstLine: rootFirst, lastLine: line, inode: ROOT_INODE });
  // One nsenter view per level-1 namespace.
  for (const ns of state.namespaces.filter((n) => n.level === 1)) {
    const sv = viewOf(state, ns.inode);
    const init = root.rows.find((r) => r.nsInode === ns.inode && r.nspid[r.nspid.length - 1] === 1);
    if (!init) continue;
    const first = ++line;
    line++;
    for (const r of sv.rows) observations.push({ kind: 'process', view: `ns${ns.inode}`, line: ++line, pid: r.pid, ppid: r.ppid, command: r.command });
    psTexts.push(psProcpsText(sv.rows, { ppid: true, pidns: false, user: false }));
    views.push({ id: `ns${ns.inode}`, vantage: `nsenter -t ${init.pid} -p -m`, firstLine: first, lastLine: line, relativeTo: { viewId: 'root', pid: init.pid } });
  }
  const status = statusLines.join('\n') + '\n';
  const bytes = psTexts.reduce((s, t) => s + t.length, 0) + status.length + lsnsText.length;
  return { set: { views, observations }, text: { ps: psTexts, status, lsns: lsnsText }, bytes };
}

/** The benchmark input for `n` processes; the simulated kernel is not kept. */
function simulate(n: number): { namespaceCount: number; input: Input } {
  const state = buildKernel(fiveLevelSpec(n, 42));
  return { namespaceCount: state.namespaces.length, input: buildInput(state) };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs both sizes and prints one line each, then the scaling ratio. */
export default async function run(): Promise<void> {
  const results: { n: number; resolveMs: number }[] = [];
  // BENCH_MODEL_SIZES=20000,200000 to try other sizes (the ratio line compares the first two).
  const sizes = (process.env.BENCH_MODEL_SIZES ?? '100000,1000000').split(',').map(Number);
  for (const n of sizes) {
    const runs = n <= 200_000 ? 3 : 1;
    const { namespaceCount, input } = simulate(n);
    const text = input.text;
    const psMs = time(() => {
      for (const t of text.ps) parsePs(t);
    }, runs);
    const statusMs = time(() => parseProcStatus(text.status), runs);
    const lsnsMs = time(() => parseLsns(text.lsns), runs);
    const parseMs = psMs + statusMs + lsnsMs;
    // Resolving needs only the observations: the texts (145 MB at 1M) and the simulated kernel
    // are let go, as a program that parsed its input would, so that they do not weigh on the
    // collector while resolve is timed.
    input.text = { ps: [], status: '', lsns: '' };
    gc();
    const before = process.memoryUsage().heapUsed;
    const buffersBefore = process.memoryUsage().arrayBuffers;
    const t0 = performance.now();
    const { value: analysis } = resolve(input.set);
    const first = performance.now() - t0;
    // Allocated during resolve (garbage included), then what the result alone keeps; the
    // resolver's typed arrays are outside the heap, counted apart.
    const allocatedMb = (process.memoryUsage().heapUsed - before) / 1e6;
    const buffersMb = (process.memoryUsage().arrayBuffers - buffersBefore) / 1e6;
    gc();
    const retainedMb = (process.memoryUsage().heapUsed - before) / 1e6;
    const found = `${analysis.namespaces.length} namespaces, ${analysis.processes.length.toLocaleString('en')} processes`;
    // The first (cold) run, or the median of warm runs when that is lower: the same rule at every size.
    const resolveMs = Math.min(first, time(() => resolve(input.set), runs));
    results.push({ n, resolveMs });
    console.log(
      `resolve ${n.toLocaleString('en')} processes (${namespaceCount} namespaces, 5 levels, ${input.set.views.length} views, ${input.set.observations.length.toLocaleString('en')} observations; as text ${(input.bytes / 1e6).toFixed(1)} MB): ` +
        `resolve ${resolveMs.toFixed(0)} ms, heap +${allocatedMb.toFixed(0)} MB during (and ${buffersMb.toFixed(0)} MB of typed arrays), +${retainedMb.toFixed(0)} MB kept${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: rough)'}, parse of the same text ${parseMs.toFixed(0)} ms (ps ${psMs.toFixed(0)}, status ${statusMs.toFixed(0)}, lsns ${lsnsMs.toFixed(0)}), resolve/parse ${(resolveMs / parseMs).toFixed(2)}× ` +
        `→ ${found}`,
    );
  }
  const [small, large] = results;
  if (!small || !large) return;
  const factor = large.n / small.n;
  const scale = large.resolveMs / small.resolveMs;
  console.log(`resolve scaling: ${factor}× the processes → ${scale.toFixed(1)}× the time (target for 10×: ≤ 12×): ${scale <= factor * 1.2 ? 'ok' : 'OVER'}`);
}
