import { describe, expect, it } from 'vitest';
import { columnBounds, headerColumns, sliceRow, type ColumnSpec } from '../../src/core/index.js';

function table(header: string, rows: string[], right: string[], separator: 'single' | 'wide' = 'single') {
  const cols: ColumnSpec[] = headerColumns(header, separator).map((c) => ({ ...c, align: right.includes(c.name) ? 'right' : 'left' }));
  const bounds = columnBounds(cols, rows);
  return rows.map((r) => sliceRow(r, cols, bounds).map((c) => c?.text ?? null));
}

describe('sliceRow', () => {
  it('keeps values with spaces and blank cells in their columns', () => {
    expect(
      table('    PID                  STARTED LABEL CMD', ['      2 Sat Nov 21 03:20:03 2026       [kthreadd]'], ['PID', 'STARTED']),
    ).toEqual([['2', 'Sat Nov 21 03:20:03 2026', null, '[kthreadd]']]);
  });

  it('follows a value that overflows its column', () => {
    expect(
      table('USER         PID    VSZ   RSS TTY COMMAND', ['root           1 1234567890 12924 ?   /sbin/init splash'], ['PID', 'VSZ', 'RSS']),
    ).toEqual([['root', '1', '1234567890', '12924', '?', '/sbin/init splash']]);
  });

  it('joins headers separated by one space in wide mode', () => {
    expect(
      table('CONTAINER ID   IMAGE     NAMES', ['013853d881b7   net8      vibrant_kepler'], [], 'wide'),
    ).toEqual([['013853d881b7', 'net8', 'vibrant_kepler']]);
  });
});
