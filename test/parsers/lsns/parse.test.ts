/** Table tests for parseLsns: the layouts no capture on this machine shows, and every diagnostic. */
import { describe, expect, it } from 'vitest';
import { parseLsns } from '../../../src/parsers/lsns/index.js';
import type { LsnsRow } from '../../../src/parsers/lsns/index.js';

const codes = (r: ReturnType<typeof parseLsns>) => r.diagnostics.map((d) => `${d.severity}:${d.code}@${d.line}`);
const pick = (rows: readonly LsnsRow[], ...keys: (keyof LsnsRow)[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));

describe('parseLsns: JSON schemas of older and newer util-linux', () => {
  it('reads 2.28: every value a string, `\\xHH` escapes inside strings, one line per object', () => {
    // table_print.c of 2.28 (fputs_quoted): `$`, `` ` ``, `"`, `\` and non-printable bytes as \xHH.
    const text = [
      '{',
      '   "namespaces": [',
      '      {"pid": "226", "ppid": "221", "user": "root", "command": "/sbin/init",',
      '         "children": [',
      '            {"pid": "227", "ppid": "226", "user": "root", "command": "echo\\x20\\x24HOME \\xec\\x9e\\xa0"},',
      '            {"pid": "228", "ppid": "226", "user": "root", "command": null}',
      '         ]',
      '      }',
      '   ]',
      '}',
    ].join('\n');
    const r = parseLsns(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.format).toBe('json');
    expect(r.value.mode).toBe('processes');
    expect(r.value.tree).toBe('process');
    expect(pick(r.value.rows, 'pid', 'ppid', 'command', 'depth', 'parentLine', 'line')).toEqual([
      { pid: 226, ppid: 221, command: '/sbin/init', depth: 0, parentLine: null, line: 3 },
      { pid: 227, ppid: 226, command: 'echo $HOME 잠', depth: 1, parentLine: 3, line: 5 },
      { pid: 228, ppid: 226, command: null, depth: 1, parentLine: 3, line: 6 },
    ]);
  });

  it('reads 2.33–2.36: numbers raw, `"key":value` pairs', () => {
    const text = '{\n   "namespaces": [\n      {"ns":4026531836, "type":"pid", "nprocs":120, "pid":1, "user":"root", "netnsid":null, "nsfs":null, "command":"/sbin/init"}\n   ]\n}\n';
    const r = parseLsns(text);
    expect(r.ok).toBe(true);
    expect(pick(r.value.rows, 'ns', 'type', 'nprocs', 'pid', 'command', 'line')).toEqual([{ ns: 4026531836, type: 'pid', nprocs: 120, pid: 1, command: '/sbin/init', line: 3 }]);
    expect(r.value.columns).toEqual(['NS', 'TYPE', 'NPROCS', 'PID', 'USER', 'NETNSID', 'NSFS', 'COMMAND']);
  });

  it('reads NSFS as an array (a future ARRAY_STRING column) and keeps unknown keys in extra', () => {
    const r = parseLsns('{"namespaces":[{"ns":4026532180,"type":"net","nsfs":["/run/netns/a","/run/b"],"flags":["x",1],"state":{"a":1}}]}');
    expect(r.value.rows[0]?.nsfs).toEqual(['/run/netns/a', '/run/b']);
    expect(r.value.rows[0]?.extra).toEqual({ FLAGS: ['x', 1], STATE: '{"a":1}' });
  });

  it('keeps the complete objects of a truncated paste and says where the rest was lost', () => {
    const text = [
      '{',
      '   "namespaces": [',
      '      {',
      '         "pid": 1,',
      '         "command": "/init",',
      '         "children": [',
      '            {',
      '               "pid": 2,',
      '               "command": "sleep 1"',
      '            },{',
      '               "pid": 3,',
      '               "comm',
    ].join('\n');
    const r = parseLsns(text);
    expect(r.ok).toBe(false);
    expect(pick(r.value.rows, 'pid', 'depth', 'parentLine')).toEqual([
      { pid: 1, depth: 0, parentLine: null },
      { pid: 2, depth: 1, parentLine: 3 },
    ]);
    expect(codes(r)).toEqual(['error:lsns/truncated-json@10']);
  });

  it('stops at broken JSON with an error, keeping what came before', () => {
    const r = parseLsns('{"namespaces":[\n{"pid":1,"command":"a"},\n{"pid":2,,}\n]}');
    expect(r.value.rows.map((x) => x.pid)).toEqual([1]);
    expect(codes(r)).toEqual(['error:lsns/bad-json@3']);
  });

  it('warns about JSON values that are not rows, and about numbers where ids belong', () => {
    const r = parseLsns('{"namespaces":[1,{"pid":-3,"ns":"x"}]}');
    expect(codes(r)).toEqual(['warning:lsns/unexpected-json@0', 'warning:lsns/bad-value@1', 'warning:lsns/bad-value@1']);
    expect(r.value.rows[0]?.extra).toEqual({ PID: -3, NS: 'x' });
  });

  it('reads an empty listing', () => {
    expect(parseLsns('{\n   "namespaces": [\n   ]\n}\n').value.rows).toEqual([]);
    expect(parseLsns('').value).toEqual({ mode: 'namespaces', format: 'table', tree: null, columns: [], rows: [] });
  });
});

