/**
 * Vantage tracking: where each command of a pasted session ran. A stack of shells follows the
 * session — a Windows prompt, `wsl --debug-shell` (the utility VM), `wsl --system` (the WSLg
 * system distro), `wsl -d NAME`, `docker run -it`, `nsenter -t PID` without a command, and
 * `exit` back. Blog notes (`// Mariner VM 내에서 실행`) and explicit annotations
 * (`// wslscope: vantage utility-vm`) say where the commands don't. When nothing says where a
 * Linux prompt runs, or its style changes unexplained, a new `unknown:N` vantage starts:
 * splitting one shell in two is safe, merging two shells into one would be a false claim.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Effect, Target } from './command.js';
import { sameShellStyle, type PromptStyle } from './prompt.js';
import type { Vantage, VantageVia } from './schema.js';

export type { Vantage, VantageKind, VantageVia } from './schema.js';

interface Frame {
  vantage: Vantage;
  /** The style of the prompts seen in this shell so far (null: none yet). */
  style: PromptStyle | null;
  /** Set for frames a note or annotation installed and no block has used yet. */
  pendingNote: boolean;
}

/** Where an orphan block (bare output) gets its vantage from. */
export type OrphanContext = 'after-prose' | 'continuing';

/** The mutable state of one transcript's vantage tracking. */
export class VantageTracker {
  private stack: Frame[] = [];
  private unknownCount = 0;
  private nsenterUnknown = 0;
  private readonly containerRuns = new Map<string, number>();
  private started = false;
  /** Distro names seen in `wsl -l` output, for matching blog notes. */
  readonly distroNames: string[] = [];
  /** Diagnostics about vantage (codes `transcript/…`). */
  readonly diagnostics: Diagnostic[] = [];

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private freshUnknown(line: number, via: VantageVia, text: string): Vantage {
    this.unknownCount++;
    return this.make({ kind: 'unknown', name: null, targetPid: null, mountsTarget: false }, line, via, text, null);
  }

  /** Builds a vantage for `t`, numbering unknowns, unnamed containers and target-less nsenters. */
  private make(t: Target, line: number, via: VantageVia, text: string, parentKey: string | null): Vantage {
    let key: string;
    switch (t.kind) {
      case 'windows':
      case 'utility-vm':
      case 'system-distro':
        key = t.kind;
        break;
      case 'distro':
        key = `distro:${t.name ?? '(default)'}`;
        break;
      case 'container': {
        const name = t.name ?? '?';
        if (t.unnamed) {
          const n = (this.containerRuns.get(name) ?? 0) + 1;
          this.containerRuns.set(name, n);
          key = n === 1 ? `container:${name}` : `container:${name}~${n}`;
        } else key = `container:${name}`;
        break;
      }
      case 'nsenter':
        key = t.targetPid !== null ? `nsenter:${t.targetPid}@${parentKey ?? '?'}` : `nsenter:?${++this.nsenterUnknown}@${parentKey ?? '?'}`;
        break;
      default:
        // Callers count unknown vantages before building one.
        key = `unknown:${this.unknownCount}`;
    }
    return {
      key,
      kind: t.kind,
      name: t.kind === 'distro' || t.kind === 'container' ? t.name : null,
      targetPid: t.kind === 'nsenter' ? t.targetPid : null,
      parentKey: t.kind === 'nsenter' ? parentKey : null,
      mountsTarget: t.kind === 'nsenter' ? t.mountsTarget : false,
      line,
      via,
      text: text.trim(),
    };
  }

  private target(t: Target, line: number, via: VantageVia, text: string): Vantage {
    if (t.kind === 'unknown') {
      this.unknownCount++;
      return this.make(t, line, via, text, null);
    }
    return this.make(t, line, via, text, t.kind === 'nsenter' ? this.current(line).key : null);
  }

  /** A note dropped by a Windows prompt: forgiven if that prompt's command opens the same place. */
  private stashed: { vantage: Vantage; line: number } | null = null;

  private dropPendingNote(frame: Frame | undefined, line: number, replacement?: Vantage): void {
    this.flushStash();
    if (!frame?.pendingNote) return;
    frame.pendingNote = false;
    if (replacement?.key === frame.vantage.key) return;
    this.diagnostics.push(
      diagnostic('info', 'transcript/vantage-note-unused', `The note on line ${frame.vantage.line} said where the next commands ran, but no command followed it there.`, line),
    );
  }

