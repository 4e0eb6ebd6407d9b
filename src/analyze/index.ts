/**
 * `analyze`: the main job end to end. A pasted session (or a bare output) is read into blocks
 * with their vantage, every block is parsed with its format's parser, the records become
 * observations in views (one per pid numbering), the model resolves the pid-namespace
 * hierarchy, and WSL roles are assigned from the evidence. One call, one `ParseResult`, with
 * the diagnostics of every stage pointing at input lines.
 */
import { diagnostic, makeResult, type Diagnostic, type ParseResult } from '../core/diagnostic.js';
import { observationsFromLsns, observationsFromNsLinks, observationsFromProcStatus, observationsFromPs, type LineMap } from '../model/adapters.js';
import { resolve } from '../model/resolve.js';
import { assignRoles, type RoleDockerContainer, type RoleInspect, type RoleView } from '../model/roles.js';
import type { Analysis, Observation, ViewInput } from '../model/schema.js';
import { INITIAL_PID_NS_INODE } from '../model/resolve.js';
import { isFormatName, parseAs } from '../parsers/registry.js';
import type { DockerInspectOutput } from '../parsers/docker-inspect/schema.js';
import type { DockerPsOutput } from '../parsers/docker-ps/schema.js';
import type { LsnsOutput } from '../parsers/lsns/schema.js';
import type { NsLinksOutput } from '../parsers/ns-links/schema.js';
import type { ProcStatusOutput } from '../parsers/proc-status/schema.js';
import type { PsOutput } from '../parsers/ps/schema.js';
import { readTranscript } from '../transcript/parse.js';
import type { Block, Vantage } from '../transcript/schema.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Skip role assignment (the bare model). */
  roles?: boolean;
}

/** Formats whose records are pid-namespace evidence. */
const LINUX_FORMATS = new Set(['ps', 'proc-status', 'ns-links', 'lsns']);

function describeVantage(v: Vantage): string {
  switch (v.kind) {
    case 'utility-vm':
      return 'WSL2 utility VM (wsl --debug-shell)';
    case 'system-distro':
      return 'WSLg system distro (wsl --system)';
    case 'distro':
      return v.name !== null ? `distro ${v.name}` : 'the default distro';
    case 'container':
      return v.name !== null ? `container ${v.name}` : 'a container';
    case 'nsenter':
      return `nsenter -t ${v.targetPid ?? '?'} (from ${v.parentKey ?? '?'})`;
    case 'windows':
      return 'Windows';
    default:
      return `a shell not named by the transcript (${v.key})`;
  }
}

/** The namespace an `lsns … NS` process listing lists, and whether its tree is `-T parent`. */
function lsnsCommandFacts(command: string | null): { listedInode: number | null; treeIsParent: boolean } {
  const words = (command ?? '').split(/\s+/).filter((w) => w !== '');
  const at = words.findIndex((w) => w === 'lsns' || w.endsWith('/lsns'));
  let listedInode: number | null = null;
  let treeIsParent = false;
  const takesValue = new Set(['-t', '--type', '-o', '--output', '-p', '--task', '-Q', '--filter']);
  for (let i = at + 1; at >= 0 && i < words.length; i++) {
    const w = words[i] as string;
    if (w === '|' || w === ';' || w === '&&') break;
    if (takesValue.has(w)) {
      i++;
      continue;
    }
    if (/^(?:-T=?|--tree=)parent$/.test(w)) treeIsParent = true;
    if (/^\d+$/.test(w)) listedInode = Number(w);
  }
  return { listedInode, treeIsParent };
}

/** `docker run [options] IMAGE [COMMAND…]`: image, name and command. */
function dockerRunFacts(text: string): { image: string | null; name: string | null; command: string | null } {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const at = words.findIndex((w, i) => (w === 'run' || w === 'create') && /(?:^|[\\/])docker(?:\.exe)?$/.test(words[i - 1] ?? ''));
  if (at < 0) return { image: null, name: null, command: null };
  const flags = new Set(['-i', '-t', '-d', '-it', '-ti', '-itd', '-dit', '--rm', '--privileged', '--init', '-P', '--interactive', '--tty', '--detach', '--read-only']);
  let name: string | null = null;
  let i = at + 1;
  for (; i < words.length; i++) {
    const w = words[i] as string;
    if (!w.startsWith('-')) break;
    if (w.startsWith('--name=')) name = w.slice(7);
    else if (w === '--name') name = words[++i] ?? null;
    else if (w.includes('=') || flags.has(w) || /^-[itdP]+$/.test(w)) continue;
    else i++;
  }
  const image = words[i] ?? null;
  const rest = words.slice(i + 1).join(' ');
  return { image, name, command: rest === '' ? null : rest };
}

/**
 * Analyzes a pasted session or a bare output: reads the transcript, parses every block,
 * resolves the pid-namespace hierarchy and assigns WSL roles. Never throws.
 *
 * @example
 * const { value } = analyze(text);
 * value.namespaces.map((n) => `${n.id} ${n.role ?? ''}`);
 */