describe('parseLsns: pastes', () => {
  it.each(['...', '…', '[...]', '(...)', '...[생략]...', '...[생략]..', '[생략]', '(생략)', '[snip]', '<snip>', '  ...  ', '(略)', '⋮'])('%j is an elision', (line) => {
    const r = parseLsns(`PID PPID USER COMMAND\n1 0 root /init\n${line}\n9 1 root \`-sleep 1\n`);
    expect(codes(r)).toContain('info:lsns/elided-lines@3');
    expect(pick(r.value.rows, 'pid', 'depth', 'parentLine')).toEqual([
      { pid: 1, depth: 0, parentLine: null },
      { pid: 9, depth: 1, parentLine: 2 },
    ]);
  });

  it.each(['.', '[x]', '...foo', 'ps aux'])('%j is not an elision', (line) => {
    const r = parseLsns(`PID PPID USER COMMAND\n1 0 root /init\n${line}\n`);
    expect(codes(r)).not.toContain('info:lsns/elided-lines@3');
    expect(codes(r)).toContain('warning:lsns/unparsed-line@3');
  });

  it('places collapsed art by PPID: the two-space units a paste lost do not matter', () => {
    // Seed 002 (4026532496): `|   `-unshare` pasted as `| | `-unshare`.
    const text = ['PID PPID USER COMMAND', '1 0 root /init', '2 1 root |-/init', '3 2 root | `-/init', '4 3 root | `-sh', '5 1 root `-sleep 1'].join('\n');
    const r = parseLsns(text);
    expect(pick(r.value.rows, 'pid', 'depth', 'parentLine', 'command')).toEqual([
      { pid: 1, depth: 0, parentLine: null, command: '/init' },
      { pid: 2, depth: 1, parentLine: 2, command: '/init' },
      { pid: 3, depth: 2, parentLine: 3, command: '/init' },
      { pid: 4, depth: 3, parentLine: 4, command: 'sh' },
      { pid: 5, depth: 1, parentLine: 2, command: 'sleep 1' },
    ]);
    expect(codes(r)).toEqual(['info:lsns/collapsed-spacing@1']);
  });

  it('reads the art glued to a command that starts with a dash (`` `--bash ``)', () => {
    const r = parseLsns('PID PPID USER COMMAND\n939 227 root /bin/login -f\n1132 939 root `--bash\n');
    expect(pick(r.value.rows, 'command', 'depth', 'parentLine')).toEqual([
      { command: '/bin/login -f', depth: 0, parentLine: null },
      { command: '-bash', depth: 1, parentLine: 2 },
    ]);
  });

  it('says when a parent was elided, and leaves parentLine null', () => {
    const r = parseLsns('PID PPID USER COMMAND\n56297 56291 root /init\n...[생략]...\n56564 56336 wslg | `-sleep 180000\n');
    expect(pick(r.value.rows, 'pid', 'depth', 'parentLine')).toEqual([
      { pid: 56297, depth: 0, parentLine: null },
      { pid: 56564, depth: 2, parentLine: null },
    ]);
    expect(codes(r)).toEqual(['info:lsns/collapsed-spacing@1', 'info:lsns/elided-lines@3', 'info:lsns/missing-parent@4']);
  });

  it('warns when aligned art and PPID disagree, and keeps what the art shows', () => {
    const text = ['  PID  PPID USER COMMAND', '    1     0 root /init', '    2     1 root ├─a', '    3     1 root └─b'].join('\n');
    const r = parseLsns(text.replace('    3     1', '    3     7'));
    expect(pick(r.value.rows, 'pid', 'parentLine')).toEqual([
      { pid: 1, parentLine: null },
      { pid: 2, parentLine: 2 },
      { pid: 3, parentLine: 2 },
    ]);
    expect(codes(r)).toEqual(['warning:lsns/tree-parent-mismatch@4']);
  });

  it('warns when a -T tree nests a namespace under one that is neither its PNS nor its ONS', () => {
    const text = ['NS             PNS        ONS', '4026531836       0 4026531837', '└─4026532179    12 4026531837'].join('\n');
    const r = parseLsns(text);
    expect(r.value.tree).toBe('namespace');
    expect(codes(r)).toEqual(['warning:lsns/tree-parent-mismatch@3']);
  });

  it('guesses depths from collapsed art without PPID, and says so', () => {
    const r = parseLsns('NS TYPE NPROCS PID USER COMMAND\n4026531836 pid 9 1 root /init\n4026532179 pid 3 20 root `-/bin/bash -l\n');
    expect(pick(r.value.rows, 'ns', 'depth', 'parentLine', 'command')).toEqual([
      { ns: 4026531836, depth: 0, parentLine: null, command: '/init' },
      { ns: 4026532179, depth: 1, parentLine: 2, command: '/bin/bash -l' },
    ]);
    expect(codes(r)).toEqual(['info:lsns/collapsed-spacing@1', 'warning:lsns/ambiguous-tree@3']);
  });

  it('reads one misaligned row of an aligned table on white space, with a warning', () => {
    const text = ['        NS TYPE NPROCS   PID USER COMMAND', '4026531836 pid      89     2 root kthreadd', '4026532179 pid 9 9185 root /bin/bash x'].join('\n');
    const r = parseLsns(text);
    expect(pick(r.value.rows, 'ns', 'nprocs', 'pid', 'command')).toEqual([
      { ns: 4026531836, nprocs: 89, pid: 2, command: 'kthreadd' },
      { ns: 4026532179, nprocs: 9, pid: 9185, command: '/bin/bash x' },
    ]);
    expect(codes(r)).toEqual(['warning:lsns/misaligned-row@3']);
  });

  it('reads two listings pasted one after the other', () => {
    const text = ['  PID PPID USER COMMAND', '    1    0 root /init', '    2    1 root └─a', '  PID PPID USER COMMAND', '    7    0 root /init', '    8    7 root └─b'].join('\n');
    const r = parseLsns(text);
    expect(pick(r.value.rows, 'pid', 'depth', 'parentLine', 'parentIndex')).toEqual([
      { pid: 1, depth: 0, parentLine: null, parentIndex: null },
      { pid: 2, depth: 1, parentLine: 2, parentIndex: 0 },
      { pid: 7, depth: 0, parentLine: null, parentIndex: null },
      { pid: 8, depth: 1, parentLine: 5, parentIndex: 2 },
    ]);
  });

  it('names lsns error messages and a wrapped NSFS line that has no row above it', () => {
    const text = ['        NS TYPE NSFS', '                /run/netns/x', 'lsns: unknown column: FOO'].join('\n');
    expect(codes(parseLsns(text))).toEqual(['warning:lsns/orphan-continuation@2', 'warning:lsns/tool-error@3']);
  });

  it('keeps the values of a column it does not know', () => {
    const r = parseLsns('        NS TYPE FUTURE\n4026531836 pid  yes\n');
    expect(r.value.rows[0]?.extra).toEqual({ FUTURE: 'yes' });
    expect(codes(r)).toEqual(['info:lsns/unknown-column@1']);
  });

  it('reports a number column that holds words (-r)', () => {
    const r = parseLsns('NS TYPE\n4026531836 pid\nx pid\n');
    expect(codes(r)).toContain('warning:lsns/bad-value@3');
  });
});

