// The scheduler behind parallel bulk ingest: disjoint batches run together up to the limit; a batch that shares a
// key with one running waits for it to finish, so overlapping batches run one after the other in the order given.
import { DisjointBatches, batchKeys } from '../../src/facts/disjointBatches';
import type { FactsDocument } from '../../src/facts/validate';

function gate() {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return { opened, open };
}

test('batches naming nothing in common are written together, up to the limit', async () => {
  const scheduler = new DisjointBatches(2);
  const log: string[] = [];
  const gates = [gate(), gate(), gate()];
  const write = (i: number) => async () => { log.push(`start ${i}`); await gates[i]?.opened; log.push(`end ${i}`); };
  await scheduler.start(new Set(['a']), write(0));
  await scheduler.start(new Set(['b']), write(1));
  const third = scheduler.start(new Set(['c']), write(2)); // two in flight: waits for a slot
  await new Promise((resolve) => setImmediate(resolve));
  expect(log).toEqual(['start 0', 'start 1']);
  gates[1]?.open();
  await third;
  expect(log).toEqual(['start 0', 'start 1', 'end 1', 'start 2']);
  gates[0]?.open();
  gates[2]?.open();
  await scheduler.drain();
  expect(scheduler.waitedForOverlap).toBe(0);
});

test('a batch sharing a key with one being written starts only after it has finished, even with slots free', async () => {
  const scheduler = new DisjointBatches(4);
  const log: string[] = [];
  const first = gate();
  await scheduler.start(new Set(['entity:x', 'source:1']), async () => { log.push('start 0'); await first.opened; log.push('end 0'); });
  const second = scheduler.start(new Set(['entity:x', 'source:2']), async () => { log.push('start 1'); });
  await new Promise((resolve) => setImmediate(resolve));
  expect(log).toEqual(['start 0']);
  first.open();
  await second;
  await scheduler.drain();
  expect(log).toEqual(['start 0', 'end 0', 'start 1']);
  expect(scheduler.waitedForOverlap).toBe(1);
});

test('a batch names its sources, its declared entities and both ends of every relationship', () => {
  const doc = {
    source: { id: 's1', title: 'S' },
    entities: [{ id: 'a', kind: 'PERSON', name: 'A' }],
    relationships: [{ type: 'ACCUSES', from: 'a', to: 'b', quote: 'q' }],
  } as unknown as FactsDocument;
  expect([...batchKeys([doc])].sort()).toEqual(['entity:a', 'entity:b', 'source:s1']);
});
