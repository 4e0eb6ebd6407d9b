/**
 * Namespace links → `{ pid, type, inode }`. A namespace is named by the target of the
 * symlinks in `/proc/<pid>/ns/` (`pid:[4026531836]`, fs/nsfs.c `"%s:[%lu]"`); users paste
 * them as `ls -l` listings (whole directory, with `/proc/N/ns:` headers for several, or single
 * links, quoted or not, any `--time-style`, `-i`, colours), `readlink` output with or without
 * the file names, `stat -c %N`, `file`, or the bare target. The inode is what ties every
 * other output (lsns, ps -o pidns) to a namespace.
 */
import { diagnostic, makeResult, prepareInput, type Diagnostic, type ParseResult } from '../../core/index.js';
import type { NsLink, NsLinkSource, NsLinksOutput } from './schema.js';

/** Options of {@link parseNsLinks}. */
export interface NsLinksOptions {
  /**
   * The pid whose links these are, for output that does not say it: `ls -l /proc/123/ns`
   * (relative names) or `readlink /proc/123/ns/pid` (bare target). Lines that name their own
   * process (a path, a leading pid, a listing header) keep theirs.
   */
  pid?: number;
}

/** The links the kernel creates in `/proc/<pid>/ns/` (Linux 6.x). Others are kept as shown. */
export const NS_LINK_NAMES: readonly string[] = ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'pid_for_children', 'time', 'time_for_children', 'user', 'uts'];

const MAX_NS_INODE = 0xffffffff;

/** The ids a `/proc` path names, and the link name when it ends in `ns/<name>`. */
export function nsPathIds(path: string): { pid: number | null; tgid: number | null; name: string | null } {
  const segs = path.split('/').filter((s) => s !== '' && s !== '.');
  let name: string | null = null;
  let owner = segs;
  const k = segs.lastIndexOf('ns');
  if (k >= 0 && k === segs.length - 2) {
    name = segs[k + 1] as string;
    owner = segs.slice(0, k);
  } else if (k >= 0 && k === segs.length - 1) {
    owner = segs.slice(0, k);
  }
  const p = owner.lastIndexOf('proc');
  if (p >= 0) owner = owner.slice(p + 1);
  const none = { pid: null, tgid: null, name };
  if (owner.length === 1) return isDigits(owner[0] as string) ? { pid: Number(owner[0]), tgid: null, name } : none;
  if (owner.length === 3 && owner[1] === 'task' && isDigits(owner[2] as string)) {
    return { pid: Number(owner[2]), tgid: isDigits(owner[0] as string) ? Number(owner[0]) : null, name };
  }
  return none;
}

function isDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isTypeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** A `type:[digits]` target found in a line: `[start, end)` covers it. */
interface Target {
  start: number;
  end: number;
  nsType: string;
  digits: string;
}

/** The next target at or after `from`, or null. */
function findTarget(text: string, from: number): Target | null {
  let i = text.indexOf(':[', from);
  while (i >= 0) {
    let s = i;
    while (s > 0 && isTypeChar(text.charCodeAt(s - 1))) s--;
    let e = i + 2;
    while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
    if (s < i && e > i + 2 && text.charCodeAt(e) === 93) {
      return { start: s, end: e + 1, nsType: text.slice(s, i), digits: text.slice(i + 2, e) };
    }
    i = text.indexOf(':[', i + 2);
  }
  return null;
}

function stripQuotes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === "'" || s[a] === '"')) a++;
  while (b > a && (s[b - 1] === "'" || s[b - 1] === '"')) b--;
  return s.slice(a, b);
}

// `lrwxrwxrwx`, `-r--r--r--`, `drwxr-xr-x` with an optional ACL/SELinux mark.
const LS_MODE = /^[-bcdlps][-rwxsStT]{9}[.+@]?$/;
// `ls: cannot read symbolic link …`, `readlink: …`: a command's complaint.
const TOOL_MESSAGE = /^[a-z][\w.-]*: /;

/** The listing a relative link name belongs to (`/proc/123/ns:` header of `ls -l /proc/*\/ns`). */
interface Directory {
  path: string;
  pid: number | null;
  tgid: number | null;
}

/**
 * Parses namespace links from `ls -l /proc/<pid>/ns[/x]`, `readlink`, `stat -c %N`, `file`
 * output or bare `pid:[4026531836]` targets. Never throws.
 *
 * @example
 * parseNsLinks("lrwxrwxrwx 1 root root 0 Oct 17 14:46 /proc/4419/ns/pid -> 'pid:[4026532257]'").value.links[0]
 * // { pid: 4419, type: 'pid', inode: 4026532257, … }
 */
