// The streamed exports on the real Neo4j, each read back with a real parser for its format: JSON-LD expanded to
// RDF by jsonld.js (no remote context), GraphML by fast-xml-parser, CSV by csv-parse. The seed's 19 entities and
// 35 relationships come out with their quotes; types, entity and asOf select; retracted relationships never
// appear (unless retracted after asOf); bad parameters are 400 BAD_USER_INPUT; tokens are required when reads need
// them; quotes, <, &, line breaks and a leading = survive the round trip.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonldLib from 'jsonld';
import { loadFacts } from '../../src/facts/load';
import { SEED_DIR } from '../../src/facts/seed';
import { relationshipId } from '../../src/graph/vocabulary';
import type { RelationshipType } from '../../src/generated/graphql';
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness, testConfig } from '../fixtures/harness';

const NG = 'urn:newsgraph:vocab:';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const PROV = 'http://www.w3.org/ns/prov#';

interface SeedDocument { source: { id: string }; entities: Array<{ id: string }>; relationships: Array<{ type: RelationshipType; from: string; to: string; quote: string }> }
const SEED: SeedDocument = JSON.parse(fs.readFileSync(path.join(SEED_DIR, fs.readdirSync(SEED_DIR).find((f) => f.endsWith('.json')) ?? ''), 'utf8'));
const SEED_RELATIONSHIP_IDS = [...new Set(SEED.relationships.map((r) => relationshipId(r.type, r.from, r.to)))].sort();
const SEED_QUOTES = new Set(SEED.relationships.map((r) => `${relationshipId(r.type, r.from, r.to)}|${r.quote}`));

// ---- readers: each export through its real parser, into plain sets to compare -------------------------------

interface Quad { subject: { value: string }; predicate: { value: string }; object: { value: string; termType: string } }

/** The JSON-LD as RDF quads (jsonld.js); any attempt to load a remote document fails the test. */
async function rdf(text: string): Promise<Quad[]> {
  const doc = JSON.parse(text);
  const documentLoader = async (url: string): Promise<never> => { throw new Error(`tried to fetch ${url}`); };
  await jsonldLib.expand(doc, { documentLoader });
  return (await jsonldLib.toRDF(doc, { documentLoader })) as unknown as Quad[];
}

function subjectsOfType(quads: Quad[], type: string): string[] {
  return quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value).sort();
}

function objectsOf(quads: Quad[], subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value).sort();
}

/** Relationship ids of the JSON-LD (ng:Relationship nodes by their schema:identifier). */
function jsonldRelationshipIds(quads: Quad[]): string[] {
  return subjectsOfType(quads, `${NG}Relationship`).map((s) => objectsOf(quads, s, 'https://schema.org/identifier')[0] ?? '').sort();
}

/** `relationshipId|quote` of every quote node, and whether it supports or disputes. */
function jsonldQuotes(quads: Quad[], stance: 'supports' | 'disputes'): string[] {
  return quads.filter((q) => q.predicate.value === `${NG}${stance}`).map((q) => {
    const relId = decodeURIComponent(q.object.value.replace('urn:newsgraph:relationship:', ''));
    return `${relId}|${objectsOf(quads, q.subject.value, `${PROV}value`)[0]}`;
  }).sort();
}

interface GraphML { nodes: Array<Record<string, any>>; edges: Array<Record<string, any>>; keys: Array<Record<string, any>> }

function graphml(text: string): GraphML {
  expect(XMLValidator.validate(text)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: 'text', parseTagValue: false, processEntities: true, htmlEntities: true, isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name) });
  const root = parser.parse(text).graphml;
  const dataOf = (el: any) => Object.fromEntries((el.data ?? []).map((d: any) => [d.key, String(d.text ?? '')]));
  return {
    keys: root.key,
    nodes: (root.graph.node ?? []).map((n: any) => ({ id: n.id, ...dataOf(n) })),
    edges: (root.graph.edge ?? []).map((e: any) => ({ id: e.id, source: e.source, target: e.target, ...dataOf(e) })),
  };
}

function csvRows(text: string): Array<Record<string, string>> {
  const lines: string[][] = parseCsv(text, { bom: false, relax_column_count: false });
  expect(lines[0]).toEqual(['date', 'actor1_id', 'actor1_name', 'actor1_kind', 'type', 'cameo_code', 'actor2_id', 'actor2_name', 'actor2_kind', 'quad_class', 'source_id', 'source_url', 'publisher', 'quote']);
  return parseCsv(text, { columns: true });
}

// ---- the server ------------------------------------------------------------------------------------------------

