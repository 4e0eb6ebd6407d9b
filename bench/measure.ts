/** Timing helpers shared by the benchmarks: medians of repeated runs, after one warm-up run. */

/** The median of `xs` (the upper middle for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Median wall time of `fn` in milliseconds over `runs` runs, after one warm-up run. */
export function time(fn: () => unknown, runs = 7): number {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}
