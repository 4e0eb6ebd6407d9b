/**
 * Parser for Windows `ipconfig` and `ipconfig /all` output, in any display language, as
 * people paste it: with or without indentation, CRLF or LF, UTF-16 or UTF-8, inside a
 * markdown block or with a prompt line.
 *
 * Structure first, vocabulary second. Every non-blank line is one of:
 * - the title (`Windows IP Configuration`, localized, always has the words Windows and IP);
 * - an adapter header: a line ending in `:` that is not a `label . . . :` line — recognised by
 *   its type words in any known language, or by standing at the left margin where entries are
 *   indented (or after a blank line when a paste lost its indentation);
 * - an entry `label . . . : value`, split at the first colon that follows a dot leader, else at
 *   the first colon followed by a space (Spanish labels contain `: `, values contain colons);
 * - a continuation: a value alone on its line (extra DNS servers, gateways, search-list
 *   entries), indented or — when a paste lost its indentation — address- or name-shaped.
 * Labels map to fields through per-language tables; unknown or unreadable labels (OEM
 * mojibake) fall back to the value's shape, else go to `extra`.
 *
 * @example
 * parseIpconfig('Ethernet adapter vEthernet (WSL):\n\n   IPv4 Address. . . : 172.19.128.1\n').value.adapters[0].ipv4
 * // [{ address: '172.19.128.1', subnetMask: null }]
 */
import { diagnostic, makeResult, type Diagnostic, type ParseResult } from '../../core/diagnostic.js';
import { expandTabs, prepareInput } from '../../core/lines.js';
import type {
  IpconfigAdapter,
  IpconfigAdapterType,
  IpconfigHost,
  IpconfigIpv4,
  IpconfigIpv6,
  IpconfigOptions,
  IpconfigOutput,
} from './schema.js';
import { hasLetter, isAddressLike, isDomainLike, isHexDashed, isIpv4, isIpv6, isMask, ipv6KindOf, splitStatus } from './values.js';
import {
  DISABLED_WORDS,
  DISCONNECTED_WORDS,
  ENABLED_WORDS,
  HOST_FIELDS,
  LABEL_INDEX,
  LANGUAGES,
  NOT_PREFERRED_WORDS,
  NO_WORDS,
  PREFERRED_WORDS,
  TITLES,
  TYPE_PREFIXES,
  YES_WORDS,
  hasWord,
  isWildcard,
  labelKey,
  matchesWithWildcards,
  type FieldKey,
  type IpconfigLanguage,
  type LabelInfo,
  type TypePrefix,
} from './vocabulary.js';

type Kind = 'blank' | 'noise' | 'title' | 'header' | 'entry' | 'colon-ended' | 'bare';

interface Analysed {
  number: number;
  indent: number;
  /** The line without indentation and trailing white space. */
  body: string;
  kind: Kind;
  /** Entry label (dot leader cut) or header/colon-ended text without the final colon. */
  label: string;
  /** Entry value, trimmed. */
  value: string;
  /** Set for headers whose type words were recognised. */
  prefix: TypePrefix | null;
}

/** Fields that may appear more than once in one adapter block. */
const REPEATABLE_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'ipv6Address', 'temporaryIpv6Address', 'linkLocalIpv6Address', 'ipv4Address', 'autoconfigurationIpv4Address', 'ipAddress', 'subnetMask',
  'defaultGateway', 'dnsServers', 'primaryWinsServer', 'secondaryWinsServer', 'connectionSpecificDnsSuffixSearchList', 'mediaState',
]);

/** Text fields a narrow console wraps (XP printed long descriptions on two lines). */
const WRAPPING_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(['description']);

function isColon(c: number): boolean {
  return c === 0x3a || c === 0xff1a;
}

/**
 * Where the label ends: the first colon (ASCII or full-width) followed by a space or the end
 * of the line whose preceding text ends in a dot leader; failing that, the first such colon.
 */
function findSeparator(s: string): { at: number; leader: boolean } | null {
  let first = -1;
  for (let i = 0; i < s.length; i++) {
    if (!isColon(s.charCodeAt(i))) continue;
    if (i + 1 < s.length && s.charCodeAt(i + 1) !== 0x20) continue;
    let j = i - 1;
    while (j >= 0 && s.charCodeAt(j) === 0x20) j--;
    if (j >= 0 && s.charCodeAt(j) === 0x2e) return { at: i, leader: true };
    if (first < 0) first = i;
  }
  return first >= 0 ? { at: first, leader: false } : null;
}

