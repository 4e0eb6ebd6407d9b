/**
 * The shape of `parseNsLinks`'s value: one link per namespace reference found in `ls -l
 * /proc/<pid>/ns[/x]`, `readlink`, `stat`, `file` output or a bare `pid:[4026531836]`.
 * This zod schema is the single source of the types; the parser imports them as types only.
 */
import { z } from 'zod';

const int = z.number().int();

/** How the link was written: `name -> target` (ls -l, stat), `path|pid target` (readlink loops, file), or the target alone. */
export const NsLinkSourceSchema = z.enum(['arrow', 'named', 'bare']);

/** One namespace link: whose it is, which link, which namespace. */
export const NsLinkSchema = z.object({
  /** The task whose link this is: from the path (`/proc/123/ns/pid`), a listing header, a leading pid, or options.pid; null for `self` or when nothing says. For `/proc/T/task/I/…` it is the thread I. */
  pid: int.nullable(),
  /** The process T of a `/proc/T/task/I/…` path, else null. */
  tgid: int.nullable(),
  /** The link's name when the input shows it (`pid`, `pid_for_children`, `net`, `time_for_children`, …), else the namespace type of the target. */
  type: z.string(),
  /** The namespace type in the target text: `pid` for both `pid` and `pid_for_children`. */
  nsType: z.string(),
  /** The namespace's inode number in the running kernel's nsfs (4026531836 is the initial pid namespace). */
  inode: int,
  /** The target text as the kernel prints it, e.g. `pid:[4026531836]`. */
  id: z.string(),
  /** The link's path as shown (joined to the `/proc/N/ns:` header of a multi-directory listing); null for bare targets and pid-named lines. */
  path: z.string().nullable(),
  /** How the link was written. */
  source: NsLinkSourceSchema,
  /** 1-based input line. */
  line: int,
});

/** The value of `parseNsLinks`. */
export const NsLinksOutputSchema = z.object({
  /** Every link found, in input order. */
  links: z.array(NsLinkSchema),
});

/** How a link was written. */
export type NsLinkSource = z.infer<typeof NsLinkSourceSchema>;
/** One namespace link. */
export type NsLink = z.infer<typeof NsLinkSchema>;
/** The value of `parseNsLinks`. */
export type NsLinksOutput = z.infer<typeof NsLinksOutputSchema>;
