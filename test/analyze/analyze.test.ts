import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, renderTree } from '../../src/index.js';
import { AnalysisSchema } from '../../src/schemas.js';
import { utf16le } from '../support/encode.js';


const SESSION = [
  'C:\\temp> wsl --debug-shell',
  '# ps aux | grep [s]leep',
  'root     239682  0.0  0.0   2784  1024 ?        S    00:00   0:00 sleep 586000',
  '# cat /proc/239682/status | grep NSpid',
  'NSpid:\t239682\t208751\t208671',
  '# ls -l /proc/239682/ns/pid',
  "lrwxrwxrwx 1 root root 0 Oct 17 23:45 /proc/239682/ns/pid -> 'pid:[4026532496]'",
  '# exit',
  'C:\\temp> wsl -d docker-desktop',
  '# sleep 586000 &',
  '[1] 208671',
  '',
].join('\r\n');

describe('analyze', () => {
  it('reads a session: views, namespaces, pids at every level', () => {
    const { ok, value, diagnostics } = analyze(SESSION);
    expect(ok).toBe(true);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(AnalysisSchema.safeParse(value).success).toBe(true);
    expect(value.views.map((v) => [v.id, v.namespaceId])).toEqual([
      ['utility-vm', 'pid:[4026531836]'],
      ['distro:docker-desktop', 'pid:[4026532496]'],
    ]);
    const sleep = value.processes.find((p) => p.command === 'sleep 586000');
    expect(sleep?.pids.map((p) => p.pid)).toEqual([239682, 208751, 208671]);
    expect(value.namespaces.find((n) => n.id === 'pid:[4026532496]')?.role).toBe('docker-desktop');
  });

  it('gives the same analysis for UTF-16LE bytes (what wsl.exe writes) as for the text', () => {
    expect(analyze(utf16le(SESSION)).value).toEqual(analyze(SESSION).value);
  });

  it('reads a bare output with no prompt as one block of the detected format', () => {
    const { value } = analyze('NSpid:\t83194\t3116\t3059\n');
    expect(value.processes[0]?.pids.map((p) => p.pid)).toEqual([83194, 3116, 3059]);
    expect(value.namespaces).toHaveLength(3);
    expect(value.namespaces.every((n) => !n.levelIsAbsolute)).toBe(true);
  });

  it('maps parser diagnostics to input lines', () => {
    const text = ['intro prose line', '# ps -o pid,pidns,args', '    PID      PIDNS COMMAND', '      1 4026531836 /sbin/init', '   xyz garbage'].join('\n');
    const { diagnostics } = analyze(text);
    const fromPs = diagnostics.filter((d) => d.code.startsWith('ps/'));
    expect(fromPs.length).toBeGreaterThan(0);
    expect(fromPs.every((d) => d.line === 5)).toBe(true);
  });

  it('reports a contradiction as an error naming both lines', () => {
    const text = ['# ls -l /proc/9/ns/pid', 'lrwxrwxrwx 1 root root 0 Oct 17 01:11 /proc/9/ns/pid -> pid:[4026532700]', '# ls -l /proc/9/ns/pid', 'lrwxrwxrwx 1 root root 0 Oct 17 01:11 /proc/9/ns/pid -> pid:[4026532701]'].join('\n');
    const { ok, diagnostics } = analyze(text);
    expect(ok).toBe(false);
    const conflict = diagnostics.find((d) => d.code === 'model/namespace-conflict');
    expect(conflict?.message).toContain('2');
    expect(conflict?.message).toContain('4');
  });

  it('keeps views of two boots apart across wsl --shutdown, and says so', () => {
    const boot = (pid: number) => ['C:\\temp> wsl --debug-shell', '# ps -o pid,args', '    PID COMMAND', `${String(pid).padStart(7)} sleep 99999`];
    const text = [...boot(500), 'C:\\temp> wsl --shutdown', ...boot(600)].join('\n');
    const { value, diagnostics } = analyze(text);
    expect(value.views.map((v) => v.id)).toEqual(['utility-vm', 'utility-vm@boot2']);
    const warning = diagnostics.find((d) => d.code === 'analyze/vm-restarted');
    expect(warning?.line).toBe(5);
    expect(analyze(boot(500).join('\n')).diagnostics.some((d) => d.code === 'analyze/vm-restarted')).toBe(false);
  });

  it('says so when there is nothing to read', () => {
    expect(analyze('').diagnostics.map((d) => d.code)).toContain('analyze/no-output');
  });

  it('never throws, and always returns a valid Analysis, on any string or bytes', () => {
    const piece = fc.constantFrom(
      '# ps aux\n',
      'USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND\n',
      'root 1 0.0 0.0 1 1 ? Ss 00:00 0:00 /init\n',
      'NSpid:\t5\t1\n',
      "/proc/5/ns/pid -> 'pid:[4026532496]'\n",
      'C:\\temp> wsl --debug-shell\n',
      '# lsns -t pid 4026532496\n',
      'PID PPID USER COMMAND\n',
      '5 1 root `-sleep 1\n',
      '// wslscope: vantage utility-vm\n',
      '$ sleep 9999 &\n[1] 77\n',
      '```\n',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 200 }), fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 12 }).map((a) => a.join(''))), (input) => {
        const result = analyze(input);
        expect(AnalysisSchema.safeParse(result.value).success).toBe(true);
        expect(typeof renderTree(result.value)).toBe('string');
        for (const d of result.diagnostics) expect(Number.isInteger(d.line) && d.line >= 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
