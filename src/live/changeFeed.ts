// One reader of the database's change feed per server instance, shared by all its subscribers: it polls only
// while anyone subscribes, keeps a keyset cursor per channel (relationships, sources) over commit order, and
// fans each new row out to the subscribers whose filter takes it. Every instance reads the same feed, so a
// write through any instance reaches subscribers on all of them. A subscriber resuming from a cursor (`after:`)
// first reads what it missed by itself, then joins the shared reader where it stands.
import { setTimeout as sleep } from 'node:timers/promises';
import { BadUserInputError, TooFarBehindError } from '../errors';
import type { Logger } from '../log';
import { BoundedQueue } from './boundedQueue';
import { encodeCursor, isAfter, later } from './feedCursor';
import type { ChannelReads, Cursor, FeedRow } from './feedReads';

export interface ChangeFeedOptions {
  /** Pause between reads when the last one found nothing more to read. */
  pollMs: number;
  /** Events a subscription may have waiting; see LiveConfig.maxQueuedEvents. */
  maxQueuedEvents: number;
  /** A subscription whose client has not taken its events for this long (in all) is closed as too slow. */
  slowClientMs: number;
  /** Most events a resuming subscriber may have missed; see LiveConfig.maxReplayEvents. */
  maxReplayEvents: number;
  /** Most rows one read returns. */
  batchSize?: number;
  log?: Pick<Logger, 'warn' | 'info'>;
}

/** Rows read together, shared by every subscriber they were handed to: room for work done once for all of them. */
export interface FeedBatch {
  readonly shared: Map<string, unknown>;
}

/** One event as a subscriber receives it. */
export interface FeedEvent<T> {
  value: T;
  place: Cursor;
  /** `place` as the opaque string `after:` takes back. */
  cursor: string;
  batch: FeedBatch;
  /** This subscriber's events of the same batch, in order (this one among them): what may be resolved together. */
  siblings: ReadonlyArray<FeedEvent<T>>;
}

export interface SubscribeOptions {
  /** Called once when the client has not taken its events for `slowClientMs`; it should close the connection. */
  onSlow: () => void;
  /** Bytes the client's connection holds that the network has not taken: above 0 while the client is not reading. */
  unsent: () => number;
  /** Resume after this place (what it missed is replayed) instead of starting now. */
  after?: Cursor | null;
}

interface Subscriber<T> {
  /** Rows up to here are not its own: they committed before it subscribed (null until that is known). */
  start: Cursor | null;
  /** False while it replays what it missed with its own reads; the shared reader passes it by meanwhile. */
  live: boolean;
  /** Where its replay joined the shared reader: rows up to here were handed to it already. */
  joinedAt: Cursor | null;
  accepts: (value: T) => boolean;
  queue: BoundedQueue<FeedEvent<T>>;
  onSlow: () => void;
  unsent: () => number;
  /** Time, since its queue last had room for a batch, that its connection had bytes the client did not take. */
  stalledMs: number;
  checkedAt: number | null;
}

class Channel<T> {
  readonly subscribers = new Set<Subscriber<T>>();
  cursor: Cursor | null = null;
  starting: Promise<number> | null = null;

  constructor(readonly name: string, readonly reads: ChannelReads<T>) {}
}

