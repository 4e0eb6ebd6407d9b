/**
 * The transcript reader: a pasted terminal session (a blog post's text, a GitHub comment, a
 * saved console) → blocks of `{ prompt, command, output, vantage, format }` and notes. Every
 * prompt line starts a block; the lines after it are its output until the next prompt, a
 * `//` note, a markdown fence, or a line of prose. Runs of bare output outside any block
 * become blocks of their own when `detectFormat` recognises them. The reader never fails: what
 * it cannot place is kept as a note and named by an `info` diagnostic.
 */
import { diagnostic, makeResult, type Diagnostic, type ParseResult } from '../core/diagnostic.js';
import { prepareInput, type Line } from '../core/lines.js';
import { detectLines } from '../parsers/detect.js';
import { classifyLine, type CommandInfo } from './command.js';
import { isWindowsPrompt, matchPrompt, type PromptMatch } from './prompt.js';
import { endsOutput, isCjkProse, isElision } from './prose.js';
import type { Block, Job, NoteLine, OutputLine, Transcript, Vantage } from './schema.js';
import { readAnnotation, readVantageNote, VantageTracker, type OrphanContext } from './vantage.js';

/** Confidence from `detectFormat` at which bare output, or an unknown command's output, gets a format. */
export const DETECT_THRESHOLD = 0.5;

interface OpenBlock {
  prompt: string | null;
  command: string | null;
  firstLine: number;
  commandLastLine: number;
  vantage: Vantage | null;
  info: CommandInfo | null;
  orphan: OrphanContext | null;
  output: OutputLine[];
  nonBlank: number;
}

function isFence(trimmed: string): boolean {
  return trimmed.startsWith('```') || trimmed.startsWith('~~~');
}

/** Removes markdown quote marks (`> `, `>`) at the start of a line. */
function stripQuote(text: string): string {
  let t = text;
  for (let guard = 0; guard < 8; guard++) {
    if (t === '>') return '';
    if (t.startsWith('> ')) t = t.slice(2);
    else break;
  }
  return t;
}

/** True when a shell-opening command's output shows that it failed. */
function showsFailure(lines: readonly OutputLine[]): boolean {
  for (const { text } of lines) {
    const t = text.trim();
    if (/\bWsl\/[A-Za-z]/.test(t) || /\bERROR\b/.test(t) || /\bWSL_E_/.test(t)) return true;
    const lower = t.toLowerCase();
    if (lower.startsWith('error') || lower.startsWith('fatal') || lower.startsWith('the system cannot find') || lower.startsWith('there is no distribution')) return true;
    const colon = t.indexOf(': ');
    if (colon > 0 && colon < 40 && /^[\w.-]+$/.test(t.slice(0, colon))) {
      const rest = lower.slice(colon);
      if (['error', 'cannot', 'denied', 'failed', 'failure', 'not found', 'no such'].some((w) => rest.includes(w))) return true;
    }
  }
  return false;
}

/** True when the first non-elision output line is the format's header (so the rows are not header-less). */
function startsWithHeader(format: string, output: readonly OutputLine[]): boolean {
  const first = output.find((o) => o.text.trim() !== '' && !isElision(o.text));
  if (!first) return true;
  const words = first.text.trim().split(/\s+/);
  if (format === 'lsns') return words.includes('PID') || words.includes('NS') || first.text.trim().startsWith('{');
  return words.includes('PID') || words.includes('COMMAND') || words.includes('CMD');
}

const JOB_LINE = /^\[(\d+)\]\+?\s+(\d+)$/;

/**
 * Reads a pasted session. Never throws; the result is always `ok` (problems are `info`
 * diagnostics): prompts, vantage changes, formats and notes as described in docs/transcripts.md.
 */
