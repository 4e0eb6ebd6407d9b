/**
 * Property tests of parsePs: it never throws; tables rendered exactly like procps and busybox
 * print them (alignment, widths grown by long values, pushed columns, blank cells, glued
 * busybox numbers) parse back to the values rendered; LF, CRLF and UTF-16LE give the same
 * value; every row points at its line and no line is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePs, type PsColumn, type PsOptions, type PsRow } from '../../../src/parsers/ps/index.js';
import { BUSYBOX_COLUMNS, PROCPS_COLUMNS, procpsShown, renderBusybox, renderProcps, type BusyboxColumn, type ProcpsColumn } from '../../support/render-ps.js';

// PS_RUNS=2000 for a deeper search; the default keeps each property well under five seconds.
const RUNS = { numRuns: Number(process.env['PS_RUNS'] ?? 150) };

// ---------------------------------------------------------------------------------------
// Generators: one cell = the text ps prints and the value parsePs must return for it.
// ---------------------------------------------------------------------------------------

interface Cell {
  text: string;
  value: string | number | null;
}

const word = fc.stringMatching(/^[a-z0-9/._=:@-]{1,10}$/).filter((w) => !w.startsWith('-') || w.length > 1);
const cjk = fc.constantFrom('잠자기', '日本語', 'サービス', 'ä', 'données');
const words = (max: number) => fc.array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 1, arbitrary: cjk }), { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));

const int = (min: number, max: number): fc.Arbitrary<Cell> => fc.integer({ min, max }).map((n) => ({ text: String(n), value: n }));
const orDash = (a: fc.Arbitrary<Cell>): fc.Arbitrary<Cell> => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: fc.constant({ text: '-', value: null }) });

/** procps cells by column kind (keys of PROCPS_COLUMNS). */
const PROCPS_CELLS: Record<string, fc.Arbitrary<Cell>> = {
  pid: int(1, 4194303),
  ppid: int(0, 4194303),
  pgid: int(0, 99999),
  user: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,13}$/).map((u) => {
    const shown = u.length > 8 ? `${u.slice(0, 7)}+` : u;
    return { text: shown, value: shown };
  }),
  uid: int(0, 70000),
  '%cpu': fc.integer({ min: 0, max: 12000 }).map((n) => ({ text: (n / 10).toFixed(1), value: Number((n / 10).toFixed(1)) })),
  '%mem': fc.integer({ min: 0, max: 999 }).map((n) => ({ text: (n / 10).toFixed(1), value: Number((n / 10).toFixed(1)) })),
  vsz: int(0, 99_999_999),
  rss: int(0, 9_999_999),
  tty: fc.constantFrom({ text: '?', value: null }, { text: 'pts/0', value: 'pts/0' }, { text: 'pts/123', value: 'pts/123' }, { text: 'tty1', value: 'tty1' }),
  stat: fc.constantFrom('S', 'Ss', 'R+', 'I<', 'Ssl', 'Z', 'T', 'D', 'S<s', 'SNl').map((s) => ({ text: s, value: s })),
  start: fc.constantFrom('03:20', 'Nov21', '2024', 'Nov 21', 'Jan  5').map((s) => ({ text: s, value: s })),
  lstart: fc.constantFrom('Sat Nov 21 03:20:03 2026', 'Mon Jan  5 10:00:00 2026', 'Thu Feb 29 23:59:59 2024').map((s) => ({ text: s, value: s })),
  time: fc.constantFrom('00:00:00', '00:01:02', '1-02:03:04', '123-00:00:01').map((s) => ({ text: s, value: s })),
  ni: orDash(int(-20, 19)),
  pidns: orDash(int(4026531836, 4026540000)),
  netns: orDash(int(4026531836, 4026540000)),
  label: fc.constantFrom('', 'unconfined', 'docker-default (enforce)', 'system_u:system_r:init_t:s0', '-').map((s) => ({ text: s, value: s === '' || s === '-' ? null : s })),
  comm: fc.oneof(word, fc.tuple(word, word).map(([a, b]) => `${a} ${b}`), cjk).map((s) => ({ text: s, value: s })),
  args: words(6).map((s) => ({ text: s, value: s })),
};

