/** Edge cases of parseHnsdiag, one input each: tables, records, JSON dumps, paste noise. */
import { describe, expect, it } from 'vitest';
import { parseHnsdiag } from '../../../src/parsers/hnsdiag/index.js';
import { HnsdiagOutputSchema } from '../../../src/parsers/hnsdiag/schema.js';

const G1 = '790E58B4-7939-4434-9358-89AE7DDBE87E';
const G2 = 'b95d0c5e-57d4-412b-b571-18a81a16e005';
const G3 = 'bb2dc3d8-f93e-4137-a893-b6edf0d2b33c';

const codes = (input: string | Uint8Array, options?: Parameters<typeof parseHnsdiag>[1]) =>
  parseHnsdiag(input, options).diagnostics.map((d) => `${d.line}:${d.code}`);

describe('parseHnsdiag: classic tables', () => {
  it.each([
    ['a name with spaces overflowing the Name column', `Name             ID\nWSL (Hyper-V firewall) ${G1}\n`, 'WSL (Hyper-V firewall)'],
    ['a name exactly 16 wide', `Name             ID\nabcdefghijklmnop ${G1}\n`, 'abcdefghijklmnop'],
    ['a name that is itself a GUID', `Name             ID\n${G2} ${G1}\n`, G2],
    ['tab-separated cells', `Name\t\t ID\nnat\t\t ${G1}\n`, 'nat'],
  ])('%s', (_title, input, name) => {
    const r = parseHnsdiag(input);
    expect(r.value.networks).toHaveLength(1);
    expect(r.value.networks[0]).toMatchObject({ id: G1, name, layout: 'table', line: 2 });
    expect(r.ok).toBe(true);
  });

  it('reads an endpoint whose network name has spaces', () => {
    const r = parseHnsdiag(`Endpoints:\nName             ID                                   Virtual Network Name\nEthernet         ${G3} WSL (Hyper-V firewall)\n`);
    expect(r.value.endpoints[0]).toMatchObject({ id: G3, name: 'Ethernet', networkName: 'WSL (Hyper-V firewall)' });
  });

  it('keeps unknown columns of a wider table in extra, shifted by an overflowing name', () => {
    const input = `Name             ID                                   Type     Mode\nWSL (Hyper-V firewall) ${G1} ICS      x y\n`;
    const n = parseHnsdiag(input).value.networks[0];
    expect(n).toMatchObject({ name: 'WSL (Hyper-V firewall)', type: 'ICS', extra: { Mode: 'x y' } });
  });

  it('reads namespace and load-balancer tables split by "|"', () => {
    const input = [
      'Namespaces:',
      'ID                                   | Endpoint IDs',
      `${G2} | ${G3} ${G1}`,
      '',
      'LoadBalancers:',
      'ID                                   | Virtual IPs      | Direct IP IDs',
      `${G1} |  10.96.0.10 fd00::a | ${G3}`,
    ].join('\n');
    const v = parseHnsdiag(input).value;
    expect(v.namespaces).toEqual([{ id: G2, endpoints: [G3, G1], layout: 'table', extra: {}, line: 3, endLine: 3 }]);
    expect(v.loadBalancers[0]).toMatchObject({ id: G1, virtualIps: ['10.96.0.10', 'fd00::a'], directIpIds: [G3], line: 7 });
  });

  it('names a row without an id', () => {
    expect(codes(`Networks:\nName             ID\nnat              (pending)\n`)).toEqual(['3:hnsdiag/row-without-id']);
  });

  it('keeps reading a table across blank lines (as in sig-windows-tools#168)', () => {
    const r = parseHnsdiag(`Name             ID\nnat              ${G1}\n\n\nother            ${G2}\n`);
    expect(r.value.networks.map((n) => n.line)).toEqual([2, 5]);
  });

  it('infers the kind of a headerless section from the command', () => {
    const r = parseHnsdiag(`C:\\> hnsdiag list endpoints\nName             ID\nEthernet         ${G3}\n`);
    expect(r.value.endpoints).toHaveLength(1);
    expect(r.value.networks).toHaveLength(0);
  });
});

