/**
 * Benchmark of parseLsns on generated 100k-row listings laid out as util-linux prints them: a
 * process tree (`lsns <ns>`, art on COMMAND, checked against PPID), the same with its spacing
 * collapsed by a paste (art re-anchored by PPID), a namespace listing (`lsns -o +PPID`, process
 * tree art) and its `-J` form; each compared with `text.split('\n')` in the same process.
 */
import { parseLsns } from '../src/parsers/lsns/index.js';
import { time } from './measure.js';

const N = 100_000;

/** A deterministic forest: each node's parent is one of the recent nodes (deep and bushy). */
function forest(n: number): { parent: number[]; children: number[][] } {
  const parent: number[] = [];
  const children: number[][] = [];
  let seed = 12345;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const p = i === 0 || seed % 50 === 0 ? -1 : i - 1 - (seed % Math.min(i, 8));
    parent.push(p);
    children.push([]);
    if (p >= 0) (children[p] as number[]).push(i);
  }
  return { parent, children };
}

/** Pre-order with the art libsmartcols draws (`│ `, two spaces, `├─`, `└─`). */
function treeLines(n: number, line: (i: number, art: string) => string): string[] {
  const { parent, children } = forest(n);
  const out: string[] = [];
  const isLast = (i: number) => {
    const p = parent[i] as number;
    const sib = p >= 0 ? (children[p] as number[]) : [];
    return p < 0 || sib[sib.length - 1] === i;
  };
  const visit = (i: number, prefix: string) => {
    const p = parent[i] as number;
    out.push(line(i, p < 0 ? '' : prefix + (isLast(i) ? '└─' : '├─')));
    const next = p < 0 ? '' : prefix + (isLast(i) ? '  ' : '│ ');
    for (const c of children[i] as number[]) visit(c, next);
  };
  for (let i = 0; i < n; i++) if ((parent[i] as number) < 0) visit(i, '');
  return out;
}

function processTree(): string {
  const { parent } = forest(N);
  const lines = treeLines(N, (i, art) => {
    const p = parent[i] as number;
    return `${String(100000 + i).padStart(7)} ${String(p < 0 ? 1 : 100000 + p).padStart(7)} ${(i % 7 === 0 ? 'nobody' : 'root').padEnd(6)} ${art}/usr/bin/worker --id ${i} --pipe`;
  });
  return `    PID    PPID USER   COMMAND\n${lines.join('\n')}\n`;
}

function namespaceListing(): string {
  const { parent } = forest(N);
  const types = ['mnt', 'net', 'pid', 'uts', 'ipc', 'user', 'cgroup', 'time'];
  const lines = treeLines(N, (i, art) => {
    const p = parent[i] as number;
    return `${4026531840 + i} ${(types[i % 8] as string).padEnd(6)} ${String((i % 300) + 1).padStart(6)} ${String(100000 + i).padStart(7)} ${String(p < 0 ? 1 : 100000 + p).padStart(7)} root ${art}/sbin/init --ns ${i}`;
  });
  return `        NS TYPE   NPROCS     PID    PPID USER COMMAND\n${lines.join('\n')}\n`;
}

function json(): string {
  const rows = [];
  for (let i = 0; i < N; i++) rows.push(`      {\n         "ns": ${4026531840 + i},\n         "type": "pid",\n         "nprocs": ${(i % 300) + 1},\n         "pid": ${100000 + i},\n         "user": "root",\n         "command": "/sbin/init --ns ${i}"\n      }`);
  return `{\n   "namespaces": [\n${rows.join(',')}\n   ]\n}\n`;
}

/** Prints one line per case: size, parse and split times, MB/s and the ratio. */
export default async function run(): Promise<void> {
  const tree = processTree();
  const collapsed = tree
    .split('\n')
    .map((l) => l.replace(/ +/g, ' ').trim())
    .join('\n');
  const ns = namespaceListing();
  const js = json();
  const cases: [string, string][] = [
    ['lsns <ns> process tree ×100k', tree],
    ['lsns <ns> collapsed paste ×100k', collapsed],
    ['lsns -o +PPID namespaces ×100k', ns],
    ['lsns -J namespaces ×100k', js],
  ];
  for (const [label, text] of cases) {
    const mb = new TextEncoder().encode(text).length / 1e6;
    let count = 0;
    const t = time(() => {
      count = parseLsns(text).value.rows.length;
    }, 5);
    const split = time(() => text.split('\n').length, 5);
    if (count !== N) throw new Error(`${label}: expected ${N} rows, got ${count}`);
    console.log(`${label}: ${mb.toFixed(1)} MB, parse ${t.toFixed(0)} ms (${(mb / (t / 1000)).toFixed(0)} MB/s), split ${split.toFixed(1)} ms, ratio ${(t / split).toFixed(1)}×`);
  }
}
