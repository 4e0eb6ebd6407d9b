/**
 * What a command line means for the transcript: which output format it prints (and the
 * parser options that follow from the command, such as `{ pid }` for `cat /proc/N/status`),
 * and how it moves the vantage (`wsl --debug-shell` opens the utility VM, `nsenter -t PID -a
 * ps` runs one command inside PID's namespaces, `exit` goes back). Commands are split into
 * words with the quoting rules of the shell that printed the prompt; pipelines keep their
 * first command's format when the later stages only filter lines (`| grep NSpid`).
 */
import type { VantageKind } from './schema.js';

/** A word of a command line: its unquoted value and where its raw text starts and ends. */
export interface Word {
  /** Value after quote removal. */
  value: string;
  /** Offset of the first character of the raw word in the command line. */
  start: number;
  /** Offset after its last raw character. */
  end: number;
}

/** One simple command of a line, and the operator that ends it. */
export interface Stage {
  /** Its words (redirections removed). */
  words: Word[];
  /** `|`, `;`, `&&`, `||`, `&`, or null at the end of the line. */
  sep: string | null;
}

/** The shell family whose quoting rules apply. */
export type ShellFamily = 'cmd' | 'powershell' | 'posix';

/**
 * Splits a command line into stages of words. posix: `'…'` literal, `"…"` and `\` escapes;
 * PowerShell: `'…'`, `"…"`, backtick escapes; cmd.exe: only `"…"` quotes (`'` is literal),
 * `^` escapes. Redirections (`>`, `2>&1`, `< file`) are dropped with their target. Never
 * throws; an unclosed quote runs to the end.
 */
export function splitCommandLine(line: string, shell: ShellFamily = 'posix'): Stage[] {
  const stages: Stage[] = [];
  let words: Word[] = [];
  let i = 0;
  const n = line.length;
  let dropNext = false;
  const escape = shell === 'cmd' ? '^' : shell === 'powershell' ? '`' : '\\';
  const pushWord = (w: Word) => {
    if (dropNext) dropNext = false;
    else words.push(w);
  };
  while (i < n) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    // Redirection: `>`, `>>`, `2>`, `&>`, `<`, `2>&1` (checked before `&` the operator).
    const redir = /^(?:\d|&)?(?:>>?|<)(?:&\d)?/.exec(line.slice(i, i + 5));
    if (redir && (c === '>' || c === '<' || redir[0].length > 1)) {
      i += redir[0].length;
      if (!/&\d$/.test(redir[0])) {
        while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
        if (i < n && !'|;&'.includes(line[i] as string)) dropNext = true;
      }
      continue;
    }
    if (c === '|' || c === ';' || c === '&') {
      let op = c;
      if ((c === '|' || c === '&') && line[i + 1] === c) op = c + c;
      stages.push({ words, sep: op });
      words = [];
      dropNext = false;
      i += op.length;
      continue;
    }
    const start = i;
    let value = '';
    while (i < n) {
      const ch = line[i] as string;
      if (ch === ' ' || ch === '\t' || ch === '|' || ch === ';' || ch === '&' || ch === '>' || ch === '<') break;
      if (ch === escape && i + 1 < n) {
        value += line[i + 1];
        i += 2;
        continue;
      }
      if (ch === '"' || (ch === "'" && shell !== 'cmd')) {
        const close = line.indexOf(ch, i + 1);
        const stop = close < 0 ? n : close;
        value += line.slice(i + 1, stop);
        i = close < 0 ? n : close + 1;
        continue;
      }
      value += ch;
      i++;
    }
    if (i === start) {
      // A lone `>`/`<` that the redirection pattern did not take.
      i++;
      continue;
    }
    pushWord({ value, start, end: i });
  }
  if (words.length > 0 || stages.length === 0) stages.push({ words, sep: null });
  return stages;
}