/** Cuts the dot leader (and the spaces around it) off the end of a label. */
function cutLeader(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c === 0x20 || c === 0x2e) end--;
    else break;
  }
  // Keep a dot that belongs to the label itself (`Auto.`) — only runs of `. ` are leaders,
  // and a label never ends in a dot in any language seen.
  return s.slice(0, end);
}

function collapseSpaces(s: string): string {
  if (!s.includes('  ') && !s.startsWith(' ')) return s;
  let out = '';
  let space = false;
  for (const ch of s) {
    if (ch === ' ') {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

function matchTypePrefix(label: string): TypePrefix | null {
  const lower = label.toLowerCase();
  for (const p of TYPE_PREFIXES) {
    if (lower.length >= p.lower.length && lower.startsWith(p.lower) && (lower.length === p.lower.length || lower.charCodeAt(p.lower.length) === 0x20)) {
      return p;
    }
  }
  // Unreadable characters (a code-page mix-up) match any one character.
  if (!hasWildcard(label)) return null;
  const chars = Array.from(label);
  for (const p of TYPE_PREFIXES) {
    const n = Array.from(p.lower).length;
    if (chars.length < n) continue;
    if (chars.length > n && chars[n] !== ' ') continue;
    if (matchesWithWildcards(chars.slice(0, n).join('').toLowerCase(), p.lower)) return p;
  }
  return null;
}

function hasWildcard(s: string): boolean {
  for (const ch of s) if (isWildcard(ch)) return true;
  return false;
}

function lookupLabelUncached(label: string): LabelInfo | null {
  const key = labelKey(label);
  const found = LABEL_INDEX.get(key);
  if (found) return found;
  if (!hasWildcard(key)) return null;
  for (const [k, info] of LABEL_INDEX) if (matchesWithWildcards(key, k)) return info;
  return null;
}

// First characters a skipped line can start with; anything else is not noise (a fast refusal).
const NOISE_STARTS = new Set(['`', '~', '.', '…', '[', '<', '$', '#', '%', '>', 'λ', '❯', 'i', 'I']);

function isNoise(body: string): boolean {
  const c0 = body.charAt(0);
  const drivePrompt = body.charCodeAt(1) === 0x3a && body.charCodeAt(2) === 0x5c;
  if (!NOISE_STARTS.has(c0) && !drivePrompt && !body.startsWith('PS ')) return false;
  if (body.startsWith('```') || body.startsWith('~~~')) return true;
  if (body.startsWith('...') || body.startsWith('…') || body.startsWith('[...]') || body.toLowerCase().startsWith('<snip>')) return true;
  const lower = body.toLowerCase();
  // The command itself, bare or after a shell's prompt sign (`$ ipconfig.exe /all`, `λ ipconfig`).
  const command = lower.length > 2 && '$#%>λ❯'.includes(lower.charAt(0)) && lower.charAt(1) === ' ' ? lower.slice(2).trimStart() : lower;
  if (command.startsWith('ipconfig') && !command.includes(':')) return true;
  // A cmd or PowerShell prompt: `C:\Users\me>ipconfig /all`, `PS C:\> ipconfig`.
  const start = lower.startsWith('ps ') ? 3 : 0;
  const drive = lower.charCodeAt(start);
  if (drive >= 0x61 && drive <= 0x7a && lower.charCodeAt(start + 1) === 0x3a && lower.charCodeAt(start + 2) === 0x5c) {
    return lower.indexOf('>', start + 3) >= 0;
  }
  return false;
}

// Every localized title has the words `Windows` and `IP` (`Windows-IP-Konfiguration`,
// `Настройка протокола IP для Windows`, `Windows IP 構成`).
function isTitleText(body: string): boolean {
  const words = body.toLowerCase().split(/[ -]/);
  return words.includes('windows') && words.includes('ip') && !body.endsWith(':');
}

function analyse(number: number, rawText: string): Analysed {
  let text = (rawText.includes('\t') ? expandTabs(rawText) : rawText).trimEnd();
  let indent = 0;
  while (indent < text.length && text.charCodeAt(indent) === 0x20) indent++;
  // Markdown and mail quoting (`> `) in front of every pasted line.
  while (text.charCodeAt(indent) === 0x3e && text.charCodeAt(indent + 1) !== 0x3e) {
    text = text.slice(indent + (text.charCodeAt(indent + 1) === 0x20 ? 2 : 1));
    indent = 0;
    while (indent < text.length && text.charCodeAt(indent) === 0x20) indent++;
  }
  const body = indent === 0 ? text : text.slice(indent);
  const out: Analysed = { number, indent, body, kind: 'bare', label: '', value: '', prefix: null };
  if (body.length === 0) {
    out.kind = 'blank';
    return out;
  }
  if (isNoise(body)) {
    out.kind = 'noise';
    return out;
  }
  if (isColon(body.charCodeAt(body.length - 1))) {
    const inner = body.slice(0, -1).trimEnd();
    const prefix = matchTypePrefix(inner);
    if (prefix) {
      out.kind = 'header';
      out.label = inner;
      out.prefix = prefix;
      return out;
    }
  }
  const sep = findSeparator(body);
  if (sep) {
    const rawLabel = body.slice(0, sep.at);
    const label = collapseSpaces(cutLeader(rawLabel));
    if (label.length > 0 && hasLetter(label) && !isAddressLike(label) && !isAddressLike(rawLabel)) {
      out.label = label;
      if (sep.at === body.length - 1 && !sep.leader) {
        out.kind = 'colon-ended';
        return out;
      }
      out.kind = 'entry';
      out.value = body.slice(sep.at + 1).trim();
      return out;
    }
  }
  if (isTitleText(body)) {
    out.kind = 'title';
    out.label = body;
  }
  return out;
}

interface Builder {
  adapter: IpconfigAdapter;
  seen: Set<FieldKey>;
  /** IPv4 entries still waiting for their `Subnet Mask` line, most recent last. */
  unmasked: IpconfigIpv4[];
}

interface Last {
  /** Where continuation values go. */
  list: string[] | null;
  key: FieldKey | null;
  label: string;
  extra: Record<string, string[]>;
  /** For wrapped text fields: the builder to append to. */
  builder: Builder | null;
}

function newAdapter(name: string, typeText: string | null, type: IpconfigAdapterType, line: number): Builder {
  return {
    adapter: {
      name,
      type,
      typeText,
      mediaState: 'connected',
      description: null,
      physicalAddress: null,
      dhcpEnabled: null,
      autoconfigurationEnabled: null,
      ipv4: [],
      ipv6: [],
      defaultGateways: [],
      dnsServers: [],
      winsServers: [],
      dhcpServer: null,
      dhcpv6Iaid: null,
      dhcpv6ClientDuid: null,
      leaseObtained: null,
      leaseExpires: null,
      netbiosOverTcpip: null,
      connectionSpecificDnsSuffix: null,
      connectionSpecificDnsSuffixSearchList: [],
      extra: {},
      line,
      endLine: line,
    },
    seen: new Set(),
    unmasked: [],
  };
}

function newHost(line: number, title: string | null): IpconfigHost {
  return {
    hostName: null,
    primaryDnsSuffix: null,
    nodeType: null,
    ipRoutingEnabled: null,
    winsProxyEnabled: null,
    dnsSuffixSearchList: [],
    title,
    extra: {},
    line,
  };
}

function addExtra(extra: Record<string, string[]>, label: string, value: string | null): string[] {
  let list = Object.hasOwn(extra, label) ? extra[label] : undefined;
  if (!list) {
    list = [];
    // defineProperty: a label such as `__proto__` must become a key, not a prototype.
    Object.defineProperty(extra, label, { value: list, enumerable: true, writable: true, configurable: true });
  }
  if (value !== null && value.length > 0) list.push(value);
  return list;
}

function parseYesNo(value: string): boolean | null {
  if (hasWord(YES_WORDS, value)) return true;
  if (hasWord(NO_WORDS, value)) return false;
  return null;
}

function parseEnabled(value: string): boolean | null {
  if (hasWord(ENABLED_WORDS, value)) return true;
  if (hasWord(DISABLED_WORDS, value)) return false;
  return parseYesNo(value);
}

function withStatus<T extends { preferred?: boolean | undefined; status?: string | undefined }>(entry: T, status: string | null): T {
  if (status === null) return entry;
  if (hasWord(PREFERRED_WORDS, status)) entry.preferred = true;
  else if (hasWord(NOT_PREFERRED_WORDS, status)) entry.preferred = false;
  entry.status = status;
  return entry;
}

/** Parses `ipconfig` / `ipconfig /all` output. Never throws. */
export function parseIpconfig(input: string | Uint8Array, options?: IpconfigOptions): ParseResult<IpconfigOutput> {
  void options;
  const prepared = prepareInput(input);
  const diagnostics: Diagnostic[] = [...prepared.diagnostics];
  const lines = prepared.lines.map((l) => analyse(l.number, l.text));

  let baseIndent = Infinity;
  for (const l of lines) if (l.kind !== 'blank' && l.kind !== 'noise' && l.indent < baseIndent) baseIndent = l.indent;

  // Labels repeat in every adapter block; look each one up once.
  const labelCache = new Map<string, LabelInfo | null>();
  const lookupLabel = (label: string): LabelInfo | null => {
    let info = labelCache.get(label);
    if (info === undefined) {
      info = lookupLabelUncached(label);
      labelCache.set(label, info);
    }
    return info;
  };
  const votes = new Map<IpconfigLanguage, number>();
  const vote = (langs: readonly IpconfigLanguage[]): void => {
    for (const lang of langs) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  };

  // One mutable state object: the helpers below update it, and TypeScript's narrowing
  // does not follow assignments made inside closures.
  const st: { host: IpconfigHost | null; current: Builder | null; last: Last | null; recognised: number } = {
    host: null,
    current: null,
    last: null,
    recognised: 0,
  };
  const adapters: Builder[] = [];
  const hostSeen = new Set<FieldKey>();

  const nextNonBlank = (i: number): Analysed | null => {
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k] as Analysed;
      if (l.kind !== 'blank' && l.kind !== 'noise') return l;
    }
    return null;
  };
  const prevIsBreak = (i: number): boolean => {
    for (let k = i - 1; k >= 0; k--) {
      const l = lines[k] as Analysed;
      if (l.kind === 'noise') continue;
      return l.kind === 'blank' || l.kind === 'title';
    }
    return true;
  };

  const startAdapter = (l: Analysed): void => {
    const prefix = l.prefix;
    let name = l.label;
    let typeText: string | null = null;
    let type: IpconfigAdapterType = 'unknown';
    if (prefix) {
      const n = Array.from(prefix.text).length;
      const chars = Array.from(l.label);
      typeText = chars.slice(0, n).join('');
      name = chars.slice(n).join('').trim();
      type = prefix.kind;
      vote(TYPE_PREFIXES.filter((p) => p.lower === prefix.lower).map((p) => p.language));
    }
    const b = newAdapter(name, typeText, type, l.number);
    st.current = b;
    adapters.push(b);
    st.last = null;
    st.recognised++;
  };

  const ensureHost = (line: number): IpconfigHost => {
    if (!st.host) st.host = newHost(line, null);
    return st.host;
  };

  const ensureAdapter = (l: Analysed): Builder => {
    if (st.current) return st.current;
    diagnostics.push(
      diagnostic('warning', 'ipconfig/missing-adapter-header', 'Adapter fields appear without an adapter header line above them; they were kept in an adapter with an empty name.', l.number, { excerpt: l.body }),
    );
    const b = newAdapter('', null, 'unknown', l.number);
    st.current = b;
    adapters.push(b);
    return b;
  };

  const duplicate = (l: Analysed, extra: Record<string, string[]>): void => {
    diagnostics.push(
      diagnostic('warning', 'ipconfig/duplicate-field', `"${l.label}" appears twice in one block; the second value was kept in extra.`, l.number, { excerpt: l.body }),
    );
    st.last = { list: addExtra(extra, l.label, l.value), key: null, label: l.label, extra, builder: null };
  };

  const hostEntry = (l: Analysed, key: FieldKey): void => {
    const h = ensureHost(l.number);
    if (hostSeen.has(key) && key !== 'dnsSuffixSearchList') return duplicate(l, h.extra);
    hostSeen.add(key);
    const v = l.value.length > 0 ? l.value : null;
    st.last = { list: null, key, label: l.label, extra: h.extra, builder: null };
    switch (key) {
      case 'hostName':
        h.hostName = v;
        break;
      case 'primaryDnsSuffix':
        h.primaryDnsSuffix = v;
        break;
      case 'nodeType':
        h.nodeType = v;
        break;
      case 'ipRoutingEnabled':
      case 'winsProxyEnabled': {
        const b = v === null ? null : parseYesNo(v);
        if (v !== null && b === null) unknownValue(l, h.extra);
        if (key === 'ipRoutingEnabled') h.ipRoutingEnabled = b;
        else h.winsProxyEnabled = b;
        break;
      }
      default:
        if (v !== null) h.dnsSuffixSearchList.push(v);
        st.last.list = h.dnsSuffixSearchList;
    }
  };

  const unknownValue = (l: Analysed, extra: Record<string, string[]>): void => {
    diagnostics.push(
      diagnostic('info', 'ipconfig/unknown-value', `The value "${l.value}" of "${l.label}" is not a known yes/no word; it was kept in extra.`, l.number, { excerpt: l.body }),
    );
    addExtra(extra, l.label, l.value);
  };

  const addIpv4 = (b: Builder, l: Analysed, value: string, autoconfigured: boolean): void => {
    const { core, status } = splitStatus(value);
    const entry: IpconfigIpv4 = withStatus<IpconfigIpv4>({ address: core, subnetMask: null }, status);
    if (autoconfigured) entry.autoconfigured = true;
    b.adapter.ipv4.push(entry);
    b.unmasked.push(entry);
    st.last = { list: null, key: 'ipv4Address', label: l.label, extra: b.adapter.extra, builder: b };
  };

  const addIpv6 = (b: Builder, l: Analysed, value: string, key: FieldKey): void => {
    const { core, status } = splitStatus(value);
    const pct = core.indexOf('%');
    const address = pct < 0 ? core : core.slice(0, pct);
    const zone = pct < 0 ? null : core.slice(pct + 1);
    const kind = key === 'temporaryIpv6Address' ? 'temporary' : key === 'linkLocalIpv6Address' ? 'link-local' : ipv6KindOf(address);
    const entry: IpconfigIpv6 = withStatus<IpconfigIpv6>({ address, zone, kind }, status);
    b.adapter.ipv6.push(entry);
    st.last = { list: null, key, label: l.label, extra: b.adapter.extra, builder: b };
  };

  const setMask = (b: Builder, l: Analysed, value: string): void => {
    const open = value.length > 0 ? b.unmasked.pop() : undefined;
    const mask = splitStatus(value).core;
    if (open) open.subnetMask = mask;
    else if (value.length > 0) {
      diagnostics.push(diagnostic('warning', 'ipconfig/mask-without-address', 'A subnet mask is not preceded by an IPv4 address of its own; it was kept in extra.', l.number, { excerpt: l.body }));
      addExtra(b.adapter.extra, l.label, value);
    }
    st.last = { list: null, key: 'subnetMask', label: l.label, extra: b.adapter.extra, builder: b };
  };

  const adapterEntry = (l: Analysed, key: FieldKey): void => {
    const b = ensureAdapter(l);
    const a = b.adapter;
    if (b.seen.has(key) && !REPEATABLE_FIELDS.has(key)) return duplicate(l, a.extra);
    b.seen.add(key);
    const v = l.value.length > 0 ? l.value : null;
    st.last = { list: null, key, label: l.label, extra: a.extra, builder: b };
    switch (key) {
      case 'mediaState':
        a.mediaState = 'disconnected';
        break;
      case 'connectionSpecificDnsSuffix':
        a.connectionSpecificDnsSuffix = v;
        break;
      case 'description':
        a.description = v;
        break;
      case 'physicalAddress':
        a.physicalAddress = v;
        break;
      case 'dhcpEnabled':
      case 'autoconfigurationEnabled': {
        const bool = v === null ? null : parseYesNo(v);
        if (v !== null && bool === null) unknownValue(l, a.extra);
        if (key === 'dhcpEnabled') a.dhcpEnabled = bool;
        else a.autoconfigurationEnabled = bool;
        break;
      }
      case 'netbiosOverTcpip': {
        const bool = v === null ? null : parseEnabled(v);
        if (v !== null && bool === null) unknownValue(l, a.extra);
        a.netbiosOverTcpip = bool;
        break;
      }
      case 'ipv4Address':
      case 'autoconfigurationIpv4Address':
      case 'ipAddress': {
        if (v === null) break;
        const core = splitStatus(v).core;
        if (isIpv6(core)) addIpv6(b, l, v, 'ipv6Address');
        else if (key !== 'ipAddress' || isIpv4(core)) addIpv4(b, l, v, key === 'autoconfigurationIpv4Address');
        else st.last = { list: addExtra(a.extra, l.label, v), key: null, label: l.label, extra: a.extra, builder: b };
        break;
      }
      case 'ipv6Address':
      case 'temporaryIpv6Address':
      case 'linkLocalIpv6Address':
        if (v !== null) addIpv6(b, l, v, key);
        break;
      case 'subnetMask':
        setMask(b, l, v ?? '');
        break;
      case 'leaseObtained':
        a.leaseObtained = v;
        break;
      case 'leaseExpires':
        a.leaseExpires = v;
        break;
      case 'dhcpServer':
        a.dhcpServer = v;
        break;
      case 'dhcpv6Iaid':
        a.dhcpv6Iaid = v;
        break;
      case 'dhcpv6ClientDuid':
        a.dhcpv6ClientDuid = v;
        break;
      case 'defaultGateway':
        if (v !== null) a.defaultGateways.push(v);
        st.last.list = a.defaultGateways;
        break;
      case 'dnsServers':
        if (v !== null) a.dnsServers.push(v);
        st.last.list = a.dnsServers;
        break;
      case 'primaryWinsServer':
      case 'secondaryWinsServer':
        if (v !== null) a.winsServers.push(v);
        st.last.list = a.winsServers;
        break;
      case 'connectionSpecificDnsSuffixSearchList':
        if (v !== null) a.connectionSpecificDnsSuffixSearchList.push(v);
        st.last.list = a.connectionSpecificDnsSuffixSearchList;
        break;
      default:
        // Host fields inside an adapter block: a second run of ipconfig without its title.
        st.last = { list: addExtra(a.extra, l.label, v), key: null, label: l.label, extra: a.extra, builder: b };
    }
  };

  /** An entry whose label is not in the tables: guess from the value, else keep it in extra. */
  const unknownEntry = (l: Analysed): void => {
    const previous: Last | null = st.last;
    const current = st.current;
    const core = splitStatus(l.value).core;
    const lowerLabel = l.label.toLowerCase();
    let guess: FieldKey | null = null;
    if (isIpv4(core) && lowerLabel.includes('ipv4')) guess = 'ipv4Address';
    else if (isIpv6(core) && lowerLabel.includes('ipv6')) guess = 'ipv6Address';
    else if (isMask(core) && previous?.key === 'ipv4Address' && (previous.builder?.unmasked.length ?? 0) > 0) guess = 'subnetMask';
    else if (isHexDashed(core) && core.split('-').length <= 8 && current && current.adapter.physicalAddress === null && !current.seen.has('physicalAddress')) guess = 'physicalAddress';
    else if (isHexDashed(core, 10) && current && !current.seen.has('dhcpv6ClientDuid')) guess = 'dhcpv6ClientDuid';
    else if (current && hasWord(DISCONNECTED_WORDS, l.value)) guess = 'mediaState';
    if (guess) {
      diagnostics.push(
        diagnostic('info', 'ipconfig/field-by-value', `The label "${l.label}" is not known; from the shape of its value it was read as ${guess}.`, l.number, { excerpt: l.body }),
      );
      adapterEntry(l, guess);
      return;
    }
    diagnostics.push(diagnostic('info', 'ipconfig/unknown-label', `The label "${l.label}" is not known; its value was kept in extra.`, l.number, { excerpt: l.body }));
    const target = current ? current.adapter.extra : ensureHost(l.number).extra;
    st.last = { list: addExtra(target, l.label, l.value.length > 0 ? l.value : null), key: null, label: l.label, extra: target, builder: current };
  };

  const entry = (l: Analysed): void => {
    st.recognised++;
    const info = lookupLabel(l.label);
    if (!info) return unknownEntry(l);
    vote(info.languages);
    if (HOST_FIELDS.has(info.key) && !st.current) hostEntry(l, info.key);
    else adapterEntry(l, info.key);
  };

  const continuation = (l: Analysed): boolean => {
    const prev: Last | null = st.last;
    if (!prev) return false;
    const text = l.body;
    const shaped = isAddressLike(text) || isDomainLike(text);
    if (l.indent <= baseIndent && !shaped) return false;
    if (prev.list) {
      prev.list.push(text);
      return true;
    }
    if (prev.key && WRAPPING_FIELDS.has(prev.key) && prev.builder && l.indent > baseIndent) {
      const a = prev.builder.adapter;
      a.description = a.description === null ? text : `${a.description} ${text}`;
      diagnostics.push(diagnostic('info', 'ipconfig/wrapped-value', `The ${prev.key} continues on this line; the two parts were joined with a space.`, l.number, { excerpt: text }));
      return true;
    }
    diagnostics.push(
      diagnostic('warning', 'ipconfig/unexpected-continuation', `A value line follows "${prev.label}", which takes one value; it was kept in extra under that label.`, l.number, { excerpt: text }),
    );
    prev.list = addExtra(prev.extra, prev.label, text);
    return true;
  };

  const unrecognized = (l: Analysed): void => {
    diagnostics.push(diagnostic('warning', 'ipconfig/unrecognized-line', 'This line is not part of ipconfig output as far as the parser can tell; it was skipped.', l.number, { excerpt: l.body }));
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Analysed;
    step(i, l);
    // An adapter block ends at its last non-blank line before the next header or title.
    if (st.current && l.kind !== 'blank' && l.kind !== 'noise') st.current.adapter.endLine = l.number;
  }

  function step(i: number, l: Analysed): void {
    switch (l.kind) {
      case 'blank':
        return;
      case 'noise':
        diagnostics.push(diagnostic('info', 'ipconfig/skipped-line', 'A prompt, markdown fence or elision mark is not ipconfig output; it was skipped.', l.number, { excerpt: l.body }));
        return;
      case 'title': {
        st.recognised++;
        for (const lang of LANGUAGES) if (TITLES[lang].toLowerCase() === l.body.toLowerCase()) vote([lang]);
        if (!st.host && adapters.length === 0) {
          st.host = newHost(l.number, l.body);
        } else {
          diagnostics.push(diagnostic('info', 'ipconfig/repeated-title', 'A second ipconfig title: the paste holds more than one run; its adapters are listed after the first run’s.', l.number, { excerpt: l.body }));
          if (st.host && st.host.title === null) st.host.title = l.body;
          st.current = null;
        }
        st.last = null;
        return;
      }
      case 'header':
        startAdapter(l);
        return;
      case 'colon-ended': {
        // `Name:` alone: an adapter header whose type words are not known, or a label with an
        // empty value and no dot leader. Headers stand at the left margin and are followed
        // by fields; in a paste without indentation they also follow a blank line.
        const info = lookupLabel(l.label);
        const next = nextNonBlank(i);
        const fieldsFollow = next !== null && (next.kind === 'entry' || next.kind === 'colon-ended') && next.indent >= l.indent;
        const headerLike = !info && l.indent <= baseIndent && fieldsFollow && (prevIsBreak(i) || next.indent > l.indent);
        if (headerLike) startAdapter(l);
        else if (info || st.current || st.host) entry(l);
        else unrecognized(l);
        return;
      }
      case 'entry':
        entry(l);
        return;
      case 'bare':
        if (continuation(l)) {
          st.recognised++;
          return;
        }
        unrecognized(l);
        return;
    }
  }

  if (st.recognised === 0 && lines.some((l) => l.kind !== 'blank')) {
    diagnostics.push(diagnostic('error', 'ipconfig/not-ipconfig', 'No ipconfig title, adapter header or "label . . . : value" line was found.', 0));
  }

  let language: IpconfigLanguage | null = null;
  let best = 0;
  for (const lang of LANGUAGES) {
    const n = votes.get(lang) ?? 0;
    if (n > best) {
      best = n;
      language = lang;
    }
  }

  return makeResult({ host: st.host, adapters: adapters.map((b) => b.adapter), language }, diagnostics);
}