  private flushStash(): void {
    const s = this.stashed;
    this.stashed = null;
    if (s) {
      this.diagnostics.push(
        diagnostic('info', 'transcript/vantage-note-unused', `The note on line ${s.vantage.line} said where the next commands ran, but a Windows prompt followed it.`, s.line),
      );
    }
  }

  /** The current vantage; a fresh `unknown` one when nothing is known yet. */
  current(line: number): Vantage {
    const top = this.top();
    if (top) return top.vantage;
    const v = this.freshUnknown(this.started ? line : 0, this.started ? 'prompt' : 'start', this.started ? 'after exit: not known where' : 'no prompt or note says where');
    this.stack.push({ vantage: v, style: null, pendingNote: false });
    return v;
  }

  /** A Windows prompt (cmd.exe or PowerShell): the vantage is the Windows host. */
  windowsPrompt(line: number, text: string): Vantage {
    this.started = true;
    let at = -1;
    for (let i = this.stack.length - 1; i >= 0; i--) if ((this.stack[i] as Frame).vantage.kind === 'windows') at = i;
    this.flushStash();
    const top = this.top();
    if (top?.pendingNote) {
      top.pendingNote = false;
      this.stashed = { vantage: top.vantage, line };
    }
    if (at >= 0) this.stack.length = at + 1;
    else this.stack = [{ vantage: this.make({ kind: 'windows', name: null, targetPid: null, mountsTarget: false }, line, 'prompt', text, null), style: null, pendingNote: false }];
    return (this.top() as Frame).vantage;
  }

  /** A Linux prompt of `style`: the current shell, or a new unknown one when nothing explains it. */
  linuxPrompt(style: PromptStyle, line: number, text: string): Vantage {
    this.flushStash();
    const first = !this.started;
    this.started = true;
    const top = this.top();
    if (!top) {
      const v = this.freshUnknown(first ? 0 : line, first ? 'start' : 'prompt', first ? 'no prompt or note says where' : text);
      this.stack.push({ vantage: v, style, pendingNote: false });
      if (!first) this.unknownDiagnostic(line, text, 'A Linux prompt appeared with no command or note saying where it runs: it gets a vantage of its own.');
      return v;
    }
    if (top.vantage.kind === 'windows') {
      const v = this.freshUnknown(line, 'prompt', text);
      this.stack.push({ vantage: v, style, pendingNote: false });
      this.unknownDiagnostic(line, text, 'A Linux prompt followed a Windows prompt with no `wsl`, `docker` or note saying where it runs: it gets a vantage of its own.');
      return v;
    }
    top.pendingNote = false;
    if (top.style === null) top.style = style;
    else if (sameShellStyle(top.style, style)) {
      if (top.style.identity === null && style.identity !== null) top.style = style;
    } else {
      const v = this.freshUnknown(line, 'prompt', text);
      this.stack[this.stack.length - 1] = { vantage: v, style, pendingNote: false };
      this.unknownDiagnostic(line, text, 'The prompt changed style with no command explaining it (another shell?): it gets a vantage of its own.');
      return v;
    }
    return top.vantage;
  }

  private unknownDiagnostic(line: number, text: string, message: string): void {
    this.diagnostics.push(diagnostic('info', 'transcript/unknown-vantage', `${message} Add a \`// wslscope: vantage …\` line to say where.`, line, { excerpt: text.trim() }));
  }

  /** A note or annotation saying where the following commands ran. */
  note(t: Target | 'unknown', line: number, text: string, via: VantageVia): void {
    this.started = true;
    const v = t === 'unknown' ? this.freshUnknown(line, via, text) : this.target(t, line, via, text);
    const frame: Frame = { vantage: v, style: null, pendingNote: true };
    const top = this.top();
    this.dropPendingNote(top, line, v);
    if (!top || top.vantage.kind === 'windows') this.stack.push(frame);
    else this.stack[this.stack.length - 1] = frame;
  }

  /** The vantage of one command that runs elsewhere (`nsenter -t 1 -a ps`, `wsl -d X ps`). */
  once(t: Target, line: number, text: string): Vantage {
    return this.target(t, line, 'command', text);
  }

