import { describe, expect, it } from 'vitest';
import { parseProcStatus } from '../../../src/parsers/proc-status/index.js';
import { PROC_STATUS_KEYS } from '../../../src/parsers/proc-status/parse.js';
import { ProcStatusOutputSchema, ProcStatusRecordSchema } from '../../../src/parsers/proc-status/schema.js';

const parse = (text: string, options?: { path?: string }) => parseProcStatus(text, options);
const one = (text: string) => {
  const r = parse(text);
  expect(r.value.records).toHaveLength(1);
  return r.value.records[0]!;
};
const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);

describe('parseProcStatus: NS* lines are arrays, outermost first', () => {
  it.each([
    ['tabs (kernel)', 'NSpid:\t41234\t57\t1', [41234, 57, 1]],
    ['spaces (pasted)', 'NSpid: 41234 57 1', [41234, 57, 1]],
    ['expanded tabs', 'NSpid:  41234   57      1', [41234, 57, 1]],
    ['one level', 'NSpid:\t1', [1]],
    ['trailing space', 'NSpid:\t7\t1 ', [7, 1]],
    ['indented paste', '   NSpid: 83194 3116 3059', [83194, 3116, 3059]],
    ['33 levels (MAX_PID_NS_LEVEL + 1)', `NSpid:\t${Array.from({ length: 33 }, (_, i) => 33 - i).join('\t')}`, Array.from({ length: 33 }, (_, i) => 33 - i)],
  ])('%s', (_name, text, nspid) => {
    expect(one(text).nspid).toEqual(nspid);
  });

  it('NSpgid and NSsid keep their zeros', () => {
    const r = one('NStgid:\t3485\t3\t2\t1\nNSpid:\t3485\t3\t2\t1\nNSpgid:\t3481\t0\t0\t0\nNSsid:\t3481\t0\t0\t0\n');
    expect([r.nstgid, r.nspid, r.nspgid, r.nssid]).toEqual([[3485, 3, 2, 1], [3485, 3, 2, 1], [3481, 0, 0, 0], [3481, 0, 0, 0]]);
    expect(r.source).toBe('grep');
  });

  it('a kernel before 4.1 has no NS* lines: null, and no diagnostic', () => {
    const r = parse('Name:\tbash\nState:\tS (sleeping)\nSleepAVG:\t98%\nTgid:\t1\nPid:\t1\nPPid:\t0\n');
    expect(r.diagnostics).toEqual([]);
    const rec = r.value.records[0]!;
    expect([rec.nspid, rec.nstgid, rec.nspgid, rec.nssid]).toEqual([null, null, null, null]);
    expect(rec.extra).toEqual({ SleepAVG: '98%' });
  });
});

