/**
 * What surrounds `wsl.exe` output in a paste: shell prompts with the command, markdown fences,
 * `>` quotes, emphasis and inline-code markers. None of it may become a distribution; prompts
 * also tell which `wsl` command printed the lines that follow.
 */

/** What a `wsl` command line asks for, as far as the list parser cares. */
export interface ListCommand {
  /** The command text after the prompt. */
  text: string;
  /** `wsl --list`/`-l` or `wslconfig /l`: its output is a listing. */
  list: boolean;
  /** `--running`: every listed distro is running. */
  running: boolean;
  /** `--quiet`/`-q`. */
  quiet: boolean;
  /** `--verbose`/`-v`. */
  verbose: boolean;
  /** `--online`/`-o`. */
  online: boolean;
}

const WSL_COMMANDS = new Set(['wsl', 'wsl.exe', 'wslconfig', 'wslconfig.exe']);

/** `text` without the characters of `chars` at either end. */
function trimChars(text: string, chars: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && chars.includes(text[a] as string)) a++;
  while (b > a && chars.includes(text[b - 1] as string)) b--;
  return text.slice(a, b);
}

function baseName(word: string): string {
  const slash = Math.max(word.lastIndexOf('\\'), word.lastIndexOf('/'));
  return (slash >= 0 ? word.slice(slash + 1) : word).toLowerCase();
}

/**
 * Reads the flags of a command line; `list` is false for anything but a wsl listing. The wsl
 * word may follow a wrapper (`& wsl.exe -l`, `cmd /c wsl -l -v`, `sudo …`).
 */
export function readCommand(text: string): ListCommand {
  const words = text.trim().split(/\s+/);
  const cmd: ListCommand = { text: text.trim(), list: false, running: false, quiet: false, verbose: false, online: false };
  const at = words.slice(0, 4).findIndex((w) => WSL_COMMANDS.has(baseName(trimChars(w, '"\'`&'))));
  if (at < 0) return cmd;
  for (let i = at + 1; i < words.length; i++) {
    const w = (words[i] as string).toLowerCase();
    // A pipe or redirection ends the wsl arguments (`wsl -l | more`).
    if (w === '|' || w.startsWith('>') || w === '2>&1') break;
    if (w === '-l' || w === '--list' || w === '/l' || w === '/list') cmd.list = true;
    else if (w === '--running' || w === '/running') cmd.running = true;
    else if (w === '-q' || w === '--quiet') cmd.quiet = true;
    else if (w === '-v' || w === '--verbose') cmd.verbose = true;
    else if (w === '-o' || w === '--online') cmd.online = true;
    // `wsl -lv`, `-lq`, `-lo`: typed although wsl.exe wants separate options.
    else if (/^-l[qvo]$/.test(w)) {
      cmd.list = true;
      cmd.quiet ||= w === '-lq';
      cmd.verbose ||= w === '-lv';
      cmd.online ||= w === '-lo';
    } else if (!w.startsWith('-') && !w.startsWith('/')) break;
  }
  return cmd;
}

// Characters that end a shell prompt (`>` is handled with the cmd and PowerShell forms).
const PROMPT_CHARS = new Set(['$', '#', '%', '❯', '➜', 'λ', '»']);

/**
 * The command of a shell prompt line (`C:\temp> wsl -l -v`, `PS C:\> wsl -l`, `$ wsl.exe -l`,
 * `user@host:~$ …`, `~ ❯  wsl -l`, `[root@host ~]# …`, `root $ …`), or null when the line is
 * not a prompt. A bare command line (`wsl -l -v` alone) counts as a prompt too.
 */
