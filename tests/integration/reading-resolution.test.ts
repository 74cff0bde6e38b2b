// Resolution against the graph, on the real Neo4j: an article's short forms of people the graph holds link to
// them, an ambiguous short form links to nobody and is not minted, and talks the graph already holds are not
// minted again as a `-2` twin. Every sentence is written for this test. Through `extract` / `ingestArticle`, as
// a client sees it, and through resolveAgainstGraph for forms today's reader does not pick out of a text.
import { authConfig, bearer } from '../fixtures/auth';
import { fingerprint, fingerprintDiff } from '../fixtures/fingerprint';
import { type Harness, startHarness } from '../fixtures/harness';
import { loadFacts } from '../../src/facts/load';
import { resolveAgainstGraph } from '../../src/facts/resolveAgainstGraph';
import { readAgainstGraph } from '../../src/facts/articleIngest';
import { cypher } from '../../src/db/cypher';
import { RoundTripCounter } from '../../src/db/database';
import { int } from '../../src/db/values';
import type { Extraction as ReaderExtraction } from '../../src/reading/types';

const EXTRACTION = 'sourceId entities { entityId name kind aliases existing } relationships { type from to quote span { start end } }';
const EXTRACT = `query($article: ArticleInput!) { extract(article: $article) { ${EXTRACTION} } }`;
const INGEST_ARTICLE = `mutation($article: ArticleInput!) {
  ingestArticle(article: $article) { extraction { ${EXTRACTION} } entities { created updated unchanged } relationships { created updated unchanged } }
}`;

interface Span { start: number; end: number }
interface ExtractedRelationship { type: string; from: string; to: string; quote: string; span: Span }
interface ExtractedEntity { entityId: string; name: string; kind: string; aliases: string[]; existing: boolean }
interface Extraction { sourceId: string; entities: ExtractedEntity[]; relationships: ExtractedRelationship[] }
interface Counts { created: number; updated: number; unchanged: number }
interface Ingest { extraction: Extraction; entities: Counts; relationships: Counts }

/** People and a group the tests' articles speak of, as an earlier reading or an editor would have stored them. */
const PEOPLE = {
  source: { id: 'resolution-test-people', title: 'People for the resolution tests' },
  entities: [
    { id: 'tamim-bin-hamad-al-thani', kind: 'PERSON', name: 'Tamim bin Hamad Al Thani', aliases: ['the Qatari emir'] },
    { id: 'ahmed-hassan', kind: 'PERSON', name: 'Ahmed Hassan' },
    { id: 'ahmed-karimi', kind: 'PERSON', name: 'Ahmed Karimi' },
    { id: 'abdel-fattah-al-burhan', kind: 'PERSON', name: 'Abdel-Fattah al-Burhan' },
    { id: 'araghchi', kind: 'PERSON', name: 'Araghchi' },
    { id: 'daniel-okoro', kind: 'PERSON', name: 'Daniel Okoro' },
    { id: 'abdoulkarime-tanko', kind: 'PERSON', name: 'Abdoulkarime Tanko' },
    { id: 'musa-tanko', kind: 'PERSON', name: 'Musa Tanko' },
    { id: 'sudan', kind: 'COUNTRY', name: 'Sudan' },
    { id: 'hezbollah', kind: 'ORGANIZATION', name: 'Hezbollah' },
  ],
  relationships: [
    { type: 'LEADS', from: 'tamim-bin-hamad-al-thani', to: 'qatar', quote: 'the emir of Qatar' },
    { type: 'LEADS', from: 'abdel-fattah-al-burhan', to: 'sudan', quote: 'the head of the Sudanese army' },
  ],
};

let h: Harness;
let editor: Record<string, string>;
beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
  editor = await bearer(['editor'], { subject: 'resolution-bot' });
  await loadFacts(h.db, PEOPLE, 'resolution-test');
});
afterAll(async () => { await h.close(); });

const ids = (x: Extraction) => x.entities.map((e) => e.entityId);

async function extract(article: Record<string, string>): Promise<Extraction> {
  const res = await h.gql<{ extract: Extraction }>(EXTRACT, { article }, editor);
  expect(res.errors).toBeUndefined();
  return res.data!.extract;
}

