// The subscribers of `npm run bench:subscription-fanout`, in a process of their own (forked with IPC), so their
// reading and parsing neither slows the server nor the bench's HTTP probe. Told the URL, the count and the query
// in argv; reports `ready` once every connection is acknowledged, then a `progress` message every second and a
// `done` message when every subscriber has its `expected` events, or `stalled` when nothing arrived for `idleMs`.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

interface Subscriber {
  received: number;
  firstAt: number | null;
  lastAt: number | null;
  closed: { code: number; reason: string } | null;
  errors: number;
}

export interface FanoutReport {
  received: number[];
  closes: Array<{ code: number; reason: string }>;
  errors: number;
  firstEventMs: number | null;
  lastEventMs: number | null;
}

const [url = '', count = '1', query = '', expected = '0', idleMs = '30000'] = process.argv.slice(2);
const subscribers: Subscriber[] = [];
let lastProgress = Date.now();

function report(): FanoutReport {
  const firsts = subscribers.map((s) => s.firstAt).filter((t): t is number => t !== null);
  const lasts = subscribers.map((s) => s.lastAt).filter((t): t is number => t !== null);
  return {
    received: subscribers.map((s) => s.received),
    closes: subscribers.flatMap((s) => (s.closed ? [s.closed] : [])),
    errors: subscribers.reduce((sum, s) => sum + s.errors, 0),
    firstEventMs: firsts.length ? Math.min(...firsts) : null,
    lastEventMs: lasts.length ? Math.max(...lasts) : null,
  };
}

async function main(): Promise<void> {
  let acked = 0;
  for (let i = 0; i < Number(count); i += 1) {
    const subscriber: Subscriber = { received: 0, firstAt: null, lastAt: null, closed: null, errors: 0 };
    subscribers.push(subscriber);
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined, // the close is counted below; graphql-ws would print it
      on: {
        connected: () => { acked += 1; },
        closed: (event) => { const e = event as { code: number; reason: unknown }; subscriber.closed ??= { code: e.code, reason: String(e.reason) }; },
      },
    });
    client.subscribe({ query }, {
      next: (result) => {
        if (result.errors) subscriber.errors += 1;
        subscriber.received += 1;
        subscriber.firstAt ??= Date.now();
        subscriber.lastAt = Date.now();
        lastProgress = Date.now();
      },
      error: (error) => { if (Array.isArray(error)) subscriber.errors += 1; }, // a close is counted in `closed`
      complete: () => undefined,
    });
  }
  while (acked < Number(count)) await new Promise((r) => setTimeout(r, 50));
  // The protocol acknowledges no subscription: give the server a moment to read each one's starting point.
  await new Promise((r) => setTimeout(r, 1_500));
  process.send?.({ type: 'ready' });
  lastProgress = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 1_000));
    const current = report();
    const finished = current.received.every((n, i) => n >= Number(expected) || subscribers[i]?.closed);
    if (finished) return void process.send?.({ type: 'done', report: current });
    if (Date.now() - lastProgress > Number(idleMs)) return void process.send?.({ type: 'stalled', report: current });
    process.send?.({ type: 'progress', report: current });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
