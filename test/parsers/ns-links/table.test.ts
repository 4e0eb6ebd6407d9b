import { describe, expect, it } from 'vitest';
import { parseNsLinks } from '../../../src/parsers/ns-links/index.js';
import { NsLinksOutputSchema } from '../../../src/parsers/ns-links/schema.js';

const parse = (text: string, options?: { pid?: number }) => parseNsLinks(text, options);
const pick = (text: string, options?: { pid?: number }) =>
  parse(text, options).value.links.map((l) => ({ pid: l.pid, tgid: l.tgid, type: l.type, nsType: l.nsType, inode: l.inode, path: l.path, source: l.source }));

describe('parseNsLinks: the forms users paste', () => {
  it.each([
    // seed 001, line 13: a terminal quotes the target
    ["lrwxrwxrwx 1 testusr testusr 0 Oct 17 14:46 /proc/4419/ns/pid -> 'pid:[4026532257]'", { pid: 4419, type: 'pid', inode: 4026532257, path: '/proc/4419/ns/pid', source: 'arrow' }],
    // seed 002, line 20: piped, no quotes
    ['lrwxrwxrwx 1 root root 0 Oct 17 23:45 /proc/208671/ns/pid -> pid:[4026532496]', { pid: 208671, type: 'pid', inode: 4026532496, source: 'arrow' }],
    ['lrwxrwxrwx 1 root root 0 2024-10-17 14:46:05.123456789 +0900 /proc/7/ns/net -> net:[4026531833]', { pid: 7, type: 'net', nsType: 'net', inode: 4026531833 }],
    ['lrwxrwxrwx 1 root root 0 2024-10-17 14:46 /proc/7/ns/pid -> pid:[1]', { pid: 7, inode: 1 }],
    ['lrwxrwxrwx 1 root root 0 10月 17 14:46 /proc/7/ns/pid -> pid:[4026531836]', { pid: 7, inode: 4026531836 }],
    ['15378 lrwxrwxrwx 1 root root 0 Nov 21 03:25 /proc/7/ns/pid -> pid:[4026532182]', { pid: 7, inode: 4026532182 }],
    ['lrwxrwxrwx. 1 root root 0 Nov 21 03:25 /proc/7/ns/pid -> pid:[4026532182]', { pid: 7, inode: 4026532182 }],
    ['\x1b[0m\x1b[01;36m/proc/7/ns/pid\x1b[0m -> pid:[4026532182]', { pid: 7, inode: 4026532182, path: '/proc/7/ns/pid' }],
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:25 /proc/7/ns/pid_for_children -> pid:[4026532183]', { pid: 7, type: 'pid_for_children', nsType: 'pid', inode: 4026532183 }],
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:25 /proc/7/ns/time_for_children -> time:[4026531834]', { type: 'time_for_children', nsType: 'time' }],
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:25 /proc/self/ns/pid -> pid:[4026531836]', { pid: null, tgid: null, path: '/proc/self/ns/pid' }],
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:25 /proc/thread-self/ns/pid -> pid:[4026531836]', { pid: null, path: '/proc/thread-self/ns/pid' }],
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:25 /proc/123/task/124/ns/pid -> pid:[4026531836]', { pid: 124, tgid: 123 }],
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:25 /proc/123/task/124/ns/pid -> pid:[4026531836]', { pid: 124, tgid: 123 }],
    ["'/proc/9/ns/pid_for_children' -> 'pid:[4026532182]'", { pid: 9, type: 'pid_for_children', source: 'arrow' }],
    ['  File: /proc/9/ns/pid -> pid:[4026532182]', { pid: 9, type: 'pid', source: 'arrow' }],
    ['/proc/9/ns/pid: symbolic link to pid:[4026532182]', { pid: 9, type: 'pid', path: '/proc/9/ns/pid', source: 'named' }],
    ['/proc/9/ns/pid pid:[4026532182]', { pid: 9, path: '/proc/9/ns/pid', source: 'named' }],
    ['/proc/9 pid:[4026532182]', { pid: 9, type: 'pid', path: '/proc/9', source: 'named' }],
    ['9 pid:[4026532182]', { pid: 9, path: null, source: 'named' }],
    ['pid:[4026531836]', { pid: null, type: 'pid', inode: 4026531836, path: null, source: 'bare' }],
    ["'pid:[4026531836]'", { pid: null, inode: 4026531836, source: 'bare' }],
    ['   net:[4026531833]   ', { type: 'net', inode: 4026531833, source: 'bare' }],
    ['cgroup:[4026531835]', { type: 'cgroup', nsType: 'cgroup' }],
  ])('%s', (text, want) => {
    const r = parse(text);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.value.links).toHaveLength(1);
    expect(r.value.links[0]).toMatchObject(want);
  });

  it('a whole `ls -l /proc/N/ns` listing: relative names take options.pid', () => {
    const text = ['total 0', 'lrwxrwxrwx 1 root root 0 Nov 21 03:25 cgroup -> cgroup:[4026531835]', 'lrwxrwxrwx 1 root root 0 Nov 21 03:25 pid -> pid:[4026532182]', 'lrwxrwxrwx 1 root root 0 Nov 21 03:25 pid_for_children -> pid:[4026532182]'].join('\n');
    expect(pick(text, { pid: 42 })).toEqual([
      { pid: 42, tgid: null, type: 'cgroup', nsType: 'cgroup', inode: 4026531835, path: null, source: 'arrow' },
      { pid: 42, tgid: null, type: 'pid', nsType: 'pid', inode: 4026532182, path: null, source: 'arrow' },
      { pid: 42, tgid: null, type: 'pid_for_children', nsType: 'pid', inode: 4026532182, path: null, source: 'arrow' },
    ]);
    expect(pick(text).map((l) => l.pid)).toEqual([null, null, null]);
    expect(parse(text).diagnostics).toEqual([]);
  });

  it('`ls -l /proc/*/ns`: each directory header names the pid of the links under it', () => {
    const text = ['/proc/1/ns:', 'total 0', 'lrwxrwxrwx 1 root root 0 Nov 21 03:25 pid -> pid:[4026531836]', '', '/proc/5/task/6/ns/:', 'total 0', 'lrwxrwxrwx 1 root root 0 Nov 21 03:25 pid -> pid:[4026532182]', '', 'lrwxrwxrwx 1 root root 0 Nov 21 03:25 pid -> pid:[4026532183]'].join('\n');
    expect(pick(text, { pid: 99 }).map((l) => [l.pid, l.tgid, l.path])).toEqual([
      [1, null, '/proc/1/ns/pid'],
      [6, 5, '/proc/5/task/6/ns/pid'],
      // after the blank line the header no longer applies
      [99, null, null],
    ]);
  });

  it('options.pid does not override what a line says', () => {
    expect(pick('/proc/self/ns/pid -> pid:[1]\n7 pid:[2]\npid:[3]', { pid: 5 }).map((l) => l.pid)).toEqual([null, 7, 5]);
  });

  it('prose around a target keeps the target, with only options.pid', () => {
    expect(pick('ㄴ pid:[4026532257] Ubuntu WSL', { pid: 5 })).toEqual([{ pid: 5, tgid: null, type: 'pid', nsType: 'pid', inode: 4026532257, path: null, source: 'bare' }]);
    expect(pick('pid:[4026531836] Mariner VM').map((l) => l.pid)).toEqual([null]);
  });

  it('several bare targets on one line (readlink … | xargs)', () => {
    expect(pick('pid:[4026531836] net:[4026531833]').map((l) => [l.type, l.inode])).toEqual([['pid', 4026531836], ['net', 4026531833]]);
  });
});