async function ingest(article: Record<string, string>): Promise<Ingest> {
  const res = await h.gql<{ ingestArticle: Ingest }>(INGEST_ARTICLE, { article }, editor);
  expect(res.errors).toBeUndefined();
  return res.data!.ingestArticle;
}

const facts = (x: Extraction) => x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`).sort();

/** Ingests `article` twice: the second reading names the same entities and facts, and writes nothing. Returns the first. */
async function ingestTwice(article: Record<string, string>): Promise<Ingest> {
  const first = await ingest(article);
  const before = await fingerprint(h.db);
  const again = await ingest(article);
  expect(ids(again.extraction)).toEqual(ids(first.extraction));
  expect(facts(again.extraction)).toEqual(facts(first.extraction));
  expect(again.entities).toEqual({ created: 0, updated: 0, unchanged: first.extraction.entities.length });
  expect(again.relationships.created + again.relationships.updated).toBe(0);
  const after = await fingerprint(h.db);
  expect(fingerprintDiff(before, after)).toEqual({ removed: [], added: [] });
  return first;
}

async function entity(id: string): Promise<{ id: string; name: string; aliases: string[] } | null> {
  const res = await h.gql<{ entity: { id: string; name: string; aliases: string[] } | null }>('query($id: ID!) { entity(id: $id) { id name aliases } }', { id });
  expect(res.errors).toBeUndefined();
  return res.data!.entity;
}


describe('people', () => {
  const article = { id: 'resolution-test-tamim', title: 'Emir meets envoy (resolution test)', text: 'Sheikh Tamim met Steve Witkoff in Doha on Monday.' };

  test('a short form with an honorific links to the one graph person whose full name holds it', async () => {
    const x = await extract(article);
    const tamim = x.entities.find((e) => e.entityId === 'tamim-bin-hamad-al-thani');
    expect(tamim).toMatchObject({ name: 'Tamim bin Hamad Al Thani', kind: 'PERSON', existing: true });
    expect(tamim?.aliases).toContain('Tamim');
    expect(ids(x)).not.toContain('tamim');
    expect(x.relationships.filter((r) => r.type === 'MEETS_WITH').map((r) => `${r.from}>${r.to}`).sort())
      .toEqual(['steve-witkoff>tamim-bin-hamad-al-thani', 'tamim-bin-hamad-al-thani>steve-witkoff']);
  });

  test('ingested, the facts attach to the graph person, no short-form person is minted, and twice is unchanged', async () => {
    await ingestTwice(article);
    expect(await entity('tamim')).toBeNull();
    expect((await entity('tamim-bin-hamad-al-thani'))?.aliases).toEqual(expect.arrayContaining(['Tamim', 'the Qatari emir']));
  });

  test('a short form two graph people fit links to neither and is not minted, nor are its relationships', async () => {
    const ahmed = { id: 'resolution-test-ahmed', title: 'Hamas studies proposal (resolution test)', text: 'Hamas official Ahmed said the group would study the proposal.' };
    const x = await extract(ahmed);
    expect(x.entities.filter((e) => e.kind === 'PERSON')).toEqual([]);
    expect(x.relationships.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
    await ingestTwice(ahmed);
    expect(await entity('ahmed')).toBeNull();
    const res = await h.gql('query($id: ID!) { entity(id: $id) { relationships(first: 10) { totalCount } } }', { id: 'ahmed-hassan' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity.relationships.totalCount).toBe(0);
  });

  test('a full name links to the one graph person known only by its short form, which it names from then on', async () => {
    const araghchi = { id: 'resolution-test-araghchi', title: 'Iran and Qatar (resolution test)', text: 'Iranian Foreign Minister Abbas Araghchi met Qatari officials in Doha.' };
    const x = await extract(araghchi);
    expect(x.entities.find((e) => e.kind === 'PERSON')).toMatchObject({ entityId: 'araghchi', name: 'Abbas Araghchi', existing: true });
    expect(ids(x)).not.toContain('abbas-araghchi');
    await ingestTwice(araghchi);
    expect(await entity('araghchi')).toMatchObject({ name: 'Abbas Araghchi', aliases: expect.arrayContaining(['Araghchi']) });
    expect(await entity('abbas-araghchi')).toBeNull();
  });

  test('a name written surname first, and a one-letter respelling, are the graph\'s person: none is minted', async () => {
    const people = { id: 'resolution-test-order', title: 'Two officials (resolution test)', text: 'Nigerian Foreign Minister Okoro Daniel met Nigerien Defence Minister Abdoulkarim Tanko in Niamey.' };
    const x = await extract(people);
    const found = x.entities.filter((e) => e.kind === 'PERSON').map((e) => `${e.entityId}:${e.name}:${e.existing}`).sort();
    expect(found).toEqual(['abdoulkarime-tanko:Abdoulkarime Tanko:true', 'daniel-okoro:Daniel Okoro:true']);
    await ingestTwice(people);
    expect(await entity('okoro-daniel')).toBeNull();
    expect(await entity('abdoulkarim-tanko')).toBeNull();
    expect((await entity('abdoulkarime-tanko'))?.aliases).toContain('Abdoulkarim Tanko');
  });

  test('particles and hyphens are set aside: "al-Burhan" is Abdel-Fattah al-Burhan', async () => {
    const read: ReaderExtraction = {
      sourceId: 'resolution-test-burhan',
      entities: [
        { id: 'al-burhan', name: 'al-Burhan', kind: 'PERSON', aliases: [], existing: false, mentions: [{ start: 12, end: 21 }], roles: ['Gen.'] },
        { id: 'sudan', name: 'Sudan', kind: 'COUNTRY', aliases: [], existing: true, mentions: [{ start: 0, end: 5 }], roles: [] },
      ],
      relationships: [{ type: 'LEADS', from: 'al-burhan', to: 'sudan', quote: "Sudan's Gen. al-Burhan", span: { start: 0, end: 21 }, confidence: 0.9, rule: 'test', stance: 'SUPPORTS' }],
    };
    const counter = new RoundTripCounter();
    const resolved = await resolveAgainstGraph(h.db, read, null, counter);
    expect(counter.count).toBe(1);
    expect(resolved.entities[0]).toMatchObject({ id: 'abdel-fattah-al-burhan', name: 'Abdel-Fattah al-Burhan', existing: true, aliases: ['al-Burhan'] });
    expect(resolved.relationships.map((r) => `${r.from}>${r.to}`)).toEqual(['abdel-fattah-al-burhan>sudan']);
  });
});

describe('events', () => {
  test('talks between the parties of the graph\'s talks are those talks: no -2 event, the facts attach to it', async () => {
    const article = { id: 'resolution-test-doha-talks', title: 'Talks resume (resolution test)', publishedAt: '2025-07-20', text: 'Israel and Hamas resumed ceasefire talks in Doha on Monday. Qatar mediated the talks between Israel and Hamas.' };
    const x = await extract(article);
    const events = x.entities.filter((e) => e.kind === 'EVENT');
    expect(events.map((e) => [e.entityId, e.existing])).toEqual([['gaza-ceasefire-talks', true]]);
    expect(events[0]?.aliases).toContain('Israel–Hamas talks in Doha');
    expect(x.relationships.filter((r) => r.type === 'MEDIATES').map((r) => `${r.from}>${r.to}`)).toEqual(['qatar>gaza-ceasefire-talks']);
    await ingestTwice(article);
    expect(await entity('israel-hamas-doha-talks')).toBeNull();
    const res = await h.gql(`query($source: ID!) { relationships(source: $source, first: 50) { edges { node { type from { id } to { id } } } } }`, { source: article.id });
    expect(res.errors).toBeUndefined();
    const facts = res.data!.relationships.edges.map((e: { node: { type: string; from: { id: string }; to: { id: string } } }) => `${e.node.from.id} ${e.node.type} ${e.node.to.id}`);
    expect(facts).toEqual(expect.arrayContaining(['qatar MEDIATES gaza-ceasefire-talks', 'israel PARTICIPATES_IN gaza-ceasefire-talks', 'gaza-ceasefire-talks LOCATED_IN doha']));
  });

  test('a Gaza ceasefire between the same parties is the seed\'s talks, not gaza-ceasefire-talks-2', async () => {
    const x = await extract({ title: 'Mediators meet (resolution test)', text: 'Qatar and Egypt mediated the talks on a Gaza ceasefire between Israel and Hamas.' });
    expect(x.entities.filter((e) => e.kind === 'EVENT').map((e) => e.entityId)).toEqual(['gaza-ceasefire-talks']);
    expect(ids(x)).not.toContain('gaza-ceasefire-talks-2');
  });

  test('talks between other parties are a new event, named from its parties and place', async () => {
    const article = { id: 'resolution-test-hezbollah-talks', title: 'Other talks (resolution test)', text: 'Israel and Hezbollah held talks in Doha on Friday. Qatar hosted the talks between Israel and Hezbollah.' };
    const x = await extract(article);
    const events = x.entities.filter((e) => e.kind === 'EVENT');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ existing: false, name: 'Israel–Hezbollah talks in Doha' });
    expect(events[0]?.entityId).not.toBe('gaza-ceasefire-talks');
    const first = await ingestTwice(article);
    expect(first.entities.created).toBe(1);
  });

  test('a round of a process named as such ("talks on a Gaza ceasefire") is that process, ten months on', async () => {
    const x = await extract({ title: 'Another round (resolution test)', publishedAt: '2026-06-01', text: 'A Hamas delegation arrived in Cairo for talks on a Gaza ceasefire. Egypt hosted the talks.' });
    expect(x.entities.filter((e) => e.kind === 'EVENT').map((e) => [e.entityId, e.existing])).toEqual([['gaza-ceasefire-talks', true]]);
  });

  test('talks between the same parties far outside the time of the graph\'s talks are a new event', async () => {
    const x = await extract({ title: 'Old talks (resolution test)', publishedAt: '2001-03-01', text: 'Israel and Hamas held talks in Doha on Monday. Qatar mediated the talks between Israel and Hamas.' });
    const events = x.entities.filter((e) => e.kind === 'EVENT');
    expect(events.map((e) => e.existing)).toEqual([false]);
    expect(events[0]?.entityId).not.toBe('gaza-ceasefire-talks');
  });

  test('readAgainstGraph reads the dictionary, then people, events and id claims together', async () => {
    const counter = new RoundTripCounter();
    const text = 'Israel and Hamas resumed ceasefire talks in Doha on Monday. Qatar mediated the talks between Israel and Hamas. Hamas official Ahmed said the group would study the proposal.';
    const x = await readAgainstGraph(h.db, { title: 'Count (resolution test)', text }, counter);
    expect(x.entities.filter((e) => e.kind === 'EVENT' || e.kind === 'PERSON').map((e) => e.id).sort())
      .toEqual(['gaza-ceasefire-talks']);
    expect(counter.count).toBe(4);
  });
});

describe('the candidate statements', () => {
  interface PlanNode { operatorType: string; children: PlanNode[] }
  const operators = (plan: PlanNode): string[] => [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];

  test('start from indexes (full-text, id, name key): no scan of all nodes or of a label', async () => {
    const statements: Array<[string, Record<string, unknown>]> = [
      ['person-short-form-candidates', { people: [{ id: 'tamim', fuller: 'name:(+tamim)', shorter: 'name:(abbas araghchi)' }], limit: int(25) }],
      ['event-candidates', { events: [{ id: 'talks', parties: ['israel', 'hamas'], keys: ['gazaceasefiretalks'] }], limit: int(25) }],
    ];
    for (const [name, params] of statements) {
      const session = h.db.driver.session();
      const result = await session.run(`EXPLAIN ${cypher(name)}`, params).finally(() => session.close());
      const ops = operators(result.summary.plan as unknown as PlanNode);
      expect(ops.filter((op) => /AllNodesScan|NodeByLabelScan|NodeIndexScan|RelationshipTypeScan/.test(op))).toEqual([]);
      expect(ops.some((op) => /ProcedureCall|NodeUniqueIndexSeek|NodeIndexSeek/.test(op))).toBe(true);
    }
  });
});
