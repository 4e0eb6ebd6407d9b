/**
 * Renders namespace links the way users paste them: `ls -l /proc/<pid>/ns` listings (with the
 * `/proc/N/ns:` headers of a multi-directory listing), `ls -l /proc/<pid>/ns/<type>` lines,
 * `readlink` output (bare, or behind a pid or a path from an `echo` loop), `stat -c %N` and
 * bare targets. Independent of the parser on purpose: it is the oracle of the round-trip
 * tests, and the model's tests reuse it.
 */

/** One link to render. */
export interface LinkSample {
  /** The task; null renders `self` in path forms. */
  pid: number | null;
  /** The process of a thread (renders `/proc/<tgid>/task/<pid>/…`), or null/absent. */
  tgid?: number | null;
  /** The link name: `pid`, `pid_for_children`, `net`, … */
  type: string;
  /** The namespace type of the target (default: `type` without `_for_children`). */
  nsType?: string;
  /** The namespace inode. */
  inode: number;
}

/** How the links are pasted. */
export type NsLinkForm = 'ls-dir' | 'ls-path' | 'readlink' | 'readlink-pid' | 'readlink-path' | 'stat';

/** Options of {@link renderNsLinks}. */
export interface RenderNsLinksOptions {
  /** Default `ls-path`. `ls-dir` groups consecutive links of one pid under a header (when more than one group), with `total 0`. */
  form?: NsLinkForm;
  /** Quote targets as ls does on a terminal (`'pid:[…]'`). */
  quoted?: boolean;
  /** `ls --time-style`: `default` (`Oct 17 14:46`), `long-iso`, `full-iso`. */
  timeStyle?: 'default' | 'long-iso' | 'full-iso';
  /** `ls -i`: the link's own inode first. */
  inodeColumn?: boolean;
  /** Line break (default `\n`). */
  eol?: string;
}

/** The namespace type a link points to. */
export function linkNsType(l: LinkSample): string {
  return l.nsType ?? l.type.replace(/_for_children$/, '');
}

/** The `/proc` path of a link. */
export function linkPath(l: LinkSample): string {
  const owner = l.pid === null ? 'self' : l.tgid != null && l.tgid !== l.pid ? `${l.tgid}/task/${l.pid}` : String(l.pid);
  return `/proc/${owner}/ns/${l.type}`;
}

function lsPrefix(options: RenderNsLinksOptions, i: number): string {
  const date = options.timeStyle === 'full-iso' ? '2024-10-17 14:46:05.123456789 +0900' : options.timeStyle === 'long-iso' ? '2024-10-17 14:46' : 'Oct 17 14:46';
  const ino = options.inodeColumn ? `${15000 + i} ` : '';
  return `${ino}lrwxrwxrwx 1 root root 0 ${date} `;
}

/** The lines (without line breaks) of the pasted text. */
export function renderNsLinkLines(links: readonly LinkSample[], options: RenderNsLinksOptions = {}): string[] {
  const form = options.form ?? 'ls-path';
  const target = (l: LinkSample) => {
    const t = `${linkNsType(l)}:[${l.inode}]`;
    return options.quoted ? `'${t}'` : t;
  };
  const out: string[] = [];
  if (form === 'ls-dir') {
    const groups: LinkSample[][] = [];
    for (const l of links) {
      const g = groups[groups.length - 1];
      const first = g?.[0];
      if (g && first && first.pid === l.pid && (first.tgid ?? null) === (l.tgid ?? null)) g.push(l);
      else groups.push([l]);
    }
    groups.forEach((g, gi) => {
      if (groups.length > 1) {
        if (gi > 0) out.push('');
        const first = g[0] as LinkSample;
        out.push(`${linkPath(first).slice(0, -(first.type.length + 1))}:`);
      }
      out.push('total 0');
      g.forEach((l, i) => out.push(`${lsPrefix(options, i)}${l.type} -> ${target(l)}`));
    });
    return out;
  }
  links.forEach((l, i) => {
    switch (form) {
      case 'ls-path':
        out.push(`${lsPrefix(options, i)}${linkPath(l)} -> ${target(l)}`);
        break;
      case 'readlink':
        out.push(target(l));
        break;
      case 'readlink-pid':
        out.push(`${l.pid ?? 'self'} ${target(l)}`);
        break;
      case 'readlink-path':
        out.push(`${linkPath(l)} ${target(l)}`);
        break;
      case 'stat':
        out.push(`'${linkPath(l)}' -> '${linkNsType(l)}:[${l.inode}]'`);
        break;
    }
  });
  return out;
}

/** Renders links as one pasted text. */
export function renderNsLinks(links: readonly LinkSample[], options: RenderNsLinksOptions = {}): string {
  const eol = options.eol ?? '\n';
  return renderNsLinkLines(links, options)
    .map((l) => l + eol)
    .join('');
}