/** Where a command sends the session. */
export interface Target {
  /** The vantage kind. */
  kind: VantageKind;
  /** Distro, container name/id/image, or null. */
  name: string | null;
  /** nsenter's target pid. */
  targetPid: number | null;
  /** nsenter entered the mount namespace. */
  mountsTarget: boolean;
  /** A container started without `--name`: each run is a different container. */
  unnamed?: boolean;
}

/** How a command changes the vantage. */
export type Effect =
  | { type: 'none' }
  | { type: 'exit' }
  | { type: 'same-shell' }
  | { type: 'push'; target: Target }
  | { type: 'once'; target: Target };

/** A problem noticed in a command (reported by the transcript as a diagnostic). */
export interface CommandIssue {
  /** Code without the `transcript/` prefix. */
  code: string;
  /** One sentence. */
  message: string;
}

/** What a command line means. */
export interface CommandInfo {
  /** The output format, or null. */
  format: string | null;
  /** Parser options derived from the command, or null. */
  options: Record<string, unknown> | null;
  /** The vantage change. */
  effect: Effect;
  /** For `cmd &`: the command before `&`. */
  background: string | null;
  /** Problems to report. */
  issues: CommandIssue[];
}

interface Simple {
  format: string | null;
  options: Record<string, unknown> | null;
  effect: Effect;
  issues: CommandIssue[];
}

const NONE: Effect = { type: 'none' };

function simple(format: string | null, options: Record<string, unknown> | null = null, effect: Effect = NONE, issues: CommandIssue[] = []): Simple {
  return { format, options, effect, issues };
}

function basename(word: string): string {
  let w = word;
  const slash = Math.max(w.lastIndexOf('/'), w.lastIndexOf('\\'));
  if (slash >= 0) w = w.slice(slash + 1);
  w = w.toLowerCase();
  return w.endsWith('.exe') ? w.slice(0, -4) : w;
}

const SHELLS = new Set(['bash', 'sh', 'zsh', 'ash', 'dash', 'ksh', 'fish', 'tcsh', 'csh', 'pwsh', 'powershell', 'cmd']);

function isAssignment(word: string): boolean {
  const eq = word.indexOf('=');
  return eq > 0 && /^[A-Z_]\w*$/i.test(word.slice(0, eq));
}

/** A shell started without a command to run (`bash`, `bash -l`, `busybox sh`, `/bin/sh -i`). */
function isInteractiveShell(words: readonly Word[]): boolean {
  let k = 0;
  if (words[0] && basename(words[0].value) === 'busybox') k = 1;
  const w = words[k];
  if (!w || !SHELLS.has(basename(w.value))) return false;
  for (const a of words.slice(k + 1)) {
    if (a.value === '-c' || a.value === '/c' || a.value === '/k' || a.value === '-Command' || a.value === '-command') return false;
    if (!a.value.startsWith('-')) return false;
  }
  return true;
}

/** `sh -c 'ps aux'`: the command string, else null. */
function shellCommandString(words: readonly Word[]): string | null {
  let k = 0;
  if (words[0] && basename(words[0].value) === 'busybox') k = 1;
  const w = words[k];
  if (!w || !SHELLS.has(basename(w.value))) return null;
  for (let j = k + 1; j < words.length; j++) {
    if ((words[j] as Word).value === '-c') return words[j + 1]?.value ?? null;
  }
  return null;
}

