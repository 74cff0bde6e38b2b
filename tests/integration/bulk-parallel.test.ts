// Bulk ingest writes batches in parallel only where they name nothing in common: the graph after a parallel load
// is the graph after a serial one, and batches that share an entity are written one after the other, in file order.
import { bulkIngest } from '../../src/facts/bulk';
import type { DocumentAt } from '../../src/facts/files';
import { contentFingerprint, fingerprintDiff } from '../fixtures/fingerprint';
import { type Harness, resetToSeed, startHarness } from '../fixtures/harness';
import { wipeTestDatabase } from '../fixtures/testDatabase';

let h: Harness;
beforeAll(async () => { h = await startHarness({ seed: false }); }, 120_000);
afterAll(async () => {
  await resetToSeed(h.db);
  await h.close();
});

const at = (line: number, doc: object): DocumentAt => ({ file: 'generated', line, text: JSON.stringify(doc) });

/**
 * 48 documents over six groups of five entities that no other group names, round robin, so neighbouring batches
 * are disjoint; every eighth document also names a shared hub (those batches must wait for each other), and
 * entities are described again with new aliases as the file goes on (later values win, aliases pile up in order).
 */
function groupedDocuments(): DocumentAt[] {
  return Array.from({ length: 48 }, (_, d) => {
    const group = d % 6;
    const ids = Array.from({ length: 5 }, (_, k) => `group-${group}-member-${k}`);
    const hub = d % 8 === 0;
    const entities = [
      ...ids.map((id, k) => ({ id, kind: 'GROUP', name: `Group ${group} member ${k}`, description: `seen in document ${d}`, aliases: [`G${group}M${k} ${d % 3}`] })),
      ...(hub ? [{ id: 'shared-hub', kind: 'COUNTRY', name: 'Shared Hub', description: `hub as of document ${d}`, aliases: [`Hub ${d}`] }] : []),
    ];
    const relationships = [
      ...ids.slice(1).map((id, k) => ({ type: k % 2 ? 'ACCUSES' : 'NEGOTIATES', from: ids[0], to: id, quote: `quote ${d % 4} of ${id}` })),
      ...(hub ? [{ type: 'STRUCK', from: ids[1], to: 'shared-hub', quote: `struck the hub in document ${d}` }] : []),
    ];
    return at(d + 1, { source: { id: `parallel-source-${d % 20}`, title: `Parallel source ${d % 20} (${d})`, publishedAt: `2024-01-${String((d % 28) + 1).padStart(2, '0')}` }, entities, relationships });
  });
}

async function load(docs: DocumentAt[], parallelBatches: number, batchRelationships = 10) {
  await wipeTestDatabase(h.db);
  const totals = await bulkIngest(h.db, docs, { actor: 'parallel-test', batchRelationships, parallelBatches });
  return { totals, graph: await contentFingerprint(h.db) };
}

test('a load with four batches in flight leaves the graph a serial load leaves, counts and all', async () => {
  const docs = groupedDocuments();
  const serial = await load(docs, 1);
  const parallel = await load(docs, 4);
  expect(parallel.totals.failed).toEqual([]);
  expect(fingerprintDiff(serial.graph, parallel.graph)).toEqual({ removed: [], added: [] });
  expect(parallel.graph.hash).toBe(serial.graph.hash);
  expect(parallel.totals).toEqual(serial.totals);
  expect(serial.graph.nodes).toBeGreaterThan(40);
});

test('batches sharing an entity are written one after the other in file order: the last description wins, aliases pile up in order', async () => {
  // Every document redescribes one entity (each its own batch); unrelated documents in between run beside them.
  const docs = Array.from({ length: 24 }, (_, d) => at(d + 1, d % 2
    ? { source: { id: `shared-${d}`, title: `Shared ${d}` }, entities: [{ id: 'contested', kind: 'PERSON', name: 'Contested Person', description: `version ${d}`, aliases: [`alias ${d}`] }, { id: `other-${d}`, kind: 'PERSON', name: `Other ${d}` }], relationships: [{ type: 'ACCUSES', from: `other-${d}`, to: 'contested', quote: `accused in ${d}` }] }
    : { source: { id: `aside-${d}`, title: `Aside ${d}` }, entities: [{ id: `aside-a-${d}`, kind: 'PERSON', name: `Aside A ${d}` }, { id: `aside-b-${d}`, kind: 'PERSON', name: `Aside B ${d}` }], relationships: [{ type: 'NEGOTIATES', from: `aside-a-${d}`, to: `aside-b-${d}`, quote: `aside ${d}` }] }));
  const serial = await load(docs, 1, 2);
  const parallel = await load(docs, 4, 2);
  expect(parallel.totals.failed).toEqual([]);
  expect(fingerprintDiff(serial.graph, parallel.graph)).toEqual({ removed: [], added: [] });
  const res = await h.gql('{ entity(id: "contested") { description aliases } }');
  expect(res.data?.entity).toEqual({ description: 'version 23', aliases: Array.from({ length: 12 }, (_, i) => `alias ${2 * i + 1}`) });
});
