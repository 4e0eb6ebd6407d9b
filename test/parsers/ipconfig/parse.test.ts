/** Table tests for parseIpconfig: the edge cases real pastes show, one behaviour per row. */
import { describe, expect, it } from 'vitest';
import { parseIpconfig } from '../../../src/parsers/ipconfig/index.js';
import type { IpconfigAdapter } from '../../../src/parsers/ipconfig/schema.js';
import { toUtf16le } from '../../support/render-ipconfig.js';
import { linesUnaccountedFor } from './helpers.js';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const only = (text: string): IpconfigAdapter => {
  const r = parseIpconfig(text);
  expect(r.value.adapters).toHaveLength(1);
  return r.value.adapters[0] as IpconfigAdapter;
};
const codes = (text: string): string[] => parseIpconfig(text).diagnostics.map((d) => d.code);

describe('adapter headers: type words split off, the name kept whole', () => {
  it.each([
    ['Ethernet adapter vEthernet (WSL (Hyper-V firewall)):', 'ethernet', 'Ethernet adapter', 'vEthernet (WSL (Hyper-V firewall))'],
    ['Wireless LAN adapter Local Area Connection* 2:', 'wireless', 'Wireless LAN adapter', 'Local Area Connection* 2'],
    ['Tunnel adapter isatap.{F856FDB3-CE70-489D-A231-704790DC1351}:', 'tunnel', 'Tunnel adapter', 'isatap.{F856FDB3-CE70-489D-A231-704790DC1351}'],
    ['Tunnel adapter Teredo Tunneling Pseudo-Interface:', 'tunnel', 'Tunnel adapter', 'Teredo Tunneling Pseudo-Interface'],
    ['Unknown adapter OpenVPN Data Channel Offload for NordVPN:', 'unknown', 'Unknown adapter', 'OpenVPN Data Channel Offload for NordVPN'],
    ['PPP adapter My VPN:', 'ppp', 'PPP adapter', 'My VPN'],
    ['Ethernet adapter vEthernet (WSL) 15:', 'ethernet', 'Ethernet adapter', 'vEthernet (WSL) 15'],
    ['Ethernet-Adapter vEthernet (WSL (Hyper-V firewall)):', 'ethernet', 'Ethernet-Adapter', 'vEthernet (WSL (Hyper-V firewall))'],
    ['Drahtlos-LAN-Adapter LAN-Verbindung* 3:', 'wireless', 'Drahtlos-LAN-Adapter', 'LAN-Verbindung* 3'],
    ['Tunneladapter Teredo Tunneling Pseudo-Interface:', 'tunnel', 'Tunneladapter', 'Teredo Tunneling Pseudo-Interface'],
    ['Unbekannter Adapter LAN-Verbindung:', 'unknown', 'Unbekannter Adapter', 'LAN-Verbindung'],
    ['Carte Ethernet VirtualBox Host-Only Network :', 'ethernet', 'Carte Ethernet', 'VirtualBox Host-Only Network'],
    ['Carte réseau sans fil Wi-Fi :', 'wireless', 'Carte réseau sans fil', 'Wi-Fi'],
    ['Adaptador de Ethernet Conexión de área local:', 'ethernet', 'Adaptador de Ethernet', 'Conexión de área local'],
    ['Adaptador de túnel isatap.{EDAC9220-24B4-4EBD-BF38-DB29514CDEB7}:', 'tunnel', 'Adaptador de túnel', 'isatap.{EDAC9220-24B4-4EBD-BF38-DB29514CDEB7}'],
    ['Adaptador desconocido CloudflareWARP:', 'unknown', 'Adaptador desconocido', 'CloudflareWARP'],
    ['Adaptador de Rede sem Fio Conexão Local* 2:', 'wireless', 'Adaptador de Rede sem Fio', 'Conexão Local* 2'],
    ['Адаптер Ethernet vEthernet (WSL):', 'ethernet', 'Адаптер Ethernet', 'vEthernet (WSL)'],
    ['Адаптер беспроводной локальной сети Подключение по локальной сети* 1:', 'wireless', 'Адаптер беспроводной локальной сети', 'Подключение по локальной сети* 1'],
    ['Неизвестный адаптер VPN - VPN Client:', 'unknown', 'Неизвестный адаптер', 'VPN - VPN Client'],
    ['イーサネット アダプター vEthernet (WSL):', 'ethernet', 'イーサネット アダプター', 'vEthernet (WSL)'],
    ['PPP アダプター ダイヤルアップ:', 'ppp', 'PPP アダプター', 'ダイヤルアップ'],
    ['이더넷 어댑터 vEthernet (WSL):', 'ethernet', '이더넷 어댑터', 'vEthernet (WSL)'],
    ['무선 LAN 어댑터 Wi-Fi:', 'wireless', '무선 LAN 어댑터', 'Wi-Fi'],
    ['터널 어댑터 isatap.localdomain:', 'tunnel', '터널 어댑터', 'isatap.localdomain'],
    ['以太网适配器 vEthernet (WSL (Hyper-V firewall)):', 'ethernet', '以太网适配器', 'vEthernet (WSL (Hyper-V firewall))'],
    ['无线局域网适配器 本地连接* 2:', 'wireless', '无线局域网适配器', '本地连接* 2'],
    ['PPP 适配器 VPN test for JS:', 'ppp', 'PPP 适配器', 'VPN test for JS'],
    ['Ethernet adapter Foo Inc.:', 'ethernet', 'Ethernet adapter', 'Foo Inc.'],
  ])('%s', (header, type, typeText, name) => {
    const a = only(lines(header, '', '   Connection-specific DNS Suffix  . :'));
    expect({ type: a.type, typeText: a.typeText, name: a.name }).toEqual({ type, typeText, name });
  });

  it('takes a column-0 line ending in ":" as a header when its type words are unknown', () => {
    const a = only(lines('VMware Network Adapter VMnet1 (Host-Only):', '   IPv4 Address. . . . . . . . . . . : 192.168.116.1'));
    expect(a).toMatchObject({ name: 'VMware Network Adapter VMnet1 (Host-Only)', type: 'unknown', typeText: null });
    expect(a.ipv4).toEqual([{ address: '192.168.116.1', subnetMask: null }]);
  });

  it('reads type words through OEM mojibake', () => {
    const a = only(lines('Carte r\ufffdseau sans fil Wi-Fi :', '', '   Adresse IPv4. . . . . . . . . . . . . .: 10.0.0.2'));
    expect(a).toMatchObject({ name: 'Wi-Fi', type: 'wireless' });
  });
});

