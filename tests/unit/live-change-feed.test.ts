// The change feed's reader without a database: an in-memory feed of numbered rows stands in for Neo4j.
import { ChangeFeed, type FeedEvent, type SubscribeOptions } from '../../src/live/changeFeed';
import type { Cursor, FeedRow } from '../../src/live/feedReads';

/** Committed rows, in (seq, id) order, as the change-feed statements would return them. */
class FakeFeed {
  rows: Array<FeedRow<string>> = [];
  seq = 0;
  reads = 0;

  commit(...ids: string[]): void {
    this.seq += 1;
    for (const id of [...ids].sort()) this.rows.push({ seq: this.seq, id, value: id.startsWith('retracted') ? null : id });
  }

  position = async (): Promise<number> => this.seq;

  readAfter = async (cursor: Cursor, limit: number): Promise<Array<FeedRow<string>>> => {
    this.reads += 1;
    return this.after(cursor).slice(0, limit);
  };

  countAfter = async (cursor: Cursor, limit: number): Promise<number> => Math.min(limit, this.after(cursor).length);

  private after(cursor: Cursor): Array<FeedRow<string>> {
    return this.rows.filter((r) => r.seq > cursor.seq || (r.seq === cursor.seq && cursor.id !== null && r.id > cursor.id));
  }
}

function feedOver(fake: FakeFeed, options: Partial<ConstructorParameters<typeof ChangeFeed>[2]> = {}) {
  const reads = { readAfter: (c: Cursor, l: number) => fake.readAfter(c, l), countAfter: (c: Cursor, l: number) => fake.countAfter(c, l) };
  return new ChangeFeed<{ items: string }>(fake.position, { items: reads }, { pollMs: 5, maxQueuedEvents: 10, slowClientMs: 50, maxReplayEvents: 100, ...options });
}

/** A client whose socket always drains: never slow, whatever its queue holds. */
const reading: SubscribeOptions = { onSlow: () => undefined, unsent: () => 0 };

async function takeEvents(iterator: AsyncIterator<FeedEvent<string>>, n: number): Promise<Array<FeedEvent<string>>> {
  const out: Array<FeedEvent<string>> = [];
  while (out.length < n) {
    const result = await iterator.next();
    if (result.done) break;
    out.push(result.value);
  }
  return out;
}

async function take(iterator: AsyncIterator<FeedEvent<string>>, n: number): Promise<string[]> {
  return (await takeEvents(iterator, n)).map((e) => e.value);
}

test('a subscriber gets what commits after it subscribed, in commit order, never what came before', async () => {
  const fake = new FakeFeed();
  fake.commit('old');
  const feed = feedOver(fake);
  const events = await feed.subscribe('items', () => true, reading);
  fake.commit('b', 'a');
  fake.commit('c');
  expect(await take(events, 3)).toEqual(['a', 'b', 'c']);
  await feed.close();
});

