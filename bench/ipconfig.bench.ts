/**
 * Benchmark for parseIpconfig: generated `ipconfig /all` output (English, German with CRLF,
 * Japanese without indentation), parse vs `text.split('\n')` on the same text, median of runs.
 */
import { parseIpconfig } from '../src/parsers/ipconfig/index.js';
import { time } from './measure.js';

function adapterBlock(i: number, lang: 'en' | 'de' | 'ja'): string {
  const oct = (n: number): number => n % 250;
  const rows: Record<typeof lang, string[]> = {
    en: [
      `Ethernet adapter vEthernet (WSL ${i}):`,
      '',
      '   Connection-specific DNS Suffix  . :',
      '   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter',
      `   Physical Address. . . . . . . . . : 00-15-5D-0A-${(i % 256).toString(16).padStart(2, '0').toUpperCase()}-05`,
      '   DHCP Enabled. . . . . . . . . . . : No',
      '   Autoconfiguration Enabled . . . . : Yes',
      `   Link-local IPv6 Address . . . . . : fe80::7aa1:79eb:3ca4:${(i % 65536).toString(16)}%50(Preferred)`,
      `   IPv4 Address. . . . . . . . . . . : 172.${oct(i)}.16.1(Preferred)`,
      '   Subnet Mask . . . . . . . . . . . : 255.255.240.0',
      '   Lease Obtained. . . . . . . . . . : Monday, October 15, 2018 9:14:07 PM',
      '   Default Gateway . . . . . . . . . : fe80::1%18',
      `                                       192.168.${oct(i)}.1`,
      '   DNS Servers . . . . . . . . . . . : fec0:0:0:ffff::1%1',
      '                                       fec0:0:0:ffff::2%1',
      '   NetBIOS over Tcpip. . . . . . . . : Enabled',
      '',
    ],
    de: [
      `Ethernet-Adapter vEthernet (WSL ${i}):`,
      '',
      '   Verbindungsspezifisches DNS-Suffix:',
      '   Beschreibung. . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter',
      '   Physische Adresse . . . . . . . . : 00-15-5D-0A-D1-05',
      '   DHCP aktiviert. . . . . . . . . . : Nein',
      `   Verbindungslokale IPv6-Adresse  . : fe80::7aa1:79eb:3ca4:c6c3%50(Bevorzugt)`,
      `   IPv4-Adresse  . . . . . . . . . . : 172.${oct(i)}.16.1(Bevorzugt)`,
      '   Subnetzmaske  . . . . . . . . . . : 255.255.240.0',
      '   Standardgateway . . . . . . . . . :',
      '   NetBIOS über TCP/IP . . . . . . . : Aktiviert',
      '',
    ],
    ja: [
      `イーサネット アダプター vEthernet (WSL ${i}):`,
      '接続固有の DNS サフィックス . . . . .:',
      '説明. . . . . . . . . . . . . . . . .: Hyper-V Virtual Ethernet Adapter',
      `リンクローカル IPv6 アドレス. . . . .: fe80::c152:dc1a:a4c3:8fea%17(優先)`,
      `IPv4 アドレス . . . . . . . . . . . .: 10.${oct(i)}.204.246(優先)`,
      'サブネット マスク . . . . . . . . . .: 255.255.255.0',
      'DNS サーバー. . . . . . . . . . . . .: fec0:0:0:ffff::1%1',
      'fec0:0:0:ffff::2%1',
    ],
  };
  return rows[lang].join('\n');
}

function generate(lang: 'en' | 'de' | 'ja', adapters: number, eol: string): string {
  const parts = ['', 'Windows IP Configuration', '', '   Host Name . . . . . . . . . . . . : BENCH', ''];
  for (let i = 0; i < adapters; i++) parts.push(adapterBlock(i, lang));
  return parts.join('\n').replace(/\n/g, eol);
}

/** Prints one line per case: size, parse time and throughput, split time, ratio. */
export default async function run(): Promise<void> {
  const cases: [string, string][] = [
    ['en /all, 5k adapters, LF', generate('en', 5_000, '\n')],
    ['de /all, 5k adapters, CRLF', generate('de', 5_000, '\r\n')],
    ['ja /all no indentation, 5k adapters', generate('ja', 5_000, '\n')],
  ];
  for (const [name, text] of cases) {
    const mb = new TextEncoder().encode(text).length / 1e6;
    parseIpconfig(text); // warm-up
    const parse = time(() => parseIpconfig(text), 5);
    const split = time(() => text.split('\n'), 5);
    console.log(
      `${name}: ${mb.toFixed(2)} MB, parse ${parse.toFixed(1)} ms (${(mb / (parse / 1000)).toFixed(1)} MB/s), split ${split.toFixed(1)} ms, ratio ${(parse / split).toFixed(1)}×`,
    );
  }
}
