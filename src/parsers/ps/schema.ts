/**
 * The shape of `parsePs`'s value: the columns of the table and one row per process (or
 * thread) line. This zod schema is the single source of the types; the parser imports them
 * as types only, so parsing never loads zod.
 */
import { z } from 'zod';

const int = z.number().int();
const num = int.nullable();
const text = z.string().nullable();

/** Which `ps` printed the table. */
export const PsFlavorSchema = z.enum(['procps', 'busybox', 'unknown']);

/** How a tree was drawn in the command column: `f`/`--forest` art, `-H` indentation, or none. */
export const PsForestSchema = z.enum(['ascii', 'indent']).nullable();

/** One column of the table. */
export const PsColumnSchema = z.object({
  /** Normalized spec name (`pid`, `ppid`, `user`, `%cpu`, `tty`, `start`, `lstart`, `command`, `pidns` …); an unknown header is its own key. */
  key: z.string(),
  /** The header as printed (empty for `spec=` columns and for header-less input). */
  header: z.string(),
  /** 0-based display column where the header starts, or null when there is no header text. */
  start: num,
  /** 0-based display column after the header's last character, or null. */
  end: num,
  /** How the values are aligned. */
  align: z.enum(['left', 'right']),
  /** The row field the column fills, or null when its values go to `extra`. */
  field: z.string().nullable(),
});

/** One process (or thread, with `-L`/`-T`) line. */
export const PsRowSchema = z.object({
  /** PID in the numbering of the procfs ps read (its pid namespace). */
  pid: num,
  /** Parent PID; 0 when the parent is outside ps's pid namespace. */
  ppid: num,
  /** User name as printed (from USER, EUSER or a UID column holding a name); may end in `+` when procps cut it. */
  user: text,
  /** True when `user` ends in `+`: procps cut a longer name to the column width. */
  userTruncated: z.boolean(),
  /** The CMD/COMMAND/ARGS text, forest art and busybox `{comm}` prefix removed. */
  command: text,
  /** Kernel command name: a second COMMAND column (`comm`), or busybox's `{comm}` prefix. */
  comm: text.optional(),
  /** True for a zombie (`<defunct>` or state `Z`). */
  defunct: z.boolean(),
  /** Inode of the pid namespace (`pidns`); null for `-` (unreadable) or no such column. */
  pidns: num,
  /** Inode of the ipc namespace (`ipcns` column; like the other `*ns` fields, present only with its column). */
  ipcns: num.optional(),
  /** Inode of the mount namespace (`mntns`). */
  mntns: num.optional(),
  /** Inode of the network namespace (`netns`). */
  netns: num.optional(),
  /** Inode of the user namespace (`userns`). */
  userns: num.optional(),
  /** Inode of the uts namespace (`utsns`). */
  utsns: num.optional(),
  /** Inode of the cgroup namespace (`cgroupns`). */
  cgroupns: num.optional(),
  /** Inode of the time namespace (`timens`). */
  timens: num.optional(),
  /** Depth in a forest (`f`, `--forest`, `-H`): 0 for a root; null when the output has no tree. */
  depth: num,
  /** Process group id (PGID/PGRP). */
  pgid: num.optional(),
  /** Session id (SID/SESS). */
  sid: num.optional(),
  /** Foreground process group of the tty (TPGID); -1 for none. */
  tpgid: num.optional(),
  /** Thread-group id (TGID). */
  tgid: num.optional(),
  /** Thread id (LWP/TID/SPID). */
  lwp: num.optional(),
  /** Number of threads (NLWP/THCNT). */
  nlwp: num.optional(),
  /** Real user name (RUSER). */
  ruser: text.optional(),
  /** Effective uid (UID/EUID holding a number). */
  uid: num.optional(),
  /** Real uid (RUID). */
  ruid: num.optional(),
  /** Group name (GROUP/EGROUP). */
  group: text.optional(),
  /** Effective gid (GID/EGID). */
  gid: num.optional(),
  /** %CPU. */
  cpuPercent: z.number().nullable().optional(),
  /** %MEM. */
  memPercent: z.number().nullable().optional(),
  /** Virtual size in KiB (busybox `49m` becomes 50176). */
  vsz: num.optional(),
  /** Resident set size in KiB. */
  rss: num.optional(),
  /** Size in pages (SZ). */
  sz: num.optional(),
  /** Controlling tty (`pts/0`); null for `?`. */
  tty: text.optional(),
  /** BSD state with flags (STAT), e.g. `Ss`, `R+`, `Z`. */
  stat: text.optional(),
  /** One-letter state (S). */
  state: text.optional(),
  /** Start time as printed (START, STIME, STARTED): `03:20`, `Nov21`, `2024`, `Nov 21`. */
  start: text.optional(),
  /** Full start time as printed by `lstart`, e.g. `Sat Nov 21 03:20:03 2026`. */
  lstart: text.optional(),
  /** Cumulative CPU time as printed (TIME). */
  time: text.optional(),
  /** Elapsed time as printed (ELAPSED). */
  etime: text.optional(),
  /** Nice value (NI); null for `-` (real-time). */
  nice: num.optional(),
  /** Priority (PRI). */
  pri: num.optional(),
  /** CPU utilization (C). */
  c: num.optional(),
  /** Processor last run on (PSR). */
  psr: num.optional(),
  /** Process flags (F). */
  flags: num.optional(),
  /** Kernel function it sleeps in (WCHAN); null for `-`. */
  wchan: text.optional(),
  /** Security label (LABEL); null for `-` or a blank cell. */
  label: text.optional(),
  /** Columns without a typed field, by header (a duplicate header gets `#<column number>`). */
  extra: z.record(z.string(), z.string().nullable()),
  /** 1-based input line of the row. */
  line: int,
});

/** What `parsePs` returns. */
export const PsOutputSchema = z.object({
  /** The columns, in order. */
  columns: z.array(PsColumnSchema),
  /** One row per process line, in input order. */
  rows: z.array(PsRowSchema),
  /** procps-ng, busybox, or unknown (header-less input with a caller's column list, BSD ps). */
  flavor: PsFlavorSchema,
  /** How the command column draws the process tree, if it does. */
  forest: PsForestSchema,
});

/** See {@link PsFlavorSchema}. */
export type PsFlavor = z.infer<typeof PsFlavorSchema>;
/** See {@link PsColumnSchema}. */
export type PsColumn = z.infer<typeof PsColumnSchema>;
/** See {@link PsRowSchema}. */
export type PsRow = z.infer<typeof PsRowSchema>;
/** See {@link PsOutputSchema}. */
export type PsOutput = z.infer<typeof PsOutputSchema>;
