/**
 * Text-level rendering of a simulated scenario (sim-evidence.ts): every evidence item becomes
 * the text the real command prints, laid out as a transcript with line numbers, so that the
 * real parsers and the model's adapters turn it back into observations. The text is made by the
 * parser helpers' own renderers (test/support/render-{ps,proc-status,ns-links,lsns}.ts, the
 * oracles of the parsers' round-trip tests), with the layout variants picked at random:
 * procps `ps -eo …` and busybox `ps`; a whole `/proc/N/status`, `grep NSpid`, `grep -H`, with
 * tabs, expanded tabs or single spaces; `ls -l`, `readlink`, `stat -c %N` links; lsns as a
 * table (Unicode or ASCII art), `-r` or `-J`. Every output line keeps its fact (which real
 * process or namespace it shows), like the data-level rendering.
 */
import type { Observation, ViewInput } from '../../src/model/schema.js';
import { prng, viewOf, type KernelState, type SimView, type ViewRow } from './kernel-sim.js';
import { renderLsns, type LsnsRenderNode, type LsnsRenderOptions } from './render-lsns.js';
import { renderNsLinkLines, type NsLinkForm } from './render-ns-links.js';
import { fullStatus, renderStatusLines, type StatusForm, type StatusSpacing } from './render-proc-status.js';
import { BUSYBOX_COLUMNS, PROCPS_COLUMNS, renderBusybox, renderProcps } from './render-ps.js';
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

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** `ps -eo pid[,ppid][,pidns][,user],args` (procps-ng). */
export function psProcpsText(rows: readonly ViewRow[], cols: { ppid: boolean; pidns: boolean; user: boolean }): string {
  const columns = [PROCPS_COLUMNS.pid, ...(cols.ppid ? [PROCPS_COLUMNS.ppid] : []), ...(cols.pidns ? [PROCPS_COLUMNS.pidns] : []), ...(cols.user ? [PROCPS_COLUMNS.user] : []), PROCPS_COLUMNS.args];
  const cells = rows.map((r) => [String(r.pid), ...(cols.ppid ? [String(r.ppid)] : []), ...(cols.pidns ? [String(r.nsInode)] : []), ...(cols.user ? [r.user] : []), psCommand(r)]);
  return renderProcps(cells, columns as NonNullable<(typeof columns)[number]>[]);
}

/** lsns namespace rows (`lsns -l -t pid -o NS,PNS,PID,PPID,COMMAND`) as render-lsns nodes, flat or in lsns' default process tree. */
export function lsnsNamespaceNodes(rows: ReturnType<typeof lsnsNamespaces>, state: KernelState, tree: boolean): LsnsRenderNode[] {
  const nodes = rows.map((n) => ({ cells: { NS: n.inode, PNS: n.pns, PID: n.row.pid, PPID: n.row.ppid, COMMAND: lsnsCommand(n.row) }, children: [] as LsnsRenderNode[] }));
  if (!tree) return nodes;
  // util-linux 2.38: a namespace line nests under the line whose representative is its
  // representative's parent process.
  const byKey = new Map(rows.map((n, i) => [n.row.key, i] as const));
  const roots: LsnsRenderNode[] = [];
  rows.forEach((n, i) => {
    const parentKey = state.byKey.get(n.row.key)?.parent ?? null;
    const parentIndex = parentKey === null ? undefined : byKey.get(parentKey);
    if (parentIndex !== undefined && parentIndex !== i) nodes[parentIndex]?.children.push(nodes[i] as LsnsRenderNode);
    else roots.push(nodes[i] as LsnsRenderNode);
  });
  return roots;
}

/** Pre-order of nested nodes (the order render-lsns prints them and numbers `nodeLines`). */
function preorder<T extends { children?: readonly T[] }>(nodes: readonly T[]): T[] {
  const out: T[] = [];
  const visit = (n: T) => {
    out.push(n);
    for (const c of n.children ?? []) visit(c);
  };
  nodes.forEach(visit);
  return out;
}

