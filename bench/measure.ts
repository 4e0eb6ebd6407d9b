/** Timing helpers shared by the benchmarks: medians of repeated runs, after one warm-up run. */

/** The median of `xs` (the upper middle for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const collect = (globalThis as { gc?: () => void }).gc;

/**
 * Median wall time of `fn` in milliseconds over `runs` runs, after one warm-up run. With
 * `--expose-gc` (as `npm run bench` runs), the heap is collected before each run, so that a run
 * pays for its own garbage, not for the result of the run before it.
 */
export function time(fn: () => unknown, runs = 7): number {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect?.();
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}