/** Removes `sudo [opts]`, `env VAR=x`, `time`, `nohup`, `busybox` and leading assignments. */
function stripPrefixes(words: Word[]): { words: Word[]; sudoShell: boolean; busybox: boolean } {
  let w = words;
  let busybox = false;
  for (let guard = 0; guard < 8 && w.length > 0; guard++) {
    const head = basename((w[0] as Word).value);
    if (isAssignment((w[0] as Word).value)) {
      w = w.slice(1);
      continue;
    }
    if (head === 'sudo' || head === 'doas') {
      let j = 1;
      let shell = false;
      while (j < w.length && (w[j] as Word).value.startsWith('-')) {
        const o = (w[j] as Word).value;
        if (o === '--') {
          j++;
          break;
        }
        if (o === '-i' || o === '-s' || o === '--login' || o === '--shell') shell = true;
        if (/^-[ugCDhprtTU]$/.test(o) || o === '--user' || o === '--group') j++;
        j++;
      }
      if (j >= w.length) return { words: [], sudoShell: shell, busybox };
      w = w.slice(j);
      continue;
    }
    if (head === 'env') {
      let j = 1;
      while (j < w.length && ((w[j] as Word).value.startsWith('-') || isAssignment((w[j] as Word).value))) j++;
      w = w.slice(j);
      continue;
    }
    if (head === 'time' || head === 'nohup' || head === 'command' || head === 'exec') {
      w = w.slice(1);
      continue;
    }
    if (head === 'timeout') {
      let j = 1;
      while (j < w.length && (w[j] as Word).value.startsWith('-')) j++;
      w = w.slice(j + 1);
      continue;
    }
    if (head === 'busybox' && w.length > 1 && !SHELLS.has(basename((w[1] as Word).value))) {
      busybox = true;
      w = w.slice(1);
      continue;
    }
    break;
  }
  return { words: w, sudoShell: false, busybox };
}

/** The raw text of a stage from word `from` on (quotes kept), with the program word renamed. */
function rawFrom(line: string, words: readonly Word[], from: number, program?: string): string {
  const first = words[from];
  const last = words[words.length - 1];
  if (!first || !last) return program ?? '';
  const rest = line.slice(first.end, last.end);
  return `${program ?? line.slice(first.start, first.end)}${rest}`;
}

const PROC_STATUS = /^\/proc\/([^/\s]+)\/(?:task\/[^/\s]+\/)?status$/;
const PROC_NS = /^\/proc\/([^/\s]+)\/ns(?:\/[a-z_]*)?\/?$/;

function singlePid(ids: readonly string[]): number | null {
  if (ids.length !== 1) return null;
  const id = ids[0] as string;
  return /^\d{1,10}$/.test(id) ? Number(id) : null;
}

/** Non-option arguments of a simple command (`-x`, `--long`, `--long=v` skipped; `valueOpts` take the next word). */
function operands(words: readonly Word[], valueOpts: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  let endOpts = false;
  for (let j = 1; j < words.length; j++) {
    const v = (words[j] as Word).value;
    if (!endOpts && v === '--') {
      endOpts = true;
      continue;
    }
    if (!endOpts && v.startsWith('-') && v.length > 1) {
      if (valueOpts.has(v)) j++;
      continue;
    }
    out.push(v);
  }
  return out;
}

const PS_SHORT_VALUES = 'CGgpqstuUk';
const PS_BSD_VALUES = 'pUtk';
const PS_LONG_VALUES = new Set(['--ppid', '--pid', '--sid', '--sort', '--user', '--group', '--tty', '--cols', '--columns', '--rows', '--width', '--quick-pid', '--Group', '--User']);

/**
 * `ps` options for its parser: `columns` from `-o LIST`, `-oLIST`, `--format LIST`, BSD `o LIST`
 * (kept as written, one entry per option; the transcript drops them when the output has a
 * header), and `flavor: 'busybox'` for `busybox ps`. Null when there is nothing to say.
 */
