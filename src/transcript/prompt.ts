/**
 * Prompt recognition: decides whether a pasted line is a shell prompt followed by a command,
 * and which shell printed it. Windows prompts (`C:\temp>`, `PS C:\>`) and `user@host` forms
 * are unambiguous; the bare and one-word prompts (`#`, `$`, `/ #`, `wslg $`) also start
 * comment lines in config files, so there the command must look like one (see
 * {@link plausibleCommand}). Hand-written scanning instead of regexes: pasted text is untrusted.
 */
import { cjkCount, isCjkProse } from './prose.js';

/** The look of a prompt, used to notice when the shell changed without a command saying so. */
export interface PromptStyle {
  /** `cmd`, `ps` (PowerShell), or the prompt's last symbol: `#`, `$`, `❯`, `➜`, `λ`, `%`. */
  cls: string;
  /** `user@host`, a host, or the word before `$` (`wslg $`); null when the prompt shows none. */
  identity: string | null;
}

/** A recognised prompt line. */
export interface PromptMatch {
  /** The prompt as pasted, trimmed: `C:\temp>`, `#`, `wslg $`. */
  prompt: string;
  /** The command after it, trimmed (may be empty). */
  command: string;
  /** Which shell family printed it; `cmd` and `powershell` on a drive path mean Windows. */
  shell: 'cmd' | 'powershell' | 'posix';
  /** Its style. */
  style: PromptStyle;
}

// Commands people type in these sessions, and the usual Linux/Windows tool set around them.
const KNOWN_COMMANDS = new Set(
  `alias apk apt apt-get arch awk base64 basename bash bg blkid busybox cat cd chmod chown chroot clear cmd cmd.exe column
  command cp crictl ctr curl cut date dd df diff dig dmesg dnf docker doas du echo egrep env exec exit export false fg fgrep
  file find findmnt findstr free getent git go grep groups gzip head help history host hostname htop id ifconfig ip
  ipconfig ipconfig.exe iptables jobs journalctl kill killall kubectl less ln logout ls lsb_release lsblk lscpu lsmod lsns
  lsof lspci lsusb make man mkdir more mount mv nano nc nerdctl netstat nohup nslookup nsenter npm node pacman pgrep pidof
  ping pkill podman printenv ps pstree pwd python python3 readlink realpath rg rm rmdir route rpm runc sed seq service set
  sh sleep sort source ss stat strace su sudo sysctl systemctl tail tar tee time timeout top touch tr true tty type umount
  uname uniq unset unshare uptime vi vim watch wc wget which whoami wsl wsl.exe wslconfig wslconfig.exe wslinfo wslpath xargs
  yum zsh zypper hnsdiag hnsdiag.exe powershell powershell.exe pwsh explorer.exe notepad.exe code dir cls tasklist netsh
  get-netadapter get-netadapterbinding get-process get-content get-childitem get-vm get-hnsnetwork get-hnsendpoint
  select-string set-location where.exe wslg ash dash ksh fish`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '.' || c === '-';
}

function isAllWordChars(s: string): boolean {
  if (s === '') return false;
  for (const c of s) if (!isWordChar(c)) return false;
  return true;
}

function firstToken(s: string): { word: string; rest: string } {
  const t = s.trimStart();
  const sp = t.search(/\s/);
  return sp < 0 ? { word: t, rest: '' } : { word: t.slice(0, sp), rest: t.slice(sp).trimStart() };
}

function isAssignment(word: string): boolean {
  const eq = word.indexOf('=');
  return eq > 0 && /^[A-Z_]\w*$/i.test(word.slice(0, eq));
}

/**
 * True when `text` (what follows a `#` or `$`) looks like a command rather than a comment:
 * its first word (after `VAR=value` assignments) is a known command, a path, a script or a
 * `.exe`, or a lower-case word followed by an option, a path or nothing. A lone assignment
 * (`# key=value`) is a commented-out setting, and a line of Korean/Japanese/Chinese prose a
 * markdown heading, not a command.
 */