const MAX_BACKOFF_MS = 5_000;
/** How soon the reader looks again when it waits for a subscriber to make room. */
const ROOM_CHECK_MS = 20;

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
    reads: { [K in keyof Channels]: ChannelReads<Channels[K]> },
    private readonly options: ChangeFeedOptions,
  ) {
    for (const name of Object.keys(reads) as Array<keyof Channels>) this.channels.set(name, new Channel(String(name), reads[name] as ChannelReads<unknown>));
    // A batch always fits an empty queue, so a subscriber that keeps up is never clogged by one large write.
    this.batchSize = Math.max(1, Math.min(options.batchSize ?? 500, Math.floor(options.maxQueuedEvents / 2)));
  }

  /** Subscriptions receiving events right now (their starting point known), per channel: for tests and metrics. */
  get subscriberCounts(): Record<keyof Channels, number> {
    const started = (channel: Channel<unknown>) => [...channel.subscribers].filter((s) => s.start !== null).length;
    return Object.fromEntries([...this.channels].map(([name, channel]) => [name, started(channel)])) as Record<keyof Channels, number>;
  }

  /**
   * Subscribes to what `channel` creates from now on (or after `options.after`), filtered by `accepts`. Resolves
   * once the subscription's starting point is known, so whatever commits after that is delivered. A cursor ahead
   * of the feed is BAD_USER_INPUT; one with more than `maxReplayEvents` after it is TOO_FAR_BEHIND.
   */
  async subscribe<K extends keyof Channels>(name: K, accepts: (value: Channels[K]) => boolean, options: SubscribeOptions): Promise<AsyncIterableIterator<FeedEvent<Channels[K]>>> {
    if (this.closed) throw new Error('the change feed is closed');
    const channel = this.channels.get(name) as Channel<Channels[K]>;
    const after = options.after ?? null;
    if (after) await this.checkReplayable(channel, after);
    const subscriber: Subscriber<Channels[K]> = {
      start: null,
      live: after === null,
      joinedAt: null,
      accepts,
      onSlow: options.onSlow,
      unsent: options.unsent,
      stalledMs: 0,
      checkedAt: null,
      queue: new BoundedQueue(this.options.maxQueuedEvents, () => this.forget(channel, subscriber)),
    };
    // Registered before its starting point is read: nothing dispatched meanwhile is lost, and what is older than
    // the starting point is skipped on the way out.
    channel.subscribers.add(subscriber);
    try {
      const channelStart = await this.start(channel);
      subscriber.start = after ?? { seq: channelStart ?? await this.position(), id: null };
    } catch (error) {
      subscriber.queue.close();
      throw error;
    }
    if (after) void this.replay(channel, subscriber, after);
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

  private async checkReplayable<T>(channel: Channel<T>, after: Cursor): Promise<void> {
    if (after.seq > await this.position()) throw new BadUserInputError('`after` lies ahead of the change feed: it is not a cursor of this graph');
    const missed = await channel.reads.countAfter(after, this.options.maxReplayEvents + 1);
    if (missed > this.options.maxReplayEvents) throw new TooFarBehindError(this.options.maxReplayEvents);
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
      let next: Poll = 'idle';
      try {
        for (const channel of this.channels.values()) next = sooner(next, await this.poll(channel));
        if (failures) this.options.log?.info({ failures }, 'live updates: the change feed answers again');
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1) this.options.log?.warn({ err: error }, 'live updates: reading the change feed failed; retrying');
      }
      if (failures) await this.pause(Math.min(MAX_BACKOFF_MS, this.options.pollMs * 2 ** failures));
      else if (next === 'waiting') await this.pause(Math.min(ROOM_CHECK_MS, this.options.pollMs));
      else if (next === 'idle') await this.pause(this.options.pollMs);
    }
    this.looping = false;
  }

  /** Reads one batch for `channel` and hands it out; says whether to read again at once, soon, or after a poll. */
  private async poll<T>(channel: Channel<T>): Promise<Poll> {
    const cursor = channel.cursor;
    if (!cursor || !channel.subscribers.size) return 'idle';
    if (!this.roomFor(channel)) return 'waiting';
    const rows = await channel.reads.readAfter(cursor, this.batchSize);
    // The channel may have emptied (and restarted) while the read was in flight: that cursor is no longer ours.
    if (channel.cursor !== cursor) return 'idle';
    const last = rows[rows.length - 1];
    if (last) channel.cursor = { seq: last.seq, id: last.id };
    this.hand(channel, rows, [...channel.subscribers].filter((s) => s.live));
    return rows.length === this.batchSize ? 'more' : 'idle';
  }

  /** Reads what a resuming subscriber missed, batch by batch, until it reaches the shared reader; then joins it. */
  private async replay<T>(channel: Channel<T>, subscriber: Subscriber<T>, after: Cursor): Promise<void> {
    let position = after;
    let failures = 0;
    while (!this.closed && !subscriber.queue.isClosed) {
      const reached = channel.cursor;
      if (reached && !isAfter(reached, position)) {
        // In the same step as the check: every row the shared reader hands out from here on is after `position`.
        subscriber.joinedAt = position;
        subscriber.live = true;
        return;
      }
      if (this.lacksRoom(subscriber, Date.now())) {
        await sleep(Math.min(ROOM_CHECK_MS, this.options.pollMs));
        continue;
      }
      try {
        const rows = await channel.reads.readAfter(position, this.batchSize);
        failures = 0;
        this.hand(channel, rows, [subscriber]);
        const last = rows[rows.length - 1];
        if (last) position = { seq: last.seq, id: last.id };
        // A short read saw all that had committed when it began, which includes all the reader had reached then.
        if (rows.length < this.batchSize && reached) position = later(position, reached);
        else if (rows.length < this.batchSize) await sleep(this.options.pollMs);
      } catch (error) {
        failures += 1;
        if (failures === 1) this.options.log?.warn({ err: error }, 'live updates: replaying the change feed failed; retrying');
        await sleep(Math.min(MAX_BACKOFF_MS, this.options.pollMs * 2 ** failures));
      }
    }
  }

  /** Hands `rows` to each of `subscribers` whose filter takes them, as events of one batch. */
  private hand<T>(channel: Channel<T>, rows: ReadonlyArray<FeedRow<T>>, subscribers: ReadonlyArray<Subscriber<T>>): void {
    if (!rows.length || !subscribers.length) return;
    const batch: FeedBatch = { shared: new Map() };
    const cursors = rows.map((row) => encodeCursor(channel.name, row));
    for (const subscriber of subscribers) {
      const events: Array<FeedEvent<T>> = [];
      const floor = subscriber.joinedAt ?? subscriber.start;
      rows.forEach((row, i) => {
        if (row.value === null) return;
        if (floor && !isAfter(row, floor)) return;
        if (!subscriber.accepts(row.value)) return;
        events.push({ value: row.value, place: { seq: row.seq, id: row.id }, cursor: cursors[i] ?? '', batch, siblings: events });
      });
      // Room for a whole batch was made sure of; a refusal here means the queue was closed meanwhile.
      for (const event of events) subscriber.queue.push(event);
    }
  }

  /** Whether every live subscriber of `channel` has room for a whole batch; no subscriber misses an event for another. */
  private roomFor<T>(channel: Channel<T>): boolean {
    const now = Date.now();
    let room = true;
    for (const subscriber of channel.subscribers) if (subscriber.live && this.lacksRoom(subscriber, now)) room = false;
    return room;
  }

  /**
   * Whether `subscriber` has too little room for a batch, so its reader must wait. The wait counts against the
   * client only while its connection holds bytes the client has not taken: a full queue of events the server has
   * not resolved yet is the server's delay, never the client's. Past `slowClientMs` of that, it is told it is too
   * slow (and is expected to go); it then no longer holds anyone up.
   */
  private lacksRoom<T>(subscriber: Subscriber<T>, now: number): boolean {
    if (subscriber.queue.room >= this.batchSize) {
      subscriber.stalledMs = 0;
      subscriber.checkedAt = null;
      return false;
    }
    if (subscriber.checkedAt !== null && subscriber.unsent() > 0) subscriber.stalledMs += now - subscriber.checkedAt;
    subscriber.checkedAt = now;
    if (subscriber.stalledMs < this.options.slowClientMs) return true;
    subscriber.queue.close();
    subscriber.onSlow();
    return false;
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

/** What the loop does after a poll: read again at once, look again soon (waiting for room), or wait a poll. */
type Poll = 'more' | 'waiting' | 'idle';

function sooner(a: Poll, b: Poll): Poll {
  const order: Poll[] = ['more', 'waiting', 'idle'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))] ?? 'idle';
}

/** A subscriber's events as an iterator: events older than its starting point are dropped on the way. */
function eventsOf<T>(subscriber: Subscriber<T>): AsyncIterableIterator<FeedEvent<T>> {
  const { queue } = subscriber;
  const iterator: AsyncIterableIterator<FeedEvent<T>> = {
    async next() {
      for (;;) {
        const result = await queue.next();
        if (result.done) return { done: true, value: undefined };
        if (subscriber.start === null || isAfter(result.value.place, subscriber.start)) return { done: false, value: result.value };
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