test('a batch limit never skips rows: many rows of one commit arrive across batches', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxQueuedEvents: 6 }); // batches of 3
  const events = await feed.subscribe('items', () => true, reading);
  const ids = Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, '0')}`);
  fake.commit(...ids);
  expect(await take(events, 20)).toEqual(ids);
  await feed.close();
});

test('retracted rows are skipped but the cursor moves past them', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxQueuedEvents: 2 }); // batches of 1
  const events = await feed.subscribe('items', () => true, reading);
  fake.commit('retracted-1', 'retracted-2', 'retracted-3');
  fake.commit('kept');
  expect(await take(events, 1)).toEqual(['kept']);
  await feed.close();
});

test('a later subscriber starts at its own "now"; filters apply per subscriber', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake);
  const all = await feed.subscribe('items', () => true, reading);
  fake.commit('x1');
  expect(await take(all, 1)).toEqual(['x1']);
  fake.commit('x2');
  const onlyY = await feed.subscribe('items', (v) => v.startsWith('y'), reading);
  fake.commit('y1', 'x3');
  expect(await take(all, 3)).toEqual(['x2', 'x3', 'y1']);
  expect(await take(onlyY, 1)).toEqual(['y1']);
  await feed.close();
});

test('polling runs only while someone subscribes', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake);
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(fake.reads).toBe(0);
  const events = await feed.subscribe('items', () => true, reading);
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(fake.reads).toBeGreaterThan(0);
  await events.return?.();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const reads = fake.reads;
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(fake.reads).toBe(reads);
  expect(feed.subscriberCounts.items).toBe(0);
  await feed.close();
});

test('a subscriber that does not read is told it is too slow and dropped; the others keep receiving everything', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxQueuedEvents: 4, slowClientMs: 40 }); // batches of 2
  const onSlow = jest.fn();
  // Its socket holds bytes the client never takes.
  const stuck = await feed.subscribe('items', () => true, { onSlow, unsent: () => 512 });
  const reader = await feed.subscribe('items', () => true, reading);
  const ids = Array.from({ length: 12 }, (_, i) => `e${String(i).padStart(2, '0')}`);
  fake.commit(...ids);
  expect(await take(reader, 12)).toEqual(ids);
  expect(onSlow).toHaveBeenCalledTimes(1);
  expect(await stuck.next()).toEqual({ done: true, value: undefined });
  expect(feed.subscriberCounts.items).toBe(1);
  await feed.close();
});

test('a failing read is retried with the cursor kept: nothing is lost', async () => {
  const fake = new FakeFeed();
  let failNext = 0;
  const readAfter = fake.readAfter;
  fake.readAfter = async (cursor, limit) => {
    if (failNext > 0) {
      failNext -= 1;
      throw new Error('database unavailable');
    }
    return readAfter(cursor, limit);
  };
  const feed = feedOver(fake);
  const events = await feed.subscribe('items', () => true, reading);
  failNext = 2;
  fake.commit('during-outage');
  expect(await take(events, 1)).toEqual(['during-outage']);
  await feed.close();
});

test('close ends every subscription and stops the loop', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake);
  const events = await feed.subscribe('items', () => true, reading);
  const pending = events.next();
  await feed.close();
  expect(await pending).toEqual({ done: true, value: undefined });
  await expect(feed.subscribe('items', () => true, reading)).rejects.toThrow(/closed/);
});

test('a full queue whose socket drains is the server being busy, not the client: it is waited for and never closed', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxQueuedEvents: 4, slowClientMs: 20 }); // batches of 2
  const onSlow = jest.fn();
  const busy = await feed.subscribe('items', () => true, { onSlow, unsent: () => 0 });
  const ids = Array.from({ length: 12 }, (_, i) => `b${String(i).padStart(2, '0')}`);
  fake.commit(...ids);
  // Nobody reads for several times slowClientMs: the events are "not yet resolved".
  await new Promise((resolve) => setTimeout(resolve, 120));
  expect(await take(busy, 12)).toEqual(ids);
  expect(onSlow).not.toHaveBeenCalled();
  await feed.close();
});

test('each event carries its cursor; subscribing again after one replays exactly what came after it, then live events', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxQueuedEvents: 6 }); // batches of 3
  const first = await feed.subscribe('items', () => true, reading);
  fake.commit('a1', 'a2', 'a3', 'a4');
  const seen = await takeEvents(first, 2);
  expect(seen.map((e) => e.value)).toEqual(['a1', 'a2']);
  await first.return?.();
  fake.commit('b1', 'b2', 'b3', 'b4', 'b5');
  fake.commit('c1');
  const resumed = await feed.subscribe('items', () => true, { ...reading, after: seen[1]?.place });
  fake.commit('d1');
  expect(await take(resumed, 9)).toEqual(['a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'b5', 'c1', 'd1']);
  fake.commit('e1');
  expect(await take(resumed, 1)).toEqual(['e1']);
  await feed.close();
});

test('a resuming subscriber joins the shared reader without gaps or repeats while others receive live events', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxQueuedEvents: 4 }); // batches of 2
  const live = await feed.subscribe('items', () => true, reading);
  fake.commit('a1');
  const [mark] = await takeEvents(live, 1);
  const ids = Array.from({ length: 15 }, (_, i) => `m${String(i).padStart(2, '0')}`);
  fake.commit(...ids.slice(0, 5));
  const resumed = await feed.subscribe('items', () => true, { ...reading, after: mark?.place });
  const liveEvents = take(live, 15);
  for (let i = 5; i < 15; i += 1) fake.commit(ids[i] ?? '');
  expect(await take(resumed, 15)).toEqual(ids);
  expect(await liveEvents).toEqual(ids);
  await feed.close();
});

test('more missed events than maxReplayEvents is TOO_FAR_BEHIND; a cursor ahead of the feed is BAD_USER_INPUT', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxReplayEvents: 3 });
  fake.commit('x1', 'x2', 'x3', 'x4');
  await expect(feed.subscribe('items', () => true, { ...reading, after: { seq: 0, id: null } })).rejects.toMatchObject({ extensions: { code: 'TOO_FAR_BEHIND', maxReplayEvents: 3 } });
  const within = await feed.subscribe('items', () => true, { ...reading, after: { seq: 1, id: 'x1' } });
  expect(await take(within, 3)).toEqual(['x2', 'x3', 'x4']);
  await expect(feed.subscribe('items', () => true, { ...reading, after: { seq: 9, id: null } })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  await feed.close();
});
