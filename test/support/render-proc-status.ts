/**
 * Renders `/proc/<pid>/status` text from records, the way the kernel (fs/proc/array.c) prints
 * it, then as users paste it: a whole file, `grep` lines without file names, `grep -H` lines
 * with them; tabs kept, expanded to 8-column stops (`expand`, a terminal copy) or squeezed to
 * single spaces (a blog). Independent of the parser on purpose: it is the oracle of the
 * round-trip tests, and the model's tests reuse it to build transcripts.
 */
import type { ProcStatusRecord } from '../../src/parsers/proc-status/schema.js';

/** What a status file says; every field optional (null or absent fields print no line). */
export type StatusSample = { [K in keyof ProcStatusRecord]?: ProcStatusRecord[K] | undefined };

/** How the text is pasted. */
export type StatusForm = 'file' | 'grep' | 'grep-h';

/** How tabs survive the paste. */
export type StatusSpacing = 'tabs' | 'expand' | 'single-space';

/** Options of {@link renderProcStatus}. */
export interface RenderStatusOptions {
  /** `file` (default): every field in kernel order; `grep`: only `grepKeys`; `grep-h`: the same with a path prefix. */
  form?: StatusForm;
  /** Kernel keys that `grep`/`grep-h` print (default the NS* lines). */
  grepKeys?: readonly string[];
  /** `tabs` (default) as the kernel prints, `expand` (8-column stops), `single-space`. */
  spacing?: StatusSpacing;
  /** Line break (default `\n`). */
  eol?: string;
}

type Kind = 'text' | 'int' | 'kb' | 'bool' | 'hex' | 'ids' | 'groups' | 'state' | 'name';

/** Kernel keys in print order (Linux 6.x), with the record field and how the value prints. */
export const STATUS_KEY_ORDER: readonly (readonly [key: string, field: keyof ProcStatusRecord, kind: Kind])[] = [
  ['Name', 'name', 'name'],
  ['Umask', 'umask', 'text'],
  ['State', 'state', 'state'],
  ['Tgid', 'tgid', 'int'],
  ['Ngid', 'ngid', 'int'],
  ['Pid', 'pid', 'int'],
  ['PPid', 'ppid', 'int'],
  ['TracerPid', 'tracerPid', 'int'],
  ['Uid', 'uid', 'ids'],
  ['Gid', 'gid', 'ids'],
  ['FDSize', 'fdSize', 'int'],
  ['Groups', 'groups', 'groups'],
  ['NStgid', 'nstgid', 'ids'],
  ['NSpid', 'nspid', 'ids'],
  ['NSpgid', 'nspgid', 'ids'],
  ['NSsid', 'nssid', 'ids'],
  ['Kthread', 'kthread', 'bool'],
  ['VmPeak', 'vmPeakKb', 'kb'],
  ['VmSize', 'vmSizeKb', 'kb'],
  ['VmLck', 'vmLckKb', 'kb'],
  ['VmPin', 'vmPinKb', 'kb'],
  ['VmHWM', 'vmHwmKb', 'kb'],
  ['VmRSS', 'vmRssKb', 'kb'],
  ['RssAnon', 'rssAnonKb', 'kb'],
  ['RssFile', 'rssFileKb', 'kb'],
  ['RssShmem', 'rssShmemKb', 'kb'],
  ['VmData', 'vmDataKb', 'kb'],
  ['VmStk', 'vmStkKb', 'kb'],
  ['VmExe', 'vmExeKb', 'kb'],
  ['VmLib', 'vmLibKb', 'kb'],
  ['VmPTE', 'vmPteKb', 'kb'],
  ['VmPMD', 'vmPmdKb', 'kb'],
  ['VmSwap', 'vmSwapKb', 'kb'],
  ['HugetlbPages', 'hugetlbPagesKb', 'kb'],
  ['CoreDumping', 'coreDumping', 'bool'],
  ['THP_enabled', 'thpEnabled', 'bool'],
  ['untag_mask', 'untagMask', 'text'],
  ['x86_Thread_features', 'x86ThreadFeatures', 'text'],
  ['x86_Thread_features_locked', 'x86ThreadFeaturesLocked', 'text'],
  ['Threads', 'threads', 'int'],
  ['SigQ', 'sigQ', 'text'],
  ['SigPnd', 'sigPnd', 'hex'],
  ['ShdPnd', 'shdPnd', 'hex'],
  ['SigBlk', 'sigBlk', 'hex'],
  ['SigIgn', 'sigIgn', 'hex'],
  ['SigCgt', 'sigCgt', 'hex'],
  ['CapInh', 'capInh', 'hex'],
  ['CapPrm', 'capPrm', 'hex'],
  ['CapEff', 'capEff', 'hex'],
  ['CapBnd', 'capBnd', 'hex'],
  ['CapAmb', 'capAmb', 'hex'],
  ['NoNewPrivs', 'noNewPrivs', 'bool'],
  ['Seccomp', 'seccomp', 'int'],
  ['Seccomp_filters', 'seccompFilters', 'int'],
  ['Speculation_Store_Bypass', 'speculationStoreBypass', 'text'],
  ['SpeculationIndirectBranch', 'speculationIndirectBranch', 'text'],
  ['Cpus_allowed', 'cpusAllowed', 'text'],
  ['Cpus_allowed_list', 'cpusAllowedList', 'text'],
  ['Mems_allowed', 'memsAllowed', 'text'],
  ['Mems_allowed_list', 'memsAllowedList', 'text'],
  ['voluntary_ctxt_switches', 'voluntaryCtxtSwitches', 'int'],
  ['nonvoluntary_ctxt_switches', 'nonvoluntaryCtxtSwitches', 'int'],
];

