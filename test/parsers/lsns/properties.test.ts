/**
 * Property tests for parseLsns: it never throws; generated namespace listings and process trees,
 * rendered exactly as libsmartcols draws them (test/support/render-lsns.ts, checked against
 * real captures in real-render.test.ts) in both alphabets, as the human layout, `-r` and `-J`
 * in every schema, parse back to the same rows, depths, parents and lines; LF, CRLF and
 * UTF-16LE give the same value; no line is left unaccounted for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLsns } from '../../../src/parsers/lsns/index.js';
import type { LsnsRow } from '../../../src/parsers/lsns/index.js';
import { LsnsOutputSchema } from '../../../src/parsers/lsns/schema.js';
import { FIELD, renderLsns, type LsnsJsonStyle, type LsnsRenderNode, type LsnsRenderOptions } from '../../support/render-lsns.js';

const TYPES = ['mnt', 'net', 'pid', 'uts', 'ipc', 'user', 'cgroup', 'time'] as const;
const NS_COLUMNS = ['NS', 'TYPE', 'PATH', 'NPROCS', 'PID', 'PPID', 'COMMAND', 'UID', 'USER', 'NETNSID', 'NSFS', 'PNS', 'ONS'] as const;
const PROCESS_COLUMNS = ['PID', 'PPID', 'USER', 'COMMAND', 'UID'] as const;

// Characters a command line may hold: ASCII, escapes lsns must write as \xHH (controls, `\x`),
// JSON-special ones, wide Hangul/CJK, an astral emoji. Not NBSP or zero-width (the core
// normalises those) and no combining marks.
const CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789-_./:=@,+%', '\\', 'x', '"', '$', '`', '\t', '\n', '\r', '\x7f', '잠', '자', '기', '中', 'é', 'д', '😀'];
const word = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 8 });
const simpleWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_./'), minLength: 1, maxLength: 8 });
const ART_FIRST = new Set(['|', '`', '├', '└', '│']);
const command = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', ' ', '  '))
  .map(([ws, sep]) => ws.join(sep))
  .filter((c) => !ART_FIRST.has(c.charAt(0)));
const simpleCommand = fc.array(simpleWord, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const user = fc.oneof(fc.constantFrom('root', 'nobody', 'wslg', 'testusr', '1000'), fc.constantFrom('사용자', 'ユーザ'));
const inode = fc.integer({ min: 4026531832, max: 4026539999 });
const pid = fc.integer({ min: 1, max: 4194304 });

interface GenRow {
  cells: Record<string, string | number | string[] | null>;
  children: GenRow[];
}

/** A namespace listing: columns (NS always), rows with distinct inodes, and the tree column. */
const namespaceListing = fc
  .record({
    extra: fc.shuffledSubarray(NS_COLUMNS.filter((c) => c !== 'NS') as string[], { minLength: 0, maxLength: 12 }),
    nsAt: fc.nat(),
    rows: fc.array(
      fc.record({
        type: fc.constantFrom(...TYPES),
        nprocs: fc.integer({ min: 0, max: 500 }),
        pid: fc.option(pid, { nil: null }),
        ppid: fc.option(fc.integer({ min: 0, max: 4194304 }), { nil: null }),
        command: fc.option(command, { nil: null }),
        uid: fc.integer({ min: 0, max: 65534 }),
        user,
        netnsid: fc.option(fc.oneof(fc.integer({ min: 0, max: 99 }), fc.constant('unassigned' as const)), { nil: null }),
        nsfs: fc.option(fc.array(simpleWord.map((w) => `/run/netns/${w}`), { minLength: 1, maxLength: 3 }), { nil: null }),
        pns: fc.oneof(fc.constant(0), inode),
        ons: fc.oneof(fc.constant(0), inode),
        parent: fc.nat(),
        root: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    inodes: fc.uniqueArray(inode, { minLength: 12, maxLength: 12 }),
    treeChoice: fc.constantFrom('COMMAND', 'NS', null),
  })
  .map(({ extra, nsAt, rows, inodes, treeChoice }) => {
    const columns = [...extra];
    columns.splice(nsAt % (columns.length + 1), 0, 'NS');
    const treeColumn = treeChoice === 'COMMAND' && !columns.includes('COMMAND') ? null : treeChoice;
    const made: GenRow[] = [];
    const roots: GenRow[] = [];
    rows.forEach((r, i) => {
      const ns = inodes[i] as number;
      const parent = i > 0 && treeColumn !== null && !r.root ? (made[r.parent % i] as GenRow) : null;
      const p = r.pid;
      let ppid = r.ppid;
      let pns = r.pns;
      // The tree must agree with the columns that also name the parent (else lsns could not print it).
      if (parent && treeColumn === 'COMMAND' && columns.includes('PPID')) {
        if (parent.cells['PID'] === null) parent.cells['PID'] = 1 + (i % 4000);
        ppid = parent.cells['PID'] as number;
      }
      if (parent && treeColumn === 'NS') pns = parent.cells['NS'] as number;
      const cells: GenRow['cells'] = {
        NS: ns,
        TYPE: r.type,
        PATH: p === null ? null : `/proc/${p}/ns/${r.type}`,
        NPROCS: r.nprocs,
        PID: p,
        PPID: ppid,
        COMMAND: r.command,
        UID: r.uid,
        USER: r.user,
        NETNSID: r.netnsid,
        NSFS: r.nsfs,
        PNS: pns,
        ONS: r.ons,
      };
      const node: GenRow = { cells, children: [] };
      made.push(node);
      if (parent) parent.children.push(node);
      else roots.push(node);
    });
    return { columns, treeColumn, roots };
  });

/** A process listing (`lsns <ns>`): PID always, PPID of a child = its parent's PID. */
const processListing = fc
  .record({
    columns: fc.shuffledSubarray([...PROCESS_COLUMNS] as string[], { minLength: 1, maxLength: 5 }).filter((c) => c.includes('PID')),
    rows: fc.array(fc.record({ command, user, uid: fc.integer({ min: 0, max: 65534 }), parent: fc.nat(), root: fc.boolean(), ppid: fc.integer({ min: 0, max: 999 }) }), {
      minLength: 1,
      maxLength: 12,
    }),
    pids: fc.uniqueArray(pid, { minLength: 12, maxLength: 12 }),
    tree: fc.boolean(),
  })
  .map(({ columns, rows, pids, tree }) => {
    const treeColumn = tree && columns.includes('COMMAND') ? 'COMMAND' : null;
    const made: GenRow[] = [];
    const roots: GenRow[] = [];
    rows.forEach((r, i) => {
      const parent = i > 0 && treeColumn !== null && !r.root ? (made[r.parent % i] as GenRow) : null;
      const cells = { PID: pids[i] as number, PPID: parent ? (parent.cells['PID'] as number) : r.ppid, USER: r.user, COMMAND: r.command, UID: r.uid };
      const node: GenRow = { cells, children: [] };
      made.push(node);
      if (parent) parent.children.push(node);
      else roots.push(node);
    });
    return { columns, treeColumn, roots };
  });

type Listing = { columns: string[]; treeColumn: string | null; roots: GenRow[] };

/** The rows parseLsns must return for a listing, in pre-order, without `line`. */
function expectedRows(listing: Listing): Omit<LsnsRow, 'line'>[] {
  const out: Omit<LsnsRow, 'line'>[] = [];
  const visit = (nodes: GenRow[], depth: number, parentIndex: number | null) => {
    for (const n of nodes) {
      const row: Record<string, unknown> = {
        ns: null,
        type: null,
        nprocs: null,
        pid: null,
        ppid: null,
        user: null,
        uid: null,
        command: null,
        pns: null,
        ons: null,
        path: null,
        netnsid: null,
        nsfs: null,
        depth: listing.treeColumn === null ? 0 : depth,
        parentIndex: listing.treeColumn === null ? null : parentIndex,
        extra: {},
      };
      for (const c of listing.columns) row[FIELD[c] as string] = n.cells[c] ?? null;
      const index = out.length;
      out.push(row as Omit<LsnsRow, 'line'>);
      visit(n.children, depth + 1, index);
    }
  };
  visit(listing.roots, 0, null);
  return out;
}

const styles: LsnsJsonStyle[] = ['pretty', 'compact', 'lines', 'v2.28', 'v2.29', 'v2.33'];
const renderOptions = fc.record({
  format: fc.constantFrom('human', 'human', 'raw', 'json') as fc.Arbitrary<'human' | 'raw' | 'json'>,
  locale: fc.constantFrom('utf-8', 'c') as fc.Arbitrary<'utf-8' | 'c'>,
  json: fc.constantFrom(...styles),
  nowrap: fc.boolean(),
});

function roundTrip(listing: Listing, opts: Partial<LsnsRenderOptions>) {
  const rendered = renderLsns(listing.roots as LsnsRenderNode[], { columns: listing.columns, treeColumn: listing.treeColumn, ...opts });
  const result = parseLsns(rendered.text);
  return { rendered, result };
}

function withoutLines(rows: readonly LsnsRow[]) {
  return rows.map((r) => {
    const { line: _line, parentLine: _parentLine, ...rest } = r;
    return rest;
  });
}

describe('parseLsns properties', () => {
  it('never throws on arbitrary text and bytes, and its value fits the schema', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.uint8Array().map((b) => b as Uint8Array | string)), (input) => {
        const r = parseLsns(input);
        expect(LsnsOutputSchema.safeParse(r.value).success).toBe(true);
        expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on damaged listings (lines cut, dropped, doubled; characters deleted)', () => {
    fc.assert(
      fc.property(fc.oneof(namespaceListing, processListing), renderOptions, fc.array(fc.tuple(fc.nat(), fc.constantFrom('cut', 'drop', 'double', 'delete')), { maxLength: 4 }), (listing, opts, edits) => {
        let text = renderLsns(listing.roots as LsnsRenderNode[], { columns: listing.columns, treeColumn: listing.treeColumn, ...opts }).text;
        for (const [at, kind] of edits) {
          const lines = text.split('\n');
          const i = at % Math.max(1, lines.length);
          if (kind === 'cut') text = text.slice(0, at % (text.length + 1));
          else if (kind === 'drop') text = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
          else if (kind === 'double') text = [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n');
          else text = text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + 1);
        }
        const r = parseLsns(text);
        expect(LsnsOutputSchema.safeParse(r.value).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('namespace listings round-trip in every layout, alphabet and JSON schema', () => {
    fc.assert(
      fc.property(namespaceListing, renderOptions, (listing, opts) => {
        const { rendered, result } = roundTrip(listing, opts);
        expect(result.diagnostics).toEqual([]);
        expect(withoutLines(result.value.rows)).toEqual(expectedRows(listing));
        expect(result.value.rows.map((r) => r.line)).toEqual(rendered.nodeLines);
        for (const r of result.value.rows) expect(r.parentLine).toBe(r.parentIndex === null ? null : (result.value.rows[r.parentIndex] as LsnsRow).line);
        expect(result.value.mode).toBe('namespaces');
        // A table without padding anywhere is byte for byte what -r prints: only the layout name can differ.
        const padded = rendered.text.includes('  ') || /^ /m.test(rendered.text);
        if (opts.format === 'json' || padded) expect(result.value.format).toBe(opts.format === 'human' ? 'table' : opts.format);
        expect(result.value.columns).toEqual(listing.columns);
      }),
      { numRuns: 250 },
    );
  });

  it('process trees round-trip in every layout, alphabet and JSON schema', () => {
    fc.assert(
      fc.property(processListing, renderOptions, (listing, opts) => {
        const { rendered, result } = roundTrip(listing, opts);
        expect(result.diagnostics).toEqual([]);
        expect(withoutLines(result.value.rows)).toEqual(expectedRows(listing));
        expect(result.value.rows.map((r) => r.line)).toEqual(rendered.nodeLines);
        expect(result.value.mode).toBe('processes');
        const hasChildren = listing.roots.some(function deep(n: GenRow): boolean {
          return n.children.length > 0;
        });
        if (listing.treeColumn && hasChildren) expect(result.value.tree).toBe('process');
      }),
      { numRuns: 250 },
    );
  });

  it('headerless process trees (-n) round-trip with the columns passed as options', () => {
    const plain = processListing.map((l) => {
      const strip = (nodes: GenRow[]) => nodes.forEach((n) => ((n.cells['USER'] = 'root'), strip(n.children)));
      strip(l.roots);
      return l;
    });
    fc.assert(
      fc.property(plain, fc.constantFrom('utf-8', 'c') as fc.Arbitrary<'utf-8' | 'c'>, simpleCommand, (listing, locale, cmd) => {
        const setCommands = (nodes: GenRow[]) => nodes.forEach((n, i) => ((n.cells['COMMAND'] = `${cmd}${i}`), setCommands(n.children)));
        setCommands(listing.roots);
        const rendered = renderLsns(listing.roots as LsnsRenderNode[], { columns: listing.columns, treeColumn: listing.treeColumn, locale, noHeadings: true });
        const result = parseLsns(rendered.text, { columns: listing.columns });
        expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        expect(withoutLines(result.value.rows)).toEqual(expectedRows(listing));
        expect(result.value.rows.map((r) => r.line)).toEqual(rendered.nodeLines);
      }),
      { numRuns: 150 },
    );
  });

  it('process trees pasted with collapsed spacing and elided stretches keep every parent PPID can prove', () => {
    const defaults = ['PID', 'PPID', 'USER', 'COMMAND'];
    fc.assert(
      fc.property(
        processListing,
        fc.constantFrom('utf-8', 'c') as fc.Arbitrary<'utf-8' | 'c'>,
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.constantFrom('...[생략]...', '...', '[...]', '…'),
        (generated, locale, keep, elision) => {
          const listing = { ...generated, columns: defaults, treeColumn: 'COMMAND' };
          const rendered = renderLsns(listing.roots as LsnsRenderNode[], { columns: defaults, treeColumn: 'COMMAND', locale });
          // The truth: each node's parent and depth, in pre-order.
          const truth: { parent: number | null; depth: number; command: string }[] = [];
          const visit = (nodes: GenRow[], parent: number | null, depth: number) => {
            for (const n of nodes) {
              const i = truth.length;
              truth.push({ parent, depth, command: n.cells['COMMAND'] as string });
              visit(n.children, i, depth + 1);
            }
          };
          visit(listing.roots, null, 0);
          const kept = truth.map((_, i) => i === 0 || (keep[i] ?? true));
          const lines = rendered.text.split('\n').slice(0, -1);
          const out: string[] = [(lines[0] as string).replace(/ +/g, ' ').trim()];
          truth.forEach((_, i) => {
            const text = (lines[(rendered.nodeLines[i] as number) - 1] as string).replace(/ +/g, ' ').trim();
            if (kept[i]) out.push(text);
            else if (out[out.length - 1] !== elision) out.push(elision);
          });
          const result = parseLsns(`${out.join('\n')}\n`);
          expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
          const keptIndex = truth.map((_, i) => (kept[i] ? kept.slice(0, i).filter(Boolean).length : -1));
          const rows = result.value.rows;
          expect(rows.length).toBe(kept.filter(Boolean).length);
          truth.forEach((t, i) => {
            if (!kept[i]) return;
            const row = rows[keptIndex[i] as number] as LsnsRow;
            const parentKept = t.parent !== null && kept[t.parent];
            expect(row.parentIndex).toBe(parentKept ? keptIndex[t.parent as number] : null);
            let chainKept = true;
            for (let a = t.parent; a !== null; a = (truth[a] as { parent: number | null }).parent) chainKept &&= kept[a] as boolean;
            if (chainKept) expect(row.depth).toBe(t.depth);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('LF, CRLF and UTF-16LE give the same value', () => {
    fc.assert(
      fc.property(fc.oneof(namespaceListing, processListing), renderOptions, fc.boolean(), (listing, opts, bom) => {
        const text = renderLsns(listing.roots as LsnsRenderNode[], { columns: listing.columns, treeColumn: listing.treeColumn, ...opts }).text;
        const lf = parseLsns(text);
        const crlf = parseLsns(text.replace(/\n/g, '\r\n'));
        const full = (bom ? '\ufeff' : '') + text.replace(/\n/g, '\r\n');
        const units = new Uint8Array(full.length * 2);
        for (let i = 0; i < full.length; i++) {
          const c = full.charCodeAt(i);
          units[i * 2] = c & 0xff;
          units[i * 2 + 1] = c >> 8;
        }
        const utf16 = parseLsns(units);
        expect(crlf.value).toEqual(lf.value);
        expect(utf16.value).toEqual(lf.value);
        expect(utf16.diagnostics.filter((d) => !d.code.startsWith('input/'))).toEqual(lf.diagnostics);
      }),
      { numRuns: 150 },
    );
  });

  it('every line is a header, a row, the rest of a wrapped NSFS cell, or named by a diagnostic', () => {
    fc.assert(
      fc.property(fc.oneof(namespaceListing, processListing), fc.constantFrom('human', 'raw') as fc.Arbitrary<'human' | 'raw'>, fc.nat(), (listing, format, junkAt) => {
        const rendered = renderLsns(listing.roots as LsnsRenderNode[], { columns: listing.columns, treeColumn: listing.treeColumn, format });
        const lines = rendered.text.split('\n').slice(0, -1);
        // Some junk between two rows: it must be named by a diagnostic, never silently dropped.
        const at = (rendered.nodeLines[junkAt % rendered.nodeLines.length] as number) - 1;
        lines.splice(at, 0, 'this is not a row of lsns');
        const result = parseLsns(`${lines.join('\n')}\n`);
        const accounted = new Set<number>([1]);
        for (const r of result.value.rows) {
          accounted.add(r.line);
          // Continuation lines of a wrapped NSFS cell follow their row.
          if (format === 'human' && r.nsfs && listing.columns.includes('NSFS')) for (let k = 1; k < r.nsfs.length; k++) accounted.add(r.line + k);
        }
        for (const d of result.diagnostics) accounted.add(d.line);
        lines.forEach((l, i) => {
          if (l.trim() !== '') expect(accounted.has(i + 1), `line ${i + 1}: ${l}`).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });
});
