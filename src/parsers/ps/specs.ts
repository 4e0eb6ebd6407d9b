/**
 * What `ps` prints for each column: header, alignment, how many words a value has, and the
 * row field it fills. Facts from procps-ng `src/ps/output.c` (the format table) and busybox
 * `procps/ps.c` (`out_spec`), see `../shared/research/namespaces.md` §3.
 */

/** How many space-separated words a value of the column has. */
export type TokenKind =
  /** Exactly one word (numbers, user, tty, stat, time …). */
  | 'one'
  /** `Nov21`, `03:20` or `Nov 21` (procps `bsdstart`, `start_time` in other locales). */
  | 'date'
  /** procps `STARTED`: `start` (`03:20:03`, `Nov 21`) or `lstart` (`Sat Nov 21 03:20:03 2026`). */
  | 'started'
  /** procps `lstart`: five words. */
  | 'lstart'
  /** Any number of words, possibly none (`args`, `comm`, `label`, unknown columns). */
  | 'text';

/** How the text of a cell becomes the value of a row field. */
export type ValueType = 'int' | 'float' | 'size' | 'string' | 'tty' | 'user' | 'uid-or-user' | 'command' | 'comm' | 'ns';

/** A typed field of a ps row. */
export type PsField =
  | 'pid' | 'ppid' | 'pgid' | 'sid' | 'tpgid' | 'tgid' | 'lwp' | 'nlwp'
  | 'user' | 'ruser' | 'uid' | 'ruid' | 'group' | 'gid'
  | 'cpuPercent' | 'memPercent' | 'vsz' | 'rss' | 'sz'
  | 'tty' | 'stat' | 'state' | 'start' | 'lstart' | 'time' | 'etime'
  | 'nice' | 'pri' | 'c' | 'psr' | 'flags' | 'wchan' | 'label' | 'command' | 'comm'
  | 'pidns' | 'ipcns' | 'mntns' | 'netns' | 'userns' | 'utsns' | 'cgroupns' | 'timens';

/** One column kind of ps. */
export interface ColumnSpec {
  /** The normalized name used as `columns[].key`, e.g. `pid`, `%cpu`, `command`. */
  key: string;
  /** The default header. */
  header: string;
  /** Alignment of values (and, in procps, of the header). */
  align: 'left' | 'right';
  /** How many words a value has. */
  kind: TokenKind;
  /** The row field it fills, or null: the value goes to `extra`. */
  field: PsField | null;
  /** How the value is typed. */
  type: ValueType;
  /** busybox column width (`out_spec`), when busybox has the column. */
  busyboxWidth: number | null;
}