function lsnsOptions(rand: () => number, columns: string[], treeColumn: string | null): { options: LsnsRenderOptions; flag: string } {
  const r = rand();
  if (r < 0.15) return { options: { columns, format: 'raw', locale: pick(rand, ['utf-8', 'c'] as const), treeColumn }, flag: '-r ' };
  // (Not LIBSMARTCOLS_JSON=compact: it puts several rows on one line, and the tests tell
  // processes apart by line.)
  if (r < 0.3) return { options: { columns, format: 'json', treeColumn, json: pick(rand, ['pretty', 'v2.33'] as const) }, flag: '-J ' };
  return { options: { columns, format: 'human', locale: pick(rand, ['utf-8', 'c'] as const), treeColumn }, flag: '' };
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
  /** Pushes the command and its output; `factOf(i)` is the fact of output line i (0-based). */
  const block = (format: TextFormat, command: string, text: string, factOf: (i: number) => LineFact | undefined, namespace?: number) => {
    push(`# ${command}`, { view });
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    let firstLine = 0;
    lines.forEach((l, i) => {
      const n = push(l, factOf(i) ?? { view });
      if (i === 0) firstLine = n;
    });
    const b: TextBlock = { view, format, command, text, firstLine };
    if (namespace !== undefined) b.namespace = namespace;
    blocks.push(b);
  };
  switch (item.kind) {
    case 'ps': {
      const rows = item.keys.map((k) => rowOf(sv, k));
      const factOf = (i: number) => (i === 0 ? { view } : { view, process: (rows[i - 1] as ViewRow).key });
      // busybox glues a value one wider than its column to the next (`100001100000root`), which
      // no reader can split: only with 5-digit numbers.
      const narrow = rows.every((r) => r.pid < 100_000 && r.ppid < 100_000);
      if (!item.pidns && narrow && rand() < 0.4) {
        // busybox: `ps` (PID USER TIME COMMAND) or `ps -o pid,ppid,user,args`.
        const cols = item.ppid ? [BUSYBOX_COLUMNS.pid, BUSYBOX_COLUMNS.ppid, BUSYBOX_COLUMNS.user, BUSYBOX_COLUMNS.args] : [BUSYBOX_COLUMNS.pid, BUSYBOX_COLUMNS.user, BUSYBOX_COLUMNS.time, BUSYBOX_COLUMNS.args];
        const cells = rows.map((r) => (item.ppid ? [String(r.pid), String(r.ppid), r.user, psCommand(r)] : [String(r.pid), r.user, '0:00', psCommand(r)]));
        block('ps', item.ppid ? 'ps -o pid,ppid,user,args' : 'ps', renderBusybox(cells, cols as NonNullable<(typeof cols)[number]>[]), factOf);
        return;
      }
      const cols = ['pid', ...(item.ppid ? ['ppid'] : []), ...(item.pidns ? ['pidns'] : []), ...(item.user ? ['user'] : []), 'args'].join(',');
      block('ps', `ps -eo ${cols}`, psProcpsText(rows, item), factOf);
      return;
    }
    case 'status': {
      const row = rowOf(sv, item.key);
      const fact = { view, process: item.key };
      const spacing = pick(rand, ['tabs', 'tabs', 'expand', 'single-space'] as StatusSpacing[]);
      const sample = fullStatus({ name: row.comm, pid: row.pid, tgid: row.pid, ppid: row.ppid, nspid: row.nspid, nstgid: row.nspid, nspgid: row.nspid, nssid: row.nspid });
      // Without `full`, only the NSpid line is pasted (`grep NSpid`, or `grep -H` with its path).
      const form: StatusForm = item.full ? 'file' : pick(rand, ['grep', 'grep-h'] as StatusForm[]);
      const lines = renderStatusLines(sample, form === 'file' ? { form, spacing } : { form, spacing, grepKeys: ['NSpid'] });
      const command = form === 'file' ? `cat /proc/${row.pid}/status` : form === 'grep' ? `cat /proc/${row.pid}/status | grep NSpid` : `grep -H NSpid /proc/${row.pid}/status`;
      block('proc-status', command, lines.join('\n') + '\n', () => fact);
      return;
    }
    case 'link': {
      const row = rowOf(sv, item.key);
      const form = pick(rand, ['ls-path', 'ls-path', 'readlink-pid', 'readlink-path', 'stat'] as NsLinkForm[]);
      const text = renderNsLinkLines([{ pid: row.pid, type: 'pid', inode: row.nsInode }], { form, quoted: rand() < 0.5 }).join('\n') + '\n';
      block('ns-links', form.startsWith('ls') ? `ls -l /proc/${row.pid}/ns/pid` : form === 'stat' ? `stat -c %N /proc/${row.pid}/ns/pid` : `readlink /proc/${row.pid}/ns/pid`, text, () => ({ view, process: item.key, namespace: row.nsInode }));
      return;
    }
    case 'self-link': {
      const form = pick(rand, ['ls-path', 'readlink-path', 'stat'] as NsLinkForm[]);
      const text = renderNsLinkLines([{ pid: null, type: 'pid', inode: sv.ns }], { form, quoted: rand() < 0.5 }).join('\n') + '\n';
      block('ns-links', form === 'ls-path' ? 'ls -l /proc/self/ns/pid' : form === 'stat' ? 'stat -c %N /proc/self/ns/pid' : 'readlink /proc/self/ns/pid', text, () => ({ view, namespace: sv.ns }));
      return;
    }
    case 'job': {
      const row = rowOf(sv, item.key);
      push(`# ${row.command} &`, { view });
      const line = push(`[1] ${row.pid}`, { view, process: item.key });
      direct.push({ kind: 'process', view, line, pid: row.pid, inViewNamespace: true, command: row.command, text: `[1] ${row.pid}` });
      return;
    }
    case 'lsns-namespaces': {
      const rows = lsnsNamespaces(state, sv);
      const tree = rand() < 0.5;
      const nodes = lsnsNamespaceNodes(rows, state, tree);
      const { options, flag } = lsnsOptions(rand, ['NS', 'PNS', 'PID', 'PPID', 'COMMAND'], tree ? 'COMMAND' : null);
      const rendering = renderLsns(nodes, options);
      const order = preorder(nodes).map((n) => rows.find((r) => r.inode === n.cells.NS) as (typeof rows)[number]);
      const factAt = new Map(rendering.nodeLines.map((l, i) => [l - 1, { view, process: (order[i] as (typeof rows)[number]).row.key, namespace: (order[i] as (typeof rows)[number]).inode }] as const));
      block('lsns', `lsns ${tree ? '' : '-l '}${flag}-t pid -o NS,PNS,PID,PPID,COMMAND`, rendering.text, (i) => factAt.get(i));
      return;
    }
    case 'lsns-processes': {
      const flat = lsnsTree(state, sv, item.ns);
      const nodeOf = new Map<number, LsnsRenderNode & { children: LsnsRenderNode[] }>();
      const roots: LsnsRenderNode[] = [];
      for (const t of flat) {
        const node = { cells: { PID: t.row.pid, PPID: t.row.ppid, USER: t.row.user, COMMAND: lsnsCommand(t.row) }, children: [] as LsnsRenderNode[] };
        nodeOf.set(t.row.key, node);
        const parentKey = state.byKey.get(t.row.key)?.parent ?? null;
        const parent = t.root || parentKey === null ? undefined : nodeOf.get(parentKey);
        if (parent) parent.children.push(node);
        else roots.push(node);
      }
      const { options, flag } = lsnsOptions(rand, ['PID', 'PPID', 'USER', 'COMMAND'], 'COMMAND');
      const rendering = renderLsns(roots, options);
      const factAt = new Map(rendering.nodeLines.map((l, i) => [l - 1, { view, process: (flat[i] as (typeof flat)[number]).row.key, namespace: item.ns }] as const));
      block('lsns', `lsns ${flag}-t pid ${item.ns}`, rendering.text, (i) => factAt.get(i) ?? { view, namespace: item.ns }, item.ns);
      return;
    }
  }
}
