// Latency figures the benches print: a percentile of sorted samples, and one "n, p50, p99, max" line.

/** The p-th percentile (0–100) of samples sorted ascending; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** `n 120, p50 4 ms, p99 67 ms, max 326 ms` for latencies in milliseconds, in any order. */
export function latencySummary(latencies: readonly number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `n ${sorted.length}, p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted[sorted.length - 1] ?? NaN).toFixed(0)} ms`;
}
