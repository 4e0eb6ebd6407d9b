/**
 * Property tests of parseHnsdiag: it never throws; generated HNS objects rendered in each of
 * hnsdiag's layouts (classic tables, records, `-df` JSON, JSON cut off) parse back to the
 * same records; LF, CRLF and UTF-16LE give the same value; every record points at its line;
 * no line of a rendered paste is left unaccounted for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHnsdiag } from '../../../src/parsers/hnsdiag/index.js';
import type { HnsdiagOutput } from '../../../src/parsers/hnsdiag/index.js';
import { HnsdiagOutputSchema } from '../../../src/parsers/hnsdiag/schema.js';
import {
  renderHnsdiagJson,
  renderHnsdiagRecords,
  renderHnsdiagTable,
  type RenderModel,
} from '../../support/render-hnsdiag.js';

const RUNS = 150;

// ---------------------------------------------------------------------------------------
// Generators

const guid = fc.uuid().chain((u) => fc.boolean().map((upper) => (upper ? u.toUpperCase() : u)));
const ipv4 = fc.ipV4();
const mac = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 6, maxLength: 6 }).map((b) => b.map((x) => x.toString(16).padStart(2, '0').toUpperCase()).join('-'));
const prefix = fc.tuple(ipv4, fc.integer({ min: 0, max: 32 })).map(([ip, n]) => `${ip}/${n}`);

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ._()-';
/** Names as hnsdiag tables and records can carry them: printable, no leading dot, no colon. */
const plainName = fc
  .string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !s.startsWith('.') && !s.toLowerCase().includes('hnsdiag') && !s.split(' ').some((w) => w.length === 36 && w.split('-').length === 5));

/** Any string JSON can carry, minus what decoding deliberately rewrites (NBSP, zero-width, NUL). */
const jsonName = fc
  .string({ unit: 'grapheme', maxLength: 20 })
  .filter((s) => !/[\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\0\r\n\u001b]/.test(s) && !s.includes('\\'));

const networkType = fc.constantFrom('ICS', 'NAT', 'L2Bridge', 'Overlay', 'Transparent', 'Internal');

function model(name: fc.Arbitrary<string>, options: { nullable: boolean; adapters: boolean }): fc.Arbitrary<RenderModel> {
  const maybe = <T>(a: fc.Arbitrary<T>) => (options.nullable ? fc.option(a, { nil: null }) : a);
  const network = fc.record({
    id: guid,
    name: maybe(name),
    type: maybe(networkType),
    subnets: fc.array(fc.record({ addressPrefix: maybe(prefix), gatewayAddress: maybe(ipv4) }), { maxLength: 3 }),
  });
  const endpoint = fc.record({
    id: guid,
    name: maybe(name),
    ipAddress: ipv4,
    macAddress: maybe(mac),
    networkName: maybe(name),
    networkId: maybe(guid),
  });
  const namespace = fc.record({ id: guid, endpoints: fc.array(guid, { maxLength: 3 }) });
  const loadBalancer = fc.record({ id: guid, virtualIps: fc.array(ipv4, { maxLength: 3 }), directIpIds: fc.array(guid, { maxLength: 3 }) });
  const adapter = fc.record({
    id: guid,
    name: maybe(name),
    description: maybe(name),
    type: maybe(fc.constantFrom('ethernet', 'loopback', 'wireless')),
    index: maybe(fc.integer({ min: 1, max: 9999 })),
    luid: maybe(fc.bigInt({ min: 1n, max: 2n ** 63n }).map(String)),
    compartment: maybe(fc.integer({ min: 1, max: 99 })),
  });
  return fc.record({
    networks: fc.array(network, { maxLength: 4 }),
    endpoints: fc.array(endpoint, { maxLength: 4 }),
    namespaces: fc.array(namespace, { maxLength: 3 }),
    loadBalancers: fc.array(loadBalancer, { maxLength: 3 }),
    adapters: options.adapters ? fc.array(adapter, { maxLength: 3 }) : fc.constant([]),
  });
}

// ---------------------------------------------------------------------------------------
// Helpers

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const utf16le = (text: string, bom: boolean) => new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(text, 'utf16le')]);
const noBraces = (id: string) => id;

