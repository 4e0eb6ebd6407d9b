import { describe, expect, it } from 'vitest';
import { classifyLine, splitCommandLine, type ShellFamily } from '../../src/transcript/command.js';

describe('splitCommandLine', () => {
  it.each([
    ['ps aux | grep [s]leep', 'posix', [['ps', 'aux'], ['grep', '[s]leep']]],
    ["docker inspect -f '{{.State.Pid}}' x", 'posix', [['docker', 'inspect', '-f', '{{.State.Pid}}', 'x']]],
    ["docker inspect -f '{{.State.Pid}}' x", 'cmd', [['docker', 'inspect', '-f', "'{{.State.Pid}}'", 'x']]],
    ['echo "a b" c\\ d', 'posix', [['echo', 'a b', 'c d']]],
    ['ps aux > /tmp/out 2>&1', 'posix', [['ps', 'aux']]],
    ['cat < /proc/1/status', 'posix', [['cat']]],
    ['a && b; c || d', 'posix', [['a'], ['b'], ['c'], ['d']]],
    ['sleep 5 &', 'posix', [['sleep', '5']]],
    ['echo "unclosed', 'posix', [['echo', 'unclosed']]],
  ] as const)('%s (%s)', (line, shell, expected) => {
    expect(splitCommandLine(line, shell as ShellFamily).map((s) => s.words.map((w) => w.value))).toEqual(expected);
  });
});

const push = (kind: string, name: string | null = null, extra: object = {}) => ({ type: 'push', target: { kind, name, targetPid: null, mountsTarget: false, ...extra } });
const once = (kind: string, name: string | null = null, extra: object = {}) => ({ type: 'once', target: { kind, name, targetPid: null, mountsTarget: false, ...extra } });

describe('classifyLine: formats and parser options', () => {
  it.each([
    ['ps aux', 'ps', null],
    ['ps aux | grep [s]leep', 'ps', null],
    ['ps -oeuser,pid,ppid,cmd -C WSLGd', 'ps', { columns: ['euser,pid,ppid,cmd'] }],
    ['ps -eo pid,pidns,args --forest', 'ps', { columns: ['pid,pidns,args'] }],
    ['ps axo pid,comm', 'ps', { columns: ['pid,comm'] }],
    ['ps -o pid= -o args=', 'ps', { columns: ['pid=', 'args='] }],
    ['ps -C foo -o pid', 'ps', { columns: ['pid'] }],
    ['busybox ps -o pid,args', 'ps', { columns: ['pid,args'], flavor: 'busybox' }],
    ['sudo ps -ef', 'ps', null],
    ['/bin/ps aux', 'ps', null],
    ['ps aux | sort -k2', null, null],
    ['ps aux | grep -c sleep', null, null],
    ['lsns -t pid 4026532257', 'lsns', null],
    ['lsns -n -o NS,TYPE,PNS', 'lsns', { columns: ['NS', 'TYPE', 'PNS'] }],
    ['lsns --output=ns,pid', 'lsns', { columns: ['NS', 'PID'] }],
    ['lsns -o +PNS', 'lsns', null],
    ['lsns -J', 'lsns', null],
    ['cat /proc/83194/status | grep NSpid', 'proc-status', { path: '/proc/83194/status' }],
    ['grep NSpid /proc/83194/status', 'proc-status', { path: '/proc/83194/status' }],
    ['grep -E "NSpid|Name" /proc/1/status', 'proc-status', { path: '/proc/1/status' }],
    ['grep NSpid /proc/*/status', 'proc-status', null],
    ['grep -H NSpid /proc/1/status /proc/2/status', 'proc-status', null],
    ['cat /proc/self/status', 'proc-status', null],
    ['cat /proc/1/task/5/status', 'proc-status', null],
    ['cat /etc/wsl.conf', null, null],
    ['ls -l /proc/4419/ns/pid', 'ns-links', { pid: 4419 }],
    ['ls -l /proc/4419/ns/', 'ns-links', { pid: 4419 }],
    ['ls -la /proc/1/ns', 'ns-links', { pid: 1 }],
    ['ls /proc/1/ns', null, null],
    ['readlink /proc/1/ns/pid', 'ns-links', { pid: 1 }],
    ['readlink /proc/1/ns/pid /proc/2/ns/pid', 'ns-links', null],
    ['wsl -l -v', 'wsl-list', { command: 'wsl -l -v' }],
    ['wsl.exe --list --verbose | findstr Ubuntu', 'wsl-list', { command: 'wsl --list --verbose' }],
    ['wslconfig /l', 'wsl-list', { command: 'wslconfig /l' }],
    ['ipconfig /all', 'ipconfig', null],
    ['ipconfig.exe', 'ipconfig', null],
    ['hnsdiag list networks', 'hnsdiag', { kind: 'networks' }],
    ['hnsdiag list endpoints -df', 'hnsdiag', { kind: 'endpoints' }],
    ['hnsdiag list all', 'hnsdiag', null],
    ['docker ps', 'docker-ps', null],
    ['docker container ls -a --no-trunc', 'docker-ps', null],
    ['docker inspect -f {{.State.Pid}} net8', 'docker-inspect', { format: '{{.State.Pid}}', targets: ['net8'] }],
    ['docker inspect a b', 'docker-inspect', { targets: ['a', 'b'] }],
    ['tty', null, null],
    ['sleep 680001 &', null, null],
  ])('%s → %s', (line, format, options) => {
    const c = classifyLine(line, 'posix', false);
    expect(c.format).toBe(format);
    expect(c.options).toEqual(options);
  });

  it('keeps cmd.exe quotes in a docker template (docker prints them back)', () => {
    expect(classifyLine("docker inspect -f '{{.State.Pid}}' 013853d881b7", 'cmd', true).options).toEqual({ format: "'{{.State.Pid}}'", targets: ['013853d881b7'] });
  });
});

