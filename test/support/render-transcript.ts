/**
 * Renders generated terminal sessions as a user would paste them: one prompt line per
 * command, then its output lines. Used by the transcript property tests (and reusable by the
 * model's tests to build sessions from records rendered by the other test renderers).
 */

/** One command of a generated session. */
export interface SessionBlock {
  /** The prompt, as printed (`C:\temp>`, `#`, `user@host:~$`). */
  prompt: string;
  /** The command typed after it (may be empty). */
  command: string;
  /** Its output lines. */
  output: string[];
}

/** Prompts of every shell the reader knows, each with the separator it is printed with. */
export const SAMPLE_PROMPTS: readonly string[] = [
  'C:\\temp>',
  'c:\\temp> ',
  'PS C:\\> ',
  'PS C:\\WINDOWS\\system32> ',
  '# ',
  '$ ',
  'user@host:~$ ',
  'root@host:/# ',
  '[root@host ~]# ',
  '/ # ',
  'wslg $ ',
  'root $ ',
  '~ ❯ ',
];

/** Commands the reader recognises as commands after any of {@link SAMPLE_PROMPTS}. */
export const SAMPLE_COMMANDS: readonly string[] = [
  'ps aux',
  'ps aux | grep [s]leep',
  'ps -eo pid,ppid,pidns,args',
  'lsns -t pid 4026532257',
  'cat /proc/4419/status | grep NSpid',
  'ls -l /proc/4419/ns/pid',
  'readlink /proc/1/ns/pid',
  'uname -a',
  'id',
  'wsl -l -v',
  'ipconfig',
  'hnsdiag list networks',
  'docker ps',
  'sleep 680001 &',
  'tty',
];

/** The pasted text of a session (LF line ends, final newline). */
export function renderSession(blocks: readonly SessionBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    const sep = b.prompt.endsWith(' ') || b.command === '' ? '' : ' ';
    lines.push(`${b.prompt}${sep}${b.command}`.trimEnd());
    lines.push(...b.output);
  }
  return `${lines.join('\n')}\n`;
}
