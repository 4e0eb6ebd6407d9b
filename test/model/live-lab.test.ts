/**
 * Live lab: real nested pid namespaces on this machine (`unshare --pid --fork --mount-proc`,
 * three levels, a marker `sleep` in each, and a process `nsenter`ed into the deepest), real
 * output captured from outside (the root's `ps`, `/proc/N/status`, `ls -l /proc/N/ns/pid`,
 * `lsns`) and from inside each level (`nsenter -t <init> -p -m …`), run through the real parsers,
 * the adapters and `resolve`, and compared with the kernel's own answer: `lsns -t pid -o NS,PNS`,
 * `/proc/<pid>/ns/pid`, NSpid. Needs Linux, root, unshare/nsenter/lsns/ps (CI has them); every
 * process it starts is killed by pid in afterAll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from '../../src/model/resolve.js';
import { namespacedPids, namespaceOfPid, translatePid } from '../../src/model/query.js';
import type { Analysis, Observation, ViewInput } from '../../src/model/schema.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { parseLsns } from '../../src/parsers/lsns/index.js';
import { capture, labUnavailable, nsInodeOf, startLab, type Lab } from '../support/live-lab.js';
import { observeBlock, type Block } from '../support/text-observations.js';
import type { TextFormat } from '../support/sim-text.js';

const DEPTH = 3;
const skipReason = labUnavailable();

describe.skipIf(skipReason !== null)('live lab: nested pid namespaces on this machine', () => {
  let lab: Lab | null = null;
  let analysis: Analysis;
  let diagnostics: Diagnostic[] = [];
  let transcript: string[] = [];
  /** inode → parent inode, from the kernel (`lsns -t pid -o NS,PNS` in the root). */
  const kernelParent = new Map<number, number>();
  const rootInode = nsInodeOf('self') as number;
  /** The lab's namespaces, level 1 → DEPTH. */
  let levels: number[] = [];
  const viewOfLevel = new Map<number, string>();

  beforeAll(() => {
    lab = startLab(DEPTH);
    try {
      const views: ViewInput[] = [];
      const observations: Observation[] = [];
      transcript = [];
      const blocks: Block[] = [];
      let current: ViewInput | null = null;
      const openView = (view: ViewInput) => {
        transcript.push(`# ${view.vantage}`);
        current = { ...view, firstLine: transcript.length, lastLine: transcript.length, evidence: [{ line: transcript.length, text: view.vantage }] };
        views.push(current);
      };
      const run = (format: TextFormat, shown: string, cmd: string, args: string[], filter?: (line: string, i: number) => boolean, namespace?: number) => {
        let text = capture(cmd, args);
        if (filter) text = text.split('\n').filter((l, i) => l === '' || filter(l, i)).join('\n');
        transcript.push(`# ${shown}`);
        const block: Block = { view: (current as ViewInput).id, format, text, firstLine: transcript.length + 1 };
        if (namespace !== undefined) block.namespace = namespace;
        for (const l of text.split('\n')) if (l !== '') transcript.push(l);
        (current as ViewInput).lastLine = transcript.length;
        blocks.push(block);
      };

      const byRole = new Map(lab.processes.map((p) => [p.role, p] as const));
      levels = Array.from({ length: DEPTH }, (_, i) => (byRole.get(`sleep@${i + 1}`) as { nsInode: number }).nsInode);
      const labPids = lab.processes.map((p) => p.pid);

      // The root: our own shell's view.
      openView({ id: 'root', vantage: 'root shell on this machine', firstLine: 0, lastLine: 0 });
      run('ns-links', 'ls -l /proc/self/ns/pid', 'ls', ['-l', '/proc/self/ns/pid']);
      run('ps', `ps -o pid,ppid,pidns,args -p ${labPids.join(',')}`, 'ps', ['-o', 'pid,ppid,pidns,args', '-p', labPids.join(',')]);
      for (const pid of labPids) run('proc-status', `cat /proc/${pid}/status`, 'cat', [`/proc/${pid}/status`]);
      for (const pid of labPids) run('ns-links', `ls -l /proc/${pid}/ns/pid`, 'ls', ['-l', `/proc/${pid}/ns/pid`]);
      // Other helpers' labs come and go on this machine: keep the lab's lines, as a user pastes an excerpt.
      const ours = new Set([rootInode, ...levels].map(String));
      run('lsns', `lsns -t pid -o NS,PNS,PID,PPID,COMMAND | grep -E 'NS|${[...ours].join('|')}'`, 'lsns', ['-t', 'pid', '-o', 'NS,PNS,PID,PPID,COMMAND'], (l, i) => i === 0 || ours.has(l.trim().split(/\s+/)[0] ?? ''));
      for (const inode of levels) run('lsns', `lsns -t pid ${inode}`, 'lsns', ['-t', 'pid', String(inode)], undefined, inode);

      // Inside each level, entered with nsenter from the root.
      // The target is the level's marker sleep: the inits of the upper levels are `unshare`
      // processes whose mount namespace already shows the next level's /proc.
      levels.forEach((inode, i) => {
        const target = byRole.get(`sleep@${i + 1}`) as { pid: number };
        const id = `level${i + 1}`;
        viewOfLevel.set(inode, id);
        const enter = ['-t', String(target.pid), '-p', '-m'];
        openView({ id, vantage: `nsenter -t ${target.pid} -p -m`, firstLine: 0, lastLine: 0, relativeTo: { viewId: 'root', pid: target.pid } });
        run('ns-links', 'ls -l /proc/1/ns/pid', 'nsenter', [...enter, 'ls', '-l', '/proc/1/ns/pid']);
        run('ps', 'ps -eo pid,ppid,pidns,args', 'nsenter', [...enter, 'ps', '-eo', 'pid,ppid,pidns,args']);
        run('proc-status', 'grep -H NSpid /proc/[0-9]*/status', 'nsenter', [...enter, 'sh', '-c', 'grep -H NSpid /proc/[0-9]*/status']);
        run('lsns', 'lsns -t pid -o NS,PNS,PID,PPID,COMMAND', 'nsenter', [...enter, 'lsns', '-t', 'pid', '-o', 'NS,PNS,PID,PPID,COMMAND']);
      });

      const parseDiagnostics: Diagnostic[] = [];
      for (const b of blocks) {
        const out = observeBlock(b);
        observations.push(...out.observations);
        parseDiagnostics.push(...out.diagnostics.filter((d) => d.severity === 'error'));
      }
      expect(parseDiagnostics, transcript.join('\n')).toEqual([]);
      const result = resolve({ views, observations });
      analysis = result.value;
      diagnostics = result.diagnostics;

      // The kernel's own answer.
      const kernel = parseLsns(capture('lsns', ['-t', 'pid', '-o', 'NS,PNS']));
      for (const row of kernel.value.rows) if (row.ns !== null && row.pns !== null) kernelParent.set(row.ns, row.pns);
    } catch (e) {
      lab.stop();
      lab = null;
      throw e;
    }
  });

  afterAll(() => {
    lab?.stop();
  });

  const where = () => `\n--- transcript\n${transcript.map((l, i) => `${String(i + 1).padStart(4)} ${l}`).join('\n')}\n--- diagnostics\n${JSON.stringify(diagnostics, null, 1)}`;

  it('states no contradiction', () => {
    expect(diagnostics.filter((d) => d.severity === 'error'), where()).toEqual([]);
  });

  it('rebuilds the kernel\'s tree of the lab\'s namespaces, by inode, with absolute levels', () => {
    for (const [i, inode] of levels.entries()) {
      const ns = analysis.namespaces.find((n) => n.inode === inode);
      expect(ns, `pid:[${inode}]${where()}`).toBeDefined();
      expect(ns?.parentId, where()).toBe(`pid:[${kernelParent.get(inode)}]`);
      expect(ns?.level).toBe(i + 1);
      expect(ns?.levelIsAbsolute).toBe(true);
    }
    expect(kernelParent.get(levels[0] as number)).toBe(rootInode);
  });

  it('gives every lab process its pid at every level, as the kernel\'s NSpid', () => {
    const chainOf = (inode: number): number[] => {
      const chain = [inode];
      while (chain[0] !== rootInode && kernelParent.has(chain[0] as number)) chain.unshift(kernelParent.get(chain[0] as number) as number);
      return chain;
    };
    for (const p of lab!.processes) {
      const want = chainOf(p.nsInode).map((inode, l) => ({ namespaceId: `pid:[${inode}]`, pid: p.nspid[l] }));
      expect(namespacedPids(analysis, p.pid, `pid:[${rootInode}]`), `${p.role} ${p.command}${where()}`).toEqual(want);
      const own = p.nspid[p.nspid.length - 1] as number;
      expect(translatePid(analysis, own, `pid:[${p.nsInode}]`, `pid:[${rootInode}]`)).toBe(p.pid);
    }
  });

  it('knows which namespace each view shows and where its pid 1 lives', () => {
    for (const inode of levels) {
      const viewId = viewOfLevel.get(inode) as string;
      expect(analysis.views.find((v) => v.id === viewId)?.namespaceId, where()).toBe(`pid:[${inode}]`);
      expect(namespaceOfPid(analysis, viewId, 1)).toBe(`pid:[${inode}]`);
    }
    expect(analysis.views.find((v) => v.id === 'root')?.namespaceId).toBe(`pid:[${rootInode}]`);
  });

  it('the process that entered the deepest namespace with nsenter is one process, its parent outside', () => {
    const entered = lab!.processes.find((p) => p.role.startsWith('entered'))!;
    const found = analysis.processes.filter((p) => p.pids.some((x) => x.namespaceId === `pid:[${rootInode}]` && x.pid === entered.pid));
    expect(found).toHaveLength(1);
    expect(found[0]?.namespaceId).toBe(`pid:[${levels[DEPTH - 1]}]`);
  });
});

describe.skipIf(skipReason === null)('live lab (skipped)', () => {
  it.skip(`skipped: ${skipReason ?? ''}`, () => {});
});