const NS_KEYS = ['NStgid', 'NSpid', 'NSpgid', 'NSsid'];

/** A complete, realistic status file for a process (values from a Linux 6.18 capture); `over` wins. */
export function fullStatus(over: StatusSample): StatusSample {
  const pid = over.pid ?? 4242;
  return {
    name: 'sleep', umask: '0022', state: 'S', stateName: 'sleeping', tgid: pid, ngid: 0, pid, ppid: 1, tracerPid: 0,
    uid: [0, 0, 0, 0], gid: [0, 0, 0, 0], fdSize: 64, groups: [], nstgid: [pid], nspid: [pid], nspgid: [pid], nssid: [pid],
    kthread: false, vmPeakKb: 2920, vmSizeKb: 2920, vmLckKb: 0, vmPinKb: 0, vmHwmKb: 1788, vmRssKb: 1788, rssAnonKb: 108,
    rssFileKb: 1680, rssShmemKb: 0, vmDataKb: 224, vmStkKb: 132, vmExeKb: 20, vmLibKb: 1528, vmPteKb: 40, vmSwapKb: 0,
    hugetlbPagesKb: 0, coreDumping: false, thpEnabled: true, untagMask: '0xffffffffffffffff', threads: 1, sigQ: '0/96365',
    sigPnd: '0000000000000000', shdPnd: '0000000000000000', sigBlk: '0000000000000000', sigIgn: '0000000000000006',
    sigCgt: '0000000000000000', capInh: '0000000000000000', capPrm: '000001fffeffffff', capEff: '000001fffeffffff',
    capBnd: '000001fffeffffff', capAmb: '0000000000000000', noNewPrivs: false, seccomp: 0, seccompFilters: 0,
    speculationStoreBypass: 'vulnerable', speculationIndirectBranch: 'always enabled', cpusAllowed: '3', cpusAllowedList: '0-1',
    memsAllowed: '00000000,00000001', memsAllowedList: '0', voluntaryCtxtSwitches: 1, nonvoluntaryCtxtSwitches: 0,
    ...over,
  };
}

function value(kind: Kind, v: unknown, s: StatusSample): string {
  switch (kind) {
    case 'kb':
      return `${String(v).padStart(8)} kB`;
    case 'bool':
      return v ? '1' : '0';
    case 'ids':
      return (v as number[]).join('\t');
    case 'groups':
      // The kernel prints each group followed by a space: an empty list leaves `Groups:\t `.
      return (v as number[]).map((g) => `${g} `).join('') || ' ';
    case 'state':
      return s.stateName == null ? String(v) : `${String(v)} (${s.stateName})`;
    default:
      return String(v);
  }
}

/** `expand`: tabs to the next multiple of 8. */
function expand(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** The `grep -H` path of a record: the task path when `tgid` differs from `pid`. */
export function statusPath(s: StatusSample): string {
  const pid = s.pid ?? 0;
  return s.tgid != null && s.tgid !== pid ? `/proc/${s.tgid}/task/${pid}/status` : `/proc/${pid}/status`;
}

/** The lines (without line breaks) one record prints. */
export function renderStatusLines(s: StatusSample, options: RenderStatusOptions = {}): string[] {
  const form = options.form ?? 'file';
  const keys = form === 'file' ? null : new Set(options.grepKeys ?? NS_KEYS);
  const lines: string[] = [];
  for (const [key, field, kind] of STATUS_KEY_ORDER) {
    if (keys !== null && !keys.has(key)) continue;
    const v = s[field];
    if (v === null || v === undefined) continue;
    lines.push(`${key}:\t${value(kind, v, s)}`);
  }
  for (const [key, v] of Object.entries(s.extra ?? {})) if (keys === null || keys.has(key)) lines.push(`${key}:\t${v}`);
  const spacing = options.spacing ?? 'tabs';
  const spaced = lines.map((l) => (spacing === 'expand' ? expand(l) : spacing === 'single-space' ? l.replace(/\t/g, ' ') : l));
  return form === 'grep-h' ? spaced.map((l) => `${statusPath(s)}:${l}`) : spaced;
}

/**
 * Renders records as one pasted text. With `grep`, give every record the same keys (as one grep
 * over several files does), or the records cannot be told apart (without file names, a new
 * record is only seen where a key repeats).
 */
export function renderProcStatus(samples: readonly StatusSample[], options: RenderStatusOptions = {}): string {
  const eol = options.eol ?? '\n';
  return samples.map((s) => renderStatusLines(s, options).map((l) => l + eol).join('')).join('');
}
