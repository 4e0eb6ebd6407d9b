/**
 * Text-level rendering of a simulated scenario (sim-evidence.ts): every evidence item becomes
 * the text the real command prints (`ps -eo …`, busybox `ps`, `cat /proc/N/status`,
 * `grep NSpid`, `ls -l /proc/N/ns/pid`, `lsns -l -t pid -o NS,PNS,…`, `lsns -t pid <ns>` with
 * ASCII or Unicode tree art), laid out as a transcript with line numbers, so that the real
 * parsers and the model's adapters turn it back into observations. Every output line keeps its
 * fact (which real process or namespace it shows), like the data-level rendering.
 *
 * The layouts follow ../shared/research/namespaces.md §2 (lsns) and §3 (ps); the parser
 * helpers' own renderers (test/support/render-<format>.ts) are used instead when they exist
 * (see `textRenderers`).
 */
import type { Observation, ViewInput } from '../../src/model/schema.js';
import { prng, viewOf, type KernelState, type SimView, type ViewRow } from './kernel-sim.js';
import { groupedItems, lsnsCommand, lsnsNamespaces, lsnsTree, psCommand, rowOf, type EvidenceItem, type LineFact, type Scenario } from './sim-evidence.js';

/** The formats the model's adapters read. */
export type TextFormat = 'ps' | 'proc-status' | 'ns-links' | 'lsns';

/** One command's output, at its place in the transcript. */
export interface TextBlock {
  view: string;
  format: TextFormat;
  /** The command line typed (the transcript line before the output). */
  command: string;
  /** The output text, `\n`-separated, ending with `\n`. */
  text: string;
  /** Transcript line of the output's first line (its line 1). */
  firstLine: number;
  /** For `lsns -t pid <ns>`: the namespace argument. */
  namespace?: number;
}

/** A scenario rendered as text blocks. */
export interface RenderedText {
  views: ViewInput[];
  blocks: TextBlock[];
  /** Observations no parser produces (shell job lines `[1] PID`), at the data level. */
  direct: Observation[];
  facts: Map<number, LineFact>;
  /** The whole transcript, for failure messages. */
  transcript: string[];
}

const rightAlign = (s: string | number, w: number) => String(s).padStart(w);
const leftAlign = (s: string, w: number) => s.padEnd(w);

/** `ps -eo pid[,ppid][,pidns][,user],args` as procps-ng prints it. */
export function renderPsProcps(rows: ViewRow[], cols: { ppid: boolean; pidns: boolean; user: boolean }): string[] {
  const header = [rightAlign('PID', 7)];
  if (cols.ppid) header.push(rightAlign('PPID', 7));
  if (cols.pidns) header.push(rightAlign('PIDNS', 10));
  if (cols.user) header.push(leftAlign('USER', 8));
  header.push('COMMAND');
  const out = [header.join(' ')];
  for (const r of rows) {
    const cells = [rightAlign(r.pid, 7)];
    if (cols.ppid) cells.push(rightAlign(r.ppid, 7));
    if (cols.pidns) cells.push(rightAlign(r.nsInode, 10));
    if (cols.user) cells.push(leftAlign(r.user, 8));
    cells.push(psCommand(r));
    out.push(cells.join(' '));
  }
  return out;
}

/** busybox `ps` (PID USER TIME COMMAND). */
export function renderPsBusybox(rows: ViewRow[]): string[] {
  const out = ['PID   USER     TIME  COMMAND'];
  for (const r of rows) out.push(`${leftAlign(String(r.pid), 5)} ${leftAlign(r.user, 8)} ${rightAlign('0:00', 5)} ${psCommand(r)}`);
  return out;
}