export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): ParseResult<Analysis> {
  const transcript = readTranscript(input);
  const diagnostics: Diagnostic[] = [...transcript.diagnostics];
  const views = new Map<string, ViewInput>();
  const roleViews = new Map<string, RoleView>();
  const observations: Observation[] = [];
  const dockerContainers: RoleDockerContainer[] = [];
  const inspects: RoleInspect[] = [];

  // `wsl --shutdown` stops the utility VM: the kernel after it is another boot, whose inodes and
  // pids are another id space. Views after it are new views; mixing boots is flagged.
  let epoch = 1;
  let shutdownLine = 0;
  const epochsWithData = new Set<number>();
  const viewKey = (v: Vantage) => (epoch === 1 ? v.key : `${v.key}@boot${epoch}`);

  const viewFor = (block: Block): string | null => {
    let v = block.vantage;
    // nsenter without the mount namespace still reads the parent's /proc: the parent's numbering.
    if (v.kind === 'nsenter' && !v.mountsTarget) {
      const parent = transcript.value.blocks.find((b) => b.vantage.key === v.parentKey)?.vantage;
      if (!parent) return null;
      v = parent;
    }
    if (v.kind === 'windows') return null;
    const key = viewKey(v);
    epochsWithData.add(epoch);
    let view = views.get(key);
    if (!view) {
      const evidence = [{ line: v.line, text: v.text }];
      view = { id: key, vantage: describeVantage(v), firstLine: block.firstLine, lastLine: block.lastLine, evidence };
      if (v.kind === 'utility-vm') view.inode = INITIAL_PID_NS_INODE;
      if (v.kind === 'nsenter' && v.parentKey !== null && v.targetPid !== null) {
        view.relativeTo = { viewId: epoch === 1 ? v.parentKey : `${v.parentKey}@boot${epoch}`, pid: v.targetPid };
      }
      views.set(key, view);
      roleViews.set(key, { id: key, kind: v.kind, name: v.name, evidence: { line: v.line, text: v.text }, ...(v.kind === 'container' ? dockerRunFacts(v.text) : {}) });
    }
    view.firstLine = Math.min(view.firstLine, block.firstLine);
    view.lastLine = Math.max(view.lastLine, block.lastLine);
    return view.id;
  };

  for (const block of transcript.value.blocks) {
    if (block.vantage.kind === 'windows' && /(?:^|[\s\\/])wsl(?:\.exe)?\s+--shutdown\b/i.test(block.command ?? '')) {
      if (epochsWithData.has(epoch)) {
        epoch++;
        shutdownLine = block.firstLine;
      }
      continue;
    }
    const view = LINUX_FORMATS.has(block.format ?? '') || block.job !== null ? viewFor(block) : null;
    if (block.job !== null && view !== null) {
      const jobLine = block.output.find((o) => o.text.includes(String(block.job?.pid)))?.line ?? block.firstLine;
      observations.push({ kind: 'process', view, line: jobLine, pid: block.job.pid, command: block.job.command, inViewNamespace: true, text: `${block.job.command} & → ${block.job.pid}` });
    }
    if (block.format === null || !isFormatName(block.format) || block.output.length === 0) continue;
    const text = block.output.map((o) => o.text).join('\n');
    const lineOf: LineMap = (line) => block.output[line - 1]?.line ?? (line <= 0 ? block.firstLine : block.lastLine);
    const result = parseAs(block.format, text, block.formatOptions ?? undefined);
    for (const d of result.diagnostics) {
      diagnostics.push({ ...d, line: d.line > 0 ? lineOf(d.line) : block.firstLine });
    }
    switch (block.format) {
      case 'ps':
        if (view !== null) observations.push(...observationsFromPs(result.value as PsOutput, view, lineOf));
        break;
      case 'proc-status':
        if (view !== null) observations.push(...observationsFromProcStatus(result.value as ProcStatusOutput, view, lineOf));
        break;
      case 'ns-links':
        if (view !== null) observations.push(...observationsFromNsLinks(result.value as NsLinksOutput, view, lineOf));
        break;
      case 'lsns':
        if (view !== null) observations.push(...observationsFromLsns(result.value as LsnsOutput, view, lineOf, lsnsCommandFacts(block.command)));
        break;
      case 'docker-ps':
        for (const c of (result.value as DockerPsOutput).containers) {
          dockerContainers.push({ id: c.containerId, name: c.names, image: c.image, command: c.command?.replace(/^"|"$/g, '') ?? null, line: lineOf(c.line) });
        }
        break;
      case 'docker-inspect': {
        const inspected = result.value as DockerInspectOutput;
        for (const v of inspected.values) if (v.pid !== null) inspects.push({ ref: v.target, pid: v.pid, line: lineOf(v.line), text: v.text });
        for (const o of inspected.objects) if (o.pid !== null) inspects.push({ ref: o.id ?? o.name, pid: o.pid, line: lineOf(o.line) });
        break;
      }
      default:
        break;
    }
  }
  if (epoch > 1 && epochsWithData.has(epoch)) {
    diagnostics.push(
      diagnostic(
        'warning',
        'analyze/vm-restarted',
        `The session shuts WSL down (line ${shutdownLine}): pid namespaces and pids before and after belong to different boots of the utility VM, so views after it are kept apart, but equal inodes are still read as one namespace.`,
        shutdownLine,
      ),
    );
  }
  if (transcript.value.blocks.length === 0) {
    diagnostics.push(diagnostic('warning', 'analyze/no-output', 'The input has no command output that wslscope can read.', 0));
  }

  const model = resolve({ views: [...views.values()], observations });
  diagnostics.push(...model.diagnostics);
  const analysis =
    options.roles === false ? model.value : assignRoles(model.value, { views: [...roleViews.values()], dockerContainers, inspects });
  return makeResult(analysis, diagnostics);
}
