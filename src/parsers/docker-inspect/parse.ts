/**
 * `docker inspect` parser: template output (`docker inspect -f '{{.State.Pid}}' ID` prints
 * `220068`, or `'220068'` from cmd.exe, which passes the single quotes on to docker) and full
 * JSON (`docker inspect ID`: an array of objects; `-f '{{json .}}'`: one object per line).
 * State.Pid is the container's main process as the docker engine numbers it — under Docker
 * Desktop on WSL2 that is the LinuxKit services namespace, not the shell's.
 *
 * @example
 * parseDockerInspect("'220068'\n", { format: "'{{.State.Pid}}'", targets: ['013853d881b7'] }).value.values[0]
 * // { text: '220068', pid: 220068, target: '013853d881b7', line: 1 }
 */
import { diagnostic, makeResult, prepareInput, type Diagnostic, type Line, type ParseResult } from '../../core/index.js';
import type { DockerInspectObject, DockerInspectOptions, DockerInspectOutput, DockerInspectValue } from './schema.js';

function stripQuotes(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

function tryJson(text: string): { value: unknown; ok: boolean } {
  try {
    return { value: JSON.parse(text) as unknown, ok: true };
  } catch {
    return { value: null, ok: false };
  }
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function pidOf(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** A JSON value's span: offsets into the region text and whether it closed. */
interface Span {
  start: number;
  end: number;
  complete: boolean;
}

/**
 * Finds the top-level values of a JSON region (the elements of a top-level array, or the
 * object itself) by tracking brackets and strings, fed line by line; a truncated paste
 * leaves the last one open.
 */
class JsonRegionScanner {
  readonly spans: Span[] = [];
  closed = false;
  end = 0;
  private depth = 0;
  private inString = false;
  private escape = false;
  private array: boolean | null = null;
  private start = -1;
  private offset = 0;

  feed(chunk: string): void {
    for (let k = 0; k < chunk.length && !this.closed; k++) {
      const c = chunk.charCodeAt(k);
      // Most characters are inside strings: skip them fast.
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      this.step(c, this.offset + k);
    }
    this.offset += chunk.length;
  }

  finish(): void {
    if (!this.closed && this.start >= 0) this.spans.push({ start: this.start, end: this.offset, complete: false });
  }

  private step(c: number, i: number): void {
    const blank = c === 32 || c === 9 || c === 10 || c === 13;
    if (this.array === null) {
      if (blank) return;
      this.array = c === 91;
    }
    const level = this.array ? 1 : 0;
    if (c === 34) {
      this.inString = true;
      if (this.start < 0 && this.depth === level) this.start = i;
      return;
    }
    if (c === 123 || c === 91) {
      if (this.start < 0 && this.depth === level) this.start = i;
      this.depth++;
      return;
    }
    if (c === 125 || c === 93) {
      this.depth--;
      if (this.array && this.depth === 1 && this.start >= 0) {
        this.spans.push({ start: this.start, end: i + 1, complete: true });
        this.start = -1;
      }
      if (this.depth <= 0) {
        if (!this.array && this.start >= 0) this.spans.push({ start: this.start, end: i + 1, complete: true });
        this.start = -1;
        this.closed = true;
        this.end = i + 1;
      }
      return;
    }
    if (this.array && this.depth === 1 && c === 44) {
      if (this.start >= 0) this.spans.push({ start: this.start, end: i, complete: true });
      this.start = -1;
      return;
    }
    if (this.start < 0 && this.depth === level && !blank) this.start = i;
  }
}

const STATE_PID = /^\{\{\s*(?:json\s+)?\.State\.Pid\s*\}\}$/;
const JSON_STATE = /^\{\{\s*json\s+\.State\s*\}\}$/;

/** A template's white-space separated parts, spaces inside `{{ … }}` kept. */
function templateParts(template: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let inside = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i] as string;
    if (c === '{' && template[i + 1] === '{') inside++;
    if (c === '}' && template[i + 1] === '}' && inside > 0) inside--;
    if (inside === 0 && (c === ' ' || c === '\t')) {
      if (cur !== '') parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur !== '') parts.push(cur);
  return parts;
}

/** The pid in a template value, or null when the template does not print `.State.Pid`. */
function pidFromValue(text: string, template: string | null): number | null {
  if (template === null) {
    if (/^\d+$/.test(text)) return pidOf(Number(text));
    return text.startsWith('{') ? pidOf(asRecord(tryJson(text).value)?.['Pid']) : null;
  }
  if (STATE_PID.test(template)) return /^\d+$/.test(text) ? pidOf(Number(text)) : null;
  if (JSON_STATE.test(template)) return pidOf(asRecord(tryJson(text).value)?.['Pid']);
  // Several actions separated by white space: `{{.Name}} {{.State.Pid}}`.
  const parts = templateParts(template);
  const words = text.split(/\s+/);
  if (parts.length > 1 && parts.length === words.length) {
    const at = parts.findIndex((p) => STATE_PID.test(p));
    if (at >= 0 && /^\d+$/.test(words[at] as string)) return pidOf(Number(words[at]));
  }
  return null;
}

function objectOf(value: unknown, line: number): DockerInspectObject | null {
  const o = asRecord(value);
  if (!o || !('Id' in o || 'Config' in o || 'Name' in o)) return null;
  const state = asRecord(o['State']);
  const config = asRecord(o['Config']);
  const name = str(o['Name']);
  return {
    id: str(o['Id']),
    name: name === null ? null : name.replace(/^\//, ''),
    pid: pidOf(state?.['Pid']),
    status: str(state?.['Status']),
    image: str(config?.['Image']) ?? str(o['Image']),
    line,
  };
}

function isElision(text: string): boolean {
  const t = text.trim();
  return t.startsWith('..') || t.startsWith('…');
}

/**
 * Parses `docker inspect` output. `options.format` (the `-f` template) says which values are
 * pids; `options.targets` (the names given to docker inspect) says whose. Never throws.
 */
export function parseDockerInspect(input: string | Uint8Array, options: DockerInspectOptions = {}): ParseResult<DockerInspectOutput> {
  const { lines, diagnostics: inputDiagnostics } = prepareInput(input);
  const diagnostics: Diagnostic[] = [...inputDiagnostics];
  const values: DockerInspectValue[] = [];
  const objects: DockerInspectObject[] = [];
  const template = options.format === undefined ? null : stripQuotes(options.format);
  const missing = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const { number, text } = lines[i] as Line;
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      // A JSON region: this line and the following ones up to the closing bracket.
      const starts: number[] = [];
      const scanner = new JsonRegionScanner();
      let region = '';
      let j = i;
      for (; j < lines.length; j++) {
        starts.push(region.length);
        const chunk = `${(lines[j] as Line).text}\n`;
        region += chunk;
        scanner.feed(chunk);
        if (scanner.closed) break;
      }
      scanner.finish();
      const lineIndexAt = (offset: number): number => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((starts[mid] as number) <= offset) lo = mid;
          else hi = mid - 1;
        }
        return i + lo;
      };
      for (const span of scanner.spans) {
        const at = lines[lineIndexAt(span.start)] as Line;
        const slice = region.slice(span.start, span.end).trim();
        if (!span.complete) {
          diagnostics.push(diagnostic('warning', 'docker-inspect/truncated-json', 'The JSON ends before this value closes (a cut paste); it was left out.', at.number, { excerpt: at.text }));
          continue;
        }
        const parsed = tryJson(slice);
        if (!parsed.ok) {
          diagnostics.push(diagnostic('warning', 'docker-inspect/bad-json', 'This JSON value could not be read.', at.number, { excerpt: at.text }));
          continue;
        }
        const obj = objectOf(parsed.value, at.number);
        if (obj) objects.push(obj);
        else values.push({ text: slice, pid: pidFromValue(slice, template), target: null, line: at.number });
      }
      const last = Math.min(j, lines.length - 1);
      const tail = scanner.closed ? region.slice(scanner.end).trim() : '';
      if (tail !== '') diagnostics.push(diagnostic('warning', 'docker-inspect/unrecognized-line', 'Text after the JSON on the same line was ignored.', (lines[last] as Line).number, { excerpt: tail }));
      i = last;
      continue;
    }
    if (isElision(text)) {
      diagnostics.push(diagnostic('info', 'docker-inspect/elision', 'Output was left out here (an elision mark).', number, { excerpt: text }));
      continue;
    }
    if (/^Error\b|Error response from daemon|No such (?:object|container|image)|Cannot connect to the Docker daemon|error during connect/i.test(trimmed)) {
      const m = /No such (?:object|container|image): (\S+)/i.exec(trimmed);
      if (m) missing.add(m[1] as string);
      diagnostics.push(diagnostic('warning', 'docker-inspect/error', 'docker inspect printed an error instead of a value.', number, { excerpt: text }));
      continue;
    }
    const value = stripQuotes(trimmed);
    values.push({ text: value, pid: pidFromValue(value, template), target: null, line: number });
  }
  const targets = (options.targets ?? []).filter((t) => !missing.has(t));
  if (targets.length > 0 && targets.length === values.length) values.forEach((v, k) => (v.target = targets[k] as string));
  else if (targets.length > 0 && values.length > 0) {
    diagnostics.push(
      diagnostic('info', 'docker-inspect/targets-mismatch', `${values.length} value(s) for ${targets.length} container name(s): the values were not matched to containers.`, (values[0] as DockerInspectValue).line),
    );
  }
  return makeResult({ values, objects }, diagnostics);
}