/** `/proc/<pid>/status` (the lines up to NSsid, tab-separated as the kernel writes them). */
export function renderStatus(row: ViewRow): string[] {
  const tgidChain = row.nspid.join('\t');
  return [
    `Name:\t${row.comm}`,
    'Umask:\t0022',
    'State:\tS (sleeping)',
    `Tgid:\t${row.pid}`,
    'Ngid:\t0',
    `Pid:\t${row.pid}`,
    `PPid:\t${row.ppid}`,
    'TracerPid:\t0',
    'Uid:\t0\t0\t0\t0',
    'Gid:\t0\t0\t0\t0',
    'FDSize:\t64',
    'Groups:\t ',
    `NStgid:\t${tgidChain}`,
    `NSpid:\t${tgidChain}`,
    `NSpgid:\t${tgidChain}`,
    `NSsid:\t${tgidChain}`,
  ];
}

/** `ls -l /proc/<who>/ns/pid`. */
export function renderLink(who: string | number, inode: number): string {
  return `lrwxrwxrwx 1 root root 0 Oct 17 01:11 /proc/${who}/ns/pid -> 'pid:[${inode}]'`;
}

/** `lsns -l -t pid -o NS,PNS,PID,PPID,COMMAND`. */
export function renderLsnsNamespaces(rows: { inode: number; pns: number; row: ViewRow }[]): string[] {
  const pidW = Math.max(3, ...rows.map((r) => String(r.row.pid).length));
  const ppidW = Math.max(4, ...rows.map((r) => String(r.row.ppid).length));
  const out = [`${rightAlign('NS', 10)} ${rightAlign('PNS', 10)} ${rightAlign('PID', pidW)} ${rightAlign('PPID', ppidW)} COMMAND`];
  for (const r of rows) out.push(`${rightAlign(r.inode, 10)} ${rightAlign(r.pns, 10)} ${rightAlign(r.row.pid, pidW)} ${rightAlign(r.row.ppid, ppidW)} ${lsnsCommand(r.row)}`);
  return out;
}

/** `lsns -t pid <ns>`: PID PPID USER COMMAND, tree art on COMMAND (util-linux 2.38 process tree). */
export function renderLsnsTree(tree: ReturnType<typeof lsnsTree>, unicode: boolean): string[] {
  const [branch, last, vertical] = unicode ? ['├─', '└─', '│ '] : ['|-', '`-', '| '];
  const pidW = Math.max(3, ...tree.map((t) => String(t.row.pid).length));
  const ppidW = Math.max(4, ...tree.map((t) => String(t.row.ppid).length));
  const userW = Math.max(4, ...tree.map((t) => t.row.user.length));
  const out = [`${rightAlign('PID', pidW)} ${rightAlign('PPID', ppidW)} ${leftAlign('USER', userW)} COMMAND`];
  for (const t of tree) {
    let art = '';
    for (let d = 1; d < t.depth; d++) art += t.last[d - 1] ? '  ' : vertical;
    if (t.depth > 0) art += t.last[t.depth - 1] ? last : branch;
    out.push(`${rightAlign(t.row.pid, pidW)} ${rightAlign(t.row.ppid, ppidW)} ${leftAlign(t.row.user, userW)} ${art}${lsnsCommand(t.row)}`);
  }
  return out;
}

/** Renders a scenario as a transcript of command outputs; `seed` picks the layout variants. */
export function renderText(scenario: Scenario, seed = 0): RenderedText {
  const { state } = scenario;
  const rand = prng(seed);
  const facts = new Map<number, LineFact>();
  const blocks: TextBlock[] = [];
  const direct: Observation[] = [];
  const views: ViewInput[] = [];
  const transcript: string[] = [];
  const push = (text: string, fact?: LineFact): number => {
    transcript.push(text);
    if (fact) facts.set(transcript.length, fact);
    return transcript.length;
  };
  const items = groupedItems(scenario);
  for (const v of scenario.views) {
    const sv = viewOf(state, v.ns);
    const first = push(`# ${v.vantage}`, v.relativeTo ? { view: v.relativeTo.viewId, process: v.relativeTo.key, namespace: v.ns } : v.inodeKnown ? { view: v.id, namespace: v.ns } : { view: v.id });
    for (const item of items) if (item.view === v.id) renderTextItem(state, sv, item, rand, push, blocks, direct);
    const input: ViewInput = { id: v.id, vantage: v.vantage, firstLine: first, lastLine: transcript.length, evidence: [{ line: first, text: v.vantage }] };
    if (v.inodeKnown) input.inode = v.ns;
    if (v.relativeTo) input.relativeTo = { viewId: v.relativeTo.viewId, pid: v.relativeTo.pid };
    views.push(input);
  }
  return { views, blocks, direct, facts, transcript };
}