export function parseNsLinks(input: string | Uint8Array, options: NsLinksOptions = {}): ParseResult<NsLinksOutput> {
  const prepared = prepareInput(input);
  const diags: Diagnostic[] = prepared.diagnostics;
  const links: NsLink[] = [];
  const optionPid = options.pid !== undefined && Number.isSafeInteger(options.pid) && options.pid >= 0 ? options.pid : null;
  let dir: Directory | null = null;

  const warn = (code: string, message: string, line: number, text: string) => {
    diags.push(diagnostic('warning', code, message, line, { excerpt: text }));
  };

  for (const { number: num, text: raw } of prepared.lines) {
    const text = raw.trim();
    if (text === '') {
      // Blank lines separate the directories of `ls -l /proc/1/ns /proc/2/ns`.
      dir = null;
      continue;
    }
    const target = findTarget(text, 0);
    if (target === null) {
      dir = otherLine(num, text, dir);
      continue;
    }
    // Where the line says whose link it is, and how.
    let source: NsLinkSource;
    let path: string | null = null;
    let pid: number | null = null;
    let tgid: number | null = null;
    let name: string | null = null;
    let explained = true;
    const arrow = text.lastIndexOf(' -> ', target.start);
    if (arrow >= 0) {
      source = 'arrow';
      const left = text.slice(0, arrow).trimEnd();
      const cut = Math.max(left.lastIndexOf(' '), left.lastIndexOf('\t'));
      // `ls -F` marks links with `@`; ls and stat quote names with odd characters.
      const shown = stripQuotes(left.slice(cut + 1)).replace(/@$/, '');
      if (!stripQuotes(text.slice(arrow + 4, target.start).trim()).length) {
        if (shown.includes('/')) {
          path = shown;
          ({ pid, tgid, name } = nsPathIds(shown));
        } else {
          name = shown;
          if (dir !== null) {
            path = `${dir.path}/${shown}`;
            pid = dir.pid;
            tgid = dir.tgid;
          } else {
            pid = optionPid;
          }
        }
      } else {
        explained = false;
      }
    } else {
      const left = stripQuotes(text.slice(0, target.start).trim());
      if (left === '') {
        source = 'bare';
        pid = optionPid;
      } else {
        source = 'named';
        const sp = left.search(/\s/);
        const head = sp < 0 ? left : left.slice(0, sp);
        const rest = sp < 0 ? '' : left.slice(sp).trim();
        const headPath = stripQuotes(head.endsWith(':') ? head.slice(0, -1) : head);
        // `file` says `/proc/1/ns/pid: symbolic link to pid:[…]`.
        const restOk = rest === '' || rest === 'symbolic link to';
        if (isDigits(headPath) && rest === '') {
          pid = Number(headPath);
        } else if (headPath.includes('/') && restOk) {
          path = headPath;
          ({ pid, tgid, name } = nsPathIds(headPath));
        } else {
          source = 'bare';
          pid = optionPid;
          explained = false;
        }
      }
    }
    const after = stripQuotes(text.slice(target.end).trim());
    const targets = [target];
    // `readlink a b | xargs` puts several targets on one line; only whole-line lists count.
    if (after !== '' && source !== 'arrow') {
      let t = findTarget(text, target.end);
      let gapOk = true;
      let prev = target.end;
      while (t !== null && gapOk) {
        gapOk = stripQuotes(text.slice(prev, t.start).trim()) === '';
        if (gapOk) targets.push(t);
        prev = t.end;
        t = findTarget(text, t.end);
      }
      if (!gapOk || stripQuotes(text.slice(prev).trim()) !== '') explained = false;
      if (targets.length > 1) path = null;
    } else if (after !== '') {
      explained = false;
    }
    if (!explained) {
      warn('ns-links/extra-text', 'The line has text around the namespace target that is not a link name, path or pid; the target was kept without it.', num, raw);
    }
    for (const t of targets) {
      const inode = t.digits.length <= 15 ? Number(t.digits) : Number.NaN;
      if (!Number.isSafeInteger(inode)) {
        diags.push(diagnostic('error', 'ns-links/bad-inode', `The inode in ${t.nsType}:[…] is too large to be a namespace inode; the link was not kept.`, num, { excerpt: raw }));
        continue;
      }
      if (inode > MAX_NS_INODE) {
        warn('ns-links/inode-out-of-range', `Namespace inodes are below 2^32; ${inode} is not, and was kept as written.`, num, raw);
      }
      const type = name !== null && targets.length === 1 ? name : t.nsType;
      if (type !== t.nsType && type !== `${t.nsType}_for_children`) {
        warn('ns-links/type-mismatch', `The link ${type} points to a ${t.nsType} namespace; the kernel never does that.`, num, raw);
      }
      links.push({ pid, tgid, type, nsType: t.nsType, inode, id: `${t.nsType}:[${t.digits}]`, path, source, line: num });
    }
  }

  /** A line without a target: listing structure (kept silently), or a named problem. Returns the listing directory. */
  function otherLine(num: number, text: string, current: Directory | null): Directory | null {
    if (/^total \d+$/.test(text)) return current;
    // `ls -l /proc/1/ns /proc/2/ns` heads each directory with `/proc/1/ns:`.
    if (text.endsWith(':') && !/\s/.test(text) && (text.includes('/') || text === 'ns:')) {
      let end = text.length - 1;
      while (end > 1 && text.charCodeAt(end - 1) === 47) end--;
      const dirPath = text.slice(0, end);
      const ids = nsPathIds(dirPath);
      return { path: dirPath, pid: ids.pid, tgid: ids.tgid };
    }
    const tokens = text.split(/\s+/);
    const mode = LS_MODE.test(tokens[0] ?? '') ? 0 : LS_MODE.test(tokens[1] ?? '') ? 1 : -1;
    if (mode >= 0 && !text.includes(' -> ')) {
      warn('ns-links/no-target', `ls could not read the link ${tokens[tokens.length - 1] ?? ''} (no access, or a namespace that no longer exists); it has no target.`, num, text);
      return current;
    }
    if (TOOL_MESSAGE.test(text)) {
      warn('ns-links/tool-message', 'A message from a command (e.g. permission denied), not a link.', num, text);
      return current;
    }
    // `echo $p $(readlink …)` with an empty readlink: the pid or path alone.
    if (tokens.length === 1 && (isDigits(text) || text.startsWith('/proc/'))) {
      warn('ns-links/no-target', 'A pid or path without a namespace target (readlink printed nothing).', num, text);
      return current;
    }
    warn('ns-links/unrecognized-line', 'This line holds no namespace target such as pid:[4026531836].', num, text);
    return current;
  }

  return makeResult({ links }, diags);
}
