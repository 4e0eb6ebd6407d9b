/**
 * Renders ipconfig values back into the text `ipconfig` / `ipconfig /all` prints, in any
 * language of the parser's tables, with the real layout (dot-leader padding, continuation
 * lines, `(Preferred)` suffixes glued to values) and the damage pastes suffer (indentation
 * stripped, blank lines lost, CRLF, UTF-16LE, prompt lines and markdown fences around).
 * `ipconfigOutputArbitrary` generates values that render and parse back exactly; the model's
 * tests can reuse both.
 */
import fc from 'fast-check';
import type { IpconfigAdapter, IpconfigHost, IpconfigIpv4, IpconfigIpv6, IpconfigOutput } from '../../src/parsers/ipconfig/schema.js';
import {
  ENABLED_DISABLED,
  LABELS,
  NOT_PREFERRED,
  PREFERRED,
  TITLES,
  TYPE_WORDS,
  YES_NO,
  type FieldKey,
  type IpconfigLanguage,
} from '../../src/parsers/ipconfig/vocabulary.js';

export { utf16le as toUtf16le } from './encode.js';

/** How to print. */
export interface RenderIpconfigOptions {
  /** Display language of labels, type words, yes/no (default `en`). */
  language?: IpconfigLanguage;
  /** Width of label + dot leader before the colon (default 33, the English layout). */
  labelWidth?: number;
  /** `spaced`: `Label . . . : v` (en, de); `tight`: `Label. . . .: v` (fr, ja). */
  leader?: 'spaced' | 'tight';
  /** Column of continuation values (default: the value column). Ignored when `stripIndent`. */
  continuationColumn?: number;
  /** Every line starts at column 0, as in pastes outside code blocks. */
  stripIndent?: boolean;
  /** No blank lines at all, as in pastes through some editors. */
  dropBlankLines?: boolean;
  /** Line ending (default `\n`). */
  eol?: '\n' | '\r\n';
  /** Put a prompt line, or a prompt inside a markdown fence, around the output. */
  wrap?: 'none' | 'prompt' | 'fence';
}

/** The rendered text and the value the parser must return for it (lines filled in). */
export interface RenderedIpconfig {
  /** The text. */
  text: string;
  /** The input value with `line` / `endLine` set to where the renderer put the records. */
  expected: IpconfigOutput;
}


function label(lang: IpconfigLanguage, key: FieldKey): string {
  const l = LABELS[lang][key]?.[0] ?? LABELS.en[key]?.[0];
  if (!l) throw new Error(`no label for ${key}`);
  return l;
}

