// One reader of the database's change feed per server instance, shared by all its subscribers: it polls only
// while anyone subscribes, keeps a keyset cursor per channel (relationships, sources) over commit order, and
// fans each new row out to the subscribers whose filter takes it. Every instance reads the same feed, so a
// write through any instance reaches subscribers on all of them.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log';
import { BoundedQueue } from './boundedQueue';
import type { Cursor, ReadAfter } from './feedReads';

export interface ChangeFeedOptions {
  /** Pause between reads when the last one found nothing more to read. */
  pollMs: number;
  /** Events a subscription may have waiting; see LiveConfig.maxQueuedEvents. */
  maxQueuedEvents: number;
  /** A subscription whose queue leaves no room for a batch this long is closed as too slow. */
  slowClientMs: number;
  /** Most rows one read returns. */
  batchSize?: number;
  log?: Pick<Logger, 'warn' | 'info'>;
}

interface Subscriber<T> {
  /** Events up to this feed number had committed before the subscription: it sees only later ones. */
  startSeq: number | null;
  accepts: (value: T) => boolean;
  queue: BoundedQueue<{ seq: number; value: T }>;
  onSlow: () => void;
  /** Since when its queue has had too little room for the next batch (null while it has room). */
  cloggedSince: number | null;
}

class Channel<T> {
  readonly subscribers = new Set<Subscriber<T>>();
  cursor: Cursor | null = null;
  starting: Promise<number> | null = null;

  constructor(readonly name: string, readonly readAfter: ReadAfter<T>) {}
}

const MAX_BACKOFF_MS = 5_000;

export class ChangeFeed<Channels extends Record<string, unknown>> {
  private readonly channels = new Map<keyof Channels, Channel<unknown>>();
  /** Whether the loop runs; set and cleared synchronously, so a subscriber never finds it "running" as it ends. */
  private looping = false;
  private running: Promise<void> = Promise.resolve();
  private wake: AbortController | null = null;
  private closed = false;
  private readonly batchSize: number;

  constructor(
    private readonly position: () => Promise<number>,
    reads: { [K in keyof Channels]: ReadAfter<Channels[K]> },
    private readonly options: ChangeFeedOptions,
  ) {
    for (const name of Object.keys(reads) as Array<keyof Channels>) this.channels.set(name, new Channel(String(name), reads[name] as ReadAfter<unknown>));
    // A batch always fits an empty queue, so a subscriber that keeps up is never clogged by one large write.
    this.batchSize = Math.max(1, Math.min(options.batchSize ?? 500, Math.floor(options.maxQueuedEvents / 2)));
  }

  /** Subscriptions receiving events right now (their starting point known), per channel: for tests and metrics. */
  get subscriberCounts(): Record<keyof Channels, number> {
    const started = (channel: Channel<unknown>) => [...channel.subscribers].filter((s) => s.startSeq !== null).length;
    return Object.fromEntries([...this.channels].map(([name, channel]) => [name, started(channel)])) as Record<keyof Channels, number>;
  }

  /**
   * Subscribes to what `channel` creates from now on, filtered by `accepts`. Resolves once the subscription's
   * starting point is known, so whatever commits after that is delivered. `onSlow` is called (once) when the
   * subscriber has not made room in its queue for `slowClientMs`; it should close the subscriber's connection.
   */
  async subscribe<K extends keyof Channels>(name: K, accepts: (value: Channels[K]) => boolean, onSlow: () => void): Promise<AsyncIterableIterator<Channels[K]>> {
    if (this.closed) throw new Error('the change feed is closed');
    const channel = this.channels.get(name) as Channel<Channels[K]>;
    const subscriber: Subscriber<Channels[K]> = {
      startSeq: null,
      accepts,
      onSlow,
      cloggedSince: null,
      queue: new BoundedQueue(this.options.maxQueuedEvents, () => this.forget(channel, subscriber)),
    };
    // Registered before its starting point is read: nothing dispatched meanwhile is lost, and what is older than
    // the starting point is skipped on the way out.
    channel.subscribers.add(subscriber);
    try {
      const channelStart = await this.start(channel);
      subscriber.startSeq = channelStart === null ? await this.position() : channelStart;
    } catch (error) {
      subscriber.queue.close();
      throw error;
    }
    this.ensureRunning();
    return eventsOf(subscriber);
  }

