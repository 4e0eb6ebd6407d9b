/**
 * Benchmark of parsePs on generated 100k-process `ps aux` and `ps -ef` tables laid out like
 * procps-ng 4 on a pid_max=4194304 machine (7-wide PIDs), with the users, ttys, kernel
 * threads and command lines of a busy host; each compared with `text.split('\n')` of the
 * same text in the same process.
 */
import { parsePs } from '../src/parsers/ps/index.js';
import { time } from './measure.js';

const N = 100_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const USERS = ['root', 'root', 'root', 'systemd+', 'message+', 'postgres', 'www-data', 'alice', 'wslg', 'nobody'];
const COMMANDS = [
  '[kworker/0:1-events]',
  '[rcu_preempt]',
  '/sbin/init splash',
  '/usr/lib/systemd/systemd-journald',
  '/usr/bin/dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation --syslog-only',
  'sleep 680001',
  '/usr/bin/containerd-shim-runc-v2 -namespace moby -id 013853d881b7d675fabe859125a53c154236bd00b34b -address /run/containerd/containerd.sock',
  'postgres: checkpointer',
  '-bash',
  'nginx: worker process',
  '/init',
  '[sleep] <defunct>',
];
const TTYS = ['?', '?', '?', 'pts/0', 'pts/12', 'tty1'];

function pad(s: string | number, w: number, right: boolean): string {
  const t = String(s);
  return right ? t.padStart(w) : t.padEnd(w);
}

export function auxText(): string {
  const r = rng(42);
  const out = ['USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND'];
  for (let i = 1; i <= N; i++) {
    const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)] as T;
    const vsz = Math.floor(r() * 2_000_000);
    out.push(
      `${pad(pick(USERS), 8, false)} ${pad(i * 7, 7, true)} ${pad((r() * 10).toFixed(1), 4, true)} ${pad((r() * 5).toFixed(1), 4, true)} ${pad(vsz, 6, true)} ${pad(Math.floor(vsz / 8), 5, true)} ${pad(pick(TTYS), 8, false)} ${pad(pick(['S', 'Ss', 'R+', 'I<', 'Sl', 'Z']), 4, false)} ${pad(pick(['03:20', 'Nov21', '2024']), 5, true)} ${pad(`${Math.floor(r() * 99)}:${String(Math.floor(r() * 60)).padStart(2, '0')}`, 6, true)} ${pick(COMMANDS)}`,
    );
  }
  return `${out.join('\n')}\n`;
}

export function efText(): string {
  const r = rng(7);
  const out = ['UID          PID    PPID  C STIME TTY          TIME CMD'];
  for (let i = 1; i <= N; i++) {
    const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)] as T;
    out.push(
      `${pad(pick(USERS), 8, false)} ${pad(i * 7, 7, true)} ${pad(Math.floor(r() * i) * 7, 7, true)} ${pad(Math.floor(r() * 3), 2, true)} ${pad(pick(['03:20', 'Nov21', '2024']), 5, true)} ${pad(pick(TTYS), 8, false)} ${pad('00:00:03', 8, true)} ${pick(COMMANDS)}`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Reads every character of `text` once, as any parser written in JavaScript must. */
function readEveryCharacter(text: string): number {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces;
}

/** Allocates and keeps one row object of the `ps aux` shape per line, reading nothing. */
function allocateRows(text: string): unknown[] {
  const rows: unknown[] = [];
  for (let p = 0, line = 1; p < text.length; line++) {
    const e = text.indexOf('\n', p);
    rows.push({ pid: null, ppid: null, user: null, userTruncated: false, command: null, defunct: false, pidns: null, depth: null, extra: {}, line, cpuPercent: null, memPercent: null, vsz: null, rss: null, tty: null, stat: null, start: null, time: null });
    p = e < 0 ? text.length : e + 1;
  }
  return rows;
}

/** Prints one line per case: size, parse time and MB/s, split time, ratio. */
export default async function run(): Promise<void> {
  const cases: [string, string][] = [
    ['ps aux 100k', auxText()],
    ['ps -ef 100k', efText()],
  ];
  for (const [name, text] of cases) {
    const mb = text.length / 1e6;
    const rows = parsePs(text).value.rows.length;
    if (rows !== N) throw new Error(`${name}: ${rows} rows, expected ${N}`);
    const parse = time(() => parsePs(text));
    const split = time(() => text.split('\n'));
    console.log(
      `${name}: ${mb.toFixed(2)} MB, parse ${parse.toFixed(1)} ms (${(mb / (parse / 1000)).toFixed(1)} MB/s), split ${split.toFixed(2)} ms, ratio ${(parse / split).toFixed(1)}×`,
    );
    // The floor of any parser in JavaScript that returns one object per row, in the same units.
    const read = time(() => readEveryCharacter(text));
    const alloc = time(() => allocateRows(text));
    console.log(`  floor: reading each character once ${(read / split).toFixed(1)}× split, allocating the row objects alone ${(alloc / split).toFixed(1)}× split`);
  }
}