export function plausibleCommand(text: string): boolean {
  // `# ps 명령어 사용법` is a markdown heading in a Korean post, not a command.
  if (isCjkProse(text)) return false;
  let { word, rest } = firstToken(text);
  let assigned = false;
  while (word !== '' && isAssignment(word)) {
    assigned = true;
    ({ word, rest } = firstToken(rest));
  }
  if (word === '') return !assigned;
  if (KNOWN_COMMANDS.has(word)) return true;
  if (/^(?:\.{1,2}|~)?\/[\w./+-]*$/.test(word)) return true;
  if (/\.(?:exe|sh|py|ps1|bat|cmd)$/i.test(word)) return true;
  if (cjkCount(text) > 0) return false;
  if (!/^[a-z][\w.+-]*$/.test(word)) return false;
  if (rest === '') return true;
  const next = firstToken(rest).word;
  return /^[-/~.$'"|]/.test(next) || /^\d+$/.test(next) || next.includes('=');
}

/** Strips a markdown-indentation of up to 4 spaces or one tab. */
function leadingIndent(text: string): number {
  if (text.startsWith('\t')) return 1;
  let i = 0;
  while (i < 4 && text.charCodeAt(i) === 32) i++;
  return i;
}

function result(prompt: string, command: string, shell: PromptMatch['shell'], cls: string, identity: string | null): PromptMatch {
  return { prompt: prompt.trim(), command: command.trim(), shell, style: { cls, identity } };
}

// cmd.exe: `C:\path>` — Windows paths cannot contain < > | " * ?.
function matchCmd(t: string): PromptMatch | null {
  if (t.length < 3 || !/^[A-Z]:\\/i.test(t)) return null;
  for (let i = 3; i < t.length && i < 262; i++) {
    const c = t[i] as string;
    if (c === '>') return result(t.slice(0, i + 1), t.slice(i + 1), 'cmd', 'cmd', null);
    if (c === '<' || c === '|' || c === '"' || c === '*' || c === '?') return null;
  }
  return null;
}

// PowerShell: `PS C:\WINDOWS\system32>`; `PS /home/me>` is pwsh on Linux.
function matchPowerShell(t: string): PromptMatch | null {
  if (!t.startsWith('PS ')) return null;
  for (let i = 4; i < t.length && i < 300; i++) {
    const c = t[i] as string;
    if (c === '>') {
      const path = t.slice(3, i);
      if (path.trim() === '') return null;
      const windows = /^[A-Z]:/i.test(path) || path.startsWith('Microsoft.PowerShell') || path.startsWith('\\\\');
      return result(t.slice(0, i + 1), t.slice(i + 1), windows ? 'powershell' : 'posix', 'ps', null);
    }
    if (c === '<' || c === '|' || c === '"') return null;
  }
  return null;
}

// After a posix prompt symbol: either the end, or a space and a command.
function afterSymbol(t: string, end: number, requirePlausible: boolean): string | null {
  const rest = t.slice(end);
  if (rest.trim() === '') return '';
  if (rest[0] !== ' ' && rest[0] !== '\t') return requirePlausible ? null : rest;
  const command = rest.trim();
  if (requirePlausible && !plausibleCommand(command)) return null;
  return command;
}

// `user@host:path$` and `user@host:path #` (no spaces in the path).
function matchUserHost(t: string): PromptMatch | null {
  const at = t.indexOf('@');
  if (at <= 0 || at > 64 || !isAllWordChars(t.slice(0, at))) return null;
  let i = at + 1;
  while (i < t.length && isWordChar(t[i] as string)) i++;
  if (i === at + 1 || t[i] !== ':') return null;
  const identity = t.slice(0, i);
  i++;
  while (i < t.length && t[i] !== '$' && t[i] !== '#' && t[i] !== ' ' && i < 512) i++;
  if (t[i] === ' ' && (t[i + 1] === '$' || t[i + 1] === '#')) i++;
  const sym = t[i];
  if (sym !== '$' && sym !== '#') return null;
  const command = afterSymbol(t, i + 1, false);
  if (command === null) return null;
  return result(t.slice(0, i + 1), command, 'posix', sym, identity);
}

// `[user@host dir]$` (Fedora, CentOS, RHEL).
function matchBracketed(t: string): PromptMatch | null {
  if (t[0] !== '[') return null;
  const close = t.indexOf(']');
  if (close < 0 || close > 300) return null;
  const inner = t.slice(1, close);
  const at = inner.indexOf('@');
  const sp = inner.indexOf(' ');
  if (at <= 0 || sp < at || !isAllWordChars(inner.slice(0, at)) || !isAllWordChars(inner.slice(at + 1, sp))) return null;
  const sym = t[close + 1];
  if (sym !== '$' && sym !== '#') return null;
  const command = afterSymbol(t, close + 2, false);
  if (command === null) return null;
  return result(t.slice(0, close + 2), command, 'posix', sym, inner.slice(0, sp));
}

// `host:~#` (Alpine's default `\h:\w\$`).
function matchHostPath(t: string): PromptMatch | null {
  const colon = t.indexOf(':');
  if (colon <= 0 || colon > 64 || !isAllWordChars(t.slice(0, colon))) return null;
  const p = t[colon + 1];
  if (p !== '~' && p !== '/') return null;
  let i = colon + 1;
  while (i < t.length && t[i] !== '$' && t[i] !== '#' && t[i] !== ' ' && i < 512) i++;
  const sym = t[i];
  if (sym !== '$' && sym !== '#') return null;
  const command = afterSymbol(t, i + 1, true);
  if (command === null) return null;
  return result(t.slice(0, i + 1), command, 'posix', sym, t.slice(0, colon));
}

// `/ #`, `~ #`, `/root #` (busybox), `wslg $`, `root $` (the WSLg system distro), `sh-5.1$`.
function matchWordOrPath(t: string): PromptMatch | null {
  const sp = t.indexOf(' ');
  const head = sp < 0 ? t : t.slice(0, sp);
  // `sh-5.1$`, `bash-4.4#` — the symbol is glued to the shell name.
  const glued = /^(?:ba|[zka]|da)?sh(?:-[\d.]+)?[#$]$/.exec(head);
  if (glued) {
    const sym = head[head.length - 1] as string;
    const command = afterSymbol(t, head.length, true);
    return command === null ? null : result(head, command, 'posix', sym, null);
  }
  if (sp < 0) return null;
  const sym = t[sp + 1];
  if ((sym !== '$' && sym !== '#') || (t.length > sp + 2 && t[sp + 2] !== ' ' && t[sp + 2] !== '\t')) return null;
  const isPath = /^[~/][\w./-]*$/.test(head);
  if (!isPath && !isAllWordChars(head)) return null;
  const command = afterSymbol(t, sp + 2, true);
  if (command === null) return null;
  return result(t.slice(0, sp + 2), command, 'posix', sym, isPath ? null : head);
}

// Bare `#` and `$`.
function matchBare(t: string): PromptMatch | null {
  const sym = t[0];
  if (sym !== '$' && sym !== '#') return null;
  const command = afterSymbol(t, 1, true);
  if (command === null) return null;
  return result(sym, command, 'posix', sym, null);
}

// zsh themes: `❯ cmd`, `~/src ❯ cmd`, `➜  ~ cmd`, `➜  src git:(main) ✗ cmd`, `λ cmd`.
function matchFancy(t: string): PromptMatch | null {
  if (t.startsWith('➜')) {
    const m = /^➜ +\S+(?: +git:\([^)\s]*\)(?: +✗)?)?/.exec(t);
    if (!m) return null;
    return result(m[0], t.slice(m[0].length), 'posix', '➜', null);
  }
  for (const sym of ['❯', 'λ']) {
    const i = t.indexOf(sym);
    if (i < 0 || i > 200) continue;
    const before = t.slice(0, i).trim();
    if (before !== '' && !/^[~/]\S*$/.test(before)) continue;
    const after = t.slice(i + sym.length);
    if (after !== '' && after[0] !== ' ') continue;
    return result(t.slice(0, i + sym.length), after, 'posix', sym, null);
  }
  return null;
}

/**
 * Recognises a prompt line. Returns null for anything else, including `#` lines whose rest
 * does not look like a command (comments in a pasted config file).
 */
export function matchPrompt(text: string): PromptMatch | null {
  const t = text.slice(leadingIndent(text)).trimEnd();
  if (t === '') return null;
  const c = t[0] as string;
  if (c === '#' || c === '$') return matchBare(t);
  if (c === 'P' && t.startsWith('PS ')) return matchPowerShell(t);
  if (t.length >= 3 && t[1] === ':' && t[2] === '\\') return matchCmd(t);
  // A `(venv)` or `(base)` prefix does not change the shell.
  let s = t;
  const venv = /^\([\w.-]+\) /.exec(s);
  if (venv) s = s.slice(venv[0].length);
  const m = matchUserHost(s) ?? matchBracketed(s) ?? matchHostPath(s) ?? matchWordOrPath(s) ?? matchFancy(s);
  if (m && venv) m.prompt = `${venv[0]}${m.prompt}`;
  return m;
}

/** True for the prompts of a Windows shell (cmd.exe, or PowerShell on a drive path). */
export function isWindowsPrompt(m: PromptMatch): boolean {
  return m.shell === 'cmd' || m.shell === 'powershell';
}

/** Whether two prompts could come from the same shell: same symbol, and no differing identity. */
export function sameShellStyle(a: PromptStyle, b: PromptStyle): boolean {
  if (a.cls !== b.cls) return false;
  return a.identity === null || b.identity === null || a.identity === b.identity;
}
