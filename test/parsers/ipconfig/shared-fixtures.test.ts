/**
 * The jc project's `ipconfig /all` captures (Windows XP, 7, 10, 11, Server 2008, 2016), read in
 * place from ../shared/fixtures/jc/ipconfig. They are stored with LF; each is also parsed with
 * CRLF line endings and as UTF-16LE bytes, and must give the same value. Our expected values
 * live in `shared-expected/<capture>.json`; jc's own JSON is used only to cross-check adapter
 * names and addresses (its schema and bugs are not ours).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIpconfig } from '../../../src/parsers/ipconfig/index.js';
import { IpconfigOutputSchema } from '../../../src/parsers/ipconfig/schema.js';
import { toUtf16le } from '../../support/render-ipconfig.js';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'jc', 'ipconfig');
const expectedDir = join(import.meta.dirname, 'shared-expected');
const update = process.env['UPDATE_SHARED_EXPECTED'] === '1';
const captures = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.out')) : [];

interface JcAddress {
  address: string;
  subnet_mask?: string;
}
interface JcAdapter {
  name: string;
  ipv4_addresses: JcAddress[];
  ipv6_addresses: JcAddress[];
  temporary_ipv6_addresses: JcAddress[];
  link_local_ipv6_addresses: JcAddress[];
  default_gateways: string[];
  dns_servers: string[];
  physical_address: string | null;
}

describe.skipIf(!existsSync(dir))('jc ipconfig captures (../shared/fixtures/jc/ipconfig)', () => {
  it.each(captures)('%s: LF, CRLF and UTF-16LE give the expected value', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const lf = parseIpconfig(text);
    const expectedPath = join(expectedDir, file.replace(/\.out$/, '.json'));
    if (update) writeFileSync(expectedPath, `${JSON.stringify(lf, null, 2)}\n`);
    expect(JSON.parse(JSON.stringify(lf))).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    expect(IpconfigOutputSchema.safeParse(lf.value).success).toBe(true);
    const crlf = text.replace(/\n/g, '\r\n');
    expect(parseIpconfig(crlf)).toEqual(lf);
    const utf16 = parseIpconfig(toUtf16le(crlf));
    expect(utf16.value).toEqual(lf.value);
    expect(utf16.diagnostics.filter((d) => !d.code.startsWith('input/'))).toEqual(lf.diagnostics);
  });

  it.each(captures)('%s: adapter names and addresses agree with jc', (file) => {
    const value = parseIpconfig(readFileSync(join(dir, file), 'utf8')).value;
    const jc = JSON.parse(readFileSync(join(dir, file.replace(/\.out$/, '.json')), 'utf8')) as { host_name: string; adapters: JcAdapter[] };
    expect(value.host?.hostName).toBe(jc.host_name);
    expect(value.adapters.map((a) => a.name)).toEqual(jc.adapters.map((a) => a.name));
    value.adapters.forEach((a, i) => {
      const j = jc.adapters[i] as JcAdapter;
      expect(a.ipv4.map((e) => [e.address, e.subnetMask])).toEqual(j.ipv4_addresses.map((e) => [e.address, e.subnet_mask ?? null]));
      const jv6 = [...j.ipv6_addresses, ...j.temporary_ipv6_addresses, ...j.link_local_ipv6_addresses].map((e) => e.address).sort();
      expect(a.ipv6.map((e) => e.address).sort()).toEqual(jv6);
      expect(a.defaultGateways).toEqual(j.default_gateways);
      expect(a.dnsServers).toEqual(j.dns_servers);
      expect(a.physicalAddress).toBe(j.physical_address);
    });
  });
});

describe.skipIf(existsSync(dir))('jc ipconfig captures', () => {
  it.skip('../shared not found: the shared jc fixtures are read in place and are absent here', () => {});
});