describe('parseHnsdiag: record layout', () => {
  it('reads indented records separated by blank lines, with braces stripped from ids', () => {
    const input = `////////ADAPTERS////////\n\nAdapter : {${G1}}\n    Name             : Ethernet\n    Index            : 5\n    Luid             : 1689399632855040\n    Speed            : 1 Gbps\n\nAdapter : {${G2}}\n    Name             : lo\n`;
    const a = parseHnsdiag(input).value.adapters;
    expect(a.map((x) => [x.id, x.name, x.index, x.line, x.endLine])).toEqual([
      [G1, 'Ethernet', 5, 3, 7],
      [G2, 'lo', null, 9, 10],
    ]);
    expect(a[0]?.extra).toEqual({ Speed: '1 Gbps' });
  });

  it('splits flattened records (indentation lost) at the next start line of the same kind', () => {
    const input = `Network : ${G1}\nName : A\nSubnet Address : 10.0.0.0/24\nGateway : 10.0.0.1\nSubnet Address : fd00::/64\nNetwork : ${G2}\nName : B\n`;
    const v = parseHnsdiag(input).value;
    expect(v.networks.map((n) => [n.name, n.subnets.length, n.line, n.endLine])).toEqual([
      ['A', 2, 1, 5],
      ['B', 0, 6, 7],
    ]);
    expect(v.networks[0]?.subnets[1]).toEqual({ addressPrefix: 'fd00::/64', gatewayAddress: null, extra: {} });
  });

  it('treats a "Network : <id>" line inside an endpoint record as a field', () => {
    const input = `Endpoint : ${G3}\n    Name             : Ethernet\n    Virtual Network  : ${G2}\n    IP Address       : 172.30.170.40\n`;
    const e = parseHnsdiag(input).value.endpoints[0];
    expect(e).toMatchObject({ id: G3, networkId: G2, ipAddress: '172.30.170.40', endLine: 4 });
  });

  it('reads tab-indented fields and keeps repeated unknown keys as an array', () => {
    const input = `Network : ${G1}\n\tName\t: nat\n\tDNS\t: 1.1.1.1\n\tDNS\t: 8.8.8.8\n`;
    expect(parseHnsdiag(input).value.networks[0]?.extra).toEqual({ DNS: ['1.1.1.1', '8.8.8.8'] });
  });

  it('keeps a __proto__ key as plain data', () => {
    const n = parseHnsdiag(`Network : ${G1}\n    __proto__ : x\n`).value.networks[0];
    expect(Object.keys(n?.extra ?? {})).toEqual([]);
    // The key is not a letter-first label, so the line is not a field of the record.
    const r = parseHnsdiag(`Network : ${G1}\n    Proto__ : x\n`).value.networks[0];
    expect(r?.extra).toEqual({ Proto__: 'x' });
  });

  it('names a field whose record start is missing', () => {
    expect(codes('...\nName : WSL\n')).toEqual(['1:hnsdiag/elided', '2:hnsdiag/orphan-field']);
  });
});

