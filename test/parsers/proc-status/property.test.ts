import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProcStatus } from '../../../src/parsers/proc-status/index.js';
import type { ProcStatusRecord } from '../../../src/parsers/proc-status/schema.js';
import { ProcStatusOutputSchema } from '../../../src/parsers/proc-status/schema.js';
import { fullStatus, renderProcStatus, renderStatusLines, statusPath, STATUS_KEY_ORDER, type StatusSample, type StatusSpacing } from '../../support/render-proc-status.js';
import { utf16le } from '../../support/encode.js';

// Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit takes seconds to warm up).
const arbCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));


const RUNS = { numRuns: 150 };

// A comm: printable, no tab/newline (the kernel escapes them), no outer spaces (a paste loses them).
const arbName = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_/.:()[] '.split('')), minLength: 1, maxLength: 15 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const arbState = fc.constantFrom(['R', 'running'], ['S', 'sleeping'], ['D', 'disk sleep'], ['T', 'stopped'], ['t', 'tracing stop'], ['Z', 'zombie'], ['X', 'dead'], ['I', 'idle'], ['P', 'parked']);
const arbId = fc.nat({ max: 4_194_304 });
const arbHex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 16, maxLength: 16 });

/** A process with a consistent NS* chain (first entry = pid, the same number of levels everywhere). */
const arbProcess = fc
  .record({
    pid: fc.integer({ min: 1, max: 4_194_304 }),
    inner: fc.array(fc.integer({ min: 1, max: 4_194_304 }), { maxLength: 32 }),
    pgidSid: fc.array(fc.tuple(arbId, arbId), { minLength: 33, maxLength: 33 }),
    thread: fc.option(fc.integer({ min: 1, max: 4_194_304 }), { nil: null }),
    name: arbName,
    state: arbState,
    uid: fc.array(arbId, { minLength: 4, maxLength: 4 }),
    groups: fc.array(arbId, { maxLength: 5 }),
    vmRssKb: fc.option(fc.nat({ max: 99_999_999 }), { nil: null }),
    threads: fc.integer({ min: 1, max: 10_000 }),
    capEff: arbHex,
    kthread: fc.option(fc.boolean(), { nil: null }),
    extra: fc.dictionary(fc.constantFrom('Foo_bar', 'SleepAVG', 'TaggedAddr', 'Mems_future'), fc.stringMatching(/^[a-z0-9%]{1,8}( [a-z0-9]{1,8})?$/), { maxKeys: 2 }),
  })
  .map((p): StatusSample => {
    const nspid = [p.pid, ...p.inner];
    const tgid = p.thread ?? p.pid;
    const levels = nspid.length;
    return fullStatus({
      name: p.name,
      state: p.state[0],
      stateName: p.state[1],
      pid: p.pid,
      tgid,
      uid: p.uid,
      gid: [...p.uid].reverse(),
      groups: p.groups,
      nspid,
      nstgid: [tgid, ...p.inner],
      nspgid: p.pgidSid.slice(0, levels).map(([g]) => g),
      nssid: p.pgidSid.slice(0, levels).map(([, s]) => s),
      vmRssKb: p.vmRssKb,
      threads: p.threads,
      capEff: p.capEff,
      kthread: p.kthread,
      extra: p.extra,
    });
  });

/** Processes with distinct pids (one file each). */
const arbProcesses = fc.array(arbProcess, { minLength: 1, maxLength: 6 }).map((ps) => ps.map((p, i) => renumber(p, 1000 * (i + 1) + ((p.pid ?? 0) % 1000))));

function renumber(p: StatusSample, pid: number): StatusSample {
  const tgid = p.tgid === p.pid ? pid : (p.tgid as number);
  return { ...p, pid, tgid, nspid: [pid, ...(p.nspid as number[]).slice(1)], nstgid: [tgid, ...(p.nstgid as number[]).slice(1)] };
}

const arbSpacing = fc.constantFrom<StatusSpacing>('tabs', 'expand', 'single-space');

/** What the parser must return for a rendered sample: every field the sample prints, null for the rest. */
function expected(s: StatusSample, keys: Set<string> | null): Partial<ProcStatusRecord> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of STATUS_KEY_ORDER) {
    const v = s[field];
    out[field] = keys !== null && !keys.has(key) ? null : (v ?? null);
  }
  out['stateName'] = keys !== null && !keys.has('State') ? null : (s.stateName ?? null);
  out['extra'] = keys === null ? (s.extra ?? {}) : {};
  return out as Partial<ProcStatusRecord>;
}