describe('parseNsLinks: diagnostics, never exceptions', () => {
  it.each([
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:24 /proc/1/ns/pid', 'ns-links/no-target', 0],
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:24 pid_for_children', 'ns-links/no-target', 0],
    ['1 ', 'ns-links/no-target', 0],
    ['/proc/1/ns/pid ', 'ns-links/no-target', 0],
    ["ls: cannot read symbolic link '/proc/1/ns/pid': Permission denied", 'ns-links/tool-message', 0],
    ["ls: cannot open directory '/proc/1/ns': Permission denied", 'ns-links/tool-message', 0],
    ['ㄴ pid:[????????] (unknown)', 'ns-links/unrecognized-line', 0],
    ['# ls -l /proc/1/ns/pid', 'ns-links/unrecognized-line', 0],
    ['pid:[4026531836] Mariner VM에 속한 pid namespace', 'ns-links/extra-text', 1],
    ['ㄴ pid:[4026532257] Ubuntu', 'ns-links/extra-text', 1],
    ['lrwxrwxrwx 1 root root 0 Nov 21 03:24 /proc/1/ns/net -> pid:[4026531836]', 'ns-links/type-mismatch', 1],
    ['pid:[4294967296]', 'ns-links/inode-out-of-range', 1],
    ['pid:[12345678901234567890]', 'ns-links/bad-inode', 0],
  ])('%s → %s', (text, code, links) => {
    const r = parse(text);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([[code, 1]]);
    expect(r.value.links).toHaveLength(links);
    expect(r.ok).toBe(code !== 'ns-links/bad-inode');
  });

  it.each([['total 0'], ['total 12'], [''], ['   ']])('%j is listing structure, silently skipped', (text) => {
    expect(parse(text)).toEqual({ ok: true, value: { links: [] }, diagnostics: [] });
  });

  it('values are plain JSON and match the schema', () => {
    const r = parse('/proc/1/ns:\ntotal 0\nlrwxrwxrwx 1 root root 0 Nov 21 03:25 pid -> pid:[4026531836]\n');
    expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
    expect(NsLinksOutputSchema.safeParse(r.value).success).toBe(true);
  });
});
