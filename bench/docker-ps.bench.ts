/**
 * Benchmark of parseDockerPs and parseDockerInspect on generated output of a busy host:
 * an aligned `docker ps` table, the same with its spacing collapsed (read by cell shapes),
 * and a `docker inspect` JSON array; each compared with `text.split('\n')` in the same process.
 */
import { parseDockerInspect } from '../src/parsers/docker-inspect/index.js';
import { parseDockerPs } from '../src/parsers/docker-ps/index.js';
import { time } from './measure.js';

const N = 50_000;

function id(i: number): string {
  return (i * 2654435761).toString(16).padStart(12, '0').slice(-12);
}

function table(collapsed: boolean): string {
  const rows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
  for (let i = 0; i < N; i++) {
    rows.push([id(i), `registry.example/app-${i % 40}:1.${i % 9}`, `"/docker-entrypoint.…"`, `${(i % 50) + 2} minutes ago`, i % 5 === 0 ? `Exited (0) ${(i % 20) + 2} seconds ago` : `Up ${(i % 50) + 2} minutes (healthy)`, i % 3 === 0 ? '' : `0.0.0.0:${8000 + (i % 1000)}->80/tcp`, `svc_${i}`]);
  }
  if (collapsed) return `${rows.map((r) => r.filter((c) => c !== '').join(' ')).join('\n')}\n`;
  const widths = rows[0]!.map((_, j) => Math.max(10, ...rows.map((r) => r[j]!.length + 3)));
  return `${rows.map((r) => r.map((c, j) => (j === r.length - 1 ? c : c.padEnd(widths[j]!))).join('').trimEnd()).join('\n')}\n`;
}

function inspectJson(n: number): string {
  const objs = [];
  for (let i = 0; i < n; i++) {
    objs.push({ Id: id(i).repeat(5).slice(0, 64), Created: '2024-10-18T00:15:00Z', Path: '/bin/sh', Args: ['-c', 'sleep 1'], State: { Status: 'running', Running: true, Pid: 200000 + i, ExitCode: 0 }, Name: `/svc_${i}`, Config: { Image: `app-${i % 40}`, Env: ['PATH=/usr/bin', 'A=1'], Labels: { a: 'b' } } });
  }
  return `${JSON.stringify(objs, null, 4)}\n`;
}

/** Prints one line per case: size, parse and split times, MB/s and the ratio. */
export default async function run(): Promise<void> {
  const cases: [string, string, () => number, number][] = [];
  const aligned = table(false);
  const collapsed = table(true);
  const json = inspectJson(10_000);
  cases.push(['docker ps aligned ×50k', aligned, () => parseDockerPs(aligned).value.containers.length, N]);
  cases.push(['docker ps collapsed ×50k', collapsed, () => parseDockerPs(collapsed).value.containers.length, N]);
  cases.push(['docker inspect JSON ×10k', json, () => parseDockerInspect(json).value.objects.length, 10_000]);
  for (const [label, text, parse, expected] of cases) {
    const mb = new TextEncoder().encode(text).length / 1e6;
    let count = 0;
    const t = time(() => {
      count = parse();
    }, 5);
    const split = time(() => text.split('\n').length, 5);
    if (count !== expected) throw new Error(`${label}: expected ${expected}, got ${count}`);
    console.log(`${label}: ${mb.toFixed(1)} MB, parse ${t.toFixed(0)} ms (${(mb / (t / 1000)).toFixed(0)} MB/s), split ${split.toFixed(1)} ms, ratio ${(t / split).toFixed(1)}×`);
  }
}