export function promptCommand(line: string): string | null {
  const text = line.trimStart();
  if (text === '') return null;
  // PowerShell: `PS C:\Users\me> cmd`.
  if (text.startsWith('PS ') || text.startsWith('PS>')) {
    const gt = text.indexOf('>');
    if (gt >= 0 && gt < 200) return text.slice(gt + 1).trim();
  }
  // cmd.exe: `C:\temp>cmd`, `c:\>`.
  if (/^[a-z]:[\\/]/i.test(text) || /^[a-z]:>/i.test(text)) {
    const gt = text.indexOf('>');
    if (gt >= 0 && gt < 200 && !text.slice(0, gt).includes(' ')) return text.slice(gt + 1).trim();
    if (gt >= 0 && gt < 200 && /^[a-z]:\\[^>]*$/i.test(text.slice(0, gt))) return text.slice(gt + 1).trim();
  }
  // `[root@host ~]# cmd`.
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close > 0 && close < 100 && (text[close + 1] === '#' || text[close + 1] === '$')) return text.slice(close + 2).trim();
  }
  // A bare command: `wsl -l -v`, `wsl.exe --list`, `wslconfig /l`, `> wsl -l` (markdown or cmd).
  const bare = text.startsWith('>') ? text.slice(1).trimStart() : text;
  const firstSpace = bare.indexOf(' ');
  const firstWord = firstSpace < 0 ? bare : bare.slice(0, firstSpace);
  if (WSL_COMMANDS.has(baseName(trimChars(firstWord, '`')))) {
    const rest = bare.slice(firstWord.length).trimStart();
    if (rest === '' || rest.startsWith('-') || rest.startsWith('/') || rest.startsWith('|')) return bare.trim();
  }
  // A prompt char followed by a space (or ending the line) after at most one word:
  // `$ cmd`, `# cmd`, `user@host:~/x$ cmd`, `~ ❯ cmd`, `root $ cmd`, `/ # cmd`.
  const space = text.indexOf(' ');
  const wordEnd = space < 0 ? text.length : space;
  if (wordEnd > 120) return null;
  if (wordEnd > 0 && isPromptChar(text, wordEnd - 1)) {
    const command = text.slice(wordEnd).trim();
    return command === '' && wordEnd === 1 ? null : command;
  }
  if (space < 0) return null;
  let next = space;
  while (next < text.length && text.charCodeAt(next) === 32) next++;
  if (next < text.length && isPromptChar(text, next) && (next + 1 === text.length || text.charCodeAt(next + 1) === 32)) return text.slice(next + 1).trim();
  return null;
}

function isPromptChar(text: string, at: number): boolean {
  return PROMPT_CHARS.has(text[at] as string);
}

/** True for a markdown fence line (```` ``` ````, ```` ```powershell ````, `~~~`). */
export function isFence(line: string): boolean {
  const t = line.trim();
  return t.startsWith('```') || t.startsWith('~~~');
}

/** Result of {@link stripWrapping}. */
export interface Unwrapped {
  /** The line without quote prefix, emphasis and inline-code markers. */
  text: string;
  /** What was removed or decoded: `quote`, `code`, `html-escapes`, `emphasis`. */
  removed: string[];
}

const NAME_ONLY = /^[\w.-]+$/;
const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** Decodes the HTML entities a web page leaves in copied text (`&lt;Distro&gt;`). */
function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * Removes what a markdown paste wraps around a line: `> ` quote prefixes, a leading or
 * trailing backtick (inline code across lines), HTML entities, and emphasis around the whole
 * line (`*…*`, `**…**`, and `_…_` unless the line is a plain name, which may contain `_`).
 */
export function stripWrapping(line: string): Unwrapped {
  const removed: string[] = [];
  let t = line;
  let lead = t.trimStart();
  if (lead.startsWith('>')) {
    while (lead.startsWith('>')) lead = lead.slice(1).trimStart();
    t = lead;
    removed.push('quote');
  }
  let trimmed = t.trim();
  if (trimmed.startsWith('`') || trimmed.endsWith('`')) {
    const inner = trimChars(trimmed, '`');
    if (inner !== trimmed) {
      t = inner;
      trimmed = inner.trim();
      removed.push('code');
    }
  }
  if (t.includes('&')) {
    const decoded = decodeEntities(t);
    if (decoded !== t) {
      t = decoded;
      trimmed = t.trim();
      removed.push('html-escapes');
    }
  }
  for (const mark of ['**', '__', '*', '_']) {
    if (trimmed.length > 2 * mark.length && trimmed.startsWith(mark) && trimmed.endsWith(mark)) {
      const inner = trimmed.slice(mark.length, trimmed.length - mark.length);
      if (inner.startsWith(' ') || inner.endsWith(' ')) continue;
      if (mark.startsWith('_') && NAME_ONLY.test(trimmed)) continue;
      t = inner;
      removed.push('emphasis');
      break;
    }
  }
  return { text: t, removed };
}
