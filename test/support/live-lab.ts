/**
 * A live pid-namespace lab on this machine (Linux, root): nested namespaces built with
 * `unshare --pid --fork --mount-proc --kill-child`, a `sleep` with a unique marker in each, and a
 * process that entered the deepest one with `nsenter` (its parent stays outside, several levels
 * up). Everything it starts is recorded by pid and killed by `stop()`; killing the outermost
 * `unshare` kills the init of the first namespace, which makes the kernel kill every process in
 * it and below.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Seconds after which the lab's processes are killed even if `stop()` never runs. */
const LIFETIME_S = 120;

/** Why the lab cannot run here, or null when it can. */
export function labUnavailable(): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'not root (unshare --pid and nsenter need CAP_SYS_ADMIN)';
  for (const tool of ['unshare', 'nsenter', 'lsns', 'ps', 'timeout']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is missing`;
  }
  const probe = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true'], { timeout: 5000 });
  if (probe.status !== 0) return `unshare --pid --fork --mount-proc fails here: ${String(probe.stderr).trim() || `exit ${probe.status}`}`;
  return null;
}

/** A process of the lab, as the kernel reports it (read from the root's /proc). */
export interface LabProcess {
  /** What it is: `sleep@1` (the marker sleep of level 1), `init@2`, `entered@3`. */
  role: string;
  /** Its pid in the initial namespace. */
  pid: number;
  /** NSpid from the root's /proc/<pid>/status. */
  nspid: number[];
  /** Inode of /proc/<pid>/ns/pid. */
  nsInode: number;
  /** The command line (NULs as spaces). */
  command: string;
}

/** A running lab. */
export interface Lab {
  depth: number;
  /** The marker of this run (part of every sleep's argument). */
  marker: number;
  processes: LabProcess[];
  /** Every pid the lab spawned itself (the outer unshare, the nsenter). */
  spawned: number[];
  stop(): void;
}

function readStatusNspid(pid: number): number[] | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('NSpid:'));
    return line ? line.slice(6).trim().split(/\s+/).map(Number) : null;
  } catch {
    return null;
  }
}

/** The ns inode of a process, from the kernel. */
export function nsInodeOf(pid: number | 'self'): number | null {
  try {
    const link = readlinkSync(`/proc/${pid}/ns/pid`);
    return Number(link.slice(link.indexOf('[') + 1, link.indexOf(']')));
  } catch {
    return null;
  }
}

function commandOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return null;
  }
}

/** Exists and is not a zombie (our own children stay zombies until Node reaps them). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Starts the lab: `depth` nested namespaces, each with a marker sleep (`sleep <marker><level>`),
 * each init an `unshare` (the deepest a `sleep`), and one process `nsenter`ed into the deepest.
 * Waits until the kernel shows all of them (a few hundred ms).
 */
export function startLab(depth = 3): Lab {
  const dir = mkdtempSync(join(tmpdir(), 'wslscope-lab-'));
  const marker = 900000 + Math.floor(Math.random() * 90000);
  const script = join(dir, 'level.sh');
  // $1: this namespace's level. The shell is the namespace's init; it starts the marker sleep,
  // then becomes the `unshare` that creates the next level (or a long sleep at the bottom).
  writeFileSync(
    script,
    `#!/bin/sh\nlevel=$1\nsleep ${marker}$level &\nif [ "$level" -lt ${depth} ]; then\n  exec unshare --pid --fork --mount-proc --kill-child sh ${script} $((level + 1))\nfi\nexec sleep ${marker}9$level\n`,
  );
  const children: ChildProcess[] = [];
  const spawned: number[] = [];
  const known = new Set<number>();
  // Everything whose command line names this lab: the sleeps, the unshares, the timeouts.
  const alive = () => [...new Set([...known, ...findLabProcesses(marker, dir)])].filter(isRunning);
  const stop = () => {
    // Every process of the lab, by pid; the kernel then reaps the namespaces' members (it kills
    // a namespace's processes when its init dies) — wait until none is left.
    for (let round = 0; round < 3 && alive().length > 0; round++) {
      for (const p of alive()) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      for (let i = 0; i < 100 && alive().length > 0; i++) sleepSync(10);
    }
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // `timeout` bounds the lab's life should this process die before stop() (the kernel then
    // kills every namespace member when the outer unshare's --kill-child fires).
    const outer = spawn('timeout', ['-s', 'KILL', String(LIFETIME_S), 'unshare', '--pid', '--fork', '--mount-proc', '--kill-child', 'sh', script, '1'], { stdio: 'ignore' });
    children.push(outer);
    if (outer.pid) spawned.push(outer.pid);
    // A marker sleep per level, and the deepest init.
    const want = depth + 1;
    let found: number[] = [];
    for (let i = 0; i < 150; i++) {
      found = findMarked(marker);
      if (found.length >= want) break;
      sleepSync(20);
    }
    const deepestInit = found.find((p) => commandOf(p) === `sleep ${marker}9${depth}`);
    if (deepestInit === undefined) throw new Error(`lab did not come up (found ${found.length} of ${want} processes)`);
    const entered = spawn('timeout', ['-s', 'KILL', String(LIFETIME_S), 'nsenter', '-t', String(deepestInit), '-p', '-m', 'sleep', `${marker}8`], { stdio: 'ignore' });
    children.push(entered);
    if (entered.pid) spawned.push(entered.pid);
    for (const p of spawned) known.add(p);
    for (let i = 0; i < 150 && findMarked(marker).length < want + 1; i++) sleepSync(20);
    const processes: LabProcess[] = [];
    for (const pid of findMarked(marker)) {
      const command = commandOf(pid) ?? '';
      const nspid = readStatusNspid(pid);
      const nsInode = nsInodeOf(pid);
      if (!nspid || nsInode === null) continue;
      const arg = command.slice(command.indexOf(String(marker)) + String(marker).length);
      const role = arg === '8' ? `entered@${depth}` : arg.startsWith('9') ? `init@${arg.slice(1)}` : `sleep@${arg}`;
      processes.push({ role, pid, nspid, nsInode, command });
    }
    // The inits of the upper levels are `unshare` processes (the shell exec'ed into it).
    for (const pid of allPids()) {
      const command = commandOf(pid);
      if (!command?.startsWith('unshare ') || !command.includes(script)) continue;
      const nspid = readStatusNspid(pid);
      const nsInode = nsInodeOf(pid);
      const level = Number(command.slice(command.lastIndexOf(' ') + 1)) - 1;
      if (!nspid || nsInode === null || level < 1 || nspid[nspid.length - 1] !== 1) continue;
      processes.push({ role: `init@${level}`, pid, nspid, nsInode, command });
    }
    for (const p of processes) known.add(p.pid);
    return { depth, marker, processes, spawned, stop };
  } catch (e) {
    stop();
    throw e;
  }
}

/** Pids whose command line names the lab (its marker or its script's folder). */
function findLabProcesses(marker: number, dir: string): number[] {
  return allPids().filter((pid) => {
    const c = commandOf(pid);
    return c !== null && (c.includes(String(marker)) || c.includes(dir));
  });
}

/** Pids whose command line carries the marker (the lab's sleeps). */
export function findMarked(marker: number): number[] {
  const out: number[] = [];
  for (const pid of allPids()) {
    const c = commandOf(pid);
    if (c !== null && c.startsWith('sleep ') && c.includes(String(marker))) out.push(pid);
  }
  return out;
}

/** Runs a command and returns its stdout (throws on failure, with stderr). */
export function capture(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