/** Records without the position and layout fields, for comparing with the model. */
function strip<T extends { layout: unknown; line: unknown; endLine: unknown; extra: unknown }>(r: T): Omit<T, 'layout' | 'line' | 'endLine' | 'extra'> {
  const { layout: _l, line: _n, endLine: _e, extra: _x, ...rest } = r;
  return rest;
}

/** Checks the line pointers of every record, and that every non-blank line is accounted for. */
function checkLines(text: string, out: HnsdiagOutput, diagnosticLines: number[], structural: (line: string) => boolean) {
  const lines = text.split('\n');
  const covered = new Set<number>(diagnosticLines);
  const all = [...out.networks, ...out.endpoints, ...out.namespaces, ...out.loadBalancers, ...out.adapters];
  for (const r of all) {
    expect(r.endLine).toBeGreaterThanOrEqual(r.line);
    const first = lines[r.line - 1] ?? '';
    if (r.layout === 'json') expect(first.trim().startsWith('{')).toBe(true);
    else expect(first).toContain(r.id ?? '');
    for (let l = r.line; l <= r.endLine; l++) covered.add(l);
  }
  lines.forEach((line, i) => {
    if (line.trim() === '' || structural(line)) return;
    expect(covered.has(i + 1), `line ${i + 1} is unaccounted for: ${line}`).toBe(true);
  });
}

const isStructural = (line: string) => {
  const t = line.trim();
  return t.startsWith('//') || t.endsWith(':') || t.startsWith('Name ') || t.startsWith('ID ');
};

// ---------------------------------------------------------------------------------------