let h: Harness;
let base: string;
let editor: Record<string, string>;

async function get(file: string, query: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(`${base}/export/${file}?${new URLSearchParams(query)}`, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

async function all(query: Record<string, string> = {}) {
  const [j, g, c] = await Promise.all([get('graph.jsonld', query), get('graph.graphml', query), get('events.csv', query)]);
  for (const r of [j, g, c]) expect(r.status).toBe(200);
  return { quads: await rdf(j.text), graph: graphml(g.text), rows: csvRows(c.text), jsonld: j, graphml: g, csv: c };
}

beforeAll(async () => {
  // The formats are fetched three at a time from one address: more than EXPORT_MAX_CONCURRENT_PER_CLIENT's default
  // (the budget has its own test, export-load.test.ts).
  h = await startHarness({ config: { auth: authConfig(), exports: { ...testConfig().exports, maxConcurrentPerClient: 4 } } });
  base = h.url.replace(/\/graphql$/, '');
  editor = await bearer(['editor'], { subject: 'export-test' });
}, 180_000); // a cold seed load on a busy two-core machine can pass jest's minute
afterAll(async () => { await h?.close(); });

describe('the seed, whole', () => {
  test('every format holds the 19 entities and 35 relationships, each with its quotes', async () => {
    const { quads, graph, rows, jsonld, graphml: g, csv } = await all();
    expect(jsonld.type).toMatch(/^application\/ld\+json/);
    expect(g.type).toMatch(/^application\/graphml\+xml/);
    expect(csv.type).toMatch(/^text\/csv/);

    // JSON-LD: schema.org entities, reified relationships, quotes as prov:Entity quoted from the source.
    const entityIds = SEED.entities.map((e) => `urn:newsgraph:entity:${e.id}`).sort();
    const typed = new Set(['Person', 'Country', 'Organization', 'Place', 'Event', 'Thing'].flatMap((t) => subjectsOfType(quads, `https://schema.org/${t}`)).filter((s) => s.startsWith('urn:newsgraph:entity:')));
    expect([...typed].sort()).toEqual(entityIds);
    expect(jsonldRelationshipIds(quads)).toEqual(SEED_RELATIONSHIP_IDS);
    expect(jsonldQuotes(quads, 'supports')).toEqual([...SEED_QUOTES].sort());
    const source = `urn:newsgraph:source:${SEED.source.id}`;
    expect(subjectsOfType(quads, `${PROV}Entity`)).toContain(source);
    for (const quote of subjectsOfType(quads, `${NG}SupportingQuote`)) {
      expect(objectsOf(quads, quote, `${PROV}wasQuotedFrom`)).toEqual([source]);
      expect(objectsOf(quads, quote, `${PROV}wasDerivedFrom`)).toEqual([source]);
    }
    const mediates = `urn:newsgraph:relationship:${relationshipId('MEDIATES', 'qatar', 'gaza-ceasefire-talks')}`;
    expect(objectsOf(quads, mediates, `${NG}cameoCode`)).toEqual(['045']);
    expect(objectsOf(quads, mediates, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate')).toEqual([`${NG}MEDIATES`]);
    expect(objectsOf(quads, mediates, `${NG}quadClass`)).toEqual(['VERBAL_COOPERATION']);

    // GraphML: nodes then edges, every edge between two exported nodes, attributes declared.
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(SEED.entities.map((e) => e.id).sort());
    expect(graph.edges.map((e) => e.id).sort()).toEqual(SEED_RELATIONSHIP_IDS);
    expect(g.text.indexOf('<edge ')).toBeGreaterThan(g.text.lastIndexOf('<node '));
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) expect([nodeIds.has(e.source), nodeIds.has(e.target), Number(e.quoteCount) >= 1, e.type === e.elabel]).toEqual([true, true, true, true]);
    expect(graph.keys.map((k) => `${k.for}:${k['attr.name']}`)).toEqual(expect.arrayContaining(['node:label', 'node:kind', 'node:aliases', 'edge:type', 'edge:cameoCode', 'edge:quadClass', 'edge:sourceCount', 'edge:firstReported', 'edge:quoteCount']));
    expect(graph.nodes.find((n) => n.id === 'united-states')).toMatchObject({ label: 'United States', kind: 'COUNTRY', wikidata: 'Q30' });

    // CSV: one row per relationship and supporting quote.
    expect(rows.map((r) => `${relationshipId(r.type as RelationshipType, r.actor1_id ?? '', r.actor2_id ?? '')}|${r.quote}`).sort()).toEqual([...SEED_QUOTES].sort());
    const row = rows.find((r) => r.type === 'MEDIATES' && r.actor1_id === 'qatar');
    expect(row).toMatchObject({ actor1_name: 'Qatar', actor1_kind: 'COUNTRY', cameo_code: '045', quad_class: 'VERBAL_COOPERATION', source_id: SEED.source.id, publisher: 'Internewscast' });
    expect(row?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the same graph gives byte-identical exports (ordered by id)', async () => {
    for (const file of ['graph.jsonld', 'graph.graphml', 'events.csv']) {
      const [a, b] = await Promise.all([get(file), get(file)]);
      expect(a.text).toBe(b.text);
    }
  });

  test('types keeps only those types; entity keeps only relationships from or to it, and their ends', async () => {
    const byType = await all({ types: 'MEDIATES,NEGOTIATES' });
    const expected = SEED_RELATIONSHIP_IDS.filter((id) => /--(mediates|negotiates)--/.test(id));
    expect(expected.length).toBeGreaterThan(0);
    expect(jsonldRelationshipIds(byType.quads)).toEqual(expected);
    expect(byType.graph.edges.map((e) => e.id).sort()).toEqual(expected);
    expect([...new Set(byType.rows.map((r) => r.type))].sort()).toEqual(['MEDIATES', 'NEGOTIATES'].filter((t) => expected.some((id) => id.includes(`--${t.toLowerCase()}--`))));
    const ends = new Set(byType.graph.edges.flatMap((e) => [e.source, e.target]));
    expect(byType.graph.nodes.map((n) => n.id).sort()).toEqual([...ends].sort());

    const byEntity = await all({ entity: 'steve-witkoff' });
    const touching = SEED_RELATIONSHIP_IDS.filter((id) => id.startsWith('steve-witkoff--') || id.endsWith('--steve-witkoff'));
    expect(touching.length).toBeGreaterThan(1);
    expect(byEntity.graph.edges.map((e) => e.id).sort()).toEqual(touching);
    expect(jsonldRelationshipIds(byEntity.quads)).toEqual(touching);
    for (const r of byEntity.rows) expect([r.actor1_id, r.actor2_id]).toContain('steve-witkoff');

    const nobody = await all({ entity: 'no-such-entity' });
    expect([nobody.graph.nodes.length, nobody.graph.edges.length, nobody.rows.length, nobody.quads.length]).toEqual([0, 0, 0, 0]);
  });

  test('unknown types, a malformed or impossible asOf and an empty entity are 400 BAD_USER_INPUT, as JSON', async () => {
    const queries: Array<Record<string, string>> = [{ types: 'MEDIATES,BOMBED' }, { types: 'mediates' }, { asOf: '2025-02-30' }, { asOf: 'yesterday' }, { asOf: '2025-1-5' }, { entity: '' }];
    for (const query of queries) {
      for (const file of ['graph.jsonld', 'graph.graphml', 'events.csv']) {
        const res = await get(file, query);
        expect(res.status).toBe(400);
        expect(res.type).toMatch(/^application\/json/);
        const body = JSON.parse(res.text);
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(body.errors[0].message).not.toMatch(/\bat .*\.ts:\d+/);
      }
    }
    const body = JSON.parse((await get('events.csv', { types: 'BOMBED' })).text);
    expect(body.errors[0].extensions.problems[0]).toMatchObject({ path: 'types' });
    expect(body.errors[0].message).toContain('BOMBED');
  });
});

// Two dated sources of our own: the first on 2020-01-10, the second on 2020-02-10 supporting one fact again,
// disputing another, and adding one. Names and quotes carry the characters formats must escape.
const ODD_NAME = 'Acme "Quoted" & <Sons>, Ltd.';
const ODD_QUOTE = '=HYPERLINK("http://evil.example") said Acme & <b>"Sons"</b>,\nthen, on a new line: done';
const DOC1 = {
  source: { id: 'export-test-jan', title: 'January <report> & "more"', publisher: 'Export Test Wire', url: 'https://example.org/jan?a=1&b=2', publishedAt: '2020-01-10' },
  entities: [
    { id: 'export-acme', kind: 'ORGANIZATION', name: ODD_NAME, aliases: ['Acme; the "firm"'], description: 'Line one\nline two\u0007 with a bell' },
    { id: 'export-ruritania', kind: 'COUNTRY', name: 'Ruritania' },
  ],
  relationships: [
    { type: 'ACCUSES', from: 'export-acme', to: 'export-ruritania', quote: ODD_QUOTE },
    { type: 'THREATENS', from: 'export-ruritania', to: 'export-acme', quote: 'Ruritania threatened Acme', since: '2020-01-09' },
  ],
};
const DOC2 = {
  source: { id: 'export-test-feb', title: 'February', publisher: 'Export Test Wire', url: 'https://example.org/feb', publishedAt: '2020-02-10' },
  entities: [
    { id: 'export-acme', kind: 'ORGANIZATION', name: ODD_NAME },
    { id: 'export-ruritania', kind: 'COUNTRY', name: 'Ruritania' },
  ],
  relationships: [
    { type: 'ACCUSES', from: 'export-acme', to: 'export-ruritania', quote: 'Acme again accused Ruritania' },
    { type: 'THREATENS', from: 'export-ruritania', to: 'export-acme', quote: 'Ruritania denied threatening Acme', stance: 'DISPUTES' },
    { type: 'SANCTIONS', from: 'export-ruritania', to: 'export-acme', quote: '+Ruritania sanctioned Acme' },
  ],
};
const ACCUSES = relationshipId('ACCUSES', 'export-acme', 'export-ruritania');
const THREATENS = relationshipId('THREATENS', 'export-ruritania', 'export-acme');
const SANCTIONS = relationshipId('SANCTIONS', 'export-ruritania', 'export-acme');
const OURS = { entity: 'export-acme' };

describe('dated sources', () => {
  beforeAll(async () => {
    await loadFacts(h.db, DOC1, 'export-test');
    await loadFacts(h.db, DOC2, 'export-test');
  }, 120_000);

  test('asOf before any report gives empty exports that still parse', async () => {
    const { quads, graph, rows, jsonld } = await all({ asOf: '2019-12-31' });
    expect([quads.length, graph.nodes.length, graph.edges.length, rows.length]).toEqual([0, 0, 0, 0]);
    expect(JSON.parse(jsonld.text)['@graph']).toEqual([]);
  });

  test('asOf selects the relationships and quotes reported by the end of that day', async () => {
    const jan = await all({ ...OURS, asOf: '2020-01-10' });
    const feb = await all({ ...OURS, asOf: '2020-02-10' });
    expect(jan.graph.edges.map((e) => e.id).sort()).toEqual([ACCUSES, THREATENS].sort());
    expect(feb.graph.edges.map((e) => e.id).sort()).toEqual([ACCUSES, SANCTIONS, THREATENS].sort());
    expect((await all({ ...OURS, asOf: '2020-02-09' })).graph.edges.map((e) => e.id).sort()).toEqual([ACCUSES, THREATENS].sort());

    // Only the quotes reported by then, and counts as of then.
    expect(jsonldQuotes(jan.quads, 'supports')).toEqual([`${ACCUSES}|${ODD_QUOTE}`, `${THREATENS}|Ruritania threatened Acme`].sort());
    expect(jsonldQuotes(jan.quads, 'disputes')).toEqual([]);
    expect(jsonldQuotes(feb.quads, 'disputes')).toEqual([`${THREATENS}|Ruritania denied threatening Acme`]);
    expect(subjectsOfType(feb.quads, `${NG}DisputingQuote`)).toHaveLength(1);
    const edge = (g: GraphML, id: string) => g.edges.find((e) => e.id === id);
    expect(edge(jan.graph, ACCUSES)).toMatchObject({ sourceCount: '1', firstReported: '2020-01-10', quoteCount: '1' });
    expect(edge(feb.graph, ACCUSES)).toMatchObject({ sourceCount: '2', firstReported: '2020-01-10', quoteCount: '2', sources: 'export-test-feb export-test-jan' });
    expect(edge(feb.graph, THREATENS)).toMatchObject({ sourceCount: '1', quoteCount: '1', disputeCount: '1' });
    expect(jan.rows).toHaveLength(2);
    expect(feb.rows).toHaveLength(4); // two for ACCUSES, one each for THREATENS and SANCTIONS; the dispute is no event

    // The CSV date: the relationship's since, else the source's day.
    const dates = Object.fromEntries(feb.rows.map((r) => [`${r.type}|${r.source_id}`, r.date]));
    expect(dates).toEqual({ 'ACCUSES|export-test-jan': '2020-01-10', 'ACCUSES|export-test-feb': '2020-02-10', 'THREATENS|export-test-jan': '2020-01-09', 'SANCTIONS|export-test-feb': '2020-02-10' });

    // Sources as prov:Entity with their day and publisher.
    const jan1 = 'urn:newsgraph:source:export-test-jan';
    expect(objectsOf(feb.quads, jan1, 'https://schema.org/datePublished')).toEqual(['2020-01-10']);
    expect(objectsOf(feb.quads, jan1, 'https://schema.org/url')).toEqual(['https://example.org/jan?a=1&b=2']);
    expect(subjectsOfType(jan.quads, `${PROV}Entity`)).not.toContain('urn:newsgraph:source:export-test-feb');
  });

  test('quotes, <, &, line breaks and a leading = or + survive each format; control characters leave GraphML', async () => {
    const { quads, graph, rows } = await all(OURS);
    // JSON-LD: exact.
    expect(jsonldQuotes(quads, 'supports')).toContain(`${ACCUSES}|${ODD_QUOTE}`);
    expect(objectsOf(quads, 'urn:newsgraph:entity:export-acme', 'https://schema.org/name')).toEqual([ODD_NAME]);
    expect(objectsOf(quads, 'urn:newsgraph:entity:export-acme', 'https://schema.org/description')).toEqual(['Line one\nline two\u0007 with a bell']);
    // GraphML: exact, except the bell, which XML cannot carry.
    const acme = graph.nodes.find((n) => n.id === 'export-acme');
    expect(acme).toMatchObject({ label: ODD_NAME, aliases: 'Acme; the "firm"', description: 'Line one\nline two with a bell' });
    // CSV: exact after the formula guard's apostrophe.
    const accuses = rows.find((r) => r.type === 'ACCUSES' && r.source_id === 'export-test-jan');
    expect(accuses?.quote).toBe(`'${ODD_QUOTE}`);
    expect(accuses?.actor1_name).toBe(ODD_NAME);
    expect(rows.find((r) => r.type === 'SANCTIONS')?.quote).toBe("'+Ruritania sanctioned Acme");
  });

  test('a retracted relationship is left out, unless asOf is before the day it was retracted', async () => {
    const res = await h.gql(`mutation { retractRelationship(id: "${SANCTIONS}", reason: "export test") { id } }`, {}, editor);
    expect(res.errors).toBeUndefined();
    const now = await all(OURS);
    expect(now.graph.edges.map((e) => e.id)).not.toContain(SANCTIONS);
    expect(now.rows.map((r) => r.type)).not.toContain('SANCTIONS');
    expect(jsonldRelationshipIds(now.quads)).not.toContain(SANCTIONS);
    const today = new Date().toISOString().slice(0, 10);
    expect((await all({ ...OURS, asOf: today })).graph.edges.map((e) => e.id)).not.toContain(SANCTIONS);
    const before = await all({ ...OURS, asOf: '2020-12-31' });
    expect(before.graph.edges.find((e) => e.id === SANCTIONS)?.retractedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('limits, auth, disconnects', () => {
  let guarded: Harness;
  let guardedBase: string;
  beforeAll(async () => {
    guarded = await startHarness({ seed: false, config: { auth: authConfig({ requiredForReads: true }), exports: { ...testConfig().exports, maxRelationships: 5, timeoutMs: 60_000 } } });
    guardedBase = guarded.url.replace(/\/graphql$/, '');
  }, 120_000);
  afterAll(async () => { await guarded?.close(); });

  test('when reads need a token, an export without one is 401 UNAUTHENTICATED; with one it streams', async () => {
    for (const file of ['graph.jsonld', 'graph.graphml', 'events.csv']) {
      const res = await fetch(`${guardedBase}/export/${file}?types=MEDIATES`);
      expect(res.status).toBe(401);
      expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const bad = await fetch(`${guardedBase}/export/${file}?types=MEDIATES`, { headers: { authorization: 'Bearer not.a.token' } });
      expect(bad.status).toBe(401);
      const ok = await fetch(`${guardedBase}/export/${file}?types=MEDIATES`, { headers: await bearer(['reader']) });
      expect(ok.status).toBe(200);
      await ok.text();
    }
  });

  test('an export over EXPORT_MAX_RELATIONSHIPS is refused before anything is sent', async () => {
    const res = await fetch(`${guardedBase}/export/events.csv`, { headers: await bearer(['reader']) });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'exportMaxRelationships', max: 5 });
    expect(body.errors[0].extensions.found).toBeGreaterThan(5);
  });

  test('a client that goes away mid-export releases its session, and the next export works', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/export/graph.jsonld`, { signal: controller.signal });
    const reader = res.body?.getReader();
    await reader?.read();
    controller.abort();
    const deadline = Date.now() + 10_000;
    while (h.db.activeSessions > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(h.db.activeSessions).toBe(0);
    expect((await get('events.csv', { types: 'MEDIATES' })).status).toBe(200);
  });
});