describe('parseLsns: headerless output (-n)', () => {
  it('assumes the default namespace columns, and says so', () => {
    const r = parseLsns('4026531836 pid 89 2 root kthreadd\n4026532179 pid 9 9185 root /bin/bash x\n');
    expect(r.value.columns).toEqual(['NS', 'TYPE', 'NPROCS', 'PID', 'USER', 'COMMAND']);
    expect(r.value.rows[1]?.command).toBe('/bin/bash x');
    expect(codes(r)).toEqual(['info:lsns/assumed-columns@1']);
  });

  it('assumes the process listing columns for PID PPID rows', () => {
    const r = parseLsns('1 0 root /init\n2 1 root `-sleep 9\n');
    expect(r.value.columns).toEqual(['PID', 'PPID', 'USER', 'COMMAND']);
    expect(r.value.mode).toBe('processes');
    expect(pick(r.value.rows, 'pid', 'parentLine')).toEqual([
      { pid: 1, parentLine: null },
      { pid: 2, parentLine: 1 },
    ]);
  });

  it('assumes the -t net columns when every row is a net namespace', () => {
    const r = parseLsns('4026531833 net 108 2 root unassigned kthreadd\n4026532180 net 1 9203 root 7 /run/netns/a sleep 1501\n');
    expect(pick(r.value.rows, 'netnsid', 'nsfs', 'command')).toEqual([
      { netnsid: 'unassigned', nsfs: null, command: 'kthreadd' },
      { netnsid: 7, nsfs: ['/run/netns/a'], command: 'sleep 1501' },
    ]);
  });

  it('takes the columns from options (any case), and reads blank cells by what the values look like', () => {
    const r = parseLsns('4026532177 user 0  root\n', { columns: ['ns', 'type', 'nprocs', 'pid', 'user', 'command'] });
    expect(pick(r.value.rows, 'ns', 'type', 'nprocs', 'pid', 'user', 'command')).toEqual([{ ns: 4026532177, type: 'user', nprocs: 0, pid: null, user: 'root', command: null }]);
    expect(r.diagnostics).toEqual([]);
  });
});