function psOptions(words: readonly Word[], busybox: boolean): Record<string, unknown> | null {
  const columns: string[] = [];
  for (let j = 1; j < words.length; j++) {
    const v = (words[j] as Word).value;
    if (v === '--format' || v === '-o' || v === '-O' || v === '--O') {
      const list = words[j + 1]?.value;
      if (list !== undefined && v !== '-O' && v !== '--O') columns.push(list);
      j++;
      continue;
    }
    if (v.startsWith('--format=')) {
      columns.push(v.slice('--format='.length));
      continue;
    }
    if (v.startsWith('--')) {
      if (PS_LONG_VALUES.has(v)) j++;
      continue;
    }
    // Short (`-eo`, `-oeuser,pid`) and BSD (`axo`) clusters: `o` takes the rest of the cluster or
    // the next word; so do the options that take a list (`-C cmd`, `-p pid`, `-u user`).
    if (!v.startsWith('-') && !/^[a-z]+$/i.test(v)) continue;
    const body = v.startsWith('-') ? v.slice(1) : v;
    const takesValue = v.startsWith('-') ? PS_SHORT_VALUES : PS_BSD_VALUES;
    for (let k = 0; k < body.length; k++) {
      const c = body[k] as string;
      if (c !== 'o' && c !== 'O' && !takesValue.includes(c)) continue;
      const attached = body.slice(k + 1);
      const list = attached !== '' ? attached : words[j + 1]?.value;
      if (attached === '') j++;
      if (c === 'o' && list !== undefined) columns.push(list);
      break;
    }
  }
  const options: Record<string, unknown> = {};
  if (columns.length > 0) options['columns'] = columns;
  if (busybox) options['flavor'] = 'busybox';
  return Object.keys(options).length > 0 ? options : null;
}

/** `lsns` options for its parser: `columns` from `-o LIST`/`--output LIST` (not `+LIST`, which extends defaults). */
function lsnsOptions(words: readonly Word[]): Record<string, unknown> | null {
  const columns: string[] = [];
  for (let j = 1; j < words.length; j++) {
    const v = (words[j] as Word).value;
    let list: string | undefined;
    if (v === '-o' || v === '--output') list = words[++j]?.value;
    else if (v.startsWith('--output=')) list = v.slice('--output='.length);
    else if (/^-[a-zA-Z]*o./.test(v) && !v.startsWith('--')) list = v.slice(v.indexOf('o') + 1);
    else if (/^-[a-zA-Z]*o$/.test(v)) list = words[++j]?.value;
    if (list === undefined) continue;
    if (list.startsWith('+')) return null;
    for (const c of list.split(',')) if (c.trim() !== '') columns.push(c.trim().toUpperCase());
  }
  return columns.length > 0 ? { columns } : null;
}

function procStatus(files: readonly string[]): Simple | null {
  if (files.length === 0) return null;
  const ids: string[] = [];
  for (const f of files) {
    const m = PROC_STATUS.exec(f);
    if (!m) return null;
    if (f.includes('/task/')) return simple('proc-status');
    ids.push(m[1] as string);
  }
  return simple('proc-status', files.length === 1 && singlePid(ids) !== null ? { path: files[0] as string } : null);
}

function nsLinks(paths: readonly string[]): Simple | null {
  if (paths.length === 0) return null;
  const ids = new Set<string>();
  for (const p of paths) {
    const m = PROC_NS.exec(p);
    if (!m) return null;
    ids.add(m[1] as string);
  }
  const pid = singlePid([...ids]);
  return simple('ns-links', pid === null ? null : { pid });
}

const GREP_VALUE = new Set(['-e', '-f', '-m', '-A', '-B', '-C', '--regexp', '--file', '--max-count', '--label', '--color', '--colour']);

function grepFiles(words: readonly Word[]): string[] {
  let patternGiven = false;
  const rest: string[] = [];
  let endOpts = false;
  for (let j = 1; j < words.length; j++) {
    const v = (words[j] as Word).value;
    if (!endOpts && v === '--') {
      endOpts = true;
      continue;
    }
    if (!endOpts && v.startsWith('-') && v.length > 1) {
      if (v === '-e' || v === '-f' || v === '--regexp' || v === '--file') patternGiven = true;
      if (GREP_VALUE.has(v)) j++;
      continue;
    }
    rest.push(v);
  }
  return patternGiven ? rest : rest.slice(1);
}

/** Options of grep that change the shape of its output lines (counts, prefixes, names). */
function grepChangesLines(words: readonly Word[]): boolean {
  for (let j = 1; j < words.length; j++) {
    const v = (words[j] as Word).value;
    if (v === '--') break;
    if (/^--(?:count|only-matching|files-with(?:out)?-match(?:es)?|line-number|byte-offset|with-filename|quiet|silent|null)$/.test(v)) return true;
    if (/^-[A-Z]+$/i.test(v) && /[coLlnbHqZz]/.test(v.slice(1))) return true;
    if (GREP_VALUE.has(v)) j++;
  }
  return false;
}

