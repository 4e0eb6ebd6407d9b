/**
 * The seed blog posts (../shared/seeds, read in place) are the acceptance data of the
 * transcript reader: the blocks that carry the posts' conclusions must get the right
 * command, vantage, format and options.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../src/transcript/index.js';
import { TranscriptOutputSchema, type Block, type Transcript } from '../../src/transcript/schema.js';

const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const present = existsSync(dir);

function read(name: string): Transcript {
  const r = readTranscript(new Uint8Array(readFileSync(join(dir, name))));
  expect(r.ok).toBe(true);
  expect(TranscriptOutputSchema.safeParse(r.value).success).toBe(true);
  return r.value;
}

function at(t: Transcript, line: number): Block {
  const b = t.blocks.find((x) => x.firstLine === line);
  if (!b) throw new Error(`no block starts at line ${line}`);
  return b;
}

/** [command, vantage key, format, options] of the block at `line`. */
function summary(t: Transcript, line: number): [string | null, string, string | null, unknown] {
  const b = at(t, line);
  return [b.command, b.vantage.key, b.format, b.formatOptions];
}

describe.skipIf(!present)('seed 002: docker-desktop', () => {
  const t = present ? read('002_1dc281adc95b5c77.txt') : ({ blocks: [], notes: [] } as Transcript);

  it.each([
    [9, ['ps aux | grep [d]ocker', 'distro:docker-desktop', 'ps', null]],
    [19, ['ls -l /proc/208671/ns/pid', 'distro:docker-desktop', 'ns-links', { pid: 208671 }]],
    [21, ['cat /proc/208671/status | grep NSpid', 'distro:docker-desktop', 'proc-status', { path: '/proc/208671/status' }]],
    [25, ['lsns -t pid 4026532496', 'utility-vm', 'lsns', null]],
    [39, ['cat /proc/239682/status | grep NSpid', 'utility-vm', 'proc-status', { path: '/proc/239682/status' }]],
    [43, ['ls -l /proc/1201/ns/pid', 'utility-vm', 'ns-links', { pid: 1201 }]],
    [59, ['ps aux', 'container:net8', 'ps', null]],
    [64, ['ls -l /proc/1/ns/pid', 'container:net8', 'ns-links', { pid: 1 }]],
    [70, ['ps aux | grep [s]leep', 'distro:docker-desktop', 'ps', null]],
    [74, ['cat /proc/220473/status | grep NSpid', 'distro:docker-desktop', 'proc-status', { path: '/proc/220473/status' }]],
    [78, ['lsns -t pid 4026532375', 'utility-vm', 'lsns', null]],
    [95, ['cat /proc/251599/status | grep NSpid', 'utility-vm', 'proc-status', { path: '/proc/251599/status' }]],
    [111, ['docker ps', 'windows', 'docker-ps', null]],
    [114, ["docker inspect -f '{{.State.Pid}}' 013853d881b7", 'windows', 'docker-inspect', { format: "'{{.State.Pid}}'", targets: ['013853d881b7'] }]],
    [118, ['ps aux | grep [2]20068', 'distro:docker-desktop', 'ps', null]],
    [121, ['lsns -t pid 4026532516', 'utility-vm', 'lsns', null]],
    [129, ['nsenter -t 1343 -a ps aux', 'nsenter:1343@utility-vm', 'ps', null]],
  ] as const)('line %i', (line, expected) => {
    expect(summary(t, line)).toEqual(expected);
  });

  it('reads the busybox ps rows in docker-desktop as its output', () => {
    expect(at(t, 70).output).toEqual([{ line: 71, text: '220473 root 0:00 sleep 75982323' }]);
    expect(at(t, 9).output.map((o) => o.line)).toEqual([10, 11, 12, 13, 14, 15]);
  });

  it('sees nsenter -t 1343 -a as the target numbering, parent utility VM', () => {
    expect(at(t, 129).vantage).toMatchObject({ kind: 'nsenter', targetPid: 1343, parentKey: 'utility-vm', mountsTarget: true, via: 'command' });
    expect(at(t, 129).output.map((o) => o.line)).toEqual([130, 131, 132, 133, 134, 135, 136, 137]);
  });

  it('records both sleeps as jobs where they were started', () => {
    expect([at(t, 17).job, at(t, 17).vantage.key]).toEqual([{ pid: 208671, command: 'sleep 586000' }, 'distro:docker-desktop']);
    expect([at(t, 57).job, at(t, 57).vantage.key]).toEqual([{ pid: 13, command: 'sleep 75982323' }, 'container:net8']);
  });

  it('learns the utility VM from the notes, not from guesses', () => {
    expect(at(t, 25).vantage).toMatchObject({ via: 'note', line: 24, text: '// Mariner VM 내에서 실행' });
    expect(at(t, 70).vantage).toMatchObject({ via: 'note', line: 69 });
    expect(at(t, 59).vantage).toMatchObject({ via: 'command', line: 56, name: 'net8' });
  });

  it('keeps the docker ps and inspect outputs whole', () => {
    expect(at(t, 111).output.map((o) => o.line)).toEqual([112, 113]);
    expect(at(t, 114).output).toEqual([{ line: 115, text: "'220068'" }]);
  });
});

