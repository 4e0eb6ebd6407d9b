/** The encoded and re-laid-out variants of the hnsdiag fixtures give the same value as their originals. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHnsdiag } from '../../../src/parsers/hnsdiag/index.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'hnsdiag');
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const withoutInputNotes = (r: ReturnType<typeof parseHnsdiag>) => ({ ...r, diagnostics: r.diagnostics.filter((d) => !d.code.startsWith('input/')) });

describe('hnsdiag fixture variants', () => {
  it.each([
    ['sysnet-13647--list-networks-record.txt', ['sysnet-13647--list-networks-record-crlf.txt', 'sysnet-13647--list-networks-record-utf16le.bin']],
    ['sdn-kubecluster--list-all-table.txt', ['sdn-kubecluster--list-all-table-crlf.txt']],
    ['generated--list-all-df-wsl-truncated.txt', ['generated--list-all-df-wsl-truncated-crlf.txt', 'generated--list-all-df-wsl-truncated-utf16le.bin']],
  ])('%s', (original, variants) => {
    const expected = parseHnsdiag(read(original));
    for (const v of variants) expect(withoutInputNotes(parseHnsdiag(read(v)))).toEqual(expected);
  });

  it('a Markdown-quoted paste reads like the same paste unquoted', () => {
    const quoted = readFileSync(join(dir, 'sig-windows-tools-168--list-all-quoted.txt'), 'utf8');
    const plain = quoted
      .split('\n')
      .map((l) => (l.startsWith('> ') ? l.slice(2) : l.startsWith('>') ? l.slice(1) : l))
      .join('\n');
    const q = parseHnsdiag(quoted);
    expect(q.value).toEqual(parseHnsdiag(plain).value);
    expect(q.value.networks.map((n) => n.name)).toEqual(['vpcbr06684cbed472', 'nat']);
  });

  it('the three layouts of the WSL host agree on what they all show', () => {
    const table = parseHnsdiag(read('generated--list-all-table-wsl.txt')).value;
    const record = parseHnsdiag(read('generated--list-all-record-wsl.txt')).value;
    const json = parseHnsdiag(read('generated--list-all-df-wsl-truncated.txt')).value;
    const names = (v: typeof table) => v.networks.map((n) => [n.id, n.name]);
    expect(names(table)).toEqual(names(record));
    expect(names(json)).toEqual(names(record));
    expect(record.networks.map((n) => n.type)).toEqual(['ICS', 'ICS', 'ICS']);
    expect(json.networks.map((n) => n.subnets)).toEqual(record.networks.map((n) => n.subnets));
    expect(table.endpoints.map((e) => [e.id, e.networkName])).toEqual(record.endpoints.map((e) => [e.id, e.networkName]));
    // The JSON paste is cut inside the second endpoint: only the first comes back.
    expect(json.endpoints.map((e) => e.id)).toEqual([record.endpoints[0]?.id]);
  });
});