/** Renders `value` as ipconfig prints it. */
export function renderIpconfig(value: IpconfigOutput, options: RenderIpconfigOptions = {}): RenderedIpconfig {
  const lang = options.language ?? 'en';
  const width = options.labelWidth ?? 33;
  const tight = options.leader === 'tight';
  const indent = options.stripIndent ? '' : '   ';
  const valueColumn = indent.length + width + 2;
  const contColumn = options.stripIndent ? 0 : (options.continuationColumn ?? valueColumn);
  const lines: string[] = [];
  const expected: IpconfigOutput = JSON.parse(JSON.stringify(value)) as IpconfigOutput;
  const blank = (): void => {
    if (!options.dropBlankLines) lines.push('');
  };
  const yes = (b: boolean): string => (b ? YES_NO[lang].yes[0] : YES_NO[lang].no[0]) as string;
  const enabled = (b: boolean): string => (b ? ENABLED_DISABLED[lang].enabled[0] : ENABLED_DISABLED[lang].disabled[0]) as string;

  const entry = (text: string, v: string): void => {
    let padded: string;
    // Long labels lose their leader (`Verbindungsspezifisches DNS-Suffix:`), except those with
    // a colon inside (`Vínculo: dirección IPv6 local. . . :`), which Windows always pads.
    const w = text.includes(':') ? Math.max(width, text.length + 3) : width;
    if (text.length >= w - 1) padded = `${text}:`;
    else {
      let s = text;
      for (let c = text.length; c < w; c++) s += c % 2 === 0 ? '.' : ' ';
      padded = tight ? `${s.trimEnd()}:` : `${s.trimEnd()} :`;
    }
    lines.push(`${indent}${padded}${v.length > 0 ? ` ${v}` : ''}`);
  };
  const field = (key: FieldKey, v: string): void => entry(label(lang, key), v);
  const list = (key: FieldKey, values: readonly string[], firstOnLabelLine = true): void => {
    const [first, ...rest] = values;
    if (firstOnLabelLine) {
      field(key, first ?? '');
      for (const v of rest) lines.push(`${' '.repeat(contColumn)}${v}`);
    } else {
      field(key, '');
      for (const v of values) lines.push(`${' '.repeat(contColumn)}${v}`);
    }
  };
  const extras = (extra: Record<string, string[]>): void => {
    for (const [k, vs] of Object.entries(extra)) {
      const [first, ...rest] = vs;
      entry(k, first ?? '');
      for (const v of rest) lines.push(`${' '.repeat(contColumn)}${v}`);
    }
  };

  if (options.wrap === 'fence') lines.push('```');
  if (options.wrap === 'prompt' || options.wrap === 'fence') lines.push(`C:\\Users\\me>ipconfig /all`);

  const host = value.host;
  if (host) {
    blank();
    lines.push(host.title ?? TITLES[lang]);
    (expected.host as IpconfigHost).line = lines.length;
    blank();
    const anyField =
      host.hostName !== null || host.primaryDnsSuffix !== null || host.nodeType !== null || host.ipRoutingEnabled !== null ||
      host.winsProxyEnabled !== null || host.dnsSuffixSearchList.length > 0 || Object.keys(host.extra).length > 0;
    if (anyField) {
      if (host.hostName !== null) field('hostName', host.hostName);
      field('primaryDnsSuffix', host.primaryDnsSuffix ?? '');
      if (host.nodeType !== null) field('nodeType', host.nodeType);
      if (host.ipRoutingEnabled !== null) field('ipRoutingEnabled', yes(host.ipRoutingEnabled));
      if (host.winsProxyEnabled !== null) field('winsProxyEnabled', yes(host.winsProxyEnabled));
      if (host.dnsSuffixSearchList.length > 0) list('dnsSuffixSearchList', host.dnsSuffixSearchList);
      extras(host.extra);
    }
  }

  value.adapters.forEach((a, k) => {
    blank();
    const sep = lang === 'fr' ? ' :' : ':';
    lines.push(a.typeText === null ? `${a.name}:` : `${a.typeText} ${a.name}${sep}`);
    const exp = expected.adapters[k] as IpconfigAdapter;
    exp.line = lines.length;
    blank();
    if (a.mediaState === 'disconnected') field('mediaState', (MEDIA[lang] ?? 'Media disconnected'));
    field('connectionSpecificDnsSuffix', a.connectionSpecificDnsSuffix ?? '');
    if (a.description !== null) field('description', a.description);
    if (a.physicalAddress !== null) field('physicalAddress', a.physicalAddress);
    if (a.dhcpEnabled !== null) field('dhcpEnabled', yes(a.dhcpEnabled));
    if (a.autoconfigurationEnabled !== null) field('autoconfigurationEnabled', yes(a.autoconfigurationEnabled));
    for (const v6 of a.ipv6) {
      const key: FieldKey = v6.kind === 'temporary' ? 'temporaryIpv6Address' : v6.kind === 'link-local' ? 'linkLocalIpv6Address' : 'ipv6Address';
      field(key, `${v6.address}${v6.zone === null ? '' : `%${v6.zone}`}${v6.status === undefined ? '' : `(${v6.status})`}`);
    }
    for (const v4 of a.ipv4) {
      field(v4.autoconfigured ? 'autoconfigurationIpv4Address' : 'ipv4Address', `${v4.address}${v4.status === undefined ? '' : `(${v4.status})`}`);
      if (v4.subnetMask !== null) field('subnetMask', v4.subnetMask);
    }
    if (a.leaseObtained !== null) field('leaseObtained', a.leaseObtained);
    if (a.leaseExpires !== null) field('leaseExpires', a.leaseExpires);
    if (a.mediaState === 'connected' || a.defaultGateways.length > 0) list('defaultGateway', a.defaultGateways);
    if (a.dhcpServer !== null) field('dhcpServer', a.dhcpServer);
    if (a.dhcpv6Iaid !== null) field('dhcpv6Iaid', a.dhcpv6Iaid);
    if (a.dhcpv6ClientDuid !== null) field('dhcpv6ClientDuid', a.dhcpv6ClientDuid);
    if (a.dnsServers.length > 0) list('dnsServers', a.dnsServers);
    if (a.winsServers[0] !== undefined) field('primaryWinsServer', a.winsServers[0]);
    if (a.winsServers[1] !== undefined) list('secondaryWinsServer', a.winsServers.slice(1));
    if (a.netbiosOverTcpip !== null) field('netbiosOverTcpip', enabled(a.netbiosOverTcpip));
    if (a.connectionSpecificDnsSuffixSearchList.length > 0) list('connectionSpecificDnsSuffixSearchList', a.connectionSpecificDnsSuffixSearchList, false);
    extras(a.extra);
    exp.endLine = lines.length;
  });
  if (options.wrap === 'fence') lines.push('```');
  const eol = options.eol ?? '\n';
  return { text: lines.join(eol) + eol, expected };
}