function renderTextItem(
  state: KernelState,
  sv: SimView,
  item: EvidenceItem,
  rand: () => number,
  push: (text: string, fact?: LineFact) => number,
  blocks: TextBlock[],
  direct: Observation[],
): void {
  const view = item.view;
  const block = (format: TextFormat, command: string, lines: { text: string; fact?: LineFact }[], namespace?: number) => {
    push(`# ${command}`, { view });
    const firstLine = push(lines[0]?.text ?? '', lines[0]?.fact);
    for (const l of lines.slice(1)) push(l.text, l.fact);
    const b: TextBlock = { view, format, command, text: lines.map((l) => l.text).join('\n') + '\n', firstLine };
    if (namespace !== undefined) b.namespace = namespace;
    blocks.push(b);
  };
  switch (item.kind) {
    case 'ps': {
      const rows = item.keys.map((k) => rowOf(sv, k));
      const busybox = !item.pidns && !item.ppid && rand() < 0.5;
      const lines = busybox ? renderPsBusybox(rows) : renderPsProcps(rows, item);
      const cols = ['pid', ...(item.ppid ? ['ppid'] : []), ...(item.pidns ? ['pidns'] : []), ...(item.user ? ['user'] : []), 'args'].join(',');
      block(
        'ps',
        busybox ? 'ps' : `ps -eo ${cols}`,
        lines.map((text, i) => (i === 0 ? { text, fact: { view } } : { text, fact: { view, process: (rows[i - 1] as ViewRow).key } })),
      );
      return;
    }
    case 'status': {
      const row = rowOf(sv, item.key);
      const fact = { view, process: item.key };
      if (item.full) block('proc-status', `cat /proc/${row.pid}/status`, renderStatus(row).map((text) => ({ text, fact })));
      else block('proc-status', `cat /proc/${row.pid}/status | grep NSpid`, [{ text: `NSpid:\t${row.nspid.join('\t')}`, fact }]);
      return;
    }
    case 'link': {
      const row = rowOf(sv, item.key);
      block('ns-links', `ls -l /proc/${row.pid}/ns/pid`, [{ text: renderLink(row.pid, row.nsInode), fact: { view, process: item.key, namespace: row.nsInode } }]);
      return;
    }
    case 'self-link':
      block('ns-links', 'ls -l /proc/self/ns/pid', [{ text: renderLink('self', sv.ns), fact: { view, namespace: sv.ns } }]);
      return;
    case 'job': {
      const row = rowOf(sv, item.key);
      push(`# ${row.command} &`, { view });
      const line = push(`[1] ${row.pid}`, { view, process: item.key });
      direct.push({ kind: 'process', view, line, pid: row.pid, inViewNamespace: true, command: row.command, text: `[1] ${row.pid}` });
      return;
    }
    case 'lsns-namespaces': {
      const rows = lsnsNamespaces(state, sv);
      const lines = renderLsnsNamespaces(rows);
      block(
        'lsns',
        'lsns -l -t pid -o NS,PNS,PID,PPID,COMMAND',
        lines.map((text, i) => (i === 0 ? { text, fact: { view } } : { text, fact: { view, process: (rows[i - 1] as (typeof rows)[number]).row.key, namespace: (rows[i - 1] as (typeof rows)[number]).inode } })),
      );
      return;
    }
    case 'lsns-processes': {
      const tree = lsnsTree(state, sv, item.ns);
      const lines = renderLsnsTree(tree, rand() < 0.5);
      block(
        'lsns',
        `lsns -t pid ${item.ns}`,
        lines.map((text, i) => (i === 0 ? { text, fact: { view, namespace: item.ns } } : { text, fact: { view, process: (tree[i - 1] as (typeof tree)[number]).row.key, namespace: item.ns } })),
        item.ns,
      );
      return;
    }
  }
}