  /** Ends polling and every subscription (their iterators finish); resolves when the loop has stopped. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake?.abort();
    for (const channel of this.channels.values()) for (const subscriber of [...channel.subscribers]) subscriber.queue.close();
    await this.running;
  }

  /** The channel's starting position when this call started the channel, else null (it was running already). */
  private async start<T>(channel: Channel<T>): Promise<number | null> {
    if (channel.cursor) return null;
    if (channel.starting) {
      await channel.starting;
      return null;
    }
    channel.starting = this.position();
    try {
      const seq = await channel.starting;
      if (channel.subscribers.size) channel.cursor = { seq, id: null };
      return seq;
    } finally {
      channel.starting = null;
    }
  }

  private forget<T>(channel: Channel<T>, subscriber: Subscriber<T>): void {
    channel.subscribers.delete(subscriber);
    // The next subscriber starts from "now" again, not from where this channel stopped.
    if (!channel.subscribers.size) channel.cursor = null;
  }

  private ensureRunning(): void {
    if (this.looping || this.closed) return;
    this.looping = true;
    this.running = this.loop();
  }

  /** Polls while anyone subscribes. `looping` is cleared in the same step as the last check finds no one. */
  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.closed && [...this.channels.values()].some((c) => c.subscribers.size)) {
      let more = false;
      try {
        for (const channel of this.channels.values()) more = (await this.poll(channel)) || more;
        if (failures) this.options.log?.info({ failures }, 'live updates: the change feed answers again');
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1) this.options.log?.warn({ err: error }, 'live updates: reading the change feed failed; retrying');
      }
      if (!more) await this.pause(failures ? Math.min(MAX_BACKOFF_MS, this.options.pollMs * 2 ** failures) : this.options.pollMs);
    }
    this.looping = false;
  }

  /** Reads one batch for `channel` and dispatches it; true when there may be more to read at once. */
  private async poll<T>(channel: Channel<T>): Promise<boolean> {
    const cursor = channel.cursor;
    if (!cursor || !channel.subscribers.size || !this.roomFor(channel)) return false;
    const rows = await channel.readAfter(cursor, this.batchSize);
    // The channel may have emptied (and restarted) while the read was in flight: that cursor is no longer ours.
    if (channel.cursor !== cursor) return false;
    for (const row of rows) {
      channel.cursor = { seq: row.seq, id: row.id };
      if (row.value === null) continue;
      for (const subscriber of channel.subscribers) {
        if (subscriber.startSeq !== null && row.seq <= subscriber.startSeq) continue;
        if (!subscriber.accepts(row.value)) continue;
        // roomFor() made sure a whole batch fits; a refusal here means the queue was closed meanwhile.
        subscriber.queue.push({ seq: row.seq, value: row.value });
      }
    }
    return rows.length === this.batchSize;
  }

  /**
   * Whether every subscriber of `channel` has room for a whole batch. One that has had no room for
   * `slowClientMs` is told it is too slow (and is expected to go); until then the channel waits for it, so
   * no subscriber ever misses an event because another is slow.
   */
  private roomFor<T>(channel: Channel<T>): boolean {
    const now = Date.now();
    let room = true;
    for (const subscriber of channel.subscribers) {
      if (subscriber.queue.room >= this.batchSize) {
        subscriber.cloggedSince = null;
        continue;
      }
      subscriber.cloggedSince ??= now;
      if (now - subscriber.cloggedSince >= this.options.slowClientMs) {
        subscriber.queue.close();
        subscriber.onSlow();
        continue;
      }
      room = false;
    }
    return room;
  }

  private async pause(ms: number): Promise<void> {
    if (this.closed) return;
    this.wake = new AbortController();
    try {
      await sleep(ms, undefined, { signal: this.wake.signal });
    } catch {
      // woken early (close)
    } finally {
      this.wake = null;
    }
  }
}

/** A subscriber's events as an iterator: events older than its starting point are dropped on the way. */
function eventsOf<T>(subscriber: Subscriber<T>): AsyncIterableIterator<T> {
  const { queue } = subscriber;
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await queue.next();
        if (result.done) return { done: true, value: undefined };
        if (subscriber.startSeq === null || result.value.seq > subscriber.startSeq) return { done: false, value: result.value.value };
      }
    },
    async return() {
      queue.close();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