describe.skipIf(!present)('seed 001: WSLg system distro', () => {
  const t = present ? read('001_79c68460e926232b.txt') : ({ blocks: [], notes: [] } as Transcript);

  it.each([
    [4, ['cat /proc/83194/status | grep NSpid', 'utility-vm', 'proc-status', { path: '/proc/83194/status' }]],
    [12, ['ls -l /proc/4419/ns/pid', 'distro:Ubuntu', 'ns-links', { pid: 4419 }]],
    [17, ['ls -l /proc/1/ns/pid', 'utility-vm', 'ns-links', { pid: 1 }]],
    [20, ['ps aux | grep [s]leep', 'utility-vm', 'ps', null]],
    [22, ['cat /proc/48950/status | grep NSpid', 'utility-vm', 'proc-status', { path: '/proc/48950/status' }]],
    [40, ['ps aux | grep [s]leep', 'system-distro', 'ps', null]],
    [44, ['lsns -t pid 4026532257', 'utility-vm', 'lsns', null]],
    [55, ['ls -l /proc/221/ns/pid', 'utility-vm', 'ns-links', { pid: 221 }]],
    [75, ['ps aux | grep [s]leep', 'utility-vm', 'ps', null]],
    [77, ['cat /proc/56564/status | grep NSpid', 'utility-vm', 'proc-status', { path: '/proc/56564/status' }]],
    [81, ['lsns -t pid 4026532784', 'utility-vm', 'lsns', null]],
    [87, ['ls -l /proc/56291/ns/pid', 'utility-vm', 'ns-links', { pid: 56291 }]],
  ] as const)('line %i', (line, expected) => {
    expect(summary(t, line)).toEqual(expected);
  });

  it('records the sleep in Ubuntu 20.04, and the Ubuntu 18.04 one in a vantage of its own', () => {
    expect([at(t, 9).job, at(t, 9).vantage.key]).toEqual([{ pid: 4419, command: 'sleep 680001' }, 'distro:Ubuntu']);
    const b = at(t, 65);
    expect(b.job).toEqual({ pid: 32, command: 'sleep 180000' });
    expect(b.vantage).toMatchObject({ kind: 'unknown', via: 'prompt' });
    expect(at(t, 67).vantage.key).toBe(b.vantage.key);
  });

  it('reads the WSLg distro from wsl --system, and its failure at the end', () => {
    expect(at(t, 40).vantage).toMatchObject({ kind: 'system-distro', via: 'command', line: 39 });
    expect(at(t, 40).output).toEqual([{ line: 41, text: 'wslg 4578 0.0 0.0 7240 588 ? S 14:40 0:00 sleep 680001' }]);
    const r = readTranscript(readFileSync(join(dir, '001_79c68460e926232b.txt'), 'utf8'));
    expect(r.diagnostics.filter((d) => d.code === 'transcript/vantage-command-failed').map((d) => d.line)).toEqual([110]);
  });

  it('does not take "the process run inside Ubuntu" for a vantage', () => {
    expect(t.notes.find((n) => n.line === 19)).toEqual({ line: 19, text: '// Ubuntu WSL 인스턴스 내에서 실행한 프로세스 확인', kind: 'comment' });
  });
});