export function readTranscript(input: string | Uint8Array): ParseResult<Transcript> {
  const prepared = prepareInput(input);
  const lines: Line[] = prepared.lines;
  const diagnostics: Diagnostic[] = [...prepared.diagnostics];
  const tracker = new VantageTracker();
  const blocks: Block[] = [];
  const notes: NoteLine[] = [];
  let fenceCount = 0;
  for (const l of lines) if (isFence(stripQuote(l.text).trim())) fenceCount++;
  const fenced = fenceCount >= 2;
  let inFence = false;
  let afterProse = false;
  let open: OpenBlock | null = null;

  const note = (line: number, text: string, kind: NoteLine['kind']) => notes.push({ line, text, kind });

  const close = () => {
    const b = open;
    open = null;
    if (!b) return;
    let s = 0;
    let e = b.output.length;
    while (s < e && (b.output[s] as OutputLine).text.trim() === '') s++;
    while (e > s && (b.output[e - 1] as OutputLine).text.trim() === '') e--;
    const output = b.output.slice(s, e);
    const lastLine = output.length > 0 ? (output[output.length - 1] as OutputLine).line : b.commandLastLine;
    let format = b.info?.format ?? null;
    let options = b.info?.options ? { ...b.info.options } : null;
    let source: Block['formatSource'] = format === null ? null : 'command';
    if (format === null && output.length > 0) {
      const d = detectLines(output.map((o) => o.text));
      if (d.format !== null && d.confidence >= DETECT_THRESHOLD) {
        format = d.format;
        source = 'detected';
        options = null;
      }
    }
    // A column list from `-o` only helps header-less output (`-o pid=`, `-n`, `| grep` dropping the header).
    if (options && 'columns' in options && (format === 'ps' || format === 'lsns') && startsWithHeader(format, output)) {
      delete options['columns'];
      if (Object.keys(options).length === 0) options = null;
    }
    if (b.orphan !== null && format === null) {
      if (output.length > 0) {
        for (const o of output) if (o.text.trim() !== '') note(o.line, o.text, 'unplaced');
        diagnostics.push(
          diagnostic(
            'info',
            'transcript/unplaced-lines',
            `${output.filter((o) => o.text.trim() !== '').length} line(s) outside any command were neither prose nor a recognised output; kept as notes.`,
            (output[0] as OutputLine).line,
            { excerpt: (output[0] as OutputLine).text },
          ),
        );
      }
      return;
    }
    let job: Job | null = null;
    if (b.info?.background) {
      const first = output.find((o) => o.text.trim() !== '');
      const m = first ? JOB_LINE.exec(first.text.trim()) : null;
      if (m) job = { pid: Number(m[2]), command: b.info.background };
    }
    const vantage = b.vantage ?? tracker.orphan(b.orphan ?? 'continuing', b.firstLine);
    blocks.push({
      prompt: b.prompt,
      command: b.command,
      output,
      firstLine: b.firstLine,
      lastLine,
      vantage,
      format,
      formatOptions: options,
      formatSource: source,
      job,
    });
    if (b.info) tracker.apply(b.info.effect, b.firstLine, `${b.prompt ?? ''} ${b.command ?? ''}`, b.info.effect.type === 'push' && showsFailure(output));
    if (format === 'wsl-list') tracker.learnDistros(output.map((o) => o.text));
  };

  const openPrompt = (pm: PromptMatch, command: string, line: Line, lastLine: number) => {
    const windows = isWindowsPrompt(pm);
    const text = stripQuote(line.text);
    let vantage = windows ? tracker.windowsPrompt(line.number, text) : tracker.linuxPrompt(pm.style, line.number, text);
    const info = classifyLine(command, pm.shell, windows);
    if (info.effect.type === 'once') vantage = tracker.once(info.effect.target, line.number, text);
    for (const issue of info.issues) diagnostics.push(diagnostic(issue.code === 'nsenter-without-target' ? 'warning' : 'info', `transcript/${issue.code}`, issue.message, line.number, { excerpt: text }));
    open = { prompt: pm.prompt, command, firstLine: line.number, commandLastLine: lastLine, vantage, info, orphan: null, output: [], nonBlank: 0 };
  };

  const handleNote = (line: Line, trimmed: string, body: string) => {
    const annotation = readAnnotation(body);
    if (annotation !== null) {
      note(line.number, line.text, 'annotation');
      if ('error' in annotation) diagnostics.push(diagnostic('warning', 'transcript/bad-annotation', annotation.error, line.number, { excerpt: trimmed }));
      else {
        tracker.note(annotation.target, line.number, trimmed, 'annotation');
        afterProse = false;
      }
      return;
    }
    const target = readVantageNote(body, tracker.distroNames);
    if (target) {
      tracker.note(target, line.number, trimmed, 'note');
      note(line.number, line.text, 'vantage-note');
      afterProse = false;
      return;
    }
    note(line.number, line.text, 'comment');
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = stripQuote(line.text);
    const trimmed = text.trim();
    if (isFence(trimmed)) {
      close();
      note(line.number, line.text, 'markup');
      inFence = !inFence;
      continue;
    }
    if (trimmed === '') {
      if (open) (open as OpenBlock).output.push({ line: line.number, text });
      continue;
    }
    if (trimmed.startsWith('//')) {
      close();
      handleNote(line, trimmed, trimmed.slice(2));
      continue;
    }
    if (trimmed.startsWith('#') && readAnnotation(trimmed.slice(1)) !== null) {
      close();
      handleNote(line, trimmed, trimmed.slice(1));
      continue;
    }
    const pm = matchPrompt(text);
    if (pm) {
      close();
      let command = pm.command;
      let last = line.number;
      // A command continued on the next lines: `\` (sh), `` ` `` (PowerShell), `^` (cmd).
      const cont = pm.shell === 'cmd' ? '^' : pm.shell === 'powershell' ? '`' : '\\';
      while (command.endsWith(cont) && i + 1 < lines.length) {
        i++;
        const next = lines[i] as Line;
        command = `${command.slice(0, -1).trimEnd()} ${stripQuote(next.text).trim()}`.trim();
        last = next.number;
      }
      openPrompt(pm, command, line, last);
      afterProse = false;
      continue;
    }
    const cur = open as OpenBlock | null;
    if (cur) {
      const format = cur.info?.format ?? null;
      if (endsOutput(format, text, cur.nonBlank)) {
        close();
        note(line.number, line.text, 'prose');
        afterProse = true;
        continue;
      }
      cur.output.push({ line: line.number, text });
      cur.nonBlank++;
      continue;
    }
    if ((fenced && !inFence) || isCjkProse(text)) {
      note(line.number, line.text, 'prose');
      afterProse = true;
      continue;
    }
    open = {
      prompt: null,
      command: null,
      firstLine: line.number,
      commandLastLine: line.number,
      vantage: null,
      info: null,
      orphan: afterProse ? 'after-prose' : 'continuing',
      output: [{ line: line.number, text }],
      nonBlank: 1,
    };
  }
  close();
  if (inFence) diagnostics.push(diagnostic('info', 'transcript/unclosed-fence', 'A markdown code fence was opened and never closed.', lines.length));
  tracker.finish(lines.length);
  diagnostics.push(...tracker.diagnostics);
  return makeResult({ blocks, notes }, diagnostics);
}
