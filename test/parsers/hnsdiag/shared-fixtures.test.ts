/**
 * The hnsdiag output inside the shared seeds, read in place from ../shared (never copied):
 * seed 003 (sysnet.pe.kr, Korean) runs `hnsdiag list networks` on Windows 11 and shows the
 * `WSL (Hyper-V firewall)` network in the record layout between two `...[생략]...` marks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHnsdiag } from '../../../src/parsers/hnsdiag/index.js';

const seeds = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const seed003 = join(seeds, '003_c0088739097d9747.txt');

/** The seed's lines from the `hnsdiag list networks` prompt through the elision mark after the record. */
function hnsdiagBlock(text: string): { block: string; firstLine: number } {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('hnsdiag list networks'));
  const record = lines.findIndex((l, i) => i > start && l.startsWith('Network : '));
  const end = lines.findIndex((l, i) => i > record && l.startsWith('...'));
  return { block: `${lines.slice(start, end + 1).join('\n')}\n`, firstLine: start + 1 };
}

describe.skipIf(!existsSync(seed003))('hnsdiag in the shared seeds', () => {
  it('seed 003: hnsdiag list networks on Windows 11 shows WSL (Hyper-V firewall)', () => {
    const { block, firstLine } = hnsdiagBlock(readFileSync(seed003, 'utf8'));
    expect(firstLine).toBe(50);
    const r = parseHnsdiag(block);
    expect(r.ok).toBe(true);
    expect(r.value.networks).toEqual([
      {
        id: '790E58B4-7939-4434-9358-89AE7DDBE87E',
        name: 'WSL (Hyper-V firewall)',
        type: 'ICS',
        subnets: [{ addressPrefix: '172.19.128.0/20', gatewayAddress: '172.19.128.1', extra: {} }],
        layout: 'record',
        extra: {},
        line: 3,
        endLine: 7,
      },
    ]);
    expect(r.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(['1:hnsdiag/command-line', '2:hnsdiag/elided', '8:hnsdiag/elided']);
  });
});

describe.skipIf(existsSync(seed003))('hnsdiag in the shared seeds', () => {
  it.skip('../shared not found: the seed tests are skipped', () => {});
});