describe.skipIf(!present)('seed 000: the debug shell', () => {
  const t = present ? read('000_6dcaaf58dbc7412f.txt') : ({ blocks: [], notes: [] } as Transcript);

  it.each([
    [9, ['wsl -l -v', 'windows', 'wsl-list', { command: 'wsl -l -v' }]],
    [77, ['ps -oeuser,pid,ppid,cmd --pid 333', 'distro:Ubuntu-20.04', 'ps', null]],
    [80, ['ps -oeuser,pid,ppid,cmd --pid 1', 'distro:Ubuntu-20.04', 'ps', null]],
    [106, ['ifconfig', 'distro:docker-desktop', null, null]],
    [173, ['yum install iputils', 'system-distro', null, null]],
    [175, ['exit', 'system-distro', null, null]],
    [178, ['yum install iputils -y', 'system-distro', null, null]],
  ] as const)('line %i', (line, expected) => {
    expect(summary(t, line)).toEqual(expected);
  });

  it('reads the WSLGd ps outputs in one shell it cannot name', () => {
    const a = at(t, 51);
    const b = at(t, 57);
    expect([a.format, a.vantage.kind, a.vantage.key]).toEqual(['ps', 'unknown', b.vantage.key]);
    expect(a.output.map((o) => o.text)).toEqual(['EUSER PID PPID CMD', 'root 314 298 /usr/bin/WSLGd', 'root 2306 2297 /usr/bin/WSLGd', 'root 2350 2341 /usr/bin/WSLGd']);
    expect(b.output.map((o) => o.text)).toEqual(['EUSER PID PPID CMD', '...[생략]...', 'root 298 1 /init', 'root 2297 1 /init', 'root 2341 1 /init']);
  });

  it('keeps the /init chains the post quotes as bare ps blocks, each in its own vantage', () => {
    const chain = at(t, 64);
    expect([chain.prompt, chain.format, chain.formatSource, chain.lastLine]).toEqual([null, 'ps', 'detected', 73]);
    expect(chain.output[0]?.text).toBe('2297 1 /init');
    expect(chain.output[9]?.text).toMatch(/^3910 2502 \/usr\/bin\/containerd-shim-runc-v2 -namespace moby -id 4e51b5a3b0b8/);
    const vm = at(t, 84);
    expect(vm.output.map((o) => o.text)).toEqual(['298 1 /init', '304 298 /sbin/init', '666 304 /usr/bin/python3 /usr/bin/networkd-dispatcher --run-startup-triggers']);
    const keys = new Set([chain.vantage.key, vm.vantage.key, at(t, 77).vantage.key, at(t, 51).vantage.key]);
    expect(keys.size).toBe(4);
  });

  it('does not open shells for wsl commands that failed', () => {
    const r = readTranscript(readFileSync(join(dir, '000_6dcaaf58dbc7412f.txt'), 'utf8'));
    expect(r.diagnostics.filter((d) => d.code === 'transcript/vantage-command-failed').map((d) => d.line)).toEqual([17, 124, 165]);
    expect(at(t, 133).vantage.kind).toBe('unknown');
  });
});

describe.skipIf(present)('seeds', () => {
  it.skip('../shared not found: the seed transcripts are read in place from ../shared/seeds', () => {});
});
