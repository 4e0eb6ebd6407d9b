import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/parsers/detect.js';
import { utf16le } from '../../support/encode.js';


const lines = (...l: string[]) => `${l.join('\n')}\n`;

// Snippets quoted from ../shared/seeds (whitespace as the blogs printed it).
const SEED = {
  wslList: lines('NAME STATE VERSION', '* Ubuntu-20.04 Stopped 2', 'docker-desktop Stopped 2', 'docker-desktop-data Stopped 2'),
  psOHeader: lines('EUSER PID PPID CMD', 'root 314 298 /usr/bin/WSLGd', 'root 2306 2297 /usr/bin/WSLGd'),
  psChain: lines('2297 1 /init', '2298 2297 /init', '2386 2385 wsl-bootstrap run --base-image /c/Program Files/Docker/Docker/resources/docker-desktop.iso'),
  busyboxRows: lines('1 root 0:00 {init(docker-des} /init', '19 root 0:08 wsl-bootstrap run --base-image /c/Program Files/Docker/Docker/resources/docker-desktop.iso', '104 root 1:01 /usr/bin/runc run --preserve-fds=3 01-docker'),
  busyboxHeader: lines('PID USER TIME COMMAND', '1 root 0:02 /init', '18 root 11:02 /init services'),
  auxRow: lines('wslg 48950 0.0 0.0 7240 588 ? S 05:40 0:00 sleep 680001'),
  auxHeader: lines('USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND', 'root 1 0.0 0.0 18520 3432 pts/0 Ss 00:52 0:00 /bin/bash'),
  nspid: lines('NSpid: 251599 220553 220473 220313 13'),
  nsLink: lines("lrwxrwxrwx 1 root root 0 Oct 17 01:11 /proc/1/ns/pid -> 'pid:[4026531836]'"),
  nsLinkUnquoted: lines('lrwxrwxrwx 1 root root 0 Oct 17 23:45 /proc/208671/ns/pid -> pid:[4026532496]'),
  lsnsTree: lines('PID PPID USER COMMAND', '251353 251333 root /bin/bash', '251599 251353 root `-sleep 75982323'),
  ipconfig: lines('Windows IP Configuration', '...[생략]...', 'Ethernet adapter vEthernet (WSL (Hyper-V firewall)):', 'Connection-specific DNS Suffix . :', 'IPv4 Address. . . . . . . . . . . : 172.19.128.1'),
  hnsdiagRecords: lines('...[생략]...', 'Network : 790E58B4-7939-4434-9358-89AE7DDBE87E', 'Name : WSL (Hyper-V firewall)', 'Type : ICS', 'Subnet Address : 172.19.128.0/20'),
  dockerPs: lines('CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES', '013853d881b7 net8_ubuntu18_build "/bin/bash" 38 minutes ago Up 38 minutes vibrant_kepler'),
};

describe('detectFormat on seed snippets', () => {
  it.each([
    ['wsl -l -v', SEED.wslList, 'wsl-list', 0.95],
    ['ps -o with header', SEED.psOHeader, 'ps', 0.9],
    ['ps rows pid ppid cmd', SEED.psChain, 'ps', 0.6],
    ['busybox rows', SEED.busyboxRows, 'ps', 0.75],
    ['busybox header', SEED.busyboxHeader, 'ps', 0.95],
    ['procps aux row', SEED.auxRow, 'ps', 0.68],
    ['procps aux header', SEED.auxHeader, 'ps', 0.9],
    ['NSpid line', SEED.nspid, 'proc-status', 0.9],
    ['ns link', SEED.nsLink, 'ns-links', 0.95],
    ['ns link unquoted', SEED.nsLinkUnquoted, 'ns-links', 0.95],
    ['lsns process tree', SEED.lsnsTree, 'lsns', 0.92],
    ['ipconfig', SEED.ipconfig, 'ipconfig', 0.95],
    ['hnsdiag records', SEED.hnsdiagRecords, 'hnsdiag', 0.85],
    ['docker ps', SEED.dockerPs, 'docker-ps', 0.95],
  ])('%s', (_name, text, format, confidence) => {
    expect(detectFormat(text)).toMatchObject({ format, confidence });
  });
});

