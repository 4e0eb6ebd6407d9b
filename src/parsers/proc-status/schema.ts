/**
 * The shape of `parseProcStatus`'s value: one record per `/proc/<pid>/status` file (or per
 * group of `grep`ped lines). This zod schema is the single source of the types; the parser
 * imports them as types only, so parsing never loads zod.
 */
import { z } from 'zod';

const int = z.number().int();
const count = int.nullable();
const kb = int.nullable();

/** Where a record's lines came from. */
export const ProcStatusSourceSchema = z.enum(['file', 'grep', 'grep-h']);

/** One `/proc/<pid>/status` (or the lines grep printed of one), typed key by key. */
export const ProcStatusRecordSchema = z.object({
  /** `Name:` — the command name (comm) as the kernel printed it (its `\n`/`\\` escapes kept). */
  name: z.string().nullable(),
  /** `State:` letter: R S D T t Z X I P (older kernels also K W x). */
  state: z.string().nullable(),
  /** `State:` word(s) in parentheses, e.g. `sleeping`, `disk sleep`, `tracing stop`. */
  stateName: z.string().nullable(),
  /** `Pid:` (for a thread: its TID) in the numbering of the procfs it was read from; or from the path. */
  pid: count,
  /** `PPid:`; 0 when the parent is outside the procfs's pid namespace. */
  ppid: count,
  /** `Tgid:` thread-group id (the process id of a thread); or from a `/proc/T/task/I/` path. */
  tgid: count,
  /** `NSpid:` the pid at every level, outermost (the procfs's namespace) first, own namespace last. */
  nspid: z.array(int).nullable(),
  /** `NStgid:` the thread-group id at every level, outermost first. */
  nstgid: z.array(int).nullable(),
  /** `NSpgid:` the process-group id at every level, outermost first (0 where the leader is not visible). */
  nspgid: z.array(int).nullable(),
  /** `NSsid:` the session id at every level, outermost first (0 where the leader is not visible). */
  nssid: z.array(int).nullable(),
  /** `Uid:` real, effective, saved and filesystem uid. */
  uid: z.array(int).nullable(),
  /** `Gid:` real, effective, saved and filesystem gid. */
  gid: z.array(int).nullable(),
  /** `Groups:` supplementary groups (empty array for the usual empty `Groups:` line). */
  groups: z.array(int).nullable(),
  /** `Umask:` octal text as printed, e.g. `0022` (Linux 4.7+). */
  umask: z.string().nullable(),
  /** `Ngid:` NUMA group id. */
  ngid: count,
  /** `TracerPid:` pid of the tracer, 0 when not traced. */
  tracerPid: count,
  /** `FDSize:` allocated file-descriptor slots. */
  fdSize: count,
  /** `Kthread:` true for a kernel thread (recent kernels only). */
  kthread: z.boolean().nullable(),
  /** `VmPeak:` in kB. */
  vmPeakKb: kb,
  /** `VmSize:` in kB. */
  vmSizeKb: kb,
  /** `VmLck:` in kB. */
  vmLckKb: kb,
  /** `VmPin:` in kB. */
  vmPinKb: kb,
  /** `VmHWM:` in kB. */
  vmHwmKb: kb,
  /** `VmRSS:` in kB. */
  vmRssKb: kb,
  /** `RssAnon:` in kB. */
  rssAnonKb: kb,
  /** `RssFile:` in kB. */
  rssFileKb: kb,
  /** `RssShmem:` in kB. */
  rssShmemKb: kb,
  /** `VmData:` in kB. */
  vmDataKb: kb,
  /** `VmStk:` in kB. */
  vmStkKb: kb,
  /** `VmExe:` in kB. */
  vmExeKb: kb,
  /** `VmLib:` in kB. */
  vmLibKb: kb,
  /** `VmPTE:` in kB. */
  vmPteKb: kb,
  /** `VmPMD:` in kB (Linux 4.0–4.14). */
  vmPmdKb: kb,
  /** `VmSwap:` in kB. */
  vmSwapKb: kb,
  /** `HugetlbPages:` in kB. */
  hugetlbPagesKb: kb,
  /** `CoreDumping:` true while a core dump is being written. */
  coreDumping: z.boolean().nullable(),
  /** `THP_enabled:` whether transparent huge pages may be used. */
  thpEnabled: z.boolean().nullable(),
  /** `untag_mask:` address untagging mask as printed (x86 LAM), e.g. `0xffffffffffffffff`. */
  untagMask: z.string().nullable(),
  /** `x86_Thread_features:` text as printed (may be empty). */
  x86ThreadFeatures: z.string().nullable(),
  /** `x86_Thread_features_locked:` text as printed (may be empty). */
  x86ThreadFeaturesLocked: z.string().nullable(),
  /** `Threads:` number of threads. */
  threads: count,
  /** `SigQ:` queued/limit text as printed, e.g. `0/96365`. */
  sigQ: z.string().nullable(),
  /** `SigPnd:` hex mask as printed. */
  sigPnd: z.string().nullable(),
  /** `ShdPnd:` hex mask as printed. */
  shdPnd: z.string().nullable(),
  /** `SigBlk:` hex mask as printed. */
  sigBlk: z.string().nullable(),
  /** `SigIgn:` hex mask as printed. */
  sigIgn: z.string().nullable(),
  /** `SigCgt:` hex mask as printed. */
  sigCgt: z.string().nullable(),
  /** `CapInh:` hex capability set as printed. */
  capInh: z.string().nullable(),
  /** `CapPrm:` hex capability set as printed. */
  capPrm: z.string().nullable(),
  /** `CapEff:` hex capability set as printed. */
  capEff: z.string().nullable(),
  /** `CapBnd:` hex capability set as printed. */
  capBnd: z.string().nullable(),
  /** `CapAmb:` hex capability set as printed. */
  capAmb: z.string().nullable(),
  /** `NoNewPrivs:` the no_new_privs bit. */
  noNewPrivs: z.boolean().nullable(),
  /** `Seccomp:` mode (0 off, 1 strict, 2 filter). */
  seccomp: count,
  /** `Seccomp_filters:` number of attached filters. */
  seccompFilters: count,
  /** `Speculation_Store_Bypass:` text as printed. */
  speculationStoreBypass: z.string().nullable(),
  /** `SpeculationIndirectBranch:` text as printed. */
  speculationIndirectBranch: z.string().nullable(),
  /** `Cpus_allowed:` hex mask text as printed. */
  cpusAllowed: z.string().nullable(),
  /** `Cpus_allowed_list:` list text as printed, e.g. `0-3,8`. */
  cpusAllowedList: z.string().nullable(),
  /** `Mems_allowed:` hex mask text as printed. */
  memsAllowed: z.string().nullable(),
  /** `Mems_allowed_list:` list text as printed. */
  memsAllowedList: z.string().nullable(),
  /** `voluntary_ctxt_switches:`. */
  voluntaryCtxtSwitches: count,
  /** `nonvoluntary_ctxt_switches:`. */
  nonvoluntaryCtxtSwitches: count,
  /** Keys this parser does not know, under the kernel's key, value text trimmed. */
  extra: z.record(z.string(), z.string()),
  /** The file path from a `grep -H` prefix or a `==> path <==` header, else null. */
  path: z.string().nullable(),
  /** `file`: starts at `Name:` or a file header; `grep`: bare key lines without `Name:`; `grep-h`: path-prefixed lines. */
  source: ProcStatusSourceSchema,
  /** 1-based input line where the record starts. */
  line: int,
  /** 1-based input line of the record's last line. */
  endLine: int,
});

/** The value of `parseProcStatus`. */
export const ProcStatusOutputSchema = z.object({
  /** One record per status file (or per group of grepped lines), in input order. */
  records: z.array(ProcStatusRecordSchema),
});

/** Where a record's lines came from. */
export type ProcStatusSource = z.infer<typeof ProcStatusSourceSchema>;
/** One `/proc/<pid>/status` record. */
export type ProcStatusRecord = z.infer<typeof ProcStatusRecordSchema>;
/** The value of `parseProcStatus`. */
export type ProcStatusOutput = z.infer<typeof ProcStatusOutputSchema>;
