/**
 * The shape of `parseLsns`'s value: one row per namespace (`lsns`, `lsns -l`, `-T`, `-o …`) or
 * per process (`lsns <ns>`), with the tree the art or the JSON nesting shows turned into
 * `depth` and `parentLine`. This zod schema is the single source of the types; the parser
 * imports them as types only, so parsing never loads zod.
 */
import { z } from 'zod';

const int = z.number().int();

/** A value kept from a column or key the parser does not know (a newer util-linux). */
export const LsnsExtraValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()]))]);

/** One line of an lsns table (or one object of `lsns -J`). */
export const LsnsRowSchema = z.object({
  /** NS: the namespace inode, the number in `pid:[4026531836]`. */
  ns: int.nullable(),
  /** TYPE: `mnt`, `net`, `pid`, `uts`, `ipc`, `user`, `cgroup`, `time`. */
  type: z.string().nullable(),
  /** NPROCS: processes (not threads) lsns saw in the namespace; 0 for a namespace without processes. */
  nprocs: int.nullable(),
  /** PID: in a namespace listing the lowest pid in the namespace, in a process listing the process; numbered in the procfs lsns read. */
  pid: int.nullable(),
  /** PPID: the parent of PID, in the same numbering; 0 when the parent is outside that procfs. */
  ppid: int.nullable(),
  /** USER: the name of UID in the reader's passwd (or the number). */
  user: z.string().nullable(),
  /** UID: owner of `/proc/<pid>` (of the owner user namespace for a namespace without processes). */
  uid: int.nullable(),
  /** COMMAND: the command line (or the comm of a kernel thread), tree art removed, `\xHH` escapes decoded. */
  command: z.string().nullable(),
  /** PNS: the parent namespace inode (pid and user namespaces). 0 means "not known from this vantage" (no parent, or a parent outside the reader's namespace), never "root". */
  pns: int.nullable(),
  /** ONS: the owner user namespace inode; 0 when not known. */
  ons: int.nullable(),
  /** PATH: `/proc/<pid>/ns/<type>` of the representative process. */
  path: z.string().nullable(),
  /** NETNSID: the network-namespace id of a net namespace, or `unassigned`. */
  netnsid: z.union([int, z.literal('unassigned')]).nullable(),
  /** NSFS: the paths the namespace is bind-mounted on (one per line of a wrapped cell, split at `,` with `-W`). */
  nsfs: z.array(z.string()).nullable(),
  /** Depth in the tree the output draws (or nests in JSON); 0 for roots and for flat listings. */
  depth: int,
  /** `line` of the row's tree parent; null for roots and when the parent is not in the input. */
  parentLine: int.nullable(),
  /** Index in `rows` of the tree parent (null when `parentLine` is): unambiguous even where several JSON objects share a line (`LIBSMARTCOLS_JSON=compact|lines`). */
  parentIndex: int.nullable(),
  /** Columns or JSON keys the parser does not know, by their header name (upper case). */
  extra: z.record(z.string(), LsnsExtraValueSchema),
  /** 1-based input line of the row (of the `{` of a JSON object). */
  line: int,
});

/** What `parseLsns` returns. */
export const LsnsOutputSchema = z.object({
  /** `namespaces`: one row per namespace; `processes`: one row per process (`lsns <ns>`). */
  mode: z.enum(['namespaces', 'processes']),
  /** `table`: the default human layout; `raw`: `-r`; `json`: `-J`. */
  format: z.enum(['table', 'raw', 'json']),
  /** What the tree relates: `process` (art on COMMAND, parent process), `namespace` (`-T parent|owner`, art on NS), or null when flat. */
  tree: z.enum(['process', 'namespace']).nullable(),
  /** The column names in output order, upper case as lsns prints them (JSON keys upper-cased). */
  columns: z.array(z.string()),
  /** The rows in input order. */
  rows: z.array(LsnsRowSchema),
});

/** One lsns row. */
export type LsnsRow = z.infer<typeof LsnsRowSchema>;
/** The value of `parseLsns`. */
export type LsnsOutput = z.infer<typeof LsnsOutputSchema>;
/** A value kept in `LsnsRow.extra`. */
export type LsnsExtraValue = z.infer<typeof LsnsExtraValueSchema>;
