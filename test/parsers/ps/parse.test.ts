/**
 * Table tests of parsePs: one edge case per row, from ps's sources (procps output.c,
 * busybox ps.c), jc's bug reports and the seed transcripts.
 */
import { describe, expect, it } from 'vitest';
import { parsePs, type PsOptions, type PsRow } from '../../../src/parsers/ps/index.js';
import { renderBusybox, renderProcps } from '../../support/render-ps.js';

function rows(text: string, options?: PsOptions): PsRow[] {
  return parsePs(text, options).value.rows;
}

function codes(text: string, options?: PsOptions): string[] {
  return parsePs(text, options).diagnostics.map((d) => `${d.code}@${d.line}`);
}

/** The listed fields of every row. */
function pick(text: string, keys: readonly (keyof PsRow)[], options?: PsOptions): Record<string, unknown>[] {
  return rows(text, options).map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));
}

describe('parsePs: procps layouts', () => {
  it.each([
    [
      'aux with a truncated user and a zombie',
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n' +
        'systemd+     606  0.0  0.1 141928  3152 ?        Ssl  Oct26   0:01 /lib/systemd/systemd-timesyncd\n' +
        'root        1300  0.0  0.0      0     0 pts/0    Z+   10:02   0:00 [sh] <defunct>\n',
      ['pid', 'user', 'userTruncated', 'tty', 'stat', 'start', 'command', 'defunct'],
      [
        { pid: 606, user: 'systemd+', userTruncated: true, tty: null, stat: 'Ssl', start: 'Oct26', command: '/lib/systemd/systemd-timesyncd', defunct: false },
        { pid: 1300, user: 'root', userTruncated: false, tty: 'pts/0', stat: 'Z+', start: '10:02', command: '[sh] <defunct>', defunct: true },
      ],
    ],
    [
      '-ef: UID holds names, and a number when the uid has none',
      'UID          PID    PPID  C STIME TTY          TIME CMD\n' +
        'root           1       0  0 Nov20 ?        00:00:03 /sbin/init splash\n' +
        '1001        2345       1  0 03:20 pts/1    00:00:00 -bash\n',
      ['pid', 'ppid', 'user', 'uid', 'start', 'time', 'command'],
      [
        { pid: 1, ppid: 0, user: 'root', uid: null, start: 'Nov20', time: '00:00:03', command: '/sbin/init splash' },
        { pid: 2345, ppid: 1, user: null, uid: 1001, start: '03:20', time: '00:00:00', command: '-bash' },
      ],
    ],
    [
      'lstart in the middle (five words) and a blank LABEL cell',
      '    PID                  STARTED LABEL                           USER     COMMAND\n' +
        '      2 Sat Nov 21 03:20:03 2026                                 root     [kthreadd]\n' +
        '    301 Sat Nov  1 03:20:03 2026 unconfined                      root     /usr/sbin/sshd -D\n',
      ['pid', 'lstart', 'label', 'user', 'command'],
      [
        { pid: 2, lstart: 'Sat Nov 21 03:20:03 2026', label: null, user: 'root', command: '[kthreadd]' },
        { pid: 301, lstart: 'Sat Nov  1 03:20:03 2026', label: 'unconfined', user: 'root', command: '/usr/sbin/sshd -D' },
      ],
    ],
    [
      'STARTED of `start` for an old process: `Nov 20`, two words',
      '    PID  STARTED COMMAND\n      1   Nov 20 /sbin/init\n   4242 03:20:03 sleep 9\n',
      ['pid', 'start', 'command'],
      [
        { pid: 1, start: 'Nov 20', command: '/sbin/init' },
        { pid: 4242, start: '03:20:03', command: 'sleep 9' },
      ],
    ],
    [
      'bsdstart `Nov  1` (two spaces) before the command',
      '    PID  START COMMAND\n      1 Nov  1 /sbin/init\n',
      ['pid', 'start', 'command'],
      [{ pid: 1, start: 'Nov  1', command: '/sbin/init' }],
    ],
    [
      'jc#621: cmd with spaces before other columns',
      '    PID CMD                         ELAPSED %CPU USER\n' +
        '   1234 sshd: alice [priv]              701  0.0 root\n' +
        '   1240 sshd: alice@pts/0               700  0.1 alice\n',
      ['pid', 'command', 'etime', 'cpuPercent', 'user'],
      [
        { pid: 1234, command: 'sshd: alice [priv]', etime: '701', cpuPercent: 0, user: 'root' },
        { pid: 1240, command: 'sshd: alice@pts/0', etime: '700', cpuPercent: 0.1, user: 'alice' },
      ],
    ],
    [
      'pid namespace columns, `-` when unreadable',
      '    PID      PIDNS      NETNS COMMAND\n      1 4026531836 4026531840 /sbin/init\n   2000          -          - sleep 1\n',
      ['pid', 'pidns', 'netns', 'command'],
      [
        { pid: 1, pidns: 4026531836, netns: 4026531840, command: '/sbin/init' },
        { pid: 2000, pidns: null, netns: null, command: 'sleep 1' },
      ],
    ],
    [
      'comm with a space next to args (two text columns)',
      '    PID COMMAND         COMMAND\n   9000 tmux: server    tmux new -s main\n   9001 bash            -bash\n',
      ['pid', 'comm', 'command'],
      [
        { pid: 9000, comm: 'tmux: server', command: 'tmux new -s main' },
        { pid: 9001, comm: 'bash', command: '-bash' },
      ],
    ],
    [
      'nice `-` (real-time) and negative',
      '    PID  NI COMMAND\n     12   - [migration/0]\n     13 -20 [kworker/0:0H]\n',
      ['pid', 'nice', 'command'],
      [
        { pid: 12, nice: null, command: '[migration/0]' },
        { pid: 13, nice: -20, command: '[kworker/0:0H]' },
      ],
    ],
    [
      'a value wider than its column pushes the rest of the row',
      '    PID    VSZ   RSS TTY      COMMAND\n      1 12345678901 12924 ?        /sbin/init splash\n',
      ['pid', 'vsz', 'rss', 'tty', 'command'],
      [{ pid: 1, vsz: 12345678901, rss: 12924, tty: null, command: '/sbin/init splash' }],
    ],
    [
      'decimal comma (LC_NUMERIC=de_DE)',
      '    PID %CPU %MEM COMMAND\n      1  0,5 12,3 /sbin/init\n',
      ['pid', 'cpuPercent', 'memPercent'],
      [{ pid: 1, cpuPercent: 0.5, memPercent: 12.3 }],
    ],
    [
      'tabs pasted between columns',
      'PID\tUSER\tCOMMAND\n1\troot\t/sbin/init splash\n',
      ['pid', 'user', 'command'],
      [{ pid: 1, user: 'root', command: '/sbin/init splash' }],
    ],
  ])('%s', (_name, text, keys, expected) => {
    expect(pick(text, keys as (keyof PsRow)[])).toEqual(expected);
    expect(parsePs(text).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('parsePs: columns', () => {
  it('keeps unknown columns, duplicates and renamed headers in extra', () => {
    const text = 'PROCESS  PPID   PID COMMAND                     USER     STAT\n  14056     1 14056 /bin/bash ./setup.sh        root     Ss\n';
    const r = parsePs(text);
    expect(r.value.columns.map((c) => [c.key, c.header, c.align, c.field])).toEqual([
      ['PROCESS', 'PROCESS', 'right', null],
      ['ppid', 'PPID', 'right', 'ppid'],
      ['pid', 'PID', 'right', 'pid'],
      ['command', 'COMMAND', 'left', 'command'],
      ['user', 'USER', 'left', 'user'],
      ['stat', 'STAT', 'left', 'stat'],
    ]);
    expect(r.value.rows[0]).toMatchObject({ pid: 14056, ppid: 1, extra: { PROCESS: '14056' }, command: '/bin/bash ./setup.sh', user: 'root', stat: 'Ss' });
  });

  it('gives the second of two equal headers its own extra key', () => {
    const r = parsePs('  PID   PID CMD\n    1     1 init\n');
    expect(r.value.rows[0]).toMatchObject({ pid: 1, extra: { 'PID#2': '1' }, command: 'init' });
  });

  it('uses the caller’s names for renamed headers', () => {
    const r = parsePs('PROCESS COMMAND\n      1 /sbin/init\n', { columns: ['pid=PROCESS', 'args'] });
    expect(r.value.columns.map((c) => c.key)).toEqual(['pid', 'command']);
    expect(r.value.rows[0]).toMatchObject({ pid: 1, command: '/sbin/init' });
  });

  it('maps a header positionally when the caller passes plain specs', () => {
    const r = parsePs('PROCESS COMMAND\n      1 /sbin/init\n', { columns: ['pid', 'args'] });
    expect(r.value.columns.map((c) => [c.key, c.header])).toEqual([
      ['pid', 'PROCESS'],
      ['command', 'COMMAND'],
    ]);
    expect(r.value.rows[0]?.pid).toBe(1);
  });

  it('finds a column whose header is blank (`ps -o pid,comm=,args`)', () => {
    const text = '  PID                 COMMAND\n    1 systemd         /sbin/init splash\n  300 my sleep        /bin/my sleep 5\n';
    const r = parsePs(text);
    expect(r.value.columns.map((c) => [c.key, c.header])).toEqual([
      ['pid', 'PID'],
      ['column2', ''],
      ['command', 'COMMAND'],
    ]);
    expect(r.value.rows.map((x) => [x.pid, x.extra['column2'], x.command])).toEqual([
      [1, 'systemd', '/sbin/init splash'],
      [300, 'my sleep', '/bin/my sleep 5'],
    ]);
  });

  it('reads header-less output with the caller’s column list', () => {
    const text = '    1     0 root     /sbin/init splash\n  300     1 systemd+ /lib/systemd/systemd-networkd\n';
    expect(pick(text, ['pid', 'ppid', 'user', 'userTruncated', 'command'], { columns: ['pid=', 'ppid=', 'user=', 'args='] })).toEqual([
      { pid: 1, ppid: 0, user: 'root', userTruncated: false, command: '/sbin/init splash' },
      { pid: 300, ppid: 1, user: 'systemd+', userTruncated: true, command: '/lib/systemd/systemd-networkd' },
    ]);
    expect(parsePs(text, { columns: ['pid,ppid', 'user args'] }).value.rows[1]?.ppid).toBe(1);
  });

  it('accepts headers and spec names with widths in the column list', () => {
    const r = parsePs('1 root /sbin/init\n', { columns: ['PID', 'user:12', 'cmd'] });
    expect(r.value.rows[0]).toMatchObject({ pid: 1, user: 'root', command: '/sbin/init' });
  });

  it('keeps an unknown spec in extra and says so', () => {
    const r = parsePs('1 x /sbin/init\n', { columns: ['pid', 'wibble', 'args'] });
    expect(r.value.rows[0]).toMatchObject({ pid: 1, extra: { WIBBLE: 'x' }, command: '/sbin/init' });
    expect(r.diagnostics.map((d) => d.code)).toContain('ps/unknown-spec');
  });

  it('says when the header does not match the column list', () => {
    expect(codes('  PID TTY          TIME CMD\n    1 ?        00:00:01 init\n', { columns: ['pid', 'user', 'args'] })).toContain('ps/columns-mismatch@1');
  });

  it('matches a busybox multi-word header passed in the column list', () => {
    const text = 'PROCESS ID COMMAND\n         1 /sbin/init\n';
    const r = parsePs(text, { columns: ['pid=PROCESS ID', 'args'] });
    expect(r.value.columns.map((c) => [c.key, c.header, c.start, c.end])).toEqual([
      ['pid', 'PROCESS ID', 0, 10],
      ['command', 'COMMAND', 11, 18],
    ]);
    expect(r.value.rows[0]).toMatchObject({ pid: 1, command: '/sbin/init' });
  });
});

describe('parsePs: long lines', () => {
  it('splits comm and a 3000-word args without giving up', () => {
    const args = `java ${Array.from({ length: 3000 }, (_, i) => `-Dp${i}=v`).join(' ')}`;
    const text = `    PID COMMAND         COMMAND\n   4242 java            ${args}\n`;
    const r = parsePs(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.rows[0]).toMatchObject({ pid: 4242, comm: 'java', command: args });
  });

  it('survives a line of many thousand words in a table with several text columns', () => {
    const junk = Array.from({ length: 20000 }, (_, i) => `w${i}`).join(' ');
    const r = parsePs(`  PID LABEL COMMAND\n    1 ${junk}\n`);
    expect(r.value.rows).toHaveLength(1);
  });
});

describe('parsePs: forests', () => {
  it('reads `f` art depth and removes the art', () => {
    const text =
      '    PID TTY      STAT   TIME COMMAND\n' +
      '      2 ?        S      0:00 [kthreadd]\n' +
      '      3 ?        I<     0:00  \\_ [rcu_gp]\n' +
      '    900 ?        Ss     0:00 /usr/sbin/sshd -D\n' +
      '   1000 ?        Ss     0:00  \\_ sshd: alice [priv]\n' +
      '   1010 ?        S      0:00      \\_ sshd: alice@pts/0\n' +
      '   1011 pts/0    Ss     0:00          \\_ -bash\n' +
      '   1020 pts/0    S      0:00              \\_ sleep 100\n' +
      '   1021 pts/0    R+     0:00              \\_ ps f\n' +
      '   1200 ?        S      0:00  |   \\_ leaf | with pipe\n';
    const r = parsePs(text);
    expect(r.value.forest).toBe('ascii');
    expect(r.value.rows.map((x) => [x.pid, x.depth, x.command])).toEqual([
      [2, 0, '[kthreadd]'],
      [3, 1, '[rcu_gp]'],
      [900, 0, '/usr/sbin/sshd -D'],
      [1000, 1, 'sshd: alice [priv]'],
      [1010, 2, 'sshd: alice@pts/0'],
      [1011, 3, '-bash'],
      [1020, 4, 'sleep 100'],
      [1021, 4, 'ps f'],
      [1200, 2, 'leaf | with pipe'],
    ]);
  });

  it('reads `-H` indentation (two spaces a level)', () => {
    const text = '    PID TTY          TIME CMD\n      1 ?        00:00:01 systemd\n    300 ?        00:00:00   systemd-journal\n    301 ?        00:00:00     child\n';
    const r = parsePs(text);
    expect(r.value.forest).toBe('indent');
    expect(r.value.rows.map((x) => [x.depth, x.command])).toEqual([
      [0, 'systemd'],
      [1, 'systemd-journal'],
      [2, 'child'],
    ]);
  });

  it('has no depth without a tree', () => {
    const r = parsePs('    PID CMD\n      1 init\n');
    expect(r.value.forest).toBeNull();
    expect(r.value.rows[0]?.depth).toBeNull();
  });
});

describe('parsePs: busybox', () => {
  it('reads the default layout and strips `{comm}`', () => {
    const text = 'PID   USER     TIME  COMMAND\n    1 root      0:02 {init(docker-des} /init\n   18 root     11:02 /init services\n';
    const r = parsePs(text);
    expect(r.value.flavor).toBe('busybox');
    expect(r.value.rows.map((x) => [x.pid, x.user, x.time, x.comm, x.command])).toEqual([
      [1, 'root', '0:02', 'init(docker-des', '/init'],
      [18, 'root', '11:02', null, '/init services'],
    ]);
  });

  it('splits a six-digit PID glued to the user (busybox prints width + 1 digits without a space)', () => {
    const text = 'PID   USER     TIME  COMMAND\n    1 root      0:02 /init\n220473root      0:00 sleep 75982323\n1234567 root    0:00 sleep 1\n';
    expect(pick(text, ['pid', 'user', 'time', 'command'])).toEqual([
      { pid: 1, user: 'root', time: '0:02', command: '/init' },
      { pid: 220473, user: 'root', time: '0:00', command: 'sleep 75982323' },
      { pid: 1234567, user: 'root', time: '0:00', command: 'sleep 1' },
    ]);
  });

  it('splits a TIME of 1000 minutes glued to the command', () => {
    const text = 'PID   USER     TIME  COMMAND\n  186 root     1000:22/usr/local/bin/dockerd\n';
    expect(pick(text, ['pid', 'time', 'command'])).toEqual([{ pid: 186, time: '1000:22', command: '/usr/local/bin/dockerd' }]);
  });

  it('reads busybox sizes (`49m`) as KiB', () => {
    const text = 'PID   VSZ  RSS  COMMAND\n    1  49m  19m /process_api\n    2    0    0 [kthreadd]\n    3 1234 2.5g x\n';
    expect(pick(text, ['vsz', 'rss'])).toEqual([
      { vsz: 49 * 1024, rss: 19 * 1024 },
      { vsz: 0, rss: 0 },
      { vsz: 1234, rss: Math.round(2.5 * 1024 * 1024) },
    ]);
  });

  it('reads the fixed non-DESKTOP layout (state not padded)', () => {
    const text = '  PID USER       VSZ STAT COMMAND\n    1 root      1568 S    init\n   73 root      1572 SW<  [kworker/0:1H]\n  101 dnsmasq   2.1m S    dnsmasq -k\n';
    const r = parsePs(text);
    expect(r.value.flavor).toBe('busybox');
    expect(r.value.rows.map((x) => [x.pid, x.user, x.vsz, x.stat, x.command])).toEqual([
      [1, 'root', 1568, 'S', 'init'],
      [73, 'root', 1572, 'SW<', '[kworker/0:1H]'],
      [101, 'dnsmasq', Math.round(2.1 * 1024), 'S', 'dnsmasq -k'],
    ]);
  });

  it('pads by bytes: a Korean comm shifts the rest left on screen', () => {
    const cols = [
      { header: 'PID', width: 5, align: 'right' as const },
      { header: 'COMMAND', width: 16, align: 'left' as const },
      { header: 'COMMAND', width: 2048, align: 'left' as const },
    ];
    const text = renderBusybox([['5', '잠자기', '/bin/잠자기 3006']], cols);
    expect(text).toBe('PID   COMMAND          COMMAND\n    5 잠자기        /bin/잠자기 3006\n');
    expect(pick(text, ['pid', 'comm', 'command'])).toEqual([{ pid: 5, comm: '잠자기', command: '/bin/잠자기 3006' }]);
  });
});

describe('parsePs: header-less input without a column list', () => {
  it.each([
    ['procps aux', 'wslg 48950 0.0 0.0 7240 588 ? S 05:40 0:00 sleep 680001\n', 'procps', { pid: 48950, user: 'wslg', stat: 'S', command: 'sleep 680001' }],
    ['procps -ef', 'root 220 1 0 Nov20 ? 00:00:00 /usr/sbin/sshd -D\n', 'procps', { pid: 220, ppid: 1, user: 'root', command: '/usr/sbin/sshd -D' }],
    ['busybox', '1 root 0:00 {init(docker-des} /init\n19 root 0:08 wsl-bootstrap run\n', 'busybox', { pid: 1, user: 'root', comm: 'init(docker-des', command: '/init' }],
    ['busybox, glued', '220473root      0:00 sleep 75982323\n', 'busybox', { pid: 220473, user: 'root', command: 'sleep 75982323' }],
    ['pid ppid cmd', '2297 1 /init\n2386 2385 wsl-bootstrap run --base-image /c/Program Files/Docker/x.iso\n', 'unknown', { pid: 2297, ppid: 1, command: '/init' }],
  ])('%s', (_name, text, flavor, first) => {
    const r = parsePs(text);
    expect(r.value.flavor).toBe(flavor);
    expect(r.value.rows[0]).toMatchObject(first);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ps/inferred-columns']);
    expect(r.ok).toBe(true);
  });

  it('is an error when nothing fits', () => {
    const r = parsePs('hello world\nthis is prose\n');
    expect(r.ok).toBe(false);
    expect(r.value.rows).toEqual([]);
    expect(r.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['ps/no-header@1', 'ps/not-a-row@1', 'ps/not-a-row@2']);
  });
});

describe('parsePs: lines that are not rows', () => {
  it('names elisions and prose, skips blank lines and repeated headers', () => {
    const text = 'EUSER PID PPID CMD\n...[생략]...\nroot 298 1 /init\n\nEUSER PID PPID CMD\nroot 2297 1 /init\n';
    const r = parsePs(text);
    expect(r.value.rows.map((x) => [x.line, x.pid])).toEqual([
      [3, 298],
      [6, 2297],
    ]);
    expect(r.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['ps/elided-lines@2', 'ps/repeated-header@5']);
  });

  it.each(['...', '[...]', '\u2026', '...[생략]...', '  ... snip ...', '(...)', '[ \u2026 ]'])('reports the elision mark %j as ps/elided-lines (info)', (mark) => {
    const text = `  PID TTY          TIME CMD\n    1 ?        00:00:03 /sbin/init\n${mark}\n  900 pts/0    00:00:00 ps\n`;
    const r = parsePs(text);
    expect(r.value.rows.map((x) => x.pid)).toEqual([1, 900]);
    expect(r.diagnostics.map((d) => `${d.severity}:${d.code}@${d.line}`)).toEqual(['info:ps/elided-lines@3']);
  });

  it.each(['... 12 more', '.. not here', 'foo...bar baz qux'])('keeps %j a ps/not-a-row warning', (line) => {
    const text = `  PID TTY          TIME CMD\n    1 ?        00:00:03 /sbin/init\n${line}\n`;
    expect(parsePs(text).diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(['ps/not-a-row@3']);
  });

  it('names a stray line before the header', () => {
    const text = 'Warning: bad syntax, perhaps a bogus \'-\'?\nUSER PID COMMAND\nroot 1 init\n';
    const r = parsePs(text);
    expect(r.value.rows.map((x) => x.pid)).toEqual([1]);
    expect(codes(text)).toEqual(['ps/not-a-row@1']);
  });

  it('keeps a short row with nulls and says so', () => {
    const text = '  PID TTY          TIME CMD\n    1 ?        00:00:01 init\n    2\n';
    const r = parsePs(text);
    expect(r.value.rows[1]).toMatchObject({ pid: 2, tty: null, time: null, command: null, line: 3 });
    expect(codes(text)).toEqual(['ps/short-row@3']);
  });

  it('keeps surplus words and says so', () => {
    const text = '  PID TTY\n    1 ? surplus\n';
    expect(rows(text)).toHaveLength(1);
    expect(codes(text)).toEqual(['ps/extra-text@2']);
  });

  it('says when an integer column holds something else', () => {
    const text = '  PID  PPID CMD\n    1     x init\n';
    expect(rows(text)[0]).toMatchObject({ pid: 1, ppid: null, command: 'init' });
    expect(codes(text)).toEqual(['ps/bad-value@2']);
  });

  it('warns when several text columns are split by guesswork', () => {
    // Collapsed spaces: nothing says where comm ends and args begins.
    const text = 'PID COMMAND COMMAND\n1 tmux: server tmux new\n';
    expect(codes(text)).toEqual(['ps/ambiguous-row@2']);
  });

  it('returns an empty table for empty input', () => {
    expect(parsePs('')).toEqual({ ok: true, value: { columns: [], rows: [], flavor: 'unknown', forest: null }, diagnostics: [] });
    expect(parsePs('  PID CMD\n').value.rows).toEqual([]);
  });
});

describe('parsePs: the renderer agrees with procps', () => {
  it('lays out pushed columns and blank cells like show_one_proc', () => {
    const text = renderProcps(
      [
        ['1', 'Sat Nov 21 03:20:03 2026', '', 'root', '/sbin/init'],
        ['12345678', 'Sat Nov 21 03:20:03 2026', 'unconfined', 'wslscope-longuser'.slice(0, 7) + '+', 'sleep 1'],
      ],
      [
        { header: 'PID', width: 5, align: 'right' },
        { header: 'STARTED', width: 24, align: 'right' },
        { header: 'LABEL', width: 31, align: 'left' },
        { header: 'USER', width: 8, align: 'left' },
        { header: 'COMMAND', width: 27, align: 'unlimited' },
      ],
    );
    expect(text.split('\n')[2]).toBe(`12345678 Sat Nov 21 03:20:03 2026 unconfined${' '.repeat(19)}wslscop+ sleep 1`);
    expect(pick(text, ['pid', 'lstart', 'label', 'user', 'command'])).toEqual([
      { pid: 1, lstart: 'Sat Nov 21 03:20:03 2026', label: null, user: 'root', command: '/sbin/init' },
      { pid: 12345678, lstart: 'Sat Nov 21 03:20:03 2026', label: 'unconfined', user: 'wslscop+', command: 'sleep 1' },
    ]);
  });
});