  /** The vantage for bare output: a note's, a fresh unknown one after prose, or the current one. */
  orphan(context: OrphanContext, line: number): Vantage {
    this.flushStash();
    const top = this.top();
    if (top?.pendingNote) {
      top.pendingNote = false;
      return top.vantage;
    }
    if (context === 'after-prose' && this.started) return this.freshUnknown(line, 'start', 'output after prose: not known where');
    const v = this.current(line);
    this.started = true;
    return v;
  }

  /** Applies a command's effect once its output is known (`failed`: the output shows an error). */
  apply(effect: Effect, line: number, text: string, failed: boolean): void {
    switch (effect.type) {
      case 'exit':
        if (this.stack.length > 1) this.stack.pop();
        else {
          this.diagnostics.push(diagnostic('info', 'transcript/exit-without-shell', '`exit` with no shell to return to that the transcript shows.', line, { excerpt: text }));
          if (this.top()?.vantage.kind !== 'windows') this.stack = [];
        }
        return;
      case 'same-shell': {
        const top = this.top();
        if (top) this.stack.push({ vantage: top.vantage, style: null, pendingNote: false });
        return;
      }
      case 'push': {
        if (failed) {
          this.diagnostics.push(
            diagnostic('info', 'transcript/vantage-command-failed', 'This command would open a shell elsewhere, but its output shows an error: the vantage does not change.', line, { excerpt: text }),
          );
          return;
        }
        const v = this.target(effect.target, line, 'command', text);
        if (this.stashed?.vantage.key === v.key) this.stashed = null;
        this.stack.push({ vantage: v, style: null, pendingNote: false });
        return;
      }
      default:
        return;
    }
  }

