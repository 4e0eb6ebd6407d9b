import { describe, expect, it } from 'vitest';
import { assignRoles, resolve, type Observation, type RoleInput } from '../../src/index.js';

const vm = { id: 'vm', vantage: 'utility VM', firstLine: 1, lastLine: 99, inode: 4026531836 };

function roles(observations: Observation[], input: Partial<RoleInput> = {}) {
  const analysis = resolve({ views: [vm, { id: 'd', vantage: 'distro', firstLine: 50, lastLine: 60 }], observations }).value;
  return assignRoles(analysis, { views: [{ id: 'vm', kind: 'utility-vm', name: null, evidence: { line: 1 } }], ...input });
}

describe('assignRoles', () => {
  it.each([
    ['/init services', 'linuxkit-services'],
    ['/usr/bin/containerd-shim-runc-v2 -namespace moby -id 0138', 'linuxkit-services'],
    ['wsl-bootstrap run --base-image /c/x.iso', 'docker-desktop'],
    ['/usr/bin/WSLGd', 'wslg-system'],
    ['plan9 --control-socket 6 --log-level 4', 'distro'],
  ])('a namespace running %s is %s', (command, role) => {
    const a = roles([{ kind: 'process', view: 'vm', line: 5, pid: 9, command, nsInode: 4026532600 }]);
    const ns = a.namespaces.find((n) => n.inode === 4026532600);
    expect(ns?.role).toBe(role);
    expect(ns?.roleEvidence).toEqual([{ line: 5 }]);
  });

  it('the utility VM view names the initial namespace', () => {
    const a = roles([]);
    expect(a.namespaces.find((n) => n.inode === 4026531836)?.role).toBe('wsl-utility-vm');
  });

  it('a view role outranks a command role; two command roles of one strength are both shown', () => {
    const a = roles(
      [
        { kind: 'process', view: 'vm', line: 5, pid: 9, command: '/init services', nsInode: 4026532600 },
        { kind: 'process', view: 'vm', line: 6, pid: 10, command: '/usr/bin/WSLGd', nsInode: 4026532600 },
        { kind: 'process', view: 'd', line: 51, pid: 1, nsInode: 4026532700 },
        { kind: 'process', view: 'vm', line: 7, pid: 11, command: '/usr/bin/WSLGd', nsInode: 4026532700 },
      ],
      { views: [{ id: 'd', kind: 'distro', name: 'Ubuntu', evidence: { line: 50 } }] },
    );
    expect(a.namespaces.find((n) => n.inode === 4026532600)?.role).toBe('linuxkit-services | wslg-system');
    const distro = a.namespaces.find((n) => n.inode === 4026532700);
    expect([distro?.role, distro?.label]).toEqual(['distro', 'Ubuntu']);
  });

  it('a container view is labelled from docker ps by name, else by image', () => {
    const obs: Observation[] = [{ kind: 'process', view: 'd', line: 51, pid: 1, nsInode: 4026532375 }];
    const byName = roles(obs, {
      views: [{ id: 'd', kind: 'container', name: 'web', evidence: { line: 50 }, image: 'nginx', command: null }],
      dockerContainers: [{ id: '013853d881b7', name: 'web', image: 'nginx', command: null, line: 70 }],
    });
    expect(byName.namespaces.find((n) => n.inode === 4026532375)?.label).toBe('013853d881b7 web');
    expect(byName.containers[0]).toMatchObject({ id: '013853d881b7', namespaceId: 'pid:[4026532375]' });
    const ambiguous = roles(obs, {
      views: [{ id: 'd', kind: 'container', name: null, evidence: { line: 50 }, image: 'nginx', command: null }],
      dockerContainers: [
        { id: 'aaaaaaaaaaaa', name: 'one', image: 'nginx', command: null, line: 70 },
        { id: 'bbbbbbbbbbbb', name: 'two', image: 'nginx', command: null, line: 71 },
      ],
    });
    expect(ambiguous.namespaces.find((n) => n.inode === 4026532375)?.label).toBeNull();
  });

  it('docker inspect locates a container init only when one known process has that pid', () => {
    const a = roles([{ kind: 'process', view: 'vm', line: 5, pid: 220068, command: '/bin/bash' }], {
      dockerContainers: [{ id: '013853d881b7', name: 'x', image: null, command: null, line: 70 }],
      inspects: [{ ref: '013853d881b7', pid: 220068, line: 72 }],
    });
    expect(a.containers[0]?.init).toEqual({ namespaceId: 'pid:[4026531836]', pid: 220068 });
    const none = roles([], { dockerContainers: [{ id: '013853d881b7', name: 'x', image: null, command: null, line: 70 }], inspects: [{ ref: '013853d881b7', pid: 5, line: 72 }] });
    expect(none.containers[0]?.init).toBeNull();
  });
});
