/**
 * Benchmark of parseHnsdiag on generated `hnsdiag list all` pastes of a busy Kubernetes node:
 * the classic tables, the record layout, and a `-df` JSON dump, each compared with a bare
 * `text.split('\n')` of the same text in the same process.
 */
import { parseHnsdiag } from '../src/parsers/hnsdiag/index.js';
import { time } from './measure.js';

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function guid(i: number): string {
  return `${hex(i, 8)}-${hex(i % 65536, 4)}-4${hex(i % 4096, 3)}-8${hex((i * 7) % 4096, 3)}-${hex(i * 31, 12).slice(-12)}`;
}

const N = 20000;

function tableText(): string {
  const out = ['PS C:\\> hnsdiag list all', 'Networks:', 'Name             ID'];
  for (let i = 0; i < 50; i++) out.push(`${`network-${i}`.padEnd(16)} ${guid(i).toUpperCase()}`);
  out.push('', 'Endpoints:', `${'Name'.padEnd(16)} ${'ID'.padEnd(36)} Virtual Network Name`);
  for (let i = 0; i < N; i++) out.push(`${(i % 10 === 0 ? `cid-${hex(i, 64)}` : 'Ethernet').padEnd(16)} ${guid(i)} network-${i % 50}`);
  out.push('', 'LoadBalancers:', `${'ID'.padEnd(36)} | ${'Virtual IPs'.padEnd(16)} | Direct IP IDs`);
  for (let i = 0; i < N / 4; i++) out.push(`${guid(N + i)} |  ${`10.96.${i >> 8}.${i & 255}`.padEnd(15)} | ${guid(i)} ${guid(i + 1)}`);
  return `${out.join('\r\n')}\r\n`;
}

function recordText(): string {
  const out = ['////////////////////////ENDPOINTS///////////////////////', ''];
  for (let i = 0; i < N; i++) {
    out.push(`Endpoint : ${guid(i)}`, `    ${'Name'.padEnd(16)} : Ethernet`, `    ${'IP Address'.padEnd(16)} : 10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, `    ${'Mac Address'.padEnd(16)} : 00-15-5D-${hex(i & 255, 2)}-00-01`, '');
  }
  return `${out.join('\r\n')}\r\n`;
}

function jsonText(): string {
  const out: string[] = ['HNS objects:'];
  for (let i = 0; i < N / 2; i++) {
    out.push(
      '{',
      `    "ID":"${guid(i)}",`,
      '    "Name":"Ethernet",',
      '    "AdditionalParams":{',
      '',
      '    },',
      `    "VirtualNetwork":"${guid(7)}",`,
      '    "VirtualNetworkName":"WSL",',
      `    "MacAddress":"00-15-5D-${hex(i & 255, 2)}-76-F7",`,
      `    "IPAddress":"172.30.${(i >> 8) & 255}.${i & 255}",`,
      '    "Policies":[',
      '        {',
      '            "Type":"L2Driver"',
      '        }',
      '    ],',
      '    "PrefixLength":20',
      '}',
    );
  }
  out.push('{', '    "ID":"cut-off",', '    "Name":"Eth');
  return `${out.join('\r\n')}\r\n`;
}

/** Prints one line per case: size, parse time and throughput, split time, ratio. */
export default async function run(): Promise<void> {
  const cases: [string, string][] = [
    ['hnsdiag classic table', tableText()],
    ['hnsdiag record layout', recordText()],
    ['hnsdiag -df JSON (cut off)', jsonText()],
  ];
  for (const [name, text] of cases) {
    const mb = text.length / 1e6;
    const parse = time(() => parseHnsdiag(text));
    const split = time(() => text.split('\n'));
    console.log(`${name}: ${mb.toFixed(2)} MB, parse ${parse.toFixed(1)} ms (${(mb / (parse / 1000)).toFixed(1)} MB/s), split ${split.toFixed(2)} ms, ratio ${(parse / split).toFixed(0)}×`);
  }
}