const MEDIA: Partial<Record<IpconfigLanguage, string>> = {
  en: 'Media disconnected',
  de: 'Medium getrennt',
  fr: 'Média déconnecté',
  es: 'medios desconectados',
  pt: 'mídia desconectada',
  ru: 'Среда передачи недоступна.',
  ja: 'メディアは接続されていません',
  ko: '미디어 연결 끊김',
  zh: '媒体已断开连接',
};

// ---------------------------------------------------------------------------------------
// Generators

const hex = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((n) => n.toString(16));
const byte = fc.integer({ min: 0, max: 255 });

/** Dotted quads. */
export const ipv4Arbitrary: fc.Arbitrary<string> = fc.tuple(byte, byte, byte, byte).map((b) => b.join('.'));

/** Subnet masks (contiguous ones). */
export const maskArbitrary: fc.Arbitrary<string> = fc.integer({ min: 0, max: 32 }).map((bits) => {
  const v = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
});

const group = hex(0, 0xffff);
const tail = fc.array(group, { minLength: 1, maxLength: 4 }).map((g) => g.join(':'));

function ipv6With(first: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(first, tail).map(([f, t]) => `${f}::${t}`),
    fc.tuple(first, fc.array(group, { minLength: 7, maxLength: 7 })).map(([f, g]) => [f, ...g].join(':')),
  );
}

const v6ByKind: Record<Exclude<IpconfigIpv6['kind'], 'temporary'>, fc.Arbitrary<string>> = {
  'link-local': tail.map((t) => `fe80::${t}`),
  global: ipv6With(hex(0x2000, 0x3fff)),
  'unique-local': ipv6With(hex(0xfc00, 0xfdff)),
  'site-local': ipv6With(hex(0xfec0, 0xfeff)),
  other: fc.constantFrom('::1', '::', '::ffff:1'),
};

function statusArbitrary(lang: IpconfigLanguage): fc.Arbitrary<{ preferred?: boolean; status?: string }> {
  return fc.oneof(
    fc.constant({}),
    fc.constantFrom(...PREFERRED[lang]).map((status) => ({ preferred: true, status })),
    fc.constantFrom(...NOT_PREFERRED).map((status) => ({ preferred: false, status })),
  );
}