describe('parseProcStatus properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: arbCodeUnit, maxLength: 400 }), (text) => {
        expect(() => parseProcStatus(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(() => parseProcStatus(bytes)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on status-like noise, and accounts for every line', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...STATUS_KEY_ORDER.map(([k]) => `${k}:`), '/proc/1/status:', '/proc/2/task/3/status:', '==> /proc/4/status <==', '--', 'grep:', '\t', ' ', '  ', 'kB', '(', ')', ':', '\n', '\r\n', '-', 'status'),
      fc.string({ maxLength: 6 }),
      fc.nat().map(String),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const r = parseProcStatus(text);
        expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
        expect(ProcStatusOutputSchema.safeParse(r.value).success).toBe(true);
        const lines = text.split(/\r\n|\n|\r/);
        const inRecord = (n: number) => r.value.records.some((rec) => rec.line <= n && n <= rec.endLine);
        const named = new Set(r.diagnostics.map((d) => d.line));
        lines.forEach((l, i) => {
          // Blank lines, grep's `--`, and grep -H's prefix of a blank line carry nothing.
          if (l.trim() === '' || l.trim() === '--' || /^\S*status[:-](?:\d+[:-])?\s*$/.test(l.trim())) return;
          // Every line is in a record or named by a diagnostic.
          expect(inRecord(i + 1) || named.has(i + 1), `line ${i + 1}: ${JSON.stringify(l)}`).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('whole files round-trip, in any spacing, and line/endLine point at the file', () => {
    fc.assert(
      fc.property(arbProcesses, arbSpacing, (ps, spacing) => {
        const text = renderProcStatus(ps, { spacing });
        const r = parseProcStatus(text);
        expect(r.diagnostics).toEqual([]);
        expect(r.value.records).toHaveLength(ps.length);
        let line = 1;
        ps.forEach((p, i) => {
          const rec = r.value.records[i] as ProcStatusRecord;
          const n = renderStatusLines(p).length;
          expect(rec).toMatchObject({ ...expected(p, null), source: 'file', path: null, line, endLine: line + n - 1 });
          expect(text.split('\n')[rec.line - 1]).toMatch(/^Name:/);
          line += n;
        });
      }),
      RUNS,
    );
  });

  it('grep lines (no file names) round-trip: one record per file when every file prints the same keys', () => {
    fc.assert(
      fc.property(arbProcesses, arbSpacing, fc.subarray(['NStgid', 'NSpid', 'NSpgid', 'NSsid', 'State', 'VmRSS'], { minLength: 1 }), (ps, spacing, grepKeys) => {
        // grep prints what the file has: give every process every grepped key.
        const all = ps.map((p) => ({ ...p, vmRssKb: p.vmRssKb ?? 1 }));
        const text = renderProcStatus(all, { form: 'grep', grepKeys, spacing });
        const r = parseProcStatus(text);
        expect(r.value.records).toHaveLength(all.length);
        const keys = new Set(grepKeys);
        all.forEach((p, i) => {
          const rec = r.value.records[i] as ProcStatusRecord;
          expect(rec).toMatchObject({ ...expected(p, keys), source: 'grep', path: null, line: i * grepKeys.length + 1, endLine: (i + 1) * grepKeys.length });
        });
        expect(r.diagnostics.filter((d) => d.code !== 'proc-status/ns-length-mismatch')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('grep -H lines round-trip: pid (and tgid for task paths) come from the path', () => {
    fc.assert(
      fc.property(arbProcesses, arbSpacing, fc.subarray(['Name', 'NStgid', 'NSpid', 'NSpgid', 'NSsid', 'Kthread'], { minLength: 1 }), (ps, spacing, grepKeys) => {
        const text = renderProcStatus(ps, { form: 'grep-h', grepKeys, spacing });
        const r = parseProcStatus(text);
        expect(r.diagnostics).toEqual([]);
        const withLines = ps.filter((p) => renderStatusLines(p, { form: 'grep', grepKeys }).length > 0);
        expect(r.value.records).toHaveLength(withLines.length);
        withLines.forEach((p, i) => {
          const rec = r.value.records[i] as ProcStatusRecord;
          const keys = new Set(grepKeys);
          const exp = { ...expected(p, keys), pid: p.pid, tgid: p.tgid !== p.pid ? p.tgid : null };
          expect(rec).toMatchObject({ ...exp, source: 'grep-h', path: statusPath(p) });
          expect(text.split('\n')[rec.line - 1]?.startsWith(`${statusPath(p)}:`)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('LF, CRLF and UTF-16LE give the same value', () => {
    fc.assert(
      fc.property(arbProcesses, fc.constantFrom<'file' | 'grep-h'>('file', 'grep-h'), (ps, form) => {
        const lf = parseProcStatus(renderProcStatus(ps, { form }));
        const crlf = parseProcStatus(renderProcStatus(ps, { form, eol: '\r\n' }));
        const u16 = parseProcStatus(utf16le(renderProcStatus(ps, { form, eol: '\r\n' })));
        expect(crlf.value).toEqual(lf.value);
        expect(u16.value).toEqual(lf.value);
        expect(u16.diagnostics.map((d) => d.code)).toEqual(['input/utf16le-decoded']);
      }),
      { numRuns: 60 },
    );
  });
});