/** busybox cells by column kind (keys of BUSYBOX_COLUMNS). */
const BUSYBOX_CELLS: Record<string, fc.Arbitrary<Cell>> = {
  pid: int(1, 4194303),
  ppid: int(0, 4194303),
  pgid: int(0, 4194303),
  user: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,7}$/).map((u) => ({ text: u, value: u })),
  group: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,7}$/).map((u) => ({ text: u, value: u })),
  nice: int(-20, 19),
  vsz: fc.oneof(int(0, 9999), fc.integer({ min: 10, max: 999 }).map((n) => ({ text: `${n}m`, value: n * 1024 }))),
  rss: fc.oneof(int(0, 9999), fc.integer({ min: 1, max: 9 }).map((n) => ({ text: `${n}g`, value: n * 1024 * 1024 }))),
  stat: fc.constantFrom('S', 'R', 'SW<', 'Z', 'T', 'SN').map((s) => ({ text: s, value: s })),
  tty: fc.constantFrom({ text: '?', value: null }, { text: '136,0', value: '136,0' }),
  time: fc.integer({ min: 0, max: 20000 }).map((m) => {
    const t = `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`.padStart(6);
    return { text: t.trim(), value: t.trim() };
  }),
  comm: fc.stringMatching(/^[a-z][a-z0-9._-]{0,14}$/).map((s) => ({ text: s, value: s })),
  // argv[0] never starts with a digit in practice; when it does, `100000` glued to `0…` and
  // a seven-digit pid are the same text.
  args: words(6)
    .filter((s) => !/^\d/.test(s))
    .map((s) => ({ text: s, value: s })),
};

/** A procps table: column kinds (no two with the same header but comm/args) and rows. */
const procpsTable = fc
  .tuple(
    fc.shuffledSubarray(['pid', 'ppid', 'pgid', 'user', '%cpu', '%mem', 'vsz', 'rss', 'tty', 'stat', 'start', 'lstart', 'time', 'ni', 'pidns', 'netns', 'label', 'comm'], { minLength: 1, maxLength: 8 }),
    fc.boolean(),
    fc.nat(),
    fc.constantFrom(5, 7),
  )
  .chain(([kinds, argsLast, at, pidWidth]) => {
    // args last (the usual), or in the middle where procps cuts it at 27 cells.
    const list = [...kinds];
    if (argsLast) list.push('args');
    else list.splice(at % (list.length + 1), 0, 'args');
    const columns: ProcpsColumn[] = list.map((k) => ({ ...(PROCPS_COLUMNS[k] as ProcpsColumn), ...(k === 'pid' || k === 'ppid' || k === 'pgid' ? { width: pidWidth } : {}) }));
    // A blank cell right after a command cut at its width cannot be told from the command's
    // next word, even by eye: procps never prints a blank LABEL, so that pair is left out.
    const cellsOf = (k: string, i: number) => {
      const a = PROCPS_CELLS[k] as fc.Arbitrary<Cell>;
      return k === 'label' && (list[i - 1] === 'args' || list[i - 1] === 'comm') ? a.filter((c) => c.text !== '') : a;
    };
    const row = fc.tuple(...list.map(cellsOf));
    return fc.record({ kinds: fc.constant(list), columns: fc.constant(columns), rows: fc.array(row, { minLength: 1, maxLength: 12 }) });
  });

const busyboxTable = fc
  .tuple(fc.shuffledSubarray(['ppid', 'pgid', 'user', 'group', 'nice', 'vsz', 'rss', 'stat', 'tty', 'time', 'comm'], { minLength: 0, maxLength: 6 }), fc.nat())
  .chain(([kinds, at]) => {
    const list = [...kinds];
    list.splice(at % (list.length + 1), 0, 'pid');
    list.push('args');
    const columns = list.map((k) => BUSYBOX_COLUMNS[k] as BusyboxColumn);
    const row = fc.tuple(...list.map((k) => BUSYBOX_CELLS[k] as fc.Arbitrary<Cell>));
    return fc.record({ kinds: fc.constant(list), columns: fc.constant(columns), rows: fc.array(row, { minLength: 1, maxLength: 12 }) });
  });