function ipv6Arbitrary(lang: IpconfigLanguage): fc.Arbitrary<IpconfigIpv6> {
  return fc
    .tuple(
      fc.constantFrom<IpconfigIpv6['kind']>('link-local', 'global', 'temporary', 'unique-local', 'site-local', 'other'),
      fc.option(fc.integer({ min: 1, max: 99 }).map(String), { nil: null }),
      statusArbitrary(lang),
    )
    .chain(([kind, zone, status]) =>
      (kind === 'temporary' ? v6ByKind.global : v6ByKind[kind]).map((address) => ({ address, zone, kind, ...status })),
    );
}

function ipv4EntryArbitrary(lang: IpconfigLanguage): fc.Arbitrary<IpconfigIpv4> {
  return fc
    .tuple(ipv4Arbitrary, fc.option(maskArbitrary, { nil: null }), statusArbitrary(lang), fc.boolean())
    .map(([address, subnetMask, status, auto]) => ({ address, subnetMask, ...status, ...(auto ? { autoconfigured: true as const } : {}) }));
}

// fast-check's stringMatching rejects the `i` flag, so the classes spell out both cases.
// eslint-disable-next-line regexp/use-ignore-case
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
const domain = fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/), { minLength: 1, maxLength: 3 }).map((p) => `${p.join('.')}.example`);
const mac = fc.array(byte, { minLength: 6, maxLength: 6 }).map((b) => b.map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join('-'));
const tunnelMac = fc.constant('00-00-00-00-00-00-00-E0');
const duid = fc.array(byte, { minLength: 14, maxLength: 14 }).map((b) => b.map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join('-'));
const description = fc.array(fc.stringMatching(/^[A-Za-z0-9()#/.-]{1,10}$/) /* eslint-disable-line regexp/use-ignore-case */, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const lease = fc.constantFrom(
  'Monday, October 15, 2018 9:14:07 PM',
  'Mittwoch, 27. November 2024 19:59:32',
  'mercredi 11 octobre 2023 09:02:30',
  'lunes, 28 de septiembre de 2026 18:43:48',
  '2018年9月11日 19:07:55',
  '2025년 3월 16일 일요일 오전 8:52:50',
  'úterý 6. dubna 2021 13:36:39',
);
const gateway = fc.oneof(ipv4Arbitrary, v6ByKind['link-local'].map((a) => `${a}%18`), fc.constant('::'));
const dnsServer = fc.oneof(ipv4Arbitrary, fc.integer({ min: 1, max: 3 }).map((n) => `fec0:0:0:ffff::${n}%1`));

/** Adapter names, with the shapes real ones have. */
export const adapterNameArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'vEthernet (WSL (Hyper-V firewall))',
    'vEthernet (WSL)',
    'vEthernet (Default Switch)',
    'Local Area Connection* 2',
    'LAN-Verbindung* 3',
    'isatap.{F856FDB3-CE70-489D-A231-704790DC1351}',
    'Teredo Tunneling Pseudo-Interface',
    'Ethernet 2',
    'Wi-Fi',
    '以太网',
    'イーサネット',
    'Подключение по локальной сети* 1',
    'Bluetooth Network Connection',
    'VMware Network Adapter VMnet8',
  ),
  fc.array(fc.stringMatching(/^[A-Za-z0-9*#.{}-]{1,8}$/) /* eslint-disable-line regexp/use-ignore-case */, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
);

const UNTYPED_SAFE: ReadonlySet<string> = new Set(['vEthernet (WSL (Hyper-V firewall))', 'vEthernet (WSL)', 'Local Area Connection* 2', 'Wi-Fi', '以太网', 'Bluetooth Network Connection']);

/** Labels the tables do not know, for `extra`. */
const extraArbitrary = fc.dictionary(word.map((w) => `Zq${w}`), fc.array(word.map((w) => `x${w}`), { minLength: 1, maxLength: 2 }), { maxKeys: 2 });

/** Options that keep a generated adapter printable and parseable back exactly. */
export interface AdapterArbitraryOptions {
  /** Allow headers without type words (only safe when indentation is kept). */
  allowUntyped?: boolean;
}

/** One adapter as ipconfig would print it in `lang`. */
export function adapterArbitrary(lang: IpconfigLanguage, options: AdapterArbitraryOptions = {}): fc.Arbitrary<IpconfigAdapter> {
  const kinds = Object.entries(TYPE_WORDS[lang]).flatMap(([kind, words]) => (words ?? []).map((w) => [kind, w] as const));
  const typeArb = options.allowUntyped ? fc.option(fc.constantFrom(...kinds), { nil: null, freq: 3 }) : fc.constantFrom(...kinds);
  const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
  return fc
    .record({
      name: adapterNameArbitrary,
      type: typeArb,
      disconnected: fc.boolean(),
      description: opt(description),
      physicalAddress: opt(fc.oneof(mac, tunnelMac)),
      dhcpEnabled: opt(fc.boolean()),
      autoconfigurationEnabled: opt(fc.boolean()),
      ipv4: fc.array(ipv4EntryArbitrary(lang), { maxLength: 2 }),
      ipv6: fc.array(ipv6Arbitrary(lang), { maxLength: 3 }),
      defaultGateways: fc.array(gateway, { maxLength: 3 }),
      dnsServers: fc.array(dnsServer, { maxLength: 3 }),
      winsServers: fc.array(ipv4Arbitrary, { maxLength: 2 }),
      dhcpServer: opt(ipv4Arbitrary),
      dhcpv6Iaid: opt(fc.integer({ min: 1, max: 2 ** 31 }).map(String)),
      dhcpv6ClientDuid: opt(duid),
      leaseObtained: opt(lease),
      leaseExpires: opt(lease),
      netbiosOverTcpip: opt(fc.boolean()),
      connectionSpecificDnsSuffix: opt(domain),
      connectionSpecificDnsSuffixSearchList: fc.array(domain, { maxLength: 2 }),
      extra: extraArbitrary,
    })
    .map((r) => {
      const { type, disconnected, ...rest } = r;
      return {
        ...rest,
        // A header without type words is told from a label by its shape only; keep such names real.
        name: type === null && !UNTYPED_SAFE.has(r.name) ? 'Wi-Fi' : r.name,
        type: type === null ? 'unknown' : (type[0] as IpconfigAdapter['type']),
        typeText: type === null ? null : type[1],
        mediaState: disconnected ? 'disconnected' : 'connected',
        line: 0,
        endLine: 0,
      } satisfies IpconfigAdapter;
    });
}

/** A whole output: optional host block, 1–4 adapters. */
export function ipconfigOutputArbitrary(lang: IpconfigLanguage, options: AdapterArbitraryOptions = {}): fc.Arbitrary<IpconfigOutput> {
  const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
  const host: fc.Arbitrary<IpconfigHost | null> = fc.option(
    fc.record({
      hostName: opt(fc.stringMatching(/^[A-Z][A-Z0-9-]{0,14}$/)),
      primaryDnsSuffix: opt(domain),
      nodeType: opt(fc.constantFrom('Hybrid', 'Gemischt', 'Hybride', 'híbrido', 'Гибридный', 'ハイブリッド', '혼성', '混合', 'Unknown')),
      ipRoutingEnabled: opt(fc.boolean()),
      winsProxyEnabled: opt(fc.boolean()),
      dnsSuffixSearchList: fc.array(domain, { maxLength: 3 }),
      title: fc.constant(TITLES[lang]),
      extra: fc.constant({}),
      line: fc.constant(0),
    }),
    { nil: null },
  );
  return fc.record({
    host,
    adapters: fc.array(adapterArbitrary(lang, options), { minLength: 1, maxLength: 4 }),
    language: fc.constant(lang),
  });
}