describe('entries: where the label ends', () => {
  it.each([
    ['dot leader, spaced', '   IPv4 Address. . . . . . . . . . . : 172.19.128.1', '172.19.128.1'],
    ['dot leader glued to the colon (fr, ja)', '   Adresse IPv4. . . . . . . . . . . . . .: 172.19.128.1', '172.19.128.1'],
    ['no leader (long de label)', '   IPv4-Adresse (Auto. Konfiguration): 169.254.223.103', '169.254.223.103'],
    ['colon inside the label (es)', '   Vínculo: dirección IPv6 local. . . : fe80::1036:42a:63e0:b9b%11', 'fe80::1036:42a:63e0:b9b'],
    ['full-width colon (hand-edited ja)', '   IPv4 アドレス . . . . . . . . . . .： 192.168.0.2', '192.168.0.2'],
    ['no indentation', 'IPv4 Address. . . . . . . . . . . : 172.19.128.1', '172.19.128.1'],
    ['tab indentation', '\tIPv4 Address. . . . . . . . . . . : 172.19.128.1', '172.19.128.1'],
  ])('%s', (_name, line, address) => {
    const a = only(lines('Ethernet adapter X:', line));
    const got = [...a.ipv4.map((e) => e.address), ...a.ipv6.map((e) => e.address)];
    expect(got).toEqual([address]);
  });

  it('keeps colons inside values: IPv6, "::" gateways, times, " : " in descriptions', () => {
    const a = only(
      lines(
        'Ethernet adapter X:',
        '   Description . . . . . . . . . . . : Intel(R) Ethernet Connection (5) I219-LM - VLAN : VLAN20',
        '   Lease Obtained. . . . . . . . . . : Monday, October 15, 2018 9:14:07 PM',
        '   Default Gateway . . . . . . . . . : ::',
      ),
    );
    expect(a.description).toBe('Intel(R) Ethernet Connection (5) I219-LM - VLAN : VLAN20');
    expect(a.leaseObtained).toBe('Monday, October 15, 2018 9:14:07 PM');
    expect(a.defaultGateways).toEqual(['::']);
  });

  it.each([
    ['en', '192.168.1.5(Preferred)', true],
    ['en, trailing space', '192.168.1.5(Preferred) ', true],
    ['de', '192.168.1.5(Bevorzugt)', true],
    ['fr', '192.168.1.5(préféré)', true],
    ['es', '192.168.1.5(Preferido)', true],
    ['pt', '192.168.1.5(Preferencial)', true],
    ['ru', '192.168.1.5(Основной)', true],
    ['ja', '192.168.1.5(優先)', true],
    ['ko', '192.168.1.5(기본 설정)', true],
    ['zh', '192.168.1.5(首选) ', true],
    ['deprecated', '192.168.1.5(Deprecated)', false],
    ['duplicate, fr', '192.168.1.5(Dupliqué)', false],
  ])('status suffix %s', (_name, value, preferred) => {
    const a = only(lines('Ethernet adapter X:', `   IPv4 Address. . . . . . . . . . . : ${value}`));
    expect(a.ipv4[0]).toMatchObject({ address: '192.168.1.5', preferred });
  });

  it('keeps an unknown status word without guessing preferred', () => {
    const b = only(lines('Ethernet adapter X:', '   IPv4 Address. . . . . . . . . . . : 192.168.1.5(Zzz)'));
    expect(b.ipv4[0]).toEqual({ address: '192.168.1.5', subnetMask: null, status: 'Zzz' });
  });
});