describe('classifyLine: vantage effects', () => {
  it.each([
    ['wsl --debug-shell', 'cmd', true, push('utility-vm')],
    ['wsl --system', 'cmd', true, push('system-distro')],
    ['wsl --system -u root', 'cmd', true, push('system-distro')],
    ['wsl -d Ubuntu-20.04', 'cmd', true, push('distro', 'Ubuntu-20.04')],
    ['wsl --distribution=Debian', 'cmd', true, push('distro', 'Debian')],
    ['wsl', 'cmd', true, push('distro')],
    ['wsl ~', 'cmd', true, push('distro')],
    ['bash', 'cmd', true, push('distro')],
    ['wsl -d docker-desktop -e sh', 'cmd', true, push('distro', 'docker-desktop')],
    ['wsl -d Ubuntu -- cat /proc/1/status', 'cmd', true, once('distro', 'Ubuntu')],
    ['wsl ps aux', 'cmd', true, once('distro')],
    ['wsl --shutdown', 'cmd', true, { type: 'none' }],
    ['wsl --help', 'cmd', true, { type: 'none' }],
    ['docker run -it --name net8 --rm net8_ubuntu18_build /bin/bash', 'cmd', true, push('container', 'net8')],
    ['docker run -it ubuntu', 'posix', false, push('container', 'ubuntu', { unnamed: true })],
    ['docker run --rm alpine ps', 'posix', false, once('container', 'alpine', { unnamed: true })],
    ['docker run -d nginx', 'posix', false, { type: 'none' }],
    ['docker exec -it 013853d881b7 bash', 'posix', false, push('container', '013853d881b7')],
    ['docker exec -u root -it net8 /bin/sh -l', 'posix', false, push('container', 'net8')],
    ['docker exec net8 ps aux', 'posix', false, once('container', 'net8')],
    ['nsenter -t 1343 -a ps aux', 'posix', false, once('nsenter', null, { targetPid: 1343, mountsTarget: true })],
    ['nsenter -t 1343 -p ps aux', 'posix', false, once('nsenter', null, { targetPid: 1343 })],
    ['nsenter --target=1 --mount --pid', 'posix', false, push('nsenter', null, { targetPid: 1, mountsTarget: true })],
    ['nsenter -t 1 -m -p -- bash', 'posix', false, push('nsenter', null, { targetPid: 1, mountsTarget: true })],
    ['sudo nsenter -at 1343 cat /proc/1/status', 'posix', false, once('nsenter', null, { targetPid: 1343, mountsTarget: true })],
    ['nsenter --pid=/proc/7/ns/pid --mount=/proc/7/ns/mnt ps', 'posix', false, once('nsenter', null, { targetPid: 7, mountsTarget: true })],
    ['exit', 'posix', false, { type: 'exit' }],
    ['logout', 'posix', false, { type: 'exit' }],
    ['exit 1', 'posix', false, { type: 'exit' }],
    ['su -', 'posix', false, { type: 'same-shell' }],
    ['sudo -i', 'posix', false, { type: 'same-shell' }],
    ['bash', 'posix', false, { type: 'same-shell' }],
    ['bash -c "ps aux"', 'posix', false, { type: 'none' }],
    ['ssh user@host', 'posix', false, push('unknown')],
  ] as const)('%s (%s)', (line, shell, windows, effect) => {
    expect(classifyLine(line, shell, windows).effect).toEqual(effect);
  });

  it('gives the inner command its format', () => {
    expect(classifyLine('nsenter -t 1343 -a ps aux', 'posix', false).format).toBe('ps');
    expect(classifyLine('wsl -e sh -c "ps aux | grep x"', 'cmd', true).format).toBe('ps');
    expect(classifyLine('docker exec net8 cat /proc/1/status', 'posix', false).options).toEqual({ path: '/proc/1/status' });
  });

  it('reports nsenter without a target', () => {
    const c = classifyLine('nsenter -a ps', 'posix', false);
    expect(c.issues.map((i) => i.code)).toEqual(['nsenter-without-target']);
    expect(c.effect).toEqual(once('nsenter', null, { mountsTarget: true }));
  });

  it('sees a background job', () => {
    expect(classifyLine('sleep 680001 &', 'posix', false).background).toBe('sleep 680001');
    expect(classifyLine('a && b', 'posix', false).background).toBeNull();
  });
});
