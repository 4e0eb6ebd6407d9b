/** Test helpers for the ipconfig parser: the "no line unaccounted for" check. */
import { splitLines } from '../../../src/core/lines.js';
import type { ParseResult } from '../../../src/core/diagnostic.js';
import type { IpconfigOutput } from '../../../src/parsers/ipconfig/schema.js';

/**
 * Line numbers of non-blank lines that are in no record and named by no diagnostic. A line is
 * in a record when it lies in an adapter's `line..endLine`, or before the first adapter when
 * there is a host block, or after a repeated title (a second run's host block) up to the next
 * adapter.
 */
export function linesUnaccountedFor(text: string, result: ParseResult<IpconfigOutput>): number[] {
  const lines = splitLines(text);
  const diagnosed = new Set(result.diagnostics.map((d) => d.line));
  const adapters = result.value.adapters;
  const firstAdapter = adapters.length > 0 ? Math.min(...adapters.map((a) => a.line)) : Infinity;
  const hostFrom = result.value.host ? result.value.host.line : Infinity;
  const repeated = result.diagnostics.filter((d) => d.code === 'ipconfig/repeated-title').map((d) => d.line);
  const out: number[] = [];
  lines.forEach((t, i) => {
    const n = i + 1;
    if (t.trim() === '' || diagnosed.has(n)) return;
    if (adapters.some((a) => a.line <= n && n <= a.endLine)) return;
    if (n >= hostFrom && n < firstAdapter) return;
    if (repeated.some((r) => r < n && !adapters.some((a) => a.line > r && a.line <= n))) return;
    out.push(n);
  });
  return out;
}
