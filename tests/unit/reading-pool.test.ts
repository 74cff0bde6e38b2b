// The reading pool's own behaviour, with real worker threads and a dictionary of our own: the lookup is answered
// from the main thread (and its failure reaches the caller as it was thrown), the time budget does not count the
// lookup, and a worker that cannot start fails the waiting reads instead of restarting without end.
import { Worker } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import { EMPTY_DICTIONARY, readArticle } from '../../src/reading';
import type { EntityDictionary } from '../../src/reading/types';
import { ReadingPool } from '../../src/readingPool';

const ARTICLE = { title: 'Cairo talks', text: 'Egypt and Qatar mediated the talks between Israel and Hamas in Cairo. Israel struck Gaza on Tuesday.' };

let pools: ReadingPool[] = [];
function pool(timeoutMs = 30_000, spawn?: () => Worker): ReadingPool {
  const p = new ReadingPool({ workers: 1, timeoutMs, maxQueued: 4 }, undefined, spawn);
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

test('the worker asks the main thread for names once, and links what the dictionary answers', async () => {
  const asked: string[][] = [];
  const dictionary: EntityDictionary = async (keys) => {
    asked.push([...keys]);
    return new Map([['qatar', { id: 'state-of-qatar', name: 'State of Qatar', kind: 'COUNTRY' as const }]]);
  };
  const extraction = await pool().read(ARTICLE, dictionary);
  expect(asked).toHaveLength(1);
  expect(asked[0]).toEqual(expect.arrayContaining(['egypt', 'qatar', 'cairo']));
  expect(extraction.entities.find((e) => e.id === 'state-of-qatar')).toMatchObject({ name: 'State of Qatar', existing: true });
  expect(extraction).toEqual(await readArticle(ARTICLE, dictionary));
});

test('a lookup that fails fails the read with the lookup\'s own error, and the worker reads the next article', async () => {
  const p = pool();
  const outage = new GraphQLError('the graph database is unavailable', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  await expect(p.read(ARTICLE, async () => { throw outage; })).rejects.toBe(outage);
  const next = await p.read(ARTICLE, EMPTY_DICTIONARY);
  expect(next.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['egypt', 'qatar']));
  expect(p.stats()).toEqual({ workers: 1, busy: 0, queued: 0 });
});

test('the time budget does not count the lookup: a slow lookup does not time a quick read out', async () => {
  const p = pool(1_000);
  await p.read(ARTICLE, EMPTY_DICTIONARY); // started and warm
  const slowLookup: EntityDictionary = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return new Map();
  };
  await expect(p.read(ARTICLE, slowLookup)).resolves.toMatchObject({ sourceId: expect.any(String) });
});

test('a worker that cannot start fails the waiting reads, and the next read tries again', async () => {
  let started = 0;
  const p = pool(30_000, () => {
    started += 1;
    return new Worker('throw new Error("cannot load the reader")', { eval: true });
  });
  await expect(p.read(ARTICLE, EMPTY_DICTIONARY)).rejects.toThrow(/reading worker stopped.*cannot load the reader/);
  expect(started).toBe(1);
  await expect(p.read(ARTICLE, EMPTY_DICTIONARY)).rejects.toThrow(/cannot load the reader/);
  expect(started).toBe(2);
  expect(p.stats()).toEqual({ workers: 0, busy: 0, queued: 0 });
});

test('a closed pool refuses reads with SERVICE_UNAVAILABLE', async () => {
  const p = pool();
  await p.close();
  await expect(p.read(ARTICLE, EMPTY_DICTIONARY)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
});