// spec names | header | align | kind | key | field | type | busybox width
// (key `-` = the first spec name; field `-` = none, value kept in `extra`)
const TABLE = `
pid|PID|r|one|pid|pid|int|5
tgid|TGID|r|one|tgid|tgid|int|
ppid|PPID|r|one|ppid|ppid|int|5
pgid|PGID|r|one|pgid|pgid|int|5
pgrp|PGRP|r|one|pgid|pgid|int|
sid|SID|r|one|sid|sid|int|5
sess,session|SESS|r|one|sid|sid|int|
tpgid|TPGID|r|one|tpgid|tpgid|int|
lwp|LWP|r|one|lwp|lwp|int|
tid|TID|r|one|lwp|lwp|int|
spid|SPID|r|one|lwp|lwp|int|
nlwp|NLWP|r|one|nlwp|nlwp|int|
thcount|THCNT|r|one|nlwp|nlwp|int|
user,uname|USER|l|one|user|user|user|8
euser|EUSER|l|one|user|user|user|
ruser|RUSER|l|one|ruser|ruser|user|8
uid,uid_hack|UID|r|one|uid|uid|uid-or-user|
euid|EUID|r|one|uid|uid|int|
ruid|RUID|r|one|ruid|ruid|int|
group|GROUP|l|one|group|group|string|8
egroup|EGROUP|l|one|group|group|string|
rgroup|RGROUP|l|one|rgroup|-|string|8
gid|GID|r|one|gid|gid|int|
egid|EGID|r|one|gid|gid|int|
%cpu,pcpu|%CPU|r|one|%cpu|cpuPercent|float|
%mem,pmem|%MEM|r|one|%mem|memPercent|float|
vsz,vsize|VSZ|r|one|vsz|vsz|size|4
rss,rssize|RSS|r|one|rss|rss|size|4
rsz|RSZ|r|one|rss|rss|size|
sz|SZ|r|one|sz|sz|int|
tty,tt|TT|l|one|tty|tty|tty|6
tname,tty8,tty4,longtname|TTY|l|one|tty|tty|tty|
stat|STAT|l|one|stat|stat|string|4
s,state|S|l|one|state|state|string|
start_time,bsdstart|START|r|date|start|start|string|
stime|STIME|r|date|start|start|string|
start|STARTED|r|started|start|start|string|
lstart|STARTED|r|lstart|lstart|lstart|string|
time,cputime,atime,bsdtime,times,cputimes|TIME|r|one|time|time|string|6
etime,etimes|ELAPSED|r|one|etime|etime|string|7
ni,nice|NI|r|one|nice|nice|int|5
pri,priority,intpri,opri|PRI|r|one|pri|pri|int|
c,util|C|r|one|c|c|int|
psr,cpu|PSR|r|one|psr|psr|int|
cpuid|CPUID|r|one|psr|psr|int|
f,flag,flags|F|r|one|f|flags|int|
wchan,wname|WCHAN|l|one|wchan|wchan|string|
label|LABEL|l|text|label|label|string|35
context|CONTEXT|l|text|label|label|string|
zone|ZONE|l|text|label|label|string|
args,command|COMMAND|l|text|command|command|command|
cmd|CMD|l|text|command|command|command|
comm,ucomm,fname|COMMAND|l|text|comm|comm|comm|16
ucmd|CMD|l|text|comm|comm|comm|
pidns|PIDNS|r|one|pidns|pidns|ns|
ipcns|IPCNS|r|one|ipcns|ipcns|ns|
mntns|MNTNS|r|one|mntns|mntns|ns|
netns|NETNS|r|one|netns|netns|ns|
userns|USERNS|r|one|userns|userns|ns|
utsns|UTSNS|r|one|utsns|utsns|ns|
cgroupns|CGROUPNS|r|one|cgroupns|cgroupns|ns|
timens|TIMENS|r|one|timens|timens|ns|
addr|ADDR|r|one|addr|-|string|
cls,class|CLS|r|one|cls|-|string|
policy,pol|POL|l|one|policy|-|string|
rtprio|RTPRIO|r|one|rtprio|-|string|
sched|SCH|r|one|sched|-|string|
blocked,sig_block,sigmask|BLOCKED|r|one|blocked|-|string|
caught,sigcatch|CAUGHT|r|one|caught|-|string|
sig_catch|CATCHED|r|one|caught|-|string|
ignored,sig_ignore,sigignore|IGNORED|r|one|ignored|-|string|
pending,sig,tsig|PENDING|r|one|pending|-|string|
sig_pend|SIGNAL|r|one|pending|-|string|
drs,m_drs|DRS|r|one|drs|-|string|
trs,m_trs|TRS|r|one|trs|-|string|
dsiz|DSIZ|r|one|dsiz|-|string|
tsiz|TSIZ|r|one|tsiz|-|string|
trss|TRSS|r|one|trss|-|string|
size,m_size|SIZE|r|one|size|-|string|
sgi_p|P|r|one|sgi_p|-|string|
majflt|MAJFLT|r|one|majflt|-|string|
maj_flt|MAJFL|r|one|majflt|-|string|
minflt|MINFLT|r|one|minflt|-|string|
min_flt|MINFL|r|one|minflt|-|string|
pss|PSS|r|one|pss|-|string|
uss|USS|r|one|uss|-|string|
oom|OOM|r|one|oom|-|string|
oomadj|OOMADJ|r|one|oomadj|-|string|
numa|NUMA|r|one|numa|-|string|
stackp,start_stack|STACKP|r|one|stackp|-|string|
eip|EIP|r|one|eip|-|string|
esp|ESP|r|one|esp|-|string|
lim|LIM|r|one|lim|-|string|
luid|LUID|r|one|luid|-|string|
suid|SUID|r|one|suid|-|string|
svuid|SVUID|r|one|suid|-|string|
fuid|FUID|r|one|fuid|-|string|
fsuid|FSUID|r|one|fuid|-|string|
sgid|SGID|r|one|sgid|-|string|
svgid|SVGID|r|one|sgid|-|string|
fgid|FGID|r|one|fgid|-|string|
fsgid|FSGID|r|one|fgid|-|string|
suser|SUSER|l|one|suser|-|string|
svuser|SVUSER|l|one|suser|-|string|
fuser|FUSER|l|one|fuser|-|string|
fsuser|FSUSER|l|one|fuser|-|string|
sgroup|SGROUP|l|one|sgroup|-|string|
svgroup|SVGROUP|l|one|sgroup|-|string|
fgroup|FGROUP|l|one|fgroup|-|string|
fsgroup|FSGROUP|l|one|fgroup|-|string|
supgid|SUPGID|l|one|supgid|-|string|
supgrp|SUPGRP|l|one|supgrp|-|string|
ouid|OWNER|r|one|ouid|-|string|
lxc|LXC|l|one|lxc|-|string|
docker|DOCKER|l|one|docker|-|string|
unit|UNIT|l|one|unit|-|string|
uunit|UUNIT|l|one|uunit|-|string|
slice|SLICE|l|one|slice|-|string|
machine|MACHINE|l|one|machine|-|string|
seat|SEAT|l|one|seat|-|string|
lsession|SESSION|l|one|lsession|-|string|
exe|EXE|l|text|exe|-|string|
environ|ENVIRONMENT|l|text|environ|-|string|
cgroup|CGROUP|l|text|cgroup|-|string|
cgname|CGNAME|l|text|cgname|-|string|
pagein|PAGEIN|r|one|pagein|-|string|
rchars|RCHARS|r|one|rchars|-|string|
wchars|WCHARS|r|one|wchars|-|string|
rbytes|RBYTES|r|one|rbytes|-|string|
wbytes|WBYTES|r|one|wbytes|-|string|
wcbytes|WCBYTES|r|one|wcbytes|-|string|
rops|ROPS|r|one|rops|-|string|
wops|WOPS|r|one|wops|-|string|
cuc|%CUC|r|one|cuc|-|string|
cuu|%CUU|r|one|cuu|-|string|
cp|CP|r|one|cp|-|string|
fds|FDS|r|one|fds|-|string|
htprv|HTPRV|r|one|htprv|-|string|
htshr|HTSHR|r|one|htshr|-|string|
ag_id|AGID|r|one|ag_id|-|string|
ag_nice|AGNI|r|one|ag_nice|-|string|
`;