describe('detectFormat on synthetic outputs', () => {
  it.each([
    ['wsl -l (English)', lines('Windows Subsystem for Linux Distributions:', 'Ubuntu (Default)', 'docker-desktop'), 'wsl-list'],
    ['wsl -l (Korean)', lines('Linux용 Windows 하위 시스템 배포:', 'Ubuntu(기본값)'), 'wsl-list'],
    ['wsl -l (Japanese)', lines('Linux 用 Windows サブシステム ディストリビューション:', 'Ubuntu (既定)'), 'wsl-list'],
    ['wsl -l --running, none', lines('There are no running distributions.'), 'wsl-list'],
    ['wsl -l -v aligned', lines('  NAME              STATE           VERSION', '* Ubuntu            Running         2', '  docker-desktop    Stopped         2'), 'wsl-list'],
    ['wsl -l -o', lines('The following is a list of valid distributions that can be installed.', '', 'NAME                                   FRIENDLY NAME', 'Ubuntu                                 Ubuntu'), 'wsl-list'],
    ['ipconfig (German)', lines('Windows-IP-Konfiguration', '', 'Ethernet-Adapter vEthernet (WSL):', '   IPv4-Adresse  . . . . . . . . . . : 172.22.16.1'), 'ipconfig'],
    ['ipconfig (Korean)', lines('Windows IP 구성', '', '이더넷 어댑터 vEthernet (WSL):', '   IPv4 주소 . . . . . . . . . : 172.22.16.1'), 'ipconfig'],
    ['ipconfig without header', lines('Ethernet adapter Ethernet:', '   IPv4 Address. . . . . . . . . . . : 10.0.0.2', '   Subnet Mask . . . . . . . . . . . : 255.0.0.0'), 'ipconfig'],
    ['hnsdiag tables', lines('Networks:', 'Name             ID', 'nat              B5083512-BE1D-4326-B58F-56CA5154E8D5'), 'hnsdiag'],
    ['hnsdiag banner', lines('////////////////////////ADAPTERS///////////////////////', 'Adapter : {5C1E0F5E-0000-0000-0000-000000000000}'), 'hnsdiag'],
    ['hnsdiag JSON', lines('{', '    "ID":"790E58B4-7939-4434-9358-89AE7DDBE87E",', '    "Name":"WSL (Hyper-V firewall)",', '    "Type":"ICS"', '}'), 'hnsdiag'],
    ['hnsdiag concatenated JSON', lines('{', '    "ID":"A",', '    "Subnets":[]', '}', '{', '    "ID":"B",'), 'hnsdiag'],
    ['lsns default', lines('        NS TYPE   NPROCS   PID USER COMMAND', '4026531836 pid       120     1 root /sbin/init'), 'lsns'],
    ['lsns -o with PNS', lines('        NS TYPE        PNS', '4026532257 pid 4026532245'), 'lsns'],
    ['lsns -n rows', lines('4026531836 pid 120 1 root /sbin/init', '4026532257 pid 3 226 root /sbin/init'), 'lsns'],
    ['lsns -J', lines('{', '   "namespaces": [', '      {"ns": 4026531836, "type": "pid", "nprocs": 120, "pid": 1, "user": "root", "command": "/sbin/init"}', '   ]', '}'), 'lsns'],
    ['lsns -J truncated', lines('{', '   "namespaces": [', '      {"ns": 4026531836, "type": "pid",'), 'lsns'],
    ['lsns unicode tree', lines('    PID   PPID USER COMMAND', ' 220313 220306 root /init', ' 220353 220313 root ├─/init', ' 220400 220313 root └─sleep 1000'), 'lsns'],
    ['ps -ef', lines('UID          PID    PPID  C STIME TTY          TIME CMD', 'root           1       0  0 Oct17 ?        00:00:02 /sbin/init'), 'ps'],
    ['ps -ef rows', lines('root 1 0 0 Oct17 ? 00:00:02 /sbin/init', 'root 2 0 0 Oct17 ? 00:00:00 [kthreadd]'), 'ps'],
    ['ps with pidns', lines('    PID      PIDNS COMMAND', '      1 4026531836 /sbin/init'), 'ps'],
    ['proc status file', lines('Name:\tsleep', 'Umask:\t0022', 'State:\tS (sleeping)', 'Tgid:\t4419', 'Pid:\t4419', 'NSpid:\t48950\t4578\t4419'), 'proc-status'],
    ['grep -H status', lines('/proc/1/status:NSpid:\t1', '/proc/2/status:NSpid:\t2'), 'proc-status'],
    ['readlink', lines('pid:[4026531836]'), 'ns-links'],
    ['ls -l ns dir', lines('total 0', "lrwxrwxrwx 1 root root 0 Oct 17 01:11 cgroup -> 'cgroup:[4026531835]'", "lrwxrwxrwx 1 root root 0 Oct 17 01:11 pid -> 'pid:[4026531836]'"), 'ns-links'],
    ['docker ps aligned', lines('CONTAINER ID   IMAGE     COMMAND       CREATED         STATUS         PORTS     NAMES', '013853d881b7   ubuntu    "/bin/bash"   2 minutes ago   Up 2 minutes             x'), 'docker-ps'],
    ['docker inspect JSON', lines('[', '    {', '        "Id": "013853d881b7",', '        "State": { "Pid": 220068 },', '        "Config": {}', '    }', ']'), 'docker-inspect'],
    ['docker inspect {{json .State}}', lines('{"Status":"running","Running":true,"Pid":220068}'), 'docker-inspect'],
  ])('%s', (_name, text, format) => {
    const d = detectFormat(text);
    expect(d.format).toBe(format);
    expect(d.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['a blog tree drawing', lines('pid:[4026531836] Mariner VM에 속한 pid namespace', '|- 48950 (sleep의 pid)', 'ㄴ pid:[4026532257] Ubuntu WSL 인스턴스에 속한 pid namespace')],
    ['ifconfig', lines('eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST> mtu 1500', 'inet 172.19.132.144 netmask 255.255.240.0 broadcast 172.19.143.255')],
    ['a toml file', lines('version = 2', 'root = "/var/lib/desktop-containerd/daemon"', '[plugins]')],
    ['runc list output', lines('load container tmpmounts: container does not exist', 'ID PID STATUS BUNDLE CREATED OWNER')],
    ['prose', lines('This is a sentence about namespaces.')],
    ['os-release', lines('NAME="Common Base Linux Mariner"', 'VERSION="2.0.20240112"', 'ID=mariner')],
    ['empty', ''],
  ])('%s → nothing confident', (_name, text) => {
    expect(detectFormat(text).confidence).toBeLessThan(0.5);
  });

  it('gives weak guesses below the transcript threshold', () => {
    expect(detectFormat("'220068'\n")).toMatchObject({ format: 'docker-inspect', confidence: 0.35 });
    expect(detectFormat('013853d881b7\n')).toMatchObject({ format: 'docker-ps', confidence: 0.45 });
    expect(detectFormat('Error code: Wsl/Service/WSL_E_DEFAULT_DISTRO_NOT_FOUND\n')).toMatchObject({ format: 'wsl-list', confidence: 0.4 });
  });

  it('reads bytes: UTF-16LE, and NUL-garbled wsl.exe output', () => {
    const text = '  NAME      STATE           VERSION\r\n* Ubuntu    Running         2\r\n';
    expect(detectFormat(utf16le(text)).format).toBe('wsl-list');
    expect(detectFormat(text.split('').join('\0')).format).toBe('wsl-list');
  });
});

describe('detectFormat properties', () => {
  it('never throws and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (input) => {
        const d = detectFormat(input);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        expect(d.format === null).toBe(d.confidence === 0);
      }),
      { numRuns: 200 },
    );
  });
});
