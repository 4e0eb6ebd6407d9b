/**
 * Benchmark: `parseProcStatus` on 20,000 concatenated `/proc/<pid>/status` files (as `cat`
 * prints them, and as `tail -n +1` prints them with `==> path <==` headers), against
 * `text.split('\n')` on the same text in the same process. Target: ratio ≤ 5×.
 *
 * Run: npm run bench -- proc-status
 */
import { parseProcStatus } from '../src/parsers/proc-status/index.js';
import { median } from './measure.js';

// A real Linux 6.18 status file (test/fixtures/proc-status/linux618--nested-outside.txt);
// the fields marked {…} vary per process.
const TEMPLATE = `Name:\t{name}
Umask:\t0022
State:\t{state}
Tgid:\t{pid}
Ngid:\t0
Pid:\t{pid}
PPid:\t{ppid}
TracerPid:\t0
Uid:\t0\t0\t0\t0
Gid:\t0\t0\t0\t0
FDSize:\t256
Groups:\t 
NStgid:\t{ns}
NSpid:\t{ns}
NSpgid:\t{nsg}
NSsid:\t{nsg}
Kthread:\t0
VmPeak:\t    2920 kB
VmSize:\t    2920 kB
VmLck:\t       0 kB
VmPin:\t       0 kB
VmHWM:\t    1788 kB
VmRSS:\t{rss} kB
RssAnon:\t     108 kB
RssFile:\t    1680 kB
RssShmem:\t       0 kB
VmData:\t     224 kB
VmStk:\t     132 kB
VmExe:\t      20 kB
VmLib:\t    1528 kB
VmPTE:\t      40 kB
VmSwap:\t       0 kB
HugetlbPages:\t       0 kB
CoreDumping:\t0
THP_enabled:\t1
untag_mask:\t0xffffffffffffffff
Threads:\t1
SigQ:\t0/96365
SigPnd:\t0000000000000000
ShdPnd:\t0000000000000000
SigBlk:\t0000000000000000
SigIgn:\t0000000000000006
SigCgt:\t0000000000000000
CapInh:\t0000000000000000
CapPrm:\t000001fffeffffff
CapEff:\t000001fffeffffff
CapBnd:\t000001fffeffffff
CapAmb:\t0000000000000000
NoNewPrivs:\t0
Seccomp:\t0
Seccomp_filters:\t0
Speculation_Store_Bypass:\tvulnerable
SpeculationIndirectBranch:\talways enabled
Cpus_allowed:\t3
Cpus_allowed_list:\t0-1
Mems_allowed:\t00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000000,00000001
Mems_allowed_list:\t0
voluntary_ctxt_switches:\t1
nonvoluntary_ctxt_switches:\t0
`;

/** A small deterministic PRNG (mulberry32), so every run parses the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['bash', 'sleep', 'containerd-shim', 'nginx', 'postgres', 'python3', 'node', 'sh', 'init', 'plan9'];
const STATES = ['S (sleeping)', 'R (running)', 'D (disk sleep)', 'T (stopped)', 't (tracing stop)', 'Z (zombie)', 'I (idle)'];

/** 20k status files; `headers` adds `==> /proc/<pid>/status <==` lines as `tail -n +1` does. */
export function generateStatus(files: number, headers: boolean): string {
  const next = rng(42);
  const parts: string[] = [];
  for (let i = 0; i < files; i++) {
    const pid = 1000 + i;
    const depth = [1, 1, 2, 3, 4][Math.floor(next() * 5)] as number;
    const ns = [pid];
    const nsg = [Math.max(1, pid - Math.floor(next() * 50))];
    for (let d = 1; d < depth; d++) {
      ns.push(d === depth - 1 && next() < 0.2 ? 1 : 1 + Math.floor(next() * 500));
      nsg.push(Math.floor(next() * 2) * (1 + Math.floor(next() * 500)));
    }
    const text = TEMPLATE.replace('{name}', NAMES[Math.floor(next() * NAMES.length)] as string)
      .replace('{state}', STATES[Math.floor(next() * STATES.length)] as string)
      .replaceAll('{pid}', String(pid))
      .replace('{ppid}', String(1 + Math.floor(next() * pid)))
      .replaceAll('{ns}', ns.join('\t'))
      .replaceAll('{nsg}', nsg.join('\t'))
      .replace('{rss}', String(100 + Math.floor(next() * 999_900)).padStart(8));
    parts.push(headers ? `==> /proc/${pid}/status <==\n${text}\n` : text);
  }
  return parts.join('');
}

/**
 * Medians of `runs` timings of `a` and `b`, interleaved (a, b, a, b …) so that both see the
 * same machine load; the first pair warms up and is not counted.
 */
function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i <= runs; i++) {
    let t0 = performance.now();
    a();
    const da = performance.now() - t0;
    t0 = performance.now();
    b();
    const db = performance.now() - t0;
    if (i > 0) {
      ta.push(da);
      tb.push(db);
    }
  }
  return [median(ta), median(tb)];
}

/** Prints one line per case: size, parse and split times, MB/s and the ratio. */
export default async function run(): Promise<void> {
  for (const [label, headers] of [['status ×20k (cat)', false], ['status ×20k (tail ==> headers)', true]] as const) {
    const text = generateStatus(20_000, headers);
    const mb = Buffer.byteLength(text) / 1e6;
    let records = 0;
    const [parse, split] = timePair(
      () => {
        records = parseProcStatus(text).value.records.length;
      },
      () => text.split('\n').length,
      9,
    );
    if (records !== 20_000) throw new Error(`expected 20000 records, got ${records}`);
    console.log(
      `${label}: ${mb.toFixed(1)} MB, parse ${parse.toFixed(0)} ms (${(mb / (parse / 1000)).toFixed(0)} MB/s), split ${split.toFixed(0)} ms, ratio ${(parse / split).toFixed(1)}×`,
    );
  }
}