/** What the parser returned for column `c` of a row. */
function valueOf(row: PsRow, c: PsColumn): unknown {
  return c.field === null ? row.extra[c.header || c.key] : (row as unknown as Record<string, unknown>)[c.field];
}

/** The value procps shows: a middle args/comm cut at its width, trailing blanks gone. */
function shownValue(cell: Cell, column: ProcpsColumn, last: boolean): unknown {
  if (typeof cell.value !== 'string' || column.align !== 'unlimited') return cell.value;
  return procpsShown(cell.text, column, last).trimEnd();
}

// ---------------------------------------------------------------------------------------

describe('parsePs never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = parsePs(s);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        parsePs(b);
      }),
      { numRuns: 300 },
    );
  });

  it('on ps-like lines, with and without a column list', () => {
    const token = fc.constantFrom('PID', 'USER', 'COMMAND', 'STARTED', 'START', 'LABEL', 'UID', 'TIME', '1', '220473root', '1000:22x', '-', '?', 'Nov', '21', 'Sat', '\\_', '|', '{x}', 'a b', '잠자기', '', '\t');
    const line = fc.array(token, { maxLength: 12 }).map((t) => t.join(fc.sample(fc.constantFrom(' ', '  ', '   '), 1)[0] as string));
    const options = fc.option(fc.record({ columns: fc.array(fc.constantFrom('pid', 'args', 'comm=', 'label', 'lstart', 'start', 'user=U', 'x=A B', 'bogus'), { maxLength: 5 }) }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), options, (lines, opts) => {
        const r = parsePs(lines.join('\n'), opts as PsOptions | undefined);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        for (const row of r.value.rows) expect(row.line).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parsePs round trip', () => {
  it('reads back every cell of a procps table', () => {
    let total = 0;
    let guessed = 0;
    fc.assert(
      fc.property(procpsTable, ({ columns, rows }) => {
        const text = renderProcps(
          rows.map((r) => r.map((c) => c.text)),
          columns,
        );
        const result = parsePs(text);
        // Pushed columns can make two readings print the same line: the parser says so.
        const ambiguous = new Set(result.diagnostics.filter((d) => d.code === 'ps/ambiguous-row').map((d) => d.line));
        expect(result.diagnostics.filter((d) => d.severity !== 'info' && d.code !== 'ps/ambiguous-row')).toEqual([]);
        expect(result.value.flavor).toBe('procps');
        expect(result.value.columns).toHaveLength(columns.length);
        expect(result.value.rows).toHaveLength(rows.length);
        result.value.rows.forEach((row, i) => {
          expect(row.line).toBe(i + 2);
          total++;
          // Pushed columns next to commands cut at their width can print two readings the same
          // way; the parser says so instead of pretending. Those rows are counted, not compared.
          if (ambiguous.has(row.line)) {
            guessed++;
            return;
          }
          const got = result.value.columns.map((c) => valueOf(row, c));
          const want = (rows[i] as Cell[]).map((cell, j) => shownValue(cell, columns[j] as ProcpsColumn, j === columns.length - 1));
          expect(got).toEqual(want);
        });
      }),
      RUNS,
    );
    expect(guessed).toBeLessThanOrEqual(Math.ceil(total * 0.02));
  });

  it('reads back header-less procps output with the column list', () => {
    const kinds = ['pid', 'ppid', 'user', 'tty', 'stat', 'start', 'time', 'ni', 'pidns'];
    const table = fc.tuple(fc.shuffledSubarray(kinds, { minLength: 1, maxLength: 6 }), fc.constantFrom('args', 'comm', 'label')).chain(([ks, text]) => {
      const list = [...ks, text];
      return fc.record({ list: fc.constant(list), rows: fc.array(fc.tuple(...list.map((k) => PROCPS_CELLS[k] as fc.Arbitrary<Cell>)), { minLength: 1, maxLength: 8 }) });
    });
    fc.assert(
      fc.property(table, ({ list, rows }) => {
        const columns = list.map((k) => PROCPS_COLUMNS[k] as ProcpsColumn);
        const text = renderProcps(
          rows.map((r) => r.map((c) => c.text)),
          columns,
          { header: false },
        );
        const specs = list.map((k) => `${k}=`);
        const result = parsePs(text, { columns: specs });
        expect(result.value.rows).toHaveLength(rows.filter((r) => r.some((c) => c.text !== '')).length);
        result.value.rows.forEach((row) => {
          const cells = rows[row.line - 1] as Cell[];
          expect(result.value.columns.map((c) => valueOf(row, c))).toEqual(cells.map((c, j) => (j === cells.length - 1 && c.text === '' ? null : c.value)));
        });
      }),
      RUNS,
    );
  });

  it('reads back every cell of a busybox table (glued numbers included)', () => {
    fc.assert(
      fc.property(busyboxTable, ({ columns, rows }) => {
        const text = renderBusybox(
          rows.map((r) => r.map((c) => c.text)),
          columns,
        );
        const result = parsePs(text);
        expect(result.value.flavor).toBe('busybox');
        expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        expect(result.value.rows).toHaveLength(rows.length);
        result.value.rows.forEach((row, i) => {
          expect(result.value.columns.map((c) => valueOf(row, c))).toEqual((rows[i] as Cell[]).map((c) => c.value));
        });
      }),
      RUNS,
    );
  });
});

describe('parsePs input forms', () => {
  it('gives the same value for LF, CRLF and UTF-16LE', () => {
    fc.assert(
      fc.property(procpsTable, ({ columns, rows }) => {
        const cells = rows.map((r) => r.map((c) => c.text));
        const lf = parsePs(renderProcps(cells, columns)).value;
        const crlfText = renderProcps(cells, columns, { eol: '\r\n' });
        expect(parsePs(crlfText).value).toEqual(lf);
        const utf16 = new Uint8Array(crlfText.length * 2);
        for (let i = 0; i < crlfText.length; i++) {
          utf16[2 * i] = crlfText.charCodeAt(i) & 0xff;
          utf16[2 * i + 1] = crlfText.charCodeAt(i) >> 8;
        }
        expect(parsePs(utf16).value).toEqual(lf);
      }),
      { numRuns: 80 },
    );
  });

  it('points every row at its line and names every other line', () => {
    const noise = fc.constantFrom('', '   ', '...[snip]...', 'some prose here', 'hello');
    fc.assert(
      fc.property(procpsTable, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 4 }), ({ columns, rows }, inserts) => {
        const lines = renderProcps(
          rows.map((r) => r.map((c) => c.text)),
          columns,
        )
          .split('\n')
          .slice(0, -1);
        const header = lines[0] as string;
        const body = lines.slice(1).map((l, i) => ({ text: l, row: i }));
        const mixed: { text: string; row: number }[] = [...body];
        // At most one stray line in five: more, and the header's geometry is rightly distrusted.
        for (const [at, text] of inserts.slice(0, Math.floor(rows.length / 5))) mixed.splice(at % (mixed.length + 1), 0, { text, row: -1 });
        const text = [header, ...mixed.map((m) => m.text)].join('\n');
        const result = parsePs(text);
        const rowLines = new Set(result.value.rows.map((r) => r.line));
        const diagLines = new Set(result.diagnostics.map((d) => d.line));
        mixed.forEach((m, i) => {
          const line = i + 2;
          if (m.row >= 0) {
            expect(rowLines.has(line)).toBe(true);
            const row = result.value.rows.find((r) => r.line === line) as PsRow;
            const pidCol = result.value.columns.find((c) => c.field === 'pid');
            if (pidCol) expect(row.pid).toBe((rows[m.row] as Cell[])[columns.findIndex((c) => c.header === 'PID')]?.value);
          } else if (m.text.trim() !== '') {
            // Prose may land in a table without a pid column as a (short) row: then it says so.
            expect(rowLines.has(line) || diagLines.has(line)).toBe(true);
          }
        });
        expect(result.value.rows.length).toBeLessThanOrEqual(mixed.filter((m) => m.text.trim() !== '').length);
      }),
      RUNS,
    );
  });
});