const FILTERS = new Set(['grep', 'egrep', 'fgrep', 'rg', 'head', 'tail', 'less', 'more', 'cat', 'tee', 'uniq', 'findstr', 'select-string', 'sls', 'out-host', 'out-string']);

/** True when a pipeline stage only keeps or drops whole lines (so the format survives it). */
export function isLineFilter(words: readonly Word[]): boolean {
  const { words: w } = stripPrefixes([...words]);
  const head = w[0];
  if (!head) return false;
  const prog = basename(head.value);
  if (!FILTERS.has(prog)) return false;
  if (prog === 'grep' || prog === 'egrep' || prog === 'fgrep' || prog === 'rg') return !grepChangesLines(w);
  if (prog === 'findstr') return !w.some((x) => /^\/[nc]$/i.test(x.value) && x.value.toLowerCase() === '/n');
  if (prog === 'uniq') return !w.some((x) => x.value === '-c' || x.value === '--count');
  return true;
}

function hnsdiagKind(words: readonly Word[]): Simple {
  const args = words.slice(1).map((w) => w.value.toLowerCase());
  if (args[0] !== 'list') return simple(null);
  const what = args[1] ?? '';
  for (const kind of ['networks', 'endpoints', 'namespaces', 'loadbalancers', 'adapters']) {
    if (what !== '' && kind.startsWith(what.replace(/s$/, ''))) return simple('hnsdiag', { kind });
  }
  return simple('hnsdiag');
}

const WSL_MANAGEMENT = new Set([
  '--status', '--shutdown', '-t', '--terminate', '-s', '--set-default', '--set-version', '--set-default-version', '--install',
  '--update', '--help', '-?', '/?', '-v', '--version', '--import', '--import-in-place', '--export', '--unregister', '--mount',
  '--unmount', '--manage', '--uninstall', '-h', '--online', '-o', '--list-online',
]);

function classifyWsl(line: string, words: readonly Word[], depth: number): Simple {
  let distro: string | null = null;
  let system = false;
  let cmdFrom = -1;
  for (let j = 1; j < words.length; j++) {
    const v = (words[j] as Word).value;
    const lower = v.toLowerCase();
    if (lower === '-l' || lower === '--list') return simple('wsl-list', { command: rawFrom(line, words, 0, 'wsl') });
    if (lower === '--debug-shell') return simple(null, null, { type: 'push', target: target('utility-vm') });
    if (WSL_MANAGEMENT.has(lower)) return simple(null);
    if (lower === '-d' || lower === '--distribution') {
      distro = words[j + 1]?.value ?? null;
      j++;
      continue;
    }
    if (lower.startsWith('--distribution=')) {
      distro = v.slice(v.indexOf('=') + 1);
      continue;
    }
    if (lower === '-u' || lower === '--user' || lower === '--cd' || lower === '--shell-type' || lower === '--distribution-id') {
      j++;
      continue;
    }
    if (lower === '--system') {
      system = true;
      continue;
    }
    if (lower === '-e' || lower === '--exec' || lower === '--') {
      cmdFrom = j + 1;
      break;
    }
    if (v === '~' || v.startsWith('-')) continue;
    cmdFrom = j;
    break;
  }
  const where = system ? target('system-distro') : target('distro', distro);
  return inner(line, words, cmdFrom, where, depth);
}

function target(kind: VantageKind, name: string | null = null, extra: Partial<Target> = {}): Target {
  return { kind, name, targetPid: null, mountsTarget: false, ...extra };
}

