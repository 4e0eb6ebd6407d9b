/**
 * Every `examples/<name>.txt` transcript has its rendered tree checked in beside it
 * (`<name>.tree.txt`, Unicode; `<name>.mmd`, Mermaid). `UPDATE_GOLDEN=1` rewrites them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, renderMermaid, renderTree } from '../../src/index.js';
import { AnalysisSchema } from '../../src/schemas.js';

const dir = join(import.meta.dirname, '..', '..', 'examples');
const transcripts = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.tree.txt'));
const update = process.env['UPDATE_GOLDEN'] === '1';

function golden(path: string, actual: string): void {
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and review it`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(transcripts)('examples/%s', (file) => {
  const result = analyze(new Uint8Array(readFileSync(join(dir, file))));
  const base = join(dir, file.replace(/\.txt$/, ''));
  it('analyzes without errors, to a valid Analysis', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(AnalysisSchema.safeParse(result.value).success).toBe(true);
  });
  it('renders the checked-in tree', () => golden(`${base}.tree.txt`, renderTree(result.value)));
  it('renders the checked-in Mermaid graph', () => golden(`${base}.mmd`, renderMermaid(result.value)));
  it('renders deterministically', () => {
    const again = analyze(readFileSync(join(dir, file), 'utf8'));
    expect(renderTree(again.value)).toBe(renderTree(result.value));
  });
});

describe('README', () => {
  it('shows what `npm start` prints', () => {
    const readme = readFileSync(join(dir, '..', 'README.md'), 'utf8');
    const result = analyze(new Uint8Array(readFileSync(join(dir, 'docker-desktop.txt'))));
    expect(readme).toContain(renderTree(result.value, { processes: 'tracked' }).trimEnd());
  });
});
