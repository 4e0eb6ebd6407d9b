/**
 * Format detection for a bare blob of output (no command line to say what it is): cheap
 * checks of headers and line shapes, each giving a format and a confidence in [0, 1]; the
 * most confident wins. 0.9 and up: a header or key that only this format prints; 0.5–0.8:
 * rows of a recognisable shape without a header (`ps aux | grep` output); below 0.5: a
 * guess the transcript reader does not act on.
 *
 * @example
 * detectFormat('  NAME      STATE   VERSION\n* Ubuntu    Running 2\n') // { format: 'wsl-list', confidence: 0.95, … }
 */
import { prepareInput } from '../core/lines.js';

/** What {@link detectFormat} found. */
export interface DetectResult {
  /** `ps`, `proc-status`, `ns-links`, `lsns`, `wsl-list`, `ipconfig`, `hnsdiag`, `docker-ps`, `docker-inspect`, or null. */
  format: string | null;
  /** How sure, from 0 (nothing recognised) to 1. */
  confidence: number;
  /** What was recognised, in a few words. */
  reason?: string;
}

const NOTHING: DetectResult = { format: null, confidence: 0, reason: 'no known header or line shape' };

function found(format: string, confidence: number, reason: string): DetectResult {
  return { format, confidence, reason };
}

function tokens(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(/\s+/);
}

function isElision(text: string): boolean {
  const t = text.trim();
  return t.startsWith('..') || t.startsWith('…');
}

const INT = /^\d+$/;
const FLOAT = /^\d+(?:\.\d+)?$/;
const CLOCK = /^\d+:\d\d(?::\d\d)?(?:\.\d+)?$/;
const GUID = /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/i;