/** The command run inside another place (`wsl -d X CMD`, `nsenter … CMD`, `docker exec ID CMD`). */
function inner(line: string, words: readonly Word[], cmdFrom: number, where: Target, depth: number): Simple {
  if (cmdFrom < 0 || cmdFrom >= words.length) return simple(null, null, { type: 'push', target: where });
  const rest = words.slice(cmdFrom);
  if (isInteractiveShell(rest)) return simple(null, null, { type: 'push', target: where });
  const script = shellCommandString(rest);
  if (script !== null) {
    const c = classifyLine(script, 'posix', false, depth + 1);
    return simple(c.format, c.options, { type: 'once', target: where }, c.issues);
  }
  const c = classifyStageWords(line, rest, false, depth + 1);
  return simple(c.format, c.options, { type: 'once', target: where }, c.issues);
}

function classifyNsenter(line: string, words: readonly Word[], depth: number): Simple {
  let pid: number | null = null;
  let all = false;
  let mount = false;
  const filePids = new Set<string>();
  let cmdFrom = -1;
  const noteFile = (file: string) => {
    const m = /^\/proc\/(\d+)\/ns\//.exec(file);
    filePids.add(m ? (m[1] as string) : '?');
  };
  for (let j = 1; j < words.length; j++) {
    const v = (words[j] as Word).value;
    if (v === '--') {
      cmdFrom = j + 1;
      break;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq < 0 ? v : v.slice(0, eq);
      const val = eq < 0 ? null : v.slice(eq + 1);
      if (name === '--target') {
        const t = val ?? words[++j]?.value ?? '';
        pid = /^\d+$/.test(t) ? Number(t) : null;
      } else if (name === '--all') all = true;
      else if (name === '--mount') {
        mount = true;
        if (val !== null) noteFile(val);
      } else if (['--pid', '--net', '--uts', '--ipc', '--user', '--cgroup', '--time'].includes(name)) {
        if (val !== null) noteFile(val);
      } else if (name === '--setuid' || name === '--setgid' || name === '--user-parent') {
        if (val === null && name !== '--user-parent') j++;
      }
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      for (let k = 1; k < v.length; k++) {
        const c = v[k] as string;
        if (c === 't') {
          const t = k + 1 < v.length ? v.slice(k + 1) : (words[++j]?.value ?? '');
          pid = /^\d+$/.test(t) ? Number(t) : null;
          break;
        }
        if (c === 'S' || c === 'G') {
          if (k + 1 === v.length) j++;
          break;
        }
        const attached = v.slice(k + 1);
        if ('mpnuiUCTrw'.includes(c) && (attached.startsWith('/') || attached.startsWith('='))) {
          if (c === 'm') mount = true;
          if (c !== 'r' && c !== 'w') noteFile(attached.replace(/^=/, ''));
          break;
        }
        if (c === 'a') all = true;
        if (c === 'm') mount = true;
      }
      continue;
    }
    cmdFrom = j;
    break;
  }
  const issues: CommandIssue[] = [];
  if (pid === null && filePids.size === 1 && !filePids.has('?')) pid = Number([...filePids][0]);
  if (pid === null) {
    issues.push({
      code: 'nsenter-without-target',
      message: 'nsenter without -t PID (or /proc/PID/ns paths): the namespaces it entered are unknown, so its output gets a vantage of its own.',
    });
  }
  const r = inner(line, words, cmdFrom, target('nsenter', null, { targetPid: pid, mountsTarget: all || mount }), depth);
  return { ...r, issues: [...issues, ...r.issues] };
}