describe('IPv6 addresses', () => {
  it.each([
    ['Link-local IPv6 Address', 'fe80::4817:b6e:4576:c2c3%62', { address: 'fe80::4817:b6e:4576:c2c3', zone: '62', kind: 'link-local' }],
    ['IPv6 Address', '2001:db8::5(Preferred)', { address: '2001:db8::5', zone: null, kind: 'global', preferred: true, status: 'Preferred' }],
    ['IPv6 Address', 'fd7a:115c:a1e0:ab12:4843:cd96:6293:47b2', { address: 'fd7a:115c:a1e0:ab12:4843:cd96:6293:47b2', zone: null, kind: 'unique-local' }],
    ['IPv6 Address', 'fec0::1%1', { address: 'fec0::1', zone: '1', kind: 'site-local' }],
    ['Temporary IPv6 Address', '2001:db8::9', { address: '2001:db8::9', zone: null, kind: 'temporary' }],
    ['IP Address', 'fe80::5efe:10.0.0.2%2', { address: 'fe80::5efe:10.0.0.2', zone: '2', kind: 'link-local' }],
  ])('%s : %s', (label, value, expected) => {
    const pad = `${label} `.padEnd(34, '.');
    const a = only(lines('Tunnel adapter X:', `   ${pad} : ${value}`));
    expect(a.ipv6).toEqual([expected]);
  });
});

