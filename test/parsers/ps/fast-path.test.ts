/**
 * The one-pass row reader of common procps tables (`aux`, `-ef`, `-o` lists of one-word
 * columns and a command last) must give exactly what the general row cutter gives, on clean
 * rows and on rows it hands over (tabs, wide characters, misaligned or bad values, forest
 * art, repeated headers, elisions, prose).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePs } from '../../../src/parsers/ps/index.js';
import { setFastRows } from '../../../src/parsers/ps/parse.js';
import { PROCPS_COLUMNS, renderProcps, type ProcpsColumn } from '../../support/render-ps.js';

const RUNS = { numRuns: Number(process.env['PS_RUNS'] ?? 200) };

const CELLS: Record<string, fc.Arbitrary<string>> = {
  pid: fc.integer({ min: 1, max: 4194303 }).map(String),
  ppid: fc.integer({ min: 0, max: 4194303 }).map(String),
  user: fc.constantFrom('root', 'systemd+', 'alice', 'www-data', '1000', 'ü-user', 'USER'),
  uid: fc.constantFrom('0', '1000', 'root', 'alice'),
  '%cpu': fc.constantFrom('0.0', '12.5', '100', '1,5', 'x'),
  '%mem': fc.constantFrom('0.0', '0.1', '99.9'),
  vsz: fc.constantFrom('0', '167744', '12345678', '-', '12k'),
  rss: fc.constantFrom('0', '13056', '9999999'),
  tty: fc.constantFrom('?', 'pts/0', 'pts/123', 'tty1', '-'),
  stat: fc.constantFrom('S', 'Ss', 'R+', 'I<', 'Z', 'Ssl'),
  start: fc.constantFrom('03:20', 'Nov21', '2024', 'Nov 21', 'Jan  5'),
  time: fc.constantFrom('00:00:00', '0:03', '1-02:03:04'),
  ni: fc.constantFrom('0', '-20', '19', '-'),
  args: fc.constantFrom('/sbin/init splash', '-bash', '[kworker/0:1-events]', 'sleep 1 <defunct>', '\\_ sshd: alice', '| bash', 'a\tb', '잠자기 5', 'x'),
};

const table = fc
  .tuple(fc.shuffledSubarray(['pid', 'ppid', 'user', 'uid', '%cpu', '%mem', 'vsz', 'rss', 'tty', 'stat', 'start', 'time', 'ni'], { minLength: 1, maxLength: 9 }), fc.constantFrom(5, 7))
  .chain(([kinds, pidWidth]) => {
    const list = kinds.includes('pid') ? [...kinds, 'args'] : ['pid', ...kinds, 'args'];
    const columns: ProcpsColumn[] = list.map((k) => ({
      ...(k === 'uid' ? { header: 'UID', width: 8, align: 'left' as const } : (PROCPS_COLUMNS[k] as ProcpsColumn)),
      ...(k === 'pid' || k === 'ppid' ? { width: pidWidth } : {}),
    }));
    const row = fc.tuple(...list.map((k) => CELLS[k] as fc.Arbitrary<string>));
    // Lines slipped between rows, and edits of rendered rows: the reader must hand them over.
    const noise = fc.constantFrom('', '   ', '...[생략]...', '…', 'some prose here', '\t', 'USER PID');
    const edit = fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s,
      (s) => ` ${s}`,
      (s) => s.replace(' ', '\t'),
      (s) => s.replace(/ +/, ' '),
      (s) => `${s}   `,
      (s) => s.slice(0, Math.max(1, s.length >> 1)),
    );
    return fc.record({
      columns: fc.constant(columns),
      rows: fc.array(row, { minLength: 1, maxLength: 14 }),
      edits: fc.array(fc.tuple(fc.nat(), edit), { maxLength: 10 }),
      inserts: fc.array(fc.tuple(fc.nat(), noise), { maxLength: 6 }),
    });
  });

afterEach(() => setFastRows(true));

/**
 * The parser sets the table up from the first 64 non-blank lines and reads only the lines after
 * them with the fast reader: tables shorter than that never reach it. `rows` repeated past 64.
 */
function pastTheHead<T>(rows: readonly T[]): T[] {
  const out: T[] = [];
  while (out.length < 80) out.push(...rows);
  return out;
}

function both(text: string): [unknown, unknown] {
  setFastRows(true);
  const fast = JSON.parse(JSON.stringify(parsePs(text)));
  setFastRows(false);
  const general = JSON.parse(JSON.stringify(parsePs(text)));
  setFastRows(true);
  return [fast, general];
}

describe('parsePs fast row reader', () => {
  it('gives what the general cutter gives, on clean and edited tables', () => {
    fc.assert(
      fc.property(table, ({ columns, rows, edits, inserts }) => {
        const lines = renderProcps(pastTheHead(rows), columns).split('\n');
        for (const [at, f] of edits) {
          const i = 1 + (at % Math.max(1, lines.length - 2));
          lines[i] = f(lines[i] ?? '');
        }
        for (const [at, s] of inserts) lines.splice(1 + (at % lines.length), 0, s);
        const text = lines.join('\n');
        const [fast, general] = both(text);
        expect(fast).toEqual(general);
        // CRLF text is read line by line, not by offsets: the same result.
        expect(both(text.replaceAll('\n', '\r\n'))[0]).toEqual(fast);
      }),
      RUNS,
    );
  });

  it.each([
    ['ps aux', 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nroot           1  0.0  0.1 167744 13056 ?        Ss   Nov21   0:03 /sbin/init splash\nalice        700  1.5  0.1  12744  1056 pts/0    R+   Nov  5   0:00 ps aux\n'],
    ['ps -ef', 'UID          PID    PPID  C STIME TTY          TIME CMD\nroot           1       0  0 Nov21 ?        00:00:03 /sbin/init splash\n1000         900       1  0 03:20 pts/0    00:00:00 -bash\n'],
    ['ps -ef with forest art', 'UID          PID    PPID  C STIME TTY          TIME CMD\nroot           1       0  0 Nov21 ?        00:00:03 /sbin/init\nroot         300       1  0 Nov21 ?        00:00:00  \\_ sshd\n'],
    ['ps -ejH indentation', '    PID    PGID     SID TTY          TIME CMD\n      1       1       1 ?        00:00:03 systemd\n    300     300     300 ?        00:00:00   sshd\n'],
  ])('%s: same result either way', (_name, table) => {
    const [header, ...rows] = table.trimEnd().split('\n');
    const text = `${[header, ...pastTheHead(rows)].join('\n')}\n`;
    const [fast, general] = both(text);
    expect(fast).toEqual(general);
  });
});
