/** Keeps the generated hnsdiag fixtures in step with the renderer (see generated-fixtures.ts). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FIXTURES } from './generated-fixtures.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'hnsdiag');
const update = process.env['UPDATE_HNSDIAG_FIXTURES'] === '1';

describe('generated hnsdiag fixtures', () => {
  it.each(Object.keys(GENERATED_FIXTURES))('%s matches the renderer', (name) => {
    const path = join(dir, name);
    const bytes = GENERATED_FIXTURES[name] as Uint8Array;
    if (update || !existsSync(path)) {
      if (!update) throw new Error(`${name} is missing: run with UPDATE_HNSDIAG_FIXTURES=1`);
      writeFileSync(path, bytes);
    }
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });
});
