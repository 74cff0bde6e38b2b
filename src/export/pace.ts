// The floor under a reader's pace. An export holds a Neo4j connection for as long as its client reads, so a
// client reading a few bytes a second could hold one for the whole EXPORT_TIMEOUT_MS. Once a window, after a
// grace period, a reader is judged: when the export spent at least half the window waiting for it (its socket
// buffer full) and it took less than the floor, it is cut off. Waiting on the reader is the condition, so an
// export that is slow because Neo4j is slow is never blamed on its client.
import type { ExportsConfig } from '../config';

/** What the judge reads of a transfer: src/export/sink.ts's counters. */
export interface Transfer {
  readonly handedBytes: number;
  readonly waitedMs: number;
}

export type Pace = Pick<ExportsConfig, 'minBytesPerSecond' | 'slowReaderGraceMs' | 'slowReaderWindowMs'>;

/** Whether a reader was too slow over one window: mostly waited for, and took less than the floor. */
export function tooSlow(pace: Pace, tookBytes: number, waitedMs: number): boolean {
  const window = pace.slowReaderWindowMs;
  return waitedMs >= window / 2 && tookBytes < (pace.minBytesPerSecond * window) / 1000;
}

/**
 * Watches `transfer` and calls `onSlow` (once) when its reader falls under the floor. Returns the function
 * that stops watching; call it when the transfer ends, however it ends.
 */
export function watchPace(transfer: Transfer, pace: Pace, onSlow: (measured: { bytesPerSecond: number }) => void): () => void {
  if (pace.minBytesPerSecond === 0) return () => undefined;
  let interval: NodeJS.Timeout | undefined;
  const grace = setTimeout(() => {
    let bytes = transfer.handedBytes;
    let waited = transfer.waitedMs;
    interval = setInterval(() => {
      const took = transfer.handedBytes - bytes;
      const waitedNow = transfer.waitedMs - waited;
      bytes = transfer.handedBytes;
      waited = transfer.waitedMs;
      if (!tooSlow(pace, took, waitedNow)) return;
      clearInterval(interval);
      onSlow({ bytesPerSecond: Math.round((took * 1000) / pace.slowReaderWindowMs) });
    }, pace.slowReaderWindowMs);
    interval.unref();
  }, pace.slowReaderGraceMs);
  grace.unref();
  return () => {
    clearTimeout(grace);
    clearInterval(interval);
  };
}