describe('parseHnsdiag properties', () => {
  it('never throws on arbitrary strings, and returns plain, schema-valid data', () => {
    const vocabulary = fc.constantFrom(
      '{', '}', '[', ']', '"ID":', '"Name":"x",', ',', ':', ' : ', 'Network : ', 'Endpoint : ', 'Name ', 'ID', ' | ', '\n', '\r\n', '    ',
      '790E58B4-7939-4434-9358-89AE7DDBE87E', '////NETWORKS////', 'Networks:', 'hnsdiag list all -df', 'PS C:\\> ', '...', '> ', '```', '\\', '"', '\t',
    );
    const input = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.oneof(vocabulary, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((p) => p.join('')));
    fc.assert(
      fc.property(input, (text) => {
        const r = parseHnsdiag(text);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
        expect(HnsdiagOutputSchema.safeParse(r.value).success).toBe(true);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const d of r.diagnostics) expect(d.line).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = parseHnsdiag(bytes);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('classic tables parse back to the same networks, endpoints, namespaces and load balancers', () => {
    fc.assert(
      fc.property(model(plainName, { nullable: false, adapters: false }), (m) => {
        const text = renderHnsdiagTable(m, { command: 'PS C:\\> hnsdiag list all' });
        const r = parseHnsdiag(text);
        expect(r.diagnostics.map((d) => d.code)).toEqual(['hnsdiag/command-line']);
        expect(r.value.networks.map(strip)).toEqual(m.networks.map((n) => ({ id: n.id, name: n.name, type: null, subnets: [] })));
        expect(r.value.endpoints.map(strip)).toEqual(
          m.endpoints.map((e) => ({ id: e.id, name: e.name, ipAddress: null, macAddress: null, networkName: e.networkName, networkId: null })),
        );
        expect(r.value.namespaces.map(strip)).toEqual(m.namespaces);
        expect(r.value.loadBalancers.map(strip)).toEqual(m.loadBalancers);
        checkLines(text, r.value, [1], isStructural);
      }),
      { numRuns: RUNS },
    );
  });

  it('records parse back exactly, indented or flattened', () => {
    const complete = model(plainName, { nullable: true, adapters: true }).map((m) => ({
      ...m,
      // A record pairs each `Subnet Address` with the `Gateway` after it: both are printed.
      networks: m.networks.map((n) => ({ ...n, subnets: n.subnets.filter((s) => s.addressPrefix !== null && s.gatewayAddress !== null) })),
    }));
    fc.assert(
      fc.property(complete, fc.boolean(), (m, indent) => {
        const text = renderHnsdiagRecords(m, { indent, banners: indent });
        const r = parseHnsdiag(text);
        expect(r.diagnostics).toEqual([]);
        expect(r.value.networks.map(strip)).toEqual(m.networks.map((n) => ({ ...n, subnets: n.subnets.map((s) => ({ ...s, extra: {} })) })));
        expect(r.value.endpoints.map(strip)).toEqual(m.endpoints);
        expect(r.value.namespaces.map(strip)).toEqual(m.namespaces);
        expect(r.value.loadBalancers.map(strip)).toEqual(m.loadBalancers);
        expect(r.value.adapters.map(strip)).toEqual(m.adapters.map((a) => ({ ...a, id: noBraces(a.id) })));
        checkLines(text, r.value, [], isStructural);
      }),
      { numRuns: RUNS },
    );
  });

  it('-df JSON parses back exactly, with any string in names', () => {
    fc.assert(
      fc.property(model(jsonName, { nullable: true, adapters: false }), (m) => {
        const text = renderHnsdiagJson(m);
        const r = parseHnsdiag(text);
        expect(r.diagnostics).toEqual([]);
        expect(r.value.networks.map(strip)).toEqual(m.networks.map((n) => ({ ...n, subnets: n.subnets.map((s) => ({ ...s, extra: {} })) })));
        expect(r.value.endpoints.map(strip)).toEqual(m.endpoints);
        expect(r.value.namespaces.map(strip)).toEqual(m.namespaces);
        expect(r.value.loadBalancers.map(strip)).toEqual(m.loadBalancers);
        checkLines(text, r.value, [], () => false);
      }),
      { numRuns: RUNS },
    );
  });

  it('-df JSON cut inside its last object gives every complete object back and one error', () => {
    const nonEmpty = model(jsonName, { nullable: true, adapters: false }).filter((m) => m.networks.length + m.endpoints.length + m.namespaces.length + m.loadBalancers.length > 0);
    fc.assert(
      fc.property(nonEmpty, fc.integer({ min: 1, max: 40 }), (m, keep) => {
        const text = renderHnsdiagJson(m, { truncateLastObjectAfter: keep });
        const whole = parseHnsdiag(renderHnsdiagJson(m)).value;
        const r = parseHnsdiag(text);
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => d.code)).toEqual(['hnsdiag/truncated-object']);
        expect(r.diagnostics).toHaveLength(1);
        // The cut object is the last one rendered: load balancers, else namespaces, endpoints, networks.
        const all = (o: HnsdiagOutput) => [...o.networks, ...o.endpoints, ...o.namespaces, ...o.loadBalancers];
        expect(all(r.value)).toEqual(all(whole).slice(0, -1));
        const cutLine = errors[0]?.line ?? 0;
        const lastLine = text.split('\n').length - 1;
        const cutLines = Array.from({ length: lastLine - cutLine + 1 }, (_, i) => cutLine + i);
        checkLines(text, r.value, cutLines, () => false);
      }),
      { numRuns: RUNS },
    );
  });

  it('LF, CRLF and UTF-16LE (with and without BOM) give the same value', () => {
    const layouts = fc.constantFrom('table', 'records', 'json');
    fc.assert(
      fc.property(model(plainName, { nullable: false, adapters: true }), layouts, fc.integer({ min: 1, max: 30 }), (m, layout, keep) => {
        const text =
          layout === 'table' ? renderHnsdiagTable(m) : layout === 'records' ? renderHnsdiagRecords(m) : renderHnsdiagJson(m, { truncateLastObjectAfter: keep });
        const lf = parseHnsdiag(text);
        const variants = [parseHnsdiag(crlf(text)), parseHnsdiag(utf16le(crlf(text), true)), parseHnsdiag(utf16le(crlf(text), false))];
        for (const v of variants) {
          expect(v.value).toEqual(lf.value);
          expect(v.diagnostics.filter((d) => !d.code.startsWith('input/'))).toEqual(lf.diagnostics);
        }
      }),
      { numRuns: 100 },
    );
  });
});
