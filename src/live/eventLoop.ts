// Live delivery runs in promise callbacks: resolved results, socket writes that complete at once and queue reads
// chain into each other without ever returning to the event loop, so a large fan-out would hold HTTP requests
// until it ended. Delivery steps call this between events; once a step has run for a slice of time, everyone
// waits for the next turn of the event loop (one shared setImmediate), and HTTP gets its turn.

const SLICE_MS = 10;
let sliceStarted = performance.now();
let turn: Promise<void> | null = null;

/** Resolves at the next turn of the event loop when this slice is used up; otherwise at once (undefined). */
export function yieldWhenBusy(): Promise<void> | undefined {
  if (performance.now() - sliceStarted < SLICE_MS) return undefined;
  turn ??= new Promise((resolve) => {
    setImmediate(() => {
      turn = null;
      sliceStarted = performance.now();
      resolve();
    });
  });
  return turn;
}