const DOCKER_RUN_VALUES = new Set(
  `-a --attach --add-host --annotation --blkio-weight --blkio-weight-device --cap-add --cap-drop --cgroup-parent --cgroupns --cidfile
  --cpu-period --cpu-quota --cpu-rt-period --cpu-rt-runtime -c --cpu-shares --cpus --cpuset-cpus --cpuset-mems --detach-keys --device
  --device-cgroup-rule --device-read-bps --device-read-iops --device-write-bps --device-write-iops --dns --dns-option --dns-search
  --domainname --entrypoint -e --env --env-file --expose --gpus --group-add --health-cmd --health-interval --health-retries
  --health-start-period --health-timeout -h --hostname --ip --ip6 --ipc --isolation --kernel-memory -l --label --label-file --link
  --link-local-ip --log-driver --log-opt --mac-address -m --memory --memory-reservation --memory-swap --memory-swappiness --mount
  --name --network --net --network-alias --net-alias --oom-score-adj --pid --pids-limit --platform -p --publish --pull --restart
  --runtime --security-opt --shm-size --stop-signal --stop-timeout --storage-opt --sysctl --tmpfs --ulimit -u --user --userns --uts
  -v --volume --volume-driver --volumes-from -w --workdir`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
interface DockerArgs {
  flags: Set<string>;
  values: Map<string, string>;
  rest: number;
}

/** Reads `docker run`/`exec` options up to the first operand. */
function dockerOptions(words: readonly Word[], from: number, valueOpts: ReadonlySet<string>): DockerArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  let j = from;
  for (; j < words.length; j++) {
    const v = (words[j] as Word).value;
    if (v === '--') {
      j++;
      break;
    }
    if (!v.startsWith('-') || v === '-') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      if (eq > 0) values.set(v.slice(0, eq), v.slice(eq + 1));
      else if (valueOpts.has(v)) values.set(v, words[++j]?.value ?? '');
      else flags.add(v);
      continue;
    }
    for (let k = 1; k < v.length; k++) {
      const c = v[k] as string;
      if (valueOpts.has(`-${c}`)) {
        const attached = v.slice(k + 1).replace(/^=/, '');
        values.set(`-${c}`, attached !== '' ? attached : (words[++j]?.value ?? ''));
        break;
      }
      flags.add(`-${c}`);
    }
  }
  return { flags, values, rest: j };
}

function classifyDocker(line: string, words: readonly Word[], depth: number): Simple {
  let sub = (words[1]?.value ?? '').toLowerCase();
  let at = 2;
  if (sub === 'container' || sub === 'containers') {
    sub = (words[2]?.value ?? '').toLowerCase();
    at = 3;
    if (sub === 'ls' || sub === 'list') sub = 'ps';
  }
  if (sub === 'ps') return simple('docker-ps');
  if (sub === 'inspect') {
    const { values, rest } = dockerOptions(words, at, new Set(['-f', '--format', '--type']));
    const options: Record<string, unknown> = {};
    const template = values.get('-f') ?? values.get('--format');
    if (template !== undefined) options['format'] = template;
    options['targets'] = words.slice(rest).map((w) => w.value);
    return simple('docker-inspect', options);
  }
  if (sub === 'run' || sub === 'exec') {
    const exec = sub === 'exec';
    const valueOpts = exec ? new Set(['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys']) : DOCKER_RUN_VALUES;
    const { flags, values, rest } = dockerOptions(words, at, valueOpts);
    const subject = words[rest]?.value ?? null;
    if (subject === null) return simple(null);
    if (flags.has('-d') || flags.has('--detach')) return simple(null);
    const interactive = flags.has('-i') || flags.has('-t') || flags.has('--interactive') || flags.has('--tty');
    const name = exec ? subject : (values.get('--name') ?? null);
    const where = target('container', name ?? subject, name === null ? { unnamed: true } : {});
    const cmdFrom = rest + 1 < words.length ? rest + 1 : -1;
    if (cmdFrom < 0 || isInteractiveShell(words.slice(cmdFrom))) {
      return interactive ? simple(null, null, { type: 'push', target: where }) : simple(null);
    }
    return inner(line, words, cmdFrom, where, depth);
  }
  return simple(null);
}