/** Every spec name (`pid`, `args`, `euser` …) → its column kind. */
export const SPECS: ReadonlyMap<string, ColumnSpec> = new Map();
/** Every default header (`PID`, `COMMAND` …) → the column kind it means by default. */
export const HEADERS: ReadonlyMap<string, ColumnSpec> = new Map();

const KINDS: readonly TokenKind[] = ['one', 'date', 'started', 'lstart', 'text'];
const TYPES: readonly ValueType[] = ['int', 'float', 'size', 'string', 'tty', 'user', 'uid-or-user', 'command', 'comm', 'ns'];
const FIELDS: readonly PsField[] = [
  'pid', 'ppid', 'pgid', 'sid', 'tpgid', 'tgid', 'lwp', 'nlwp', 'user', 'ruser', 'uid', 'ruid', 'group', 'gid',
  'cpuPercent', 'memPercent', 'vsz', 'rss', 'sz', 'tty', 'stat', 'state', 'start', 'lstart', 'time', 'etime',
  'nice', 'pri', 'c', 'psr', 'flags', 'wchan', 'label', 'command', 'comm',
  'pidns', 'ipcns', 'mntns', 'netns', 'userns', 'utsns', 'cgroupns', 'timens',
];

// The parser compares these names in its row loop; the literals from the lists above are
// internalized strings (compared by identity), what `split` returns is not.
function intern<T extends string>(list: readonly T[], s: string | undefined): T {
  return list.find((x) => x === s) ?? (list[0] as T);
}

for (const line of TABLE.split('\n')) {
  if (line === '') continue;
  const [names = '', header = '', align, kind, key = '', field, type, bb] = line.split('|');
  const spec: ColumnSpec = {
    key,
    header,
    align: align === 'r' ? 'right' : 'left',
    kind: intern(KINDS, kind),
    field: field === '-' ? null : intern(FIELDS, field),
    type: intern(TYPES, type),
    busyboxWidth: bb ? Number(bb) : null,
  };
  for (const name of names.split(',')) if (!SPECS.has(name)) (SPECS as Map<string, ColumnSpec>).set(name, spec);
  // The first spec listed with a header is what the header means when nothing else says.
  if (!HEADERS.has(header)) (HEADERS as Map<string, ColumnSpec>).set(header, spec);
}

/** The row fields that hold namespace inodes. */
export const NS_FIELDS = ['pidns', 'ipcns', 'mntns', 'netns', 'userns', 'utsns', 'cgroupns', 'timens'] as const;

/** Headers busybox `ps -o` can print (`out_spec`), with their widths. */
export const BUSYBOX_WIDTHS: ReadonlyMap<string, number> = new Map([
  ['USER', 8], ['GROUP', 8], ['COMMAND', 16], ['PID', 5], ['PPID', 5], ['PGID', 5], ['ELAPSED', 7],
  ['NI', 5], ['RGROUP', 8], ['RUSER', 8], ['TIME', 6], ['TT', 6], ['VSZ', 4], ['SID', 5], ['STAT', 4],
  ['RSS', 4], ['LABEL', 35],
]);

/** busybox's fixed layouts without `-o` (non-DESKTOP builds: default, `-l`, `-Z`). */
export const BUSYBOX_FIXED_HEADERS: readonly string[] = [
  '  PID USER       VSZ STAT COMMAND',
  'S   UID   PID  PPID   VSZ   RSS TTY   STIME TIME     CMD',
  '  PID CONTEXT                          STAT COMMAND',
];