// `ps` column headers (procps and busybox), upper-case as printed.
const PS_HEADERS = new Set(
  `PID PPID USER UID EUSER RUSER SUSER FUSER EUID RUID GID EGID GROUP %CPU %MEM VSZ RSS TTY TT STAT S START STARTED STIME TIME
  COMMAND CMD ARGS C PGID PGRP SID SESS TPGID PIDNS IPCNS MNTNS NETNS USERNS UTSNS CGROUPNS TIMENS NI PRI F ADDR SZ WCHAN LWP
  NLWP TID SPID PSR ELAPSED ETIME ETIMES LSTART LXC MACHINE CGROUP LABEL NICE RGROUP RSZ VSIZE %CPU SIZE`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

const LSNS_COLUMNS = new Set(['NS', 'TYPE', 'PATH', 'NPROCS', 'PID', 'PPID', 'COMMAND', 'UID', 'USER', 'NETNSID', 'NSFS', 'PNS', 'ONS']);
const LSNS_ONLY = new Set(['NS', 'NPROCS', 'NETNSID', 'NSFS', 'PNS', 'ONS']);
const NS_TYPES = new Set(['mnt', 'net', 'pid', 'uts', 'ipc', 'user', 'cgroup', 'time', 'pid_for_children', 'time_for_children']);

// `wsl -l` headers in every shipped language (research/windows-outputs.md §1.2), and older wordings.
const WSL_LIST_HEADERS = [
  'Distribuce Subsystému Windows pro Linux:',
  'Windows-undersystem til Linux-distributioner:',
  'Windows Subsystem für Linux-Distributionen:',
  'Windows Subsystem for Linux Distributions:',
  'Distribuciones de subsistema de Windows para Linux:',
  'Windows-alijärjestelmä Linuxille -jakelut:',
  'Distributions du Sous-système Windows pour Linux :',
  'Linuxos Windows-alrendszer disztribúciók:',
  'Distribuzioni del Sottosistema Windows per Linux:',
  'Linux 用 Windows サブシステム ディストリビューション:',
  'Linux용 Windows 하위 시스템 배포:',
  'Windows-undersystem for Linux-distribusjoner:',
  'Windows-subsysteem voor Linux distributies:',
  'Podsystem Windows dla dystrybucji systemu Linux:',
  'Distribuições do Subsistema do Windows para Linux:',
  'Subsistema Windows para Distribuições do Linux:',
  'Дистрибутивы подсистемы Windows для Linux:',
  'Windows-undersystem för Linux-distributioner:',
  'Linux için Windows Alt Sistemi Dağıtımları:',
  '适用于 Linux 的 Windows 子系统分发:',
  '适用于 Linux 的 Windows 子系统分发版:',
  'Windows 子系統 Linux 版發佈:',
].map((h) => h.replace(/\s+/g, ' '));

// First lines of the "no distributions" and "no running distributions" messages.
const WSL_LIST_MESSAGES = [
  'has no installed distributions',
  'There are no running distributions',
  'keine installierten Distributionen',
  'no tiene distribuciones instaladas',
  "n’a aucune distribution installée",
  "n'a aucune distribution installée",
  'インストールされているディストリビューションはありません',
  '実行中のディストリビューションはありません',
  '설치된 배포가 없습니다',
  '배포가 설치되어 있지 않습니다',
  '실행 중인 배포가 없습니다',
  '没有已安装的分发',
  '没有正在运行的分发',
  '沒有已安裝的發佈',
  'не имеет установленных дистрибутивов',
];

const IPCONFIG_HEADERS = new Set(
  [
    'Windows IP Configuration',
    'Windows-IP-Konfiguration',
    'Configuration IP de Windows',
    'Configuración IP de Windows',
    'Configuração de IP do Windows',
    'Configurazione IP di Windows',
    'Настройка протокола IP для Windows',
    'Windows IP 構成',
    'Windows IP 구성',
    'Windows IP 配置',
    'Windows IP 設定',
    'Konfiguracja IP systemu Windows',
    'Windows IP-configuratie',
  ].map((h) => h.toLowerCase()),
);

const IPCONFIG_ADAPTER = /adapter|Adapter|Carte|Adaptador|Адаптер|アダプター|어댑터|适配器|介面卡/;

function headerChecks(line: string): DetectResult | null {
  const t = line.trim().replace(/\s+/g, ' ');
  const tok = tokens(t);
  if (/^CONTAINER ID\b/.test(t) && (t.includes('IMAGE') || t.includes('NAMES'))) return found('docker-ps', 0.95, 'docker ps header');
  if (tok.length === 3 && tok[0] === 'NAME' && tok[1] === 'STATE' && tok[2] === 'VERSION') return found('wsl-list', 0.95, 'wsl -l -v header');
  if (t === 'NAME FRIENDLY NAME') return found('wsl-list', 0.9, 'wsl -l -o header');
  if (WSL_LIST_HEADERS.includes(t)) return found('wsl-list', 0.9, 'localized wsl -l header');
  if (WSL_LIST_MESSAGES.some((m) => t.includes(m))) return found('wsl-list', 0.85, 'wsl -l message');
  if (IPCONFIG_HEADERS.has(t.toLowerCase())) return found('ipconfig', 0.95, 'ipconfig header');
  if (/^\/{5,}\s*[A-Z]+\s*\/{5,}$/.test(t)) return found('hnsdiag', 0.9, 'hnsdiag banner');
  if (tok.length >= 2 && tok.every((w) => LSNS_COLUMNS.has(w)) && tok.some((w) => LSNS_ONLY.has(w))) return found('lsns', 0.9, 'lsns header');
  if (tok.length >= 2 && tok.includes('PID')) {
    const known = tok.filter((w) => PS_HEADERS.has(w)).length;
    if (known === tok.length && tok.length === 4 && tok[1] === 'USER' && (tok[2] === 'TIME' || tok[2] === 'VSZ')) return found('ps', 0.95, 'busybox ps header');
    if (known * 5 >= tok.length * 4) return found('ps', 0.9, 'ps header');
  }
  return null;
}

const STATUS_KEY =
  /^(?:\/proc\/[^/\s]+\/(?:task\/[^/\s]+\/)?status:)?(Name|Umask|State|Tgid|Ngid|Pid|PPid|TracerPid|Uid|Gid|FDSize|Groups|NStgid|NSpid|NSpgid|NSsid|Kthread|Threads|SigQ|SigPnd|ShdPnd|SigBlk|SigIgn|SigCgt|CapInh|CapPrm|CapEff|CapBnd|CapAmb|NoNewPrivs|Seccomp|Seccomp_filters|Speculation_Store_Bypass|SpeculationIndirectBranch|Cpus_allowed|Cpus_allowed_list|Mems_allowed|Mems_allowed_list|voluntary_ctxt_switches|nonvoluntary_ctxt_switches|HugetlbPages|CoreDumping|THP_enabled|untag_mask|Vm[A-Za-z]+|Rss[A-Za-z]+|x86_Thread_features|x86_Thread_features_locked):/;

function procStatusCheck(body: readonly string[]): DetectResult | null {
  const keys = new Set<string>();
  let matching = 0;
  let ns = false;
  for (const line of body) {
    const t = line.trim();
    if (t.startsWith('==>') && t.includes('/status')) {
      matching++;
      continue;
    }
    const m = STATUS_KEY.exec(t);
    if (!m) continue;
    matching++;
    keys.add(m[1] as string);
    if ((m[1] as string).startsWith('NS')) ns = true;
  }
  if (matching === 0) return null;
  const share = matching / body.length;
  if (keys.size >= 3 && share >= 0.6) return found('proc-status', 0.95, '/proc/PID/status keys');
  if (ns && share >= 0.8) return found('proc-status', 0.9, 'NSpid lines');
  return null;
}

const LINK = /:\[\d+\]'?$/;

function nsLinksCheck(body: readonly string[]): DetectResult | null {
  let arrows = 0;
  let bare = 0;
  let other = 0;
  for (const line of body) {
    const t = line.trim();
    if (/^total \d+$/.test(t)) continue;
    if (t.includes('->') && LINK.test(t)) arrows++;
    else if (/^[a-z_]+:\[\d+\]$/.test(t) && NS_TYPES.has(t.slice(0, t.indexOf(':')))) bare++;
    else other++;
  }
  if (arrows + bare === 0 || other * 4 > arrows + bare) return null;
  return arrows > 0 ? found('ns-links', 0.95, 'ns symlinks (ls -l)') : found('ns-links', 0.85, 'bare ns links (readlink)');
}

function hnsdiagCheck(body: readonly string[]): DetectResult | null {
  let records = 0;
  let sections = 0;
  let guids = 0;
  for (const line of body) {
    const t = line.trim();
    if (/^(?:Network|Endpoint|Namespace|LoadBalancer|Adapter|Policy)\s*:\s*\{?[0-9A-Fa-f]{8}-/.test(t)) records++;
    if (/^(?:Networks|Endpoints|Namespaces|LoadBalancers|Adapters|Policies)\s*:$/.test(t)) sections++;
    if (GUID.test(t)) guids++;
  }
  if (records > 0) return found('hnsdiag', 0.85, 'hnsdiag records');
  if (sections > 0 && guids > 0) return found('hnsdiag', 0.85, 'hnsdiag tables');
  if (sections > 0) return found('hnsdiag', 0.6, 'hnsdiag section titles');
  return null;
}

function ipconfigCheck(body: readonly string[]): DetectResult | null {
  let leaders = 0;
  let adapters = 0;
  for (const line of body) {
    if (/ \.(?: \.)+ ?[:：]/.test(line) || /\.\. ?[:：]/.test(line)) leaders++;
    const t = line.trim();
    if (t.endsWith(':') && IPCONFIG_ADAPTER.test(t) && !t.includes(' . ')) adapters++;
  }
  if (adapters > 0 && leaders >= 2) return found('ipconfig', 0.85, 'adapter sections with dot leaders');
  if (leaders >= 3) return found('ipconfig', 0.7, 'dot-leader labels');
  return null;
}

function tryJson(text: string): { value: unknown; parsed: boolean } {
  try {
    return { value: JSON.parse(text) as unknown, parsed: true };
  } catch {
    return { value: null, parsed: false };
  }
}

function jsonCheck(text: string): DetectResult | null {
  const t = text.trim();
  const c = t[0];
  if (c !== '{' && c !== '[') return null;
  const { value, parsed } = tryJson(t);
  if (parsed) {
    if (Array.isArray(value)) {
      const objs = value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
      if (objs.some((o) => typeof o['State'] === 'object' && o['State'] !== null) || objs.some((o) => 'Id' in o && 'Config' in o)) {
        return found('docker-inspect', 0.95, 'docker inspect JSON');
      }
    } else if (typeof value === 'object' && value !== null) {
      const o = value as Record<string, unknown>;
      if (Array.isArray(o['namespaces'])) return found('lsns', 0.95, 'lsns -J JSON');
      if ('Pid' in o && ('Status' in o || 'Running' in o)) return found('docker-inspect', 0.8, 'docker inspect .State JSON');
      if ('ID' in o && ('Type' in o || 'Name' in o || 'VirtualNetwork' in o)) return found('hnsdiag', 0.9, 'hnsdiag JSON');
    }
  }
  // Truncated or concatenated JSON: look at the keys.
  if (/"namespaces"\s*:/.test(t)) return found('lsns', 0.8, 'lsns -J keys');
  if (t.includes('"State"') && t.includes('"Pid"')) return found('docker-inspect', 0.8, 'docker inspect keys');
  const hnsKeys = ['"Subnets"', '"IpSubnets"', '"VirtualNetwork"', '"VirtualNetworkName"', '"GatewayAddress"', '"SchemaVersion"', '"DNSServerList"', '"MacAddress"', '"IPAddress"'];
  if (/"ID"\s*:/.test(t) && hnsKeys.some((k) => t.includes(k))) return found('hnsdiag', 0.75, 'hnsdiag JSON keys');
  if (/"(?:Pid|Status)"\s*:/.test(t) && t.includes('"Pid"')) return found('docker-inspect', 0.7, 'docker inspect JSON values');
  return null;
}

const LSNS_ART = /\|-|`-|├─|└─/;

function rowCheck(body: readonly string[]): DetectResult | null {
  if (body.length === 0) return null;
  // lsns -n namespace rows: inode, type, nprocs, pid, …
  if (
    body.every((l) => {
      const w = tokens(l);
      return w.length >= 3 && INT.test(w[0] as string) && Number(w[0]) >= 4026531835 && NS_TYPES.has(w[1] as string);
    })
  ) {
    return found('lsns', 0.85, 'lsns rows (inode, type)');
  }
  const shapes: Record<string, (w: string[]) => boolean> = {
    aux: (w) => w.length >= 11 && INT.test(w[1] ?? '') && FLOAT.test(w[2] ?? '') && FLOAT.test(w[3] ?? '') && INT.test(w[4] ?? '') && INT.test(w[5] ?? ''),
    busybox: (w) => w.length >= 4 && INT.test(w[0] ?? '') && !INT.test(w[1] ?? '') && CLOCK.test(w[2] ?? ''),
    ef: (w) => w.length >= 8 && INT.test(w[1] ?? '') && INT.test(w[2] ?? '') && INT.test(w[3] ?? ''),
    'pid-ppid': (w) => w.length >= 3 && INT.test(w[0] ?? '') && INT.test(w[1] ?? '') && !INT.test(w[2] ?? ''),
    'user-pid-ppid': (w) => w.length >= 4 && !INT.test(w[0] ?? '') && /^[\w.+-]+$/.test(w[0] ?? '') && INT.test(w[1] ?? '') && INT.test(w[2] ?? ''),
  };
  const confidence: Record<string, number> = { aux: 0.8, busybox: 0.75, ef: 0.75, 'pid-ppid': 0.6, 'user-pid-ppid': 0.6 };
  for (const [name, test] of Object.entries(shapes)) {
    const n = body.filter((l) => test(tokens(l))).length;
    if (n * 10 < body.length * 9) continue;
    let c = confidence[name] as number;
    if (body.length === 1) c *= 0.85;
    if (name === 'pid-ppid' && body.some((l) => LSNS_ART.test(l))) return found('lsns', Math.min(0.65, c + 0.05), 'lsns process rows with tree art');
    return found('ps', Math.round(c * 100) / 100, `ps rows without header (${name})`);
  }
  return null;
}

function weakChecks(body: readonly string[]): DetectResult | null {
  if (body.length > 0 && body.every((l) => /^[0-9a-f]{12}$|^[0-9a-f]{64}$/.test(l.trim()))) return found('docker-ps', 0.45, 'container ids only (docker ps -q?)');
  if (body.some((l) => /\bWsl\/[A-Za-z]/.test(l))) return found('wsl-list', 0.4, 'a wsl.exe error code');
  if (body.length > 0 && body.every((l) => /^(['"]?)\d+\1$/.test(l.trim()))) return found('docker-inspect', 0.35, 'bare numbers (docker inspect -f?)');
  return null;
}

/** {@link detectFormat} on lines already decoded (the transcript reader's entry). */
export function detectLines(lines: readonly string[]): DetectResult {
  const nonBlank: string[] = [];
  for (const l of lines) {
    if (l.trim() !== '') nonBlank.push(l);
    if (nonBlank.length >= 400) break;
  }
  if (nonBlank.length === 0) return { format: null, confidence: 0, reason: 'empty' };
  const first = (nonBlank[0] as string).trim();
  if (first.startsWith('{') || first.startsWith('[')) {
    const j = jsonCheck(lines.join('\n'));
    if (j) return j;
  }
  let best: DetectResult = NOTHING;
  const consider = (r: DetectResult | null) => {
    if (r && r.confidence > best.confidence) best = r;
  };
  const body = nonBlank.filter((l) => !isElision(l));
  for (const line of body.slice(0, 3)) consider(headerChecks(line));
  // lsns process-tree header (`PID PPID USER COMMAND`) is also a ps -o output: tree art decides.
  const head = tokens((body[0] ?? '').trim()).join(' ');
  if (head === 'PID PPID USER COMMAND') {
    consider(body.slice(1).some((l) => LSNS_ART.test(l)) ? found('lsns', 0.92, 'lsns process-tree header and art') : found('lsns', 0.6, 'lsns process header'));
  }
  if (best.confidence >= 0.9) return best;
  consider(procStatusCheck(body));
  consider(nsLinksCheck(body));
  consider(hnsdiagCheck(body));
  consider(ipconfigCheck(body));
  consider(rowCheck(body));
  consider(weakChecks(body));
  return best;
}

/**
 * Guesses the format of a bare output blob (string or bytes, any encoding `prepareInput`
 * reads). Never throws; `{ format: null, confidence: 0 }` when nothing is recognised.
 */
export function detectFormat(input: string | Uint8Array): DetectResult {
  const { lines } = prepareInput(input);
  return detectLines(lines.map((l) => l.text));
}
