import { describe, expect, it } from 'vitest';
import { resolve, translatePid, namespacedPids, ancestorsOf, descendantsOf, namespaceOfPid, commandsCompatible, isDistinctiveCommand } from '../../src/model/index.js';
import type { Observation, ObservationSet, ViewInput } from '../../src/model/index.js';
import { AnalysisSchema } from '../../src/model/schema.js';

const ROOT = 4026531836;
const vm: ViewInput = { id: 'vm', vantage: 'utility VM', firstLine: 1, lastLine: 100, inode: ROOT };

function run(views: ViewInput[], observations: Observation[]) {
  const result = resolve({ views, observations });
  expect(AnalysisSchema.safeParse(result.value).success).toBe(true);
  return result;
}

describe('resolve', () => {
  it('NSpid alone: a chain with placeholders below the proven root', () => {
    const { value, diagnostics } = run([vm], [{ kind: 'process', view: 'vm', line: 5, pid: 83194, nspid: [83194, 3116, 3059] }]);
    expect(diagnostics).toEqual([]);
    expect(value.namespaces.map((n) => [n.id, n.parentId, n.level, n.levelIsAbsolute])).toEqual([
      ['pid:[4026531836]', null, 0, true],
      ['pid:[?1]', 'pid:[4026531836]', 1, true],
      ['pid:[?2]', 'pid:[?1]', 2, true],
    ]);
    expect(value.processes[0]?.pids).toEqual([
      { namespaceId: 'pid:[4026531836]', pid: 83194 },
      { namespaceId: 'pid:[?1]', pid: 3116 },
      { namespaceId: 'pid:[?2]', pid: 3059 },
    ]);
    expect(value.processes[0]?.namespaceId).toBe('pid:[?2]');
  });

  it('an unknown view gives relative levels', () => {
    const { value } = run([{ id: 'u', vantage: '?', firstLine: 1, lastLine: 9 }], [{ kind: 'process', view: 'u', line: 2, pid: 40, nspid: [40, 7] }]);
    expect(value.namespaces.map((n) => [n.id, n.level, n.levelIsAbsolute])).toEqual([
      ['pid:[?1]', 0, false],
      ['pid:[?2]', 1, false],
    ]);
  });

  it('a placeholder merges with a real namespace as soon as a link names it', () => {
    const { value } = run(
      [vm],
      [
        { kind: 'process', view: 'vm', line: 2, pid: 500, nspid: [500, 20, 1] },
        { kind: 'process', view: 'vm', line: 3, pid: 500, nsInode: 4026532500 },
        { kind: 'process', view: 'vm', line: 4, pid: 400, nspid: [400, 1] },
        { kind: 'process', view: 'vm', line: 5, pid: 400, nsInode: 4026532400 },
        { kind: 'process', view: 'vm', line: 6, pid: 500, ppid: 400 },
      ],
    );
    // 400 (own ns 4026532400) is the parent of 500 (own ns 4026532500): a proper ancestor, visible
    // in the VM root, so one of 500's chain 4026531836 → ? → 4026532500; not the root (another
    // inode), so it is the placeholder: elimination.
    expect(value.namespaces.map((n) => [n.id, n.parentId])).toEqual([
      ['pid:[4026531836]', null],
      ['pid:[4026532400]', 'pid:[4026531836]'],
      ['pid:[4026532500]', 'pid:[4026532400]'],
    ]);
    expect(translatePid(value, 1, 'pid:[4026532500]', 'pid:[4026531836]')).toBe(500);
    expect(translatePid(value, 500, 'pid:[4026531836]', 'pid:[4026532400]')).toBe(20);
  });

  it('two placeholders are never merged because they look alike', () => {
    const { value } = run(
      [vm],
      [
        { kind: 'process', view: 'vm', line: 2, pid: 10, nspid: [10, 1] },
        { kind: 'process', view: 'vm', line: 3, pid: 11, nspid: [11, 1] },
      ],
    );
    expect(value.namespaces.filter((n) => n.inode === null)).toHaveLength(2);
  });

  it('pid 1 and a started job live in the view namespace', () => {
    const { value } = run(
      [{ id: 'd', vantage: 'distro', firstLine: 1, lastLine: 9 }],
      [
        { kind: 'process', view: 'd', line: 2, pid: 1, nsInode: 4026532257 },
        { kind: 'process', view: 'd', line: 3, pid: 77, command: 'sleep 9', inViewNamespace: true },
      ],
    );
    expect(value.views[0]?.namespaceId).toBe('pid:[4026532257]');
    expect(namespaceOfPid(value, 'd', 77)).toBe('pid:[4026532257]');
    expect(namespaceOfPid(value, 'd', 12345)).toBeUndefined();
  });

  it('lsns PNS gives the parent; PNS 0 gives nothing', () => {
    const { value } = run(
      [vm],
      [
        { kind: 'namespace', view: 'vm', line: 2, inode: 4026532600, parentInode: ROOT, pid: 300 },
        { kind: 'namespace', view: 'vm', line: 3, inode: 4026532601, parentInode: 0, pid: 301 },
      ],
    );
    const byId = Object.fromEntries(value.namespaces.map((n) => [n.id, n.parentId]));
    expect(byId['pid:[4026532600]']).toBe('pid:[4026531836]');
    expect(byId['pid:[4026532601]']).toBeNull();
  });

  it.each([
    [
      'two inodes for one process',
      [
        { kind: 'process', view: 'vm', line: 3, pid: 9, nsInode: 4026532700 },
        { kind: 'process', view: 'vm', line: 7, pid: 9, nsInode: 4026532701 },
      ],
      'model/namespace-conflict',
      [3, 7],
    ],
    [
      'two commands for one pid in one view',
      [
        { kind: 'process', view: 'vm', line: 4, pid: 9, command: 'sleep 1' },
        { kind: 'process', view: 'vm', line: 8, pid: 9, command: 'nginx -g daemon' },
      ],
      'model/process-conflict',
      [4, 8],
    ],
    [
      'a parent for the initial namespace',
      [{ kind: 'namespace', view: 'vm', line: 5, inode: ROOT, parentInode: 4026532800 }],
      'model/root-has-parent',
      [5],
    ],
  ] as [string, Observation[], string, number[]][])('conflict: %s', (_name, observations, code, lines) => {
    const { ok, diagnostics } = run([vm], observations);
    expect(ok).toBe(false);
    const d = diagnostics.find((x) => x.code === code);
    expect(d).toBeDefined();
    for (const line of lines) expect(d?.message).toContain(String(line));
  });

  it('command-only matches are candidates, never merged', () => {
    const { value } = run(
      [vm, { id: 'd', vantage: 'distro', firstLine: 20, lastLine: 30 }],
      [
        { kind: 'process', view: 'd', line: 21, pid: 1, ppid: 0, command: '/sbin/init' },
        { kind: 'process', view: 'd', line: 22, pid: 333, ppid: 1, command: '/usr/bin/python3 /usr/bin/networkd-dispatcher' },
        { kind: 'process', view: 'vm', line: 40, pid: 304, ppid: 298, command: '/sbin/init' },
        { kind: 'process', view: 'vm', line: 41, pid: 666, ppid: 304, command: '/usr/bin/python3 /usr/bin/networkd-dispatcher' },
      ],
    );
    expect(value.processes).toHaveLength(5);
    expect(value.candidates.map((c) => c.basis).sort()).toEqual(['command', 'command+tree']);
  });

  it('does not depend on the order of observations, and duplicates change nothing', () => {
    const observations: Observation[] = [
      { kind: 'process', view: 'vm', line: 2, pid: 239682, nspid: [239682, 208751, 208671] },
      { kind: 'process', view: 'vm', line: 3, pid: 239682, nsInode: 4026532496 },
      { kind: 'process', view: 'vm', line: 4, pid: 1201, nsInode: 4026532484 },
      { kind: 'process', view: 'vm', line: 5, pid: 1219, ppid: 1201, nsInode: 4026532496, parentOutsideNamespace: true },
    ];
    const set: ObservationSet = { views: [vm], observations };
    const a = resolve(set).value;
    const b = resolve({ views: [vm], observations: [...observations].reverse() }).value;
    const c = resolve({ views: [vm], observations: [...observations, ...observations] }).value;
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.namespaces.map((n) => n.id)).toEqual(['pid:[4026531836]', 'pid:[4026532484]', 'pid:[4026532496]']);
  });

  it('queries', () => {
    const { value } = run([vm], [{ kind: 'process', view: 'vm', line: 2, pid: 50, nspid: [50, 5, 1] }]);
    expect(ancestorsOf(value, 'pid:[?2]')).toEqual(['pid:[?1]', 'pid:[4026531836]']);
    expect(descendantsOf(value, 'pid:[4026531836]')).toEqual(['pid:[?1]', 'pid:[?2]']);
    expect(namespacedPids(value, 5, 'pid:[?1]')?.map((p) => p.pid)).toEqual([50, 5, 1]);
    expect(translatePid(value, 1, 'pid:[?2]', 'pid:[?1]')).toBe(5);
    expect(translatePid(value, 1, 'pid:[?2]', 'pid:[nope]')).toBeUndefined();
    expect(translatePid(value, 99, 'pid:[?2]', 'pid:[?1]')).toBeUndefined();
  });

  it('translatePid is undefined between siblings', () => {
    const { value } = run(
      [vm],
      [
        { kind: 'process', view: 'vm', line: 2, pid: 50, nspid: [50, 1], nsInode: 4026532900 },
        { kind: 'process', view: 'vm', line: 3, pid: 60, nspid: [60, 1], nsInode: 4026532901 },
      ],
    );
    expect(translatePid(value, 1, 'pid:[4026532900]', 'pid:[4026532901]')).toBeUndefined();
  });
});

describe('command comparison', () => {
  it.each([
    ['sleep 680001', 'sleep 680001', true],
    ['/usr/bin/python3 /usr/bin/networkd-dispatcher --run-startup-triggers', '/usr/bin/python3 /usr/bin/networkd-di', true],
    ['networkd-dispat', '/usr/bin/networkd-dispatcher --run', true],
    ['[kthreadd]', 'kthreadd', true],
    ['sleep 1', 'nginx -g daemon', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(commandsCompatible(a, b)).toBe(same);
  });
  it.each([
    ['sleep 680001', true],
    ['/init', false],
    ['bash', false],
    ['/bin/login -f', false],
    ['plan9 --control-socket 5 --log-level 4', false],
    ['/usr/bin/containerd-shim-runc-v2 -namespace moby -id 013853d881b7d675', true],
  ])('%s distinctive: %s', (c, d) => {
    expect(isDistinctiveCommand(c)).toBe(d);
  });
});
