// The change feed's reader without a database: an in-memory feed of numbered rows stands in for Neo4j.
import { ChangeFeed } from '../../src/live/changeFeed';
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
    return this.rows.filter((r) => r.seq > cursor.seq || (r.seq === cursor.seq && cursor.id !== null && r.id > cursor.id)).slice(0, limit);
  };
}

function feedOver(fake: FakeFeed, options: Partial<ConstructorParameters<typeof ChangeFeed>[2]> = {}) {
  return new ChangeFeed<{ items: string }>(fake.position, { items: fake.readAfter }, { pollMs: 5, maxQueuedEvents: 10, slowClientMs: 50, ...options });
}

async function take(iterator: AsyncIterator<string>, n: number): Promise<string[]> {
  const out: string[] = [];
  while (out.length < n) {
    const result = await iterator.next();
    if (result.done) break;
    out.push(result.value);
  }
  return out;
}

test('a subscriber gets what commits after it subscribed, in commit order, never what came before', async () => {
  const fake = new FakeFeed();
  fake.commit('old');
  const feed = feedOver(fake);
  const events = await feed.subscribe('items', () => true, () => undefined);
  fake.commit('b', 'a');
  fake.commit('c');
  expect(await take(events, 3)).toEqual(['a', 'b', 'c']);
  await feed.close();
});

test('a batch limit never skips rows: many rows of one commit arrive across batches', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxQueuedEvents: 6 }); // batches of 3
  const events = await feed.subscribe('items', () => true, () => undefined);
  const ids = Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, '0')}`);
  fake.commit(...ids);
  expect(await take(events, 20)).toEqual(ids);
  await feed.close();
});

test('retracted rows are skipped but the cursor moves past them', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake, { maxQueuedEvents: 2 }); // batches of 1
  const events = await feed.subscribe('items', () => true, () => undefined);
  fake.commit('retracted-1', 'retracted-2', 'retracted-3');
  fake.commit('kept');
  expect(await take(events, 1)).toEqual(['kept']);
  await feed.close();
});

test('a later subscriber starts at its own "now"; filters apply per subscriber', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake);
  const all = await feed.subscribe('items', () => true, () => undefined);
  fake.commit('x1');
  expect(await take(all, 1)).toEqual(['x1']);
  fake.commit('x2');
  const onlyY = await feed.subscribe('items', (v) => v.startsWith('y'), () => undefined);
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
  const events = await feed.subscribe('items', () => true, () => undefined);
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
  const stuck = await feed.subscribe('items', () => true, onSlow);
  const reader = await feed.subscribe('items', () => true, () => undefined);
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
  const events = await feed.subscribe('items', () => true, () => undefined);
  failNext = 2;
  fake.commit('during-outage');
  expect(await take(events, 1)).toEqual(['during-outage']);
  await feed.close();
});

test('close ends every subscription and stops the loop', async () => {
  const fake = new FakeFeed();
  const feed = feedOver(fake);
  const events = await feed.subscribe('items', () => true, () => undefined);
  const pending = events.next();
  await feed.close();
  expect(await pending).toEqual({ done: true, value: undefined });
  await expect(feed.subscribe('items', () => true, () => undefined)).rejects.toThrow(/closed/);
});