describe('parseProcStatus: State', () => {
  it.each([
    ['R (running)', 'R', 'running'],
    ['S (sleeping)', 'S', 'sleeping'],
    ['D (disk sleep)', 'D', 'disk sleep'],
    ['T (stopped)', 'T', 'stopped'],
    ['t (tracing stop)', 't', 'tracing stop'],
    ['Z (zombie)', 'Z', 'zombie'],
    ['X (dead)', 'X', 'dead'],
    ['I (idle)', 'I', 'idle'],
    ['P (parked)', 'P', 'parked'],
    ['K (wakekill)', 'K', 'wakekill'],
    ['W (waking)', 'W', 'waking'],
    ['x (dead)', 'x', 'dead'],
    ['S', 'S', null],
  ])('State:\\t%s', (value, state, stateName) => {
    const r = parse(`State:\t${value}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.records[0]).toMatchObject({ state, stateName });
  });

  it.each([
    ['sleeping', 'proc-status/bad-value', null, null],
    ['S sleeping', 'proc-status/bad-value', 'S', null],
    ['Q (quux)', 'proc-status/unknown-state', 'Q', 'quux'],
    ['', 'proc-status/missing-value', null, null],
  ])('State:\\t%s → %s', (value, code, state, stateName) => {
    const r = parse(`State:\t${value}`);
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(r.value.records[0]).toMatchObject({ state, stateName });
  });
});

describe('parseProcStatus: typed keys', () => {
  it.each([
    ['Uid:\t1000\t1001\t1002\t1003', 'uid', [1000, 1001, 1002, 1003]],
    ['Gid: 0 0 0 0', 'gid', [0, 0, 0, 0]],
    ['Groups:\t ', 'groups', []],
    ['Groups:', 'groups', []],
    ['Groups:\t4 24 27 30 46 ', 'groups', [4, 24, 27, 30, 46]],
    ['Kthread:\t1', 'kthread', true],
    ['Kthread:\t0', 'kthread', false],
    ['VmRSS:\t   13252 kB', 'vmRssKb', 13252],
    ['VmRSS:   13252 kB', 'vmRssKb', 13252],
    ['VmRSS:\t13252', 'vmRssKb', 13252],
    ['HugetlbPages:\t       0 kB', 'hugetlbPagesKb', 0],
    ['VmPMD:\t      12 kB', 'vmPmdKb', 12],
    ['CapEff:\t000001fffeffffff', 'capEff', '000001fffeffffff'],
    ['SigQ:\t0/96365', 'sigQ', '0/96365'],
    ['Threads:\t17', 'threads', 17],
    ['Umask:\t0022', 'umask', '0022'],
    ['Cpus_allowed_list:\t0-3,8', 'cpusAllowedList', '0-3,8'],
    ['Speculation_Store_Bypass:\tthread force mitigated', 'speculationStoreBypass', 'thread force mitigated'],
    ['x86_Thread_features:\t', 'x86ThreadFeatures', ''],
    ['untag_mask:\t0xffffffffffffffff', 'untagMask', '0xffffffffffffffff'],
    ['voluntary_ctxt_switches:\t1856', 'voluntaryCtxtSwitches', 1856],
    ['THP_enabled:\t1', 'thpEnabled', true],
    ['Seccomp:\t2', 'seccomp', 2],
    ['Name:\tfoo bar', 'name', 'foo bar'],
    ['Name:\t  padded ', 'name', '  padded '],
    ['Name:   spaced', 'name', 'spaced'],
    ['Name:\t', 'name', ''],
    ['Name:\tweird:name', 'name', 'weird:name'],
    ['Name:\tkworker/0:1H-kblockd', 'name', 'kworker/0:1H-kblockd'],
  ])('%s', (text, field, value) => {
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect((r.value.records[0] as Record<string, unknown>)[field]).toEqual(value);
  });

  it('every kernel key lands in its own field', () => {
    const lines = PROC_STATUS_KEYS.map(([key], i) => {
      const v = key === 'State' ? 'S (sleeping)' : /^(?:Uid|Gid)$/.test(key) ? `${i}\t${i}\t${i}\t${i}` : /^(?:Kthread|CoreDumping|THP_enabled|NoNewPrivs)$/.test(key) ? '1' : key.startsWith('Vm') || key.startsWith('Rss') || key === 'HugetlbPages' ? `${i} kB` : key === 'Name' ? 'n' : /^(?:Umask|untag_mask|x86_|SigQ|Speculation|Cpus|Mems)/.test(key) ? `t${i}` : /^(?:Sig|Shd|Cap)/.test(key) ? `${i}abc` : String(i);
      return `${key}:\t${v}`;
    });
    const r = parse(lines.join('\n'));
    // Distinct values on purpose, so Pid and NSpid[0] disagree; nothing else may be reported.
    expect(r.diagnostics.filter((d) => d.code !== 'proc-status/pid-mismatch')).toEqual([]);
    const rec = r.value.records[0] as Record<string, unknown>;
    PROC_STATUS_KEYS.forEach(([key, field], i) => {
      const got = rec[field];
      if (key === 'Name') expect(got).toBe('n');
      else if (key === 'State') expect(got).toBe('S');
      else if (/^(?:Uid|Gid)$/.test(key)) expect(got).toEqual([i, i, i, i]);
      else if (/^(?:Kthread|CoreDumping|THP_enabled|NoNewPrivs)$/.test(key)) expect(got).toBe(true);
      else if (/^(?:Groups|NS)/.test(key)) expect(got).toEqual([i]);
      else if (typeof got === 'string') expect(got).toBe(/^(?:Sig|Shd|Cap)/.test(key) && !key.startsWith('SigQ') ? `${i}abc` : `t${i}`);
      else expect(got).toBe(i);
    });
    expect(rec['extra']).toEqual({});
    // Every field of the schema is filled by some key (except the bookkeeping ones).
    const filled = new Set(PROC_STATUS_KEYS.map(([, f]) => f));
    const rest = Object.keys(ProcStatusRecordSchema.shape).filter((f) => !filled.has(f));
    expect(rest.sort()).toEqual(['endLine', 'extra', 'line', 'path', 'source', 'stateName']);
  });

  it('unknown keys are kept in extra, under the kernel name, even odd ones', () => {
    const r = one('Name:\tx\nFoo_bar:\t 1 2 \nconstructor:\tc\ntoString:\tt\nTaggedAddr:\t\n');
    expect(r.extra).toEqual({ Foo_bar: '1 2', constructor: 'c', toString: 't', TaggedAddr: '' });
  });
});

describe('parseProcStatus: records', () => {
  it('a new record starts at Name:, and where a key repeats', () => {
    const r = parse('Name:\ta\nPid:\t1\nName:\tb\nPid:\t2\nNSpid:\t3\nNSpid:\t4\n');
    expect(r.value.records.map((x) => [x.name, x.pid, x.nspid, x.line, x.endLine, x.source])).toEqual([
      ['a', 1, null, 1, 2, 'file'],
      ['b', 2, [3], 3, 5, 'file'],
      [null, null, [4], 6, 6, 'grep'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['proc-status/pid-mismatch']);
  });

  it('a repeated unknown key starts a new record too', () => {
    expect(parse('Foo:\t1\nFoo:\t2\n').value.records.map((x) => x.extra)).toEqual([{ Foo: '1' }, { Foo: '2' }]);
  });

  it('blank lines do not end a record (double-spaced pastes), and are skipped silently', () => {
    const r = parse('Name:\ta\n\nPid:\t1\n\n\nNSpid:\t1\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.records).toHaveLength(1);
    expect(r.value.records[0]).toMatchObject({ name: 'a', pid: 1, nspid: [1], line: 1, endLine: 6 });
  });

  it.each([
    ['/proc/123/status:NSpid:\t123\t1', '/proc/123/status', 123, null],
    ['/proc/123/task/124/status:NSpid:\t124\t2', '/proc/123/task/124/status', 124, 123],
    ['123/status:NSpid:\t123\t1', '123/status', 123, null],
    ['status:NSpid:\t123\t1', 'status', null, null],
    ['/proc/self/status:NSpid:\t123\t1', '/proc/self/status', null, null],
    ['/proc/123/status:14:NSpid:\t123\t1', '/proc/123/status', 123, null],
    ['/proc/123/status-NSpid:\t123\t1', '/proc/123/status', 123, null],
    ['/proc/123/status-14-NSpid:\t123\t1', '/proc/123/status', 123, null],
    ['/host/proc/123/status:NSpid:\t123\t1', '/host/proc/123/status', 123, null],
  ])('grep prefix %s', (text, path, pid, tgid) => {
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.records[0]).toMatchObject({ path, pid, tgid, source: 'grep-h' });
  });

  it('grep -H lines group by path; the `--` separator of grep -A is skipped', () => {
    const r = parse(['/proc/1/status:Name:\tinit', '/proc/1/status-Umask:\t0022', '--', '/proc/2/status:Name:\tkthreadd', '/proc/2/status:NSpid:\t2'].join('\n'));
    expect(r.diagnostics).toEqual([]);
    expect(r.value.records.map((x) => [x.path, x.pid, x.name, x.umask, x.nspid, x.line, x.endLine])).toEqual([
      ['/proc/1/status', 1, 'init', '0022', null, 1, 2],
      ['/proc/2/status', 2, 'kthreadd', null, [2], 4, 5],
    ]);
  });

  it('grep -H of a whole file keeps its blank-line prefix silent', () => {
    const r = parse('/proc/9/status:Name:\tx\n/proc/9/status:\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.records).toHaveLength(1);
  });

  it('`==> path <==` headers (tail -n +1) and bare path lines (echo $f) start a file', () => {
    const r = parse(['==> /proc/7/status <==', 'Name:\tsh', 'NSpid:\t7\t1', '', '/proc/8/status', 'Name:\tsleep', '==> /proc/9/status <=='].join('\n'));
    expect(r.value.records.map((x) => [x.path, x.pid, x.name, x.nspid, x.source, x.line, x.endLine])).toEqual([
      ['/proc/7/status', 7, 'sh', [7, 1], 'file', 1, 3],
      ['/proc/8/status', 8, 'sleep', null, 'file', 5, 6],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['proc-status/empty-file', 7]]);
  });

  it('options.path names a lone record', () => {
    const r = parse('NSpid:\t83194\t3116\t3059', { path: '/proc/83194/status' });
    expect(r.value.records[0]).toMatchObject({ path: '/proc/83194/status', pid: 83194 });
    expect(parse('NSpid:\t1\nNSpid:\t2', { path: '/proc/1/status' }).diagnostics.map((d) => d.code)).toEqual(['proc-status/path-option-ignored']);
  });

  it('CRLF and CR line breaks', () => {
    expect(parse('Name:\ta\r\nNSpid:\t5\t1\r\n').value.records[0]).toMatchObject({ name: 'a', nspid: [5, 1] });
    expect(parse('Name:\ta\rNSpid:\t5\t1\r').value.records[0]).toMatchObject({ name: 'a', nspid: [5, 1] });
  });
});

describe('parseProcStatus: diagnostics, never exceptions', () => {
  it.each([
    ['NSpid:\t12\tabc\t1', 'proc-status/bad-ns-list', 'error'],
    ['NSpid:\t12\t-3', 'proc-status/bad-ns-list', 'error'],
    ['NSpid:\t1234567890123456789', 'proc-status/bad-ns-list', 'error'],
    ['NSpid:', 'proc-status/missing-value', 'warning'],
    ['Pid:', 'proc-status/missing-value', 'warning'],
    ['Pid:\tabc', 'proc-status/bad-value', 'warning'],
    ['Pid:\t-1', 'proc-status/bad-value', 'warning'],
    ['Uid:\t0\t0', 'proc-status/bad-value', 'warning'],
    ['VmRSS:\t12 MB', 'proc-status/bad-value', 'warning'],
    ['Kthread:\tyes', 'proc-status/bad-value', 'warning'],
    ['CapEff:\tnot-hex', 'proc-status/bad-value', 'warning'],
    ['Groups:\tadm', 'proc-status/bad-value', 'warning'],
    ['grep: /proc/5/status: No such file or directory', 'proc-status/tool-message', 'warning'],
    ['cat: /proc/5/status: No such file or directory', 'proc-status/tool-message', 'warning'],
    ['# cat /proc/1/status | grep NSpid', 'proc-status/unrecognized-line', 'warning'],
    ['NSpid 1 2', 'proc-status/unrecognized-line', 'warning'],
    ['/proc/1/status:garbage here', 'proc-status/unrecognized-line', 'warning'],
    ['==> /proc/5/status <==', 'proc-status/empty-file', 'warning'],
  ])('%s → %s', (text, code, severity) => {
    const r = parse(text);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([[code, severity, 1]]);
    expect(r.ok).toBe(severity !== 'error');
    expect(r.diagnostics[0]!.excerpt).toBe(text);
  });

  it('a bad NS* list is not kept at all: a prefix would misalign the levels', () => {
    expect(one('NSpid:\t12\tabc\t1').nspid).toBeNull();
  });

  it('contradicting pids are reported', () => {
    expect(codes('/proc/5/status:Pid:\t6')).toEqual(['proc-status/pid-mismatch']);
    expect(codes('Pid:\t5\nNSpid:\t6\t1')).toEqual(['proc-status/pid-mismatch']);
    expect(codes('Tgid:\t5\nNStgid:\t6\t1')).toEqual(['proc-status/pid-mismatch']);
    expect(codes('/proc/5/task/6/status:Tgid:\t7')).toEqual(['proc-status/pid-mismatch']);
    expect(codes('NStgid:\t5\t1\nNSpid:\t5')).toEqual(['proc-status/ns-length-mismatch']);
  });

  it('values are plain JSON and match the schema', () => {
    const r = parse('Name:\tx\nState:\tS (sleeping)\nNSpid:\t1\nFoo:\tbar\n');
    expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
    expect(ProcStatusOutputSchema.safeParse(r.value).success).toBe(true);
  });

  it('empty input gives no records and no diagnostics', () => {
    expect(parse('')).toEqual({ ok: true, value: { records: [] }, diagnostics: [] });
    expect(parseProcStatus(new Uint8Array())).toEqual({ ok: true, value: { records: [] }, diagnostics: [] });
  });
});