describe('parseHnsdiag: -d / -df JSON', () => {
  it('reads concatenated objects, on separate lines and on one line', () => {
    const input = `{"ID":"${G1}","Name":"WSL","Type":"ICS","Subnets":[]}{"ID":"${G3}","IPAddress":"1.2.3.4"}\n{\n    "ID":"${G2}",\n    "Subnets":[\n\n    ]\n}\n`;
    const r = parseHnsdiag(input);
    expect(r.ok).toBe(true);
    expect(r.value.networks.map((n) => [n.id, n.line, n.endLine])).toEqual([
      [G1, 1, 1],
      [G2, 2, 7],
    ]);
    expect(r.value.endpoints.map((e) => [e.id, e.ipAddress, e.line])).toEqual([[G3, '1.2.3.4', 1]]);
  });

  it('respects strings and escapes when matching braces', () => {
    const input = `{\n    "ID":"${G1}",\n    "Name":"a}b\\"{c\\\\",\n    "Subnets":[{"AddressPrefix":"10.0.0.0/8","GatewayAddress":"10.0.0.1","Policies":["]"]}]\n}\n`;
    const n = parseHnsdiag(input).value.networks[0];
    expect(n).toMatchObject({ name: 'a}b"{c\\', subnets: [{ addressPrefix: '10.0.0.0/8', gatewayAddress: '10.0.0.1', extra: { Policies: [']'] } }] });
  });

  it('reports an object cut mid-string and keeps the ones before', () => {
    const input = `{"ID":"${G1}","Subnets":[]}\n{\n    "ID":"${G2}",\n    "Name":"WS`;
    const r = parseHnsdiag(input);
    expect(r.value.networks.map((n) => n.id)).toEqual([G1]);
    expect(r.diagnostics.map((d) => `${d.severity}:${d.line}:${d.code}`)).toEqual(['error:2:hnsdiag/truncated-object']);
  });

  it('reports invalid JSON at the faulty line and reads on after it', () => {
    const input = `{\n    "ID":"${G1}"\n    "Name":"x"\n}\n{"ID":"${G2}","Subnets":[]}\n`;
    const r = parseHnsdiag(input);
    expect(r.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(['3:hnsdiag/invalid-json']);
    expect(r.value.networks.map((n) => n.id)).toEqual([G2]);
  });

  it('stops an indented object at an elision line and reads the rest as a fragment', () => {
    const input = `{\n    "ID":"${G1}",\n...\n    "Subnets":[]\n}\n{"ID":"${G2}","Subnets":[]}\n`;
    const r = parseHnsdiag(input);
    expect(codes(input)).toEqual(['1:hnsdiag/truncated-object', '3:hnsdiag/elided', '4:hnsdiag/json-fragment']);
    expect(r.value.networks.map((n) => n.id)).toEqual([G2]);
  });

  it('cuts an indented object at the next column-0 object', () => {
    const input = `{\n    "ID":"${G1}",\n    "Subnets":[\n{\n    "ID":"${G2}",\n    "Subnets":[]\n}\n`;
    const r = parseHnsdiag(input);
    expect(codes(input)).toEqual(['1:hnsdiag/truncated-object']);
    expect(r.value.networks.map((n) => [n.id, n.line])).toEqual([[G2, 4]]);
  });

  it('maps schema v2 (-dfl) objects', () => {
    const input = JSON.stringify([
      { Id: G1, Name: 'WSL', Type: 'ICS', Ipams: [{ Type: 'Static', Subnets: [{ IpAddressPrefix: '172.19.128.0/20', Routes: [{ NextHop: '172.19.128.1', DestinationPrefix: '0.0.0.0/0' }] }] }] },
      { Id: G3, Name: 'Ethernet', HostComputeNetwork: G1, IpConfigurations: [{ IpAddress: '172.19.132.144', PrefixLength: 20 }], MacAddress: '00-15-5D-73-E1-0E' },
      { Id: G2, NamespaceId: 0, Type: 'Host', Resources: [{ Type: 'Endpoint', Data: { Id: G3 } }] },
      { Id: '11111111-2222-3333-4444-555555555555', HostComputeEndpoints: [G3], FrontendVIPs: ['10.96.0.1'], PortMappings: [] },
    ]);
    const v = parseHnsdiag(input).value;
    expect(v.networks[0]).toMatchObject({ id: G1, type: 'ICS', subnets: [{ addressPrefix: '172.19.128.0/20', gatewayAddress: '172.19.128.1', extra: {} }] });
    expect(v.endpoints[0]).toMatchObject({ ipAddress: '172.19.132.144', networkId: G1, macAddress: '00-15-5D-73-E1-0E' });
    expect(v.namespaces[0]).toMatchObject({ id: G2, endpoints: [G3] });
    expect(v.loadBalancers[0]).toMatchObject({ virtualIps: ['10.96.0.1'], directIpIds: [G3], extra: { PortMappings: [] } });
  });

  it('maps v1 policy lists (load balancers) by their ELB policies and references', () => {
    const input = `{\n    "ID":"${G1}",\n    "Policies":[\n        {\n            "Type":"ELB",\n            "VIPs":["10.96.0.10"],\n            "Protocol":17\n        }\n    ],\n    "References":["/endpoints/${G3}"]\n}\n`;
    const lb = parseHnsdiag(input).value.loadBalancers[0];
    expect(lb).toMatchObject({ id: G1, virtualIps: ['10.96.0.10'], directIpIds: [G3] });
  });

  it('uses the listed kind for objects its keys do not tell, and options.kind without a command', () => {
    expect(parseHnsdiag(`hnsdiag list namespaces -d\n{"ID":"${G1}"}\n`).value.namespaces).toHaveLength(1);
    expect(parseHnsdiag(`{"ID":"${G1}"}\n`, { kind: 'adapters' }).value.adapters).toHaveLength(1);
    expect(codes(`{"ID":"${G1}","Foo":1}\n`)).toEqual(['1:hnsdiag/unknown-object']);
  });

  it('keeps keys like __proto__ and odd numbers as plain JSON', () => {
    const n = parseHnsdiag(`{"ID":"${G1}","Subnets":[],"__proto__":{"x":1},"Neg":-0,"Big":1e400}\n`).value.networks[0];
    expect(Object.keys(n?.extra ?? {})).toEqual(['__proto__', 'Neg', 'Big']);
    expect(Object.is(n?.extra['Neg'], 0)).toBe(true);
    expect(n?.extra['Big']).toBe('1e400');
    expect(JSON.parse(JSON.stringify(n))).toEqual(n);
  });

  it('survives deep nesting without throwing', () => {
    const open = parseHnsdiag(`[${'{"a":['.repeat(20000)}\n`);
    expect(open.ok).toBe(false);
    expect(open.diagnostics[0]).toMatchObject({ code: 'hnsdiag/invalid-json', line: 1 });
    expect(open.diagnostics[0]?.message).toContain('nested too deeply');
    const closed = parseHnsdiag(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}\n`);
    expect(closed.diagnostics.map((d) => d.code)).toEqual(['hnsdiag/invalid-json']);
    // Bare brackets are no hnsdiag JSON (which always holds objects): just an unknown line.
    expect(codes(`${'['.repeat(5000)}\n`)).toEqual(['1:hnsdiag/unrecognized-line']);
  });

  it('warns about text after a closing brace', () => {
    expect(codes(`{"ID":"${G1}","Subnets":[]} <- WSL\n`)).toEqual(['1:hnsdiag/trailing-text']);
  });
});

describe('parseHnsdiag: paste noise', () => {
  it.each([
    ['empty input', '', []],
    ['only blank lines', '\n\n  \n', []],
    ['a markdown fence', '```\n```\n', ['1:hnsdiag/markdown', '2:hnsdiag/markdown']],
    ['an unknown line', 'hello\n', ['1:hnsdiag/unrecognized-line']],
    ['a prompt without hnsdiag', 'PS C:\\> ipconfig\n', ['1:hnsdiag/command-line']],
    ['a bracketed note that is not JSON', '[edited] {see below}\n', ['1:hnsdiag/unrecognized-line']],
  ])('%s', (_title, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('removes Markdown quote marks only when every line has one', () => {
    const quoted = `> Name             ID\n> nat              ${G1}\n>\n`;
    expect(parseHnsdiag(quoted).value.networks[0]?.name).toBe('nat');
    expect(codes(quoted)).toEqual(['0:hnsdiag/markdown']);
  });

  it('returns values that validate against the schema and survive JSON', () => {
    const r = parseHnsdiag(`Network : ${G1}\nName : x\n{"ID":"${G2}","Subnets":[{"AddressPrefix":"a"}]}\n`);
    expect(HnsdiagOutputSchema.safeParse(r.value).success).toBe(true);
    expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
  });
});