describe('continuation lines', () => {
  it('collects DNS servers and gateways at the 39-column indent', () => {
    const a = only(
      lines(
        'Ethernet adapter X:',
        '   Default Gateway . . . . . . . . . : fe80::1%18',
        '                                       192.168.100.1',
        '   DNS Servers . . . . . . . . . . . : fec0:0:0:ffff::1%1',
        '                                       fec0:0:0:ffff::2%1',
      ),
    );
    expect(a.defaultGateways).toEqual(['fe80::1%18', '192.168.100.1']);
    expect(a.dnsServers).toEqual(['fec0:0:0:ffff::1%1', 'fec0:0:0:ffff::2%1']);
  });

  it('collects them at any indentation (pt-BR prints 49 columns)', () => {
    const a = only(lines('Adaptador Ethernet X:', '   Servidores DNS. . . . : 192.0.2.1', '                                                 192.0.2.2', '  192.0.2.3'));
    expect(a.dnsServers).toEqual(['192.0.2.1', '192.0.2.2', '192.0.2.3']);
  });

  it('collects them at column 0 when the paste lost its indentation, and still finds the next header', () => {
    const r = parseIpconfig(
      lines(
        'Ethernet adapter A:',
        'DNS Servers . . . . . . . . . . . : 172.20.11.5',
        '172.16.11.4',
        'internal.example.com',
        'Ethernet adapter B:',
        'IPv4 Address. . . . . . . . . . . : 10.0.0.1',
      ),
    );
    expect(r.value.adapters.map((a) => [a.name, a.dnsServers])).toEqual([
      ['A', ['172.20.11.5', '172.16.11.4', 'internal.example.com']],
      ['B', []],
    ]);
  });

  it('takes the search-list entries printed under an empty label', () => {
    const a = only(
      lines('Unknown adapter Tailscale:', '   Connection-specific DNS Suffix Search List :', '                                       tailff123.ts.net'),
    );
    expect(a.connectionSpecificDnsSuffixSearchList).toEqual(['tailff123.ts.net']);
  });

  it('joins a wrapped description (XP, 80 columns)', () => {
    const r = parseIpconfig(
      lines('Ethernet adapter X:', '        Description . . . . . . . . . : Intel(R) PRO/1000 MT Network', '                                            Connection'),
    );
    expect(r.value.adapters[0]?.description).toBe('Intel(R) PRO/1000 MT Network Connection');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ipconfig/wrapped-value']);
  });

  it('keeps a value line after a one-value field in extra, with a warning', () => {
    const r = parseIpconfig(lines('Ethernet adapter X:', '   DHCP Server . . . . . . . . . . . : 10.0.0.1', '                                       10.0.0.2'));
    expect(r.value.adapters[0]?.dhcpServer).toBe('10.0.0.1');
    expect(r.value.adapters[0]?.extra).toEqual({ 'DHCP Server': ['10.0.0.2'] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ipconfig/unexpected-continuation']);
  });
});

describe('labels the tables do not know', () => {
  it('keeps unknown labels in extra, continuation values included', () => {
    const r = parseIpconfig(lines('Ethernet adapter X:', '   Zoo Keeper. . . . . . . . . . . . : one', '                                       two'));
    expect(r.value.adapters[0]?.extra).toEqual({ 'Zoo Keeper': ['one', 'two'] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ipconfig/unknown-label']);
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const r = parseIpconfig(lines('Ethernet adapter X:', '   __proto__ . . . . . . . . . . . . : x'));
    const extra = r.value.adapters[0]?.extra as Record<string, string[]>;
    expect(Object.hasOwn(extra, '__proto__')).toBe(true);
    expect(JSON.parse(JSON.stringify(extra))).toEqual(extra);
  });

  it('reads labels through one-for-one mojibake (U+FFFD, ?)', () => {
    const a = only(
      lines(
        'Carte Ethernet X :',
        '   Adresse IPv4. . . . . . . . . . . . . .: 10.0.0.2(pr\ufffdf\ufffdr\ufffd)',
        '   Masque de sous-r?seau. . . . . . . . . : 255.255.255.0',
        '   Passerelle par d\ufffdfaut. . . . . . . . . : 10.0.0.1',
        '   NetBIOS sur Tcpip. . . . . . . . . . . : Activ\ufffd',
      ),
    );
    expect(a.ipv4).toEqual([{ address: '10.0.0.2', subnetMask: '255.255.255.0', preferred: true, status: 'pr\ufffdf\ufffdr\ufffd' }]);
    expect(a.defaultGateways).toEqual(['10.0.0.1']);
    expect(a.netbiosOverTcpip).toBe(true);
  });

  it('falls back on value shapes when a label is unreadable', () => {
    const r = parseIpconfig(
      lines(
        'Carte Ethernet X :',
        '   Adresse physique\u00c3\u00a9. . . . . . . . . . : 00-15-5D-0A-D1-05',
        '   Adr\u00c3\u00a9sse IPv4. . . . . . . . . . . . .: 10.0.0.2',
        '   Masque de sous-r\u00c3\u00a9seau. . . . . . . . : 255.255.240.0',
        '   DUID de client DHCPv6\u00c3. . . . . . . . : 00-01-00-01-2C-B9-38-9D-40-C2-BA-31-FE-46',
        '   Statut du m\u00c3\u00a9dia. . . . . . . . . . . : M\u00c3\u00a9dia d\u00c3\u00a9connect\u00c3\u00a9',
        '   Passerelle par d\u00c3\u00a9faut. . . . . . . . : 10.0.0.1',
      ),
    );
    const a = r.value.adapters[0] as IpconfigAdapter;
    expect(a.physicalAddress).toBe('00-15-5D-0A-D1-05');
    expect(a.ipv4).toEqual([{ address: '10.0.0.2', subnetMask: '255.255.240.0' }]);
    expect(a.dhcpv6ClientDuid).toBe('00-01-00-01-2C-B9-38-9D-40-C2-BA-31-FE-46');
    // The gateway has no shape of its own (an IPv4 after a mask): it stays in extra, said so.
    expect(a.extra).toEqual({ 'Statut du m\u00c3\u00a9dia': ['M\u00c3\u00a9dia d\u00c3\u00a9connect\u00c3\u00a9'], 'Passerelle par d\u00c3\u00a9faut': ['10.0.0.1'] });
    expect(r.diagnostics.filter((d) => d.code === 'ipconfig/field-by-value')).toHaveLength(4);
  });

  it('reads a disconnected state from its value when the label is unreadable', () => {
    const a = only(lines('Ethernet adapter X:', '   M\u00c3\u00a9dia State. . . . . . . . . . . : Media disconnected'));
    expect(a.mediaState).toBe('disconnected');
  });
});

describe('the global block and the title', () => {
  it.each([
    ['Windows IP Configuration', 'en'],
    ['Windows-IP-Konfiguration', 'de'],
    ['Configuration IP de Windows', 'fr'],
    ['Configuración IP de Windows', 'es'],
    ['Configuração de IP do Windows', 'pt'],
    ['Настройка протокола IP для Windows', 'ru'],
    ['Windows IP 構成', 'ja'],
    ['Windows IP 구성', 'ko'],
    ['Windows IP 配置', 'zh'],
  ])('title %s', (title, language) => {
    const r = parseIpconfig(lines('', title, ''));
    expect(r.value.host?.title).toBe(title);
    expect(r.value.language).toBe(language);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['en', ['   Host Name . . . . . . . . . . . . : H', '   Node Type . . . . . . . . . . . . : Hybrid', '   IP Routing Enabled. . . . . . . . : Yes', '   WINS Proxy Enabled. . . . . . . . : No']],
    ['de', ['   Hostname  . . . . . . . . . . . . : H', '   Knotentyp . . . . . . . . . . . . : Hybrid', '   IP-Routing aktiviert  . . . . . . : Ja', '   WINS-Proxy aktiviert  . . . . . . : Nein']],
    ['es', ['   Nombre de host. . . . . . . . . : H', '   Tipo de nodo. . . . . . . . . . : Hybrid', '   Enrutamiento IP habilitado. . . : sí', '   Proxy WINS habilitado . . . . . : no']],
    ['ru', ['   Имя компьютера  . . . . . . . . . : H', '   Тип узла. . . . . . . . . . . . . : Hybrid', '   IP-маршрутизация включена . . . . : Да', '   WINS-прокси включен . . . . . . . : Нет']],
    ['ko', ['   호스트 이름 . . . . . . . . : H', '   노드 유형 . . . . . . . . . : Hybrid', '   IP 라우팅 사용. . . . . . . : 예', '   WINS 프록시 사용. . . . . . : 아니요']],
  ])('host fields, %s', (_lang, hostLines) => {
    const r = parseIpconfig(lines(...hostLines));
    expect(r.value.host).toMatchObject({ hostName: 'H', nodeType: 'Hybrid', ipRoutingEnabled: true, winsProxyEnabled: false, title: null, line: 1 });
  });

  it('keeps an unknown yes/no word in extra', () => {
    const r = parseIpconfig(lines('   IP Routing Enabled. . . . . . . . : Maybe'));
    expect(r.value.host).toMatchObject({ ipRoutingEnabled: null, extra: { 'IP Routing Enabled': ['Maybe'] } });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ipconfig/unknown-value']);
  });

  it('says so when a second run follows the first', () => {
    const r = parseIpconfig(lines('Windows IP Configuration', '', 'Ethernet adapter A:', '', 'Windows IP Configuration', '', 'Ethernet adapter B:'));
    expect(r.value.adapters.map((a) => a.name)).toEqual(['A', 'B']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ipconfig/repeated-title']);
  });
});

describe('paste damage', () => {
  it('skips prompts, fences, elision marks and mail quoting', () => {
    const text = lines('> ```', '> C:\\temp> ipconfig', '> Windows IP Configuration', '> ...[omitted]...', '> Ethernet adapter X:', '>    IPv4 Address. . . : 10.0.0.1', '> ```');
    const r = parseIpconfig(text);
    expect(r.value.adapters[0]?.ipv4).toEqual([{ address: '10.0.0.1', subnetMask: null }]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['ipconfig/skipped-line', 1],
      ['ipconfig/skipped-line', 2],
      ['ipconfig/skipped-line', 4],
      ['ipconfig/skipped-line', 7],
    ]);
  });

  it.each([
    ['$ ipconfig.exe /all'],
    ['PS C:\\WINDOWS\\system32> ipconfig /all'],
    ['λ ipconfig /all'],
    ['ipconfig'],
  ])('skips the command line %s', (prompt) => {
    expect(codes(lines(prompt, 'Ethernet adapter X:'))).toEqual(['ipconfig/skipped-line']);
  });

  it('reads the flattened paste where headers and fields share one indentation', () => {
    const r = parseIpconfig(
      lines(
        '            Адаптер Ethernet vEthernet (WSL):',
        '            DNS-суффикс подключения . . . . . :',
        '            IPv4-адрес. . . . . . . . . . . . : 172.21.112.1',
        '            Адаптер Ethernet Ethernet:',
        '            Состояние среды. . . . . . . . : Среда передачи недоступна.',
      ),
    );
    expect(r.value.adapters.map((a) => [a.name, a.mediaState, a.ipv4.length])).toEqual([
      ['vEthernet (WSL)', 'connected', 1],
      ['Ethernet', 'disconnected', 0],
    ]);
  });

  it('decodes UTF-16LE with CRLF', () => {
    const text = 'Ethernet adapter X:\r\n\r\n   IPv4 Address. . . . . . . . . . . : 10.0.0.1\r\n';
    const r = parseIpconfig(toUtf16le(text));
    expect(r.value.adapters[0]?.ipv4).toEqual([{ address: '10.0.0.1', subnetMask: null }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['input/utf16le-decoded']);
  });

  it('puts fields without a header into a nameless adapter, with a warning', () => {
    const r = parseIpconfig(lines('   IPv4 Address. . . . . . . . . . . : 10.0.0.1', '   Subnet Mask . . . . . . . . . . . : 255.0.0.0'));
    expect(r.value.adapters[0]).toMatchObject({ name: '', type: 'unknown', line: 1, endLine: 2, ipv4: [{ address: '10.0.0.1', subnetMask: '255.0.0.0' }] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ipconfig/missing-adapter-header']);
  });

  it('warns about a field printed twice and keeps the second value', () => {
    const r = parseIpconfig(lines('Ethernet adapter X:', '   Description . . . : A', '   Description . . . : B'));
    expect(r.value.adapters[0]).toMatchObject({ description: 'A', extra: { Description: ['B'] } });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ipconfig/duplicate-field']);
  });

  it('warns about a mask with no address before it', () => {
    const r = parseIpconfig(lines('Ethernet adapter X:', '   Subnet Mask . . . : 255.0.0.0'));
    expect(r.value.adapters[0]?.extra).toEqual({ 'Subnet Mask': ['255.0.0.0'] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ipconfig/mask-without-address']);
  });

  it('pairs masks with the addresses before them', () => {
    const a = only(
      lines('Ethernet adapter X:', '   IP Address. . . : 10.0.0.1', '   Subnet Mask . . : 255.0.0.0', '   IP Address. . . : 10.0.0.2', '   IP Address. . . : 10.0.0.3', '   Subnet Mask . . : 255.255.0.0'),
    );
    expect(a.ipv4.map((e) => [e.address, e.subnetMask])).toEqual([
      ['10.0.0.1', '255.0.0.0'],
      ['10.0.0.2', null],
      ['10.0.0.3', '255.255.0.0'],
    ]);
  });
});

describe('whole inputs', () => {
  it('returns an empty, ok value for empty input', () => {
    expect(parseIpconfig('')).toEqual({ ok: true, value: { host: null, adapters: [], language: null }, diagnostics: [] });
  });

  it('says when the input is not ipconfig output at all', () => {
    const r = parseIpconfig('total 0\ndrwxr-xr-x 2 root root 4096 .\n');
    expect(r.ok).toBe(false);
    expect(r.value.adapters).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain('ipconfig/not-ipconfig');
  });

  it('accounts for every line of a messy paste', () => {
    const text = lines('some words', 'Ethernet adapter X:', '   IPv4 Address. . . : 10.0.0.1', 'more prose here', '', 'Foo:');
    expect(linesUnaccountedFor(text, parseIpconfig(text))).toEqual([]);
  });
});