  /** Records distro names from a `wsl -l` block's output. */
  learnDistros(lines: readonly string[]): void {
    for (const raw of lines) {
      const t = raw.trim().replace(/^\*\s*/, '');
      if (t === '' || /[:：]$/.test(t) || /^NAME\s/.test(t)) continue;
      const name = t.split(/[\s(]/)[0] ?? '';
      if (/^[\w.-]{1,64}$/.test(name) && !this.distroNames.includes(name)) this.distroNames.push(name);
    }
  }

  /** At the end of the input: a note nothing used. */
  finish(line: number): void {
    this.dropPendingNote(this.top(), line);
    this.flushStash();
  }
}

// ---------------------------------------------------------------------------------------------
// Notes and annotations

const KNOWN_DISTROS =
  /\b(?:Ubuntu|Debian|Kali|Fedora|CentOS|openSUSE|SUSE|SLES|Alpine|Arch|AlmaLinux|OracleLinux|Oracle|Rocky|Pengwin|Gentoo|NixOS|Manjaro|RHEL)(?:[ -](?:\d+(?:\.\d+)*|Linux|LTS))*/i;

function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The distro a note names: a name from `wsl -l` output, `docker-desktop`, or a well-known distro's words. */
function distroIn(text: string, listed: readonly string[]): string[] {
  const found: string[] = [];
  const sorted = [...listed].sort((a, b) => b.length - a.length);
  let rest = text;
  for (const name of sorted) {
    const re = new RegExp(`(?<![\\w.-])${escapeRegExp(name)}(?![\\w.-])`, 'i');
    if (re.test(rest)) {
      found.push(name);
      rest = rest.replace(re, ' ');
    }
  }
  const dd = /\bdocker-desktop(?:-data)?\b/i.exec(rest);
  if (dd) {
    found.push(dd[0].toLowerCase());
    rest = rest.replace(dd[0], ' ');
  }
  const known = KNOWN_DISTROS.exec(rest);
  if (known) {
    const words = known[0];
    const match = listed.find((n) => normalize(n) === normalize(words));
    found.push(match ?? words);
  }
  return [...new Set(found)];
}

const RUN_SUFFIXES_KO = ['실행', '환경', '에서', '내부'];
const RUN_SUFFIXES_JA = ['実行', '内で', '中で', '上で', '環境で', '環境', 'で'];

const TRAILING = ' \t.:;)」』"\'!。、：）';

/** True when the note says "ran here": ends with a Korean/Japanese run phrase or starts with an English one. */
function saysRunHere(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING.includes(text[end - 1] as string)) end--;
  const t = text.slice(0, end);
  const ko = t.replace(/(?:했습니다|합니다|했음|한다|함|중)$/, '').trimEnd();
  if (RUN_SUFFIXES_KO.some((s) => ko.endsWith(s))) return true;
  const ja = t.replace(/(?:しました|します|した|する|中)$/, '').trimEnd();
  if (RUN_SUFFIXES_JA.some((s) => ja.endsWith(s))) return true;
  return /^\(?(?:run|ran|running|executed|inside|in|on|from|within)\b/i.test(t.trimStart());
}

/**
 * Reads a blog's note (`// Mariner VM 내에서 실행`) as a vantage, conservatively: the note is
 * short (≤ 60 characters), says "ran here" (ends with 실행/환경/에서/内で/実行…, or starts with
 * run/ran/inside/in/on), and names exactly one place: the utility VM (Mariner, CBL-Mariner,
 * debug-shell, utility VM), the system distro (`--system`, system distro, WSLg system), or
 * one distro (a name from `wsl -l` output, docker-desktop, a well-known distro's name).
 */
export function readVantageNote(note: string, listed: readonly string[]): Target | null {
  const text = note.trim();
  if (text.length > 60 || !saysRunHere(text)) return null;
  const utility = /\b(?:CBL-)?Mariner\b|debug[- ]shell|utility[- ]VM/i.test(text);
  const system = /--system\b|\bsystem[- ]distro|\bWSLg system/i.test(text);
  const distros = distroIn(text, listed);
  const kinds = (utility ? 1 : 0) + (system ? 1 : 0) + (distros.length > 0 ? 1 : 0);
  if (kinds !== 1 || distros.length > 1) return null;
  if (utility) return { kind: 'utility-vm', name: null, targetPid: null, mountsTarget: false };
  if (system) return { kind: 'system-distro', name: null, targetPid: null, mountsTarget: false };
  return { kind: 'distro', name: distros[0] as string, targetPid: null, mountsTarget: false };
}

/** An annotation's result: a target, a fresh unknown vantage, or an error message. */
export type Annotation = { target: Target | 'unknown' } | { error: string };

/**
 * Reads `wslscope: vantage SPEC` (the text after `//` or `#`). SPEC: `windows`, `utility-vm`,
 * `system-distro`, `distro [NAME]`, `container NAME`, `nsenter PID [all|mount]`, `unknown`.
 * Returns null when the text is not a wslscope annotation at all.
 */
export function readAnnotation(text: string): Annotation | null {
  const t = text.trim();
  if (!/^wslscope\s*:/i.test(t)) return null;
  const spec = t.slice(t.indexOf(':') + 1).trim();
  const words = spec.split(/\s+/).filter((w) => w !== '');
  if ((words[0] ?? '').toLowerCase() !== 'vantage') return { error: `Unknown wslscope annotation "${spec}"; expected "wslscope: vantage …".` };
  const kind = (words[1] ?? '').toLowerCase();
  const arg = words.slice(2).join(' ');
  const base = { name: null, targetPid: null, mountsTarget: false };
  switch (kind) {
    case 'windows':
    case 'utility-vm':
    case 'system-distro':
      return { target: { ...base, kind } };
    case 'distro':
      return { target: { ...base, kind: 'distro', name: arg === '' ? null : arg } };
    case 'container':
      return arg === '' ? { error: 'A container annotation needs a name or id: "wslscope: vantage container NAME".' } : { target: { ...base, kind: 'container', name: arg } };
    case 'nsenter': {
      const pid = words[2];
      if (pid === undefined || !/^\d+$/.test(pid)) return { error: 'An nsenter annotation needs the target pid: "wslscope: vantage nsenter PID [mount]".' };
      const mounts = words.slice(3).some((w) => /^(?:all|mount|-a|-m|--all|--mount)$/i.test(w));
      return { target: { ...base, kind: 'nsenter', targetPid: Number(pid), mountsTarget: mounts } };
    }
    case 'unknown':
      return { target: 'unknown' };
    default:
      return { error: `Unknown vantage "${kind}" in the annotation; expected windows, utility-vm, system-distro, distro, container, nsenter or unknown.` };
  }
}