/** Classifies one simple command given as words of `line`. */
function classifyStageWords(line: string, stageWords: readonly Word[], windows: boolean, depth: number): Simple {
  if (depth > 4) return simple(null);
  const { words, sudoShell, busybox } = stripPrefixes([...stageWords]);
  if (words.length === 0) return sudoShell ? simple(null, null, { type: 'same-shell' }) : simple(null);
  const head = words[0] as Word;
  const prog = basename(head.value);
  const args = words.slice(1).map((w) => w.value);
  switch (prog) {
    case 'exit':
    case 'logout':
      return args.length <= 1 && (args[0] === undefined || /^\d+$/.test(args[0])) ? simple(null, null, { type: 'exit' }) : simple(null);
    case 'su':
      return simple(null, null, args.includes('-c') ? NONE : { type: 'same-shell' });
    case 'ps':
      return simple('ps', psOptions(words, busybox));
    case 'lsns':
      return simple('lsns', lsnsOptions(words));
    case 'cat':
    case 'head':
    case 'tail':
    case 'less':
    case 'more':
      return procStatus(operands(words, new Set(['-n', '-c']))) ?? simple(null);
    case 'grep':
    case 'egrep':
    case 'fgrep':
      return grepChangesLines(words) && !words.some((w) => w.value === '-H' || w.value === '--with-filename') ? simple(null) : (procStatus(grepFiles(words)) ?? simple(null));
    case 'ls': {
      const long = words.slice(1).some((w) => /^-[A-Za-z]*l/.test(w.value) || w.value === '--format=long');
      return long ? (nsLinks(operands(words)) ?? simple(null)) : simple(null);
    }
    case 'readlink':
      return nsLinks(operands(words)) ?? simple(null);
    case 'nsenter':
      return classifyNsenter(line, words, depth);
    case 'wsl':
      return classifyWsl(line, words, depth);
    case 'wslconfig':
      return args.some((a) => /^\/l(?:ist)?$/i.test(a)) ? simple('wsl-list', { command: rawFrom(line, words, 0, 'wslconfig') }) : simple(null);
    case 'docker':
    case 'podman':
    case 'nerdctl':
      return classifyDocker(line, words, depth);
    case 'ipconfig':
      return simple('ipconfig');
    case 'hnsdiag':
      return hnsdiagKind(words);
    case 'ssh':
      return args.some((a) => !a.startsWith('-')) ? simple(null, null, { type: 'push', target: target('unknown') }) : simple(null);
    default:
      break;
  }
  if (isInteractiveShell(words)) {
    // `bash` typed at a Windows prompt starts the default distro.
    if (windows && (prog === 'bash' || prog === 'wsl')) return simple(null, null, { type: 'push', target: target('distro') });
    return simple(null, null, windows ? NONE : { type: 'same-shell' });
  }
  const script = shellCommandString(words);
  if (script !== null && !windows) return classifyLine(script, 'posix', false, depth + 1);
  return simple(null);
}

/**
 * Classifies a whole command line typed at a prompt of `shell`. `windows` tells whether the
 * prompt was a Windows one (there, `bash` starts the default distro).
 */
export function classifyLine(line: string, shell: ShellFamily, windows: boolean, depth = 0): CommandInfo {
  const stages = splitCommandLine(line, shell).filter((s, i, all) => s.words.length > 0 || i < all.length - 1);
  const last = stages[stages.length - 1];
  let background: string | null = null;
  let pipeline = stages;
  if (last && last.sep === '&' && stages.every((s) => s.sep === '|' || s === last)) {
    const lastWord = last.words[last.words.length - 1];
    background = lastWord ? line.slice(0, lastWord.end).trim() : null;
  }
  if (pipeline.length === 0 || (pipeline[0] as Stage).words.length === 0) return { format: null, options: null, effect: NONE, background, issues: [] };
  // `a ; b`, `a && b`: mixed outputs, no single format or vantage change.
  if (pipeline.some((s, i) => i < pipeline.length - 1 && s.sep !== '|')) {
    if (!(background !== null && pipeline.length === 1)) return { format: null, options: null, effect: NONE, background: null, issues: [] };
  }
  pipeline = pipeline.filter((s) => s.words.length > 0);
  const first = classifyStageWords(line, (pipeline[0] as Stage).words, windows, depth);
  const filtersOnly = pipeline.slice(1).every((s) => isLineFilter(s.words));
  return {
    format: filtersOnly ? first.format : null,
    options: filtersOnly ? first.options : null,
    effect: first.effect,
    background,
    issues: first.issues,
  };
}
