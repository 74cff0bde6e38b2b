// A connection lives no longer than the token it was opened with: over HTTP an expired token is refused on the next
// request, and a WebSocket has no next request, so its end is scheduled at the token's `exp` instead.

/** setTimeout's longest delay (about 24.8 days); a longer one would fire at once. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/** Calls `expired` at `expiresAt` (ms since the epoch; at once if that has passed). Returns what cancels it. */
export function atExpiry(expiresAt: number, expired: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const wait = (): void => {
    const left = expiresAt - Date.now();
    if (left <= 0) {
      expired();
      return;
    }
    timer = setTimeout(wait, Math.min(left, LONGEST_TIMEOUT_MS));
    // A connection's own sockets keep the process up; its expiry must not.
    timer.unref();
  };
  wait();
  return () => clearTimeout(timer);
}
