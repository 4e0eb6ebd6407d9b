/** Every diagnostic code the source can emit is documented under docs/, and every format has a page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNames } from '../src/parsers/registry.js';

const root = join(import.meta.dirname, '..');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const source = walk(join(root, 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const docs = walk(join(root, 'docs'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('docs', () => {
  it('document every diagnostic code written in the source', () => {
    const prefixes = ['input', 'transcript', 'model', 'analyze', ...formatNames].join('|');
    const literal = new RegExp(`'((?:${prefixes})/[a-z0-9]+(?:-[a-z0-9]+)*)'`, 'g');
    const codes = new Set([...source.matchAll(literal)].map((m) => m[1] as string));
    expect(codes.size).toBeGreaterThan(50);
    expect([...codes].filter((code) => !docs.includes(code))).toEqual([]);
  });

  it.each(formatNames)('have a page for %s', (format) => {
    expect(readFileSync(join(root, 'docs', 'formats', `${format}.md`), 'utf8').length).toBeGreaterThan(500);
  });
});
