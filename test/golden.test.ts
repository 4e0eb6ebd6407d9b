/**
 * The one golden runner: every `test/fixtures/<format>/<origin>--<variant>.<ext>` capture
 * (ext `txt`, `bin`, `out`, `json`) with a `.golden.json` beside it is parsed with the
 * format's parser and compared with the golden `ParseResult`; the value is also validated
 * against the format's zod schema. Adding a fixture needs no code.
 *
 * `<name>.options.json` beside a capture passes parser options.
 * `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites the goldens (review the diff!).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

const root = join(import.meta.dirname, 'fixtures');
const update = process.env['UPDATE_GOLDEN'] === '1';

type Parse = (input: string | Uint8Array, options?: unknown) => { ok: boolean; value: unknown; diagnostics: unknown[] };

async function loadFormat(format: string): Promise<{ parse: Parse; schema: z.ZodType | undefined }> {
  const mod = (await import(`../src/parsers/${format}/index.ts`)) as Record<string, unknown>;
  const parseNames = Object.keys(mod).filter((k) => /^parse[A-Z]/.test(k) && typeof mod[k] === 'function');
  if (parseNames.length !== 1) throw new Error(`src/parsers/${format}/index.ts must export exactly one parseX function, found ${parseNames.join(', ')}`);
  const schemaMod = (await import(`../src/parsers/${format}/schema.ts`)) as Record<string, unknown>;
  const schemaName = Object.keys(schemaMod).find((k) => k.endsWith('OutputSchema'));
  return { parse: mod[parseNames[0] as string] as Parse, schema: schemaName ? (schemaMod[schemaName] as z.ZodType) : undefined };
}

const CAPTURE = /\.(txt|bin|out|json)$/;

const formats = existsSync(root)
  ? readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(import.meta.dirname, '..', 'src', 'parsers', d.name, 'index.ts')))
      .map((d) => d.name)
  : [];

describe.each(formats)('golden fixtures: %s', (format) => {
  const dir = join(root, format);
  const captures = readdirSync(dir).filter((f) => CAPTURE.test(f) && !f.endsWith('.golden.json') && !f.endsWith('.options.json'));
  it.each(captures)('%s', async (file) => {
    const { parse, schema } = await loadFormat(format);
    const base = join(dir, file.replace(CAPTURE, ''));
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const options = existsSync(`${base}.options.json`) ? JSON.parse(readFileSync(`${base}.options.json`, 'utf8')) : undefined;
    const result = parse(bytes, options);
    const goldenPath = `${base}.golden.json`;
    if (update || !existsSync(goldenPath)) {
      if (!update) throw new Error(`no golden for ${file}: run with UPDATE_GOLDEN=1 and review it`);
      writeFileSync(goldenPath, `${JSON.stringify(result, null, 2)}\n`);
    }
    const golden = JSON.parse(readFileSync(goldenPath, 'utf8'));
    expect(JSON.parse(JSON.stringify(result))).toEqual(golden);
    if (schema) expect(schema.safeParse(result.value).success).toBe(true);
  });
});
