// Reading articles over GraphQL on the real Neo4j: `extract` previews without writing, linked to the seed
// graph's entities; `ingestArticle` stores the source with its text and every fact with a quote that is exactly
// the text at its span, visible at once through the read API; the same article twice changes nothing.
import { authConfig, bearer } from '../fixtures/auth';
import { fingerprint, fingerprintDiff } from '../fixtures/fingerprint';
import { graphDictionary } from '../../src/graph/nameLookup';
import { ARTICLE, type Harness, startHarness } from '../fixtures/harness';
import { teamArticles } from '../fixtures/teamArticles';

interface Span { start: number; end: number }
interface ExtractedRelationship { type: string; from: string; to: string; quote: string; span: Span; confidence: number; rule: string }
interface ExtractedEntity { entityId: string; name: string; kind: string; aliases: string[]; existing: boolean; mentions: Span[] }
interface Extraction { sourceId: string; entities: ExtractedEntity[]; relationships: ExtractedRelationship[] }

const EXTRACTION = 'sourceId entities { entityId name kind aliases existing mentions { start end } } relationships { type from to quote span { start end } confidence rule }';
export const EXTRACT = `query($article: ArticleInput!) { extract(article: $article) { ${EXTRACTION} } }`;
export const INGEST_ARTICLE = `mutation($article: ArticleInput!) {
  ingestArticle(article: $article) {
    source { id title url publisher publishedAt text }
    extraction { ${EXTRACTION} }
    entities { created updated unchanged }
    relationships { created updated unchanged }
  }
}`;

/** The first of the team's own reports (tests/fixtures/articles/), under a test id: it names Qatar, Egypt, Hamas and Israel. */
function teamArticle(): Record<string, string> {
  const first = teamArticles()[0]!;
  return { ...first, id: `reading-test-${first.id}` };
}

const WITKOFF = {
  title: 'Witkoff meets Qatari mediators (reading test)',
  text: 'Special Envoy Steve Witkoff met Qatari mediators in Doha on Tuesday. Qatar and Egypt mediated the talks between Israel and Hamas, '
    + 'and Witkoff said the United States would keep working for a ceasefire in Gaza.',
};

function expectExactSpans(extraction: Extraction, text: string): void {
  for (const rel of extraction.relationships) {
    expect(text.slice(rel.span.start, rel.span.end)).toBe(rel.quote);
    expect(rel.confidence).toBeGreaterThanOrEqual(0);
    expect(rel.confidence).toBeLessThanOrEqual(1);
    expect(rel.rule).toMatch(/\S/);
  }
  const ids = new Set(extraction.entities.map((e) => e.entityId));
  for (const rel of extraction.relationships) expect([ids.has(rel.from), ids.has(rel.to)]).toEqual([true, true]);
  for (const entity of extraction.entities) for (const m of entity.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
}

let h: Harness;
let editor: Record<string, string>;
let reader: Record<string, string>;
beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
  editor = await bearer(['editor'], { subject: 'reading-bot' });
  reader = await bearer(['reader'], { subject: 'someone' });
});
afterAll(async () => { await h.close(); });

describe('extract', () => {
  test('writes nothing: the graph fingerprint is the same before and after', async () => {
    const before = await fingerprint(h.db);
    const res = await h.gql<{ extract: Extraction }>(EXTRACT, { article: teamArticle() }, editor);
    expect(res.errors).toBeUndefined();
    const after = await fingerprint(h.db);
    expect(fingerprintDiff(before, after)).toEqual({ removed: [], added: [] });
    expect(after.hash).toBe(before.hash);
  });

  test('links names the seed graph knows to its entities (existing: true, the graph ids)', async () => {
    const res = await h.gql<{ extract: Extraction }>(EXTRACT, { article: WITKOFF }, editor);
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.extract.entities.map((e) => [e.entityId, e]));
    expect(byId.get('steve-witkoff')).toMatchObject({ existing: true, kind: 'PERSON', name: 'Steve Witkoff' });
    expect(byId.get('qatar')).toMatchObject({ existing: true, kind: 'COUNTRY', name: 'Qatar' });
    expect([...byId.values()].filter((e) => e.existing).every((e) => e.entityId === e.entityId.toLowerCase())).toBe(true);
    expectExactSpans(res.data!.extract, WITKOFF.text);
  });

  test('the same article always gives the same extraction', async () => {
    const article = teamArticle();
    const [a, b] = await Promise.all([h.gql(EXTRACT, { article }, editor), h.gql(EXTRACT, { article }, editor)]);
    expect(a.data).toEqual(b.data);
    expectExactSpans((a.data as { extract: Extraction }).extract, article.text!);
  });

  test('garbage and non-English text give a small or empty extraction, not an error', async () => {
    for (const text of ['%%%% 1234 ;;; ---- \u0000\u0001 ��� '.repeat(20), 'Der Bundeskanzler traf sich am Dienstag in Berlin mit dem Präsidenten.', '東京で首脳会談が開かれた。']) {
      const res = await h.gql<{ extract: Extraction }>(EXTRACT, { article: { title: 'Noise', text } }, editor);
      expect(res.errors).toBeUndefined();
      expect(res.data!.extract.relationships.length).toBeLessThanOrEqual(2);
      expectExactSpans(res.data!.extract, text);
    }
  });
});

describe('ingestArticle', () => {
  const article = teamArticle();
  let first: { extraction: Extraction; source: Record<string, unknown> };

  test('stores the source with its text, and reports what it wrote', async () => {
    const res = await h.gql(INGEST_ARTICLE, { article }, editor);
    expect(res.errors).toBeUndefined();
    first = res.data!.ingestArticle;
    expect(first.source).toEqual({ id: article.id, title: article.title, url: article.url ?? null, publisher: article.publisher ?? null, publishedAt: article.publishedAt ?? null, text: article.text });
    expect(first.extraction.sourceId).toBe(article.id);
    expectExactSpans(first.extraction, article.text!);
    const counts = res.data!.ingestArticle;
    expect(counts.entities.created + counts.entities.updated + counts.entities.unchanged).toBe(first.extraction.entities.length);
    const stored = await h.gql(`query($id: ID!) { source(id: $id) { id text } }`, { id: article.id });
    expect(stored.data?.source).toEqual({ id: article.id, text: article.text });
  });

  test('its facts are visible at once with provenance down to the character', async () => {
    expect(first.extraction.relationships.length).toBeGreaterThan(0);
    const res = await h.gql(`query($source: ID!) {
      relationships(source: $source, first: 100) { totalCount edges { node { type from { id } to { id } sources { quote span { start end } rule source { id text } } } } }
    }`, { source: article.id });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.relationships.edges.map((e: { node: unknown }) => e.node) as Array<{
      type: string; from: { id: string }; to: { id: string }; sources: Array<{ quote: string; span: Span | null; rule: string | null; source: { id: string; text: string | null } }>;
    }>;
    const facts = new Set(first.extraction.relationships.map((r) => `${r.from}|${r.type}|${r.to}`));
    expect(new Set(nodes.map((n) => `${n.from.id}|${n.type}|${n.to.id}`))).toEqual(facts);
    for (const node of nodes) {
      const ours = node.sources.filter((s) => s.source.id === article.id);
      expect(ours.length).toBeGreaterThan(0);
      for (const s of ours) {
        expect(s.span).not.toBeNull();
        expect(s.source.text!.slice(s.span!.start, s.span!.end)).toBe(s.quote);
        expect(s.rule).toMatch(/\S/);
      }
    }
    // And from an entity's side.
    const rel = first.extraction.relationships[0]!;
    const entity = await h.gql(`query($id: ID!) { entity(id: $id) { id relationships(first: 100) { edges { node { to { id } type sources { quote span { start end } source { id } } } } } } }`, { id: rel.from });
    const edges = entity.data!.entity.relationships.edges as Array<{ node: { to: { id: string }; type: string; sources: Array<{ quote: string; span: Span | null; source: { id: string } }> } }>;
    const match = edges.find((e) => e.node.to.id === rel.to && e.node.type === rel.type);
    expect(match?.node.sources).toContainEqual({ quote: rel.quote, span: rel.span, source: { id: article.id } });
  });

  test('the same article again changes nothing: all unchanged, the same fingerprint', async () => {
    const before = await fingerprint(h.db);
    const res = await h.gql(INGEST_ARTICLE, { article }, editor);
    expect(res.errors).toBeUndefined();
    const again = res.data!.ingestArticle;
    expect(again.entities).toEqual({ created: 0, updated: 0, unchanged: first.extraction.entities.length });
    // Relationships are counted as facts: two quotes for one (from, type, to) are one relationship.
    const facts = new Set((again.extraction as Extraction).relationships.map((r) => `${r.from}|${r.type}|${r.to}`));
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: facts.size });
    expect(again.extraction.entities.every((e: ExtractedEntity) => e.existing)).toBe(true);
    expect(again.extraction.relationships).toEqual(first.extraction.relationships);
    const after = await fingerprint(h.db);
    expect(fingerprintDiff(before, after)).toEqual({ removed: [], added: [] });
  });

  test('a fact stated in two sentences keeps a quote from each: one fact, both quotes as its provenance', async () => {
    const text = 'Chile accused Peru of moving troops to the border on Monday. Talks were called off. '
      + 'On Tuesday Chile again accused Peru of sending soldiers into the desert.';
    const res = await h.gql(INGEST_ARTICLE, { article: { id: 'reading-test-twice-told', title: 'Twice told (reading test)', text } }, editor);
    expect(res.errors).toBeUndefined();
    const told = (res.data!.ingestArticle.extraction as Extraction).relationships.filter((r) => r.from === 'chile' && r.type === 'ACCUSES' && r.to === 'peru');
    expect(told).toHaveLength(2);
    expect(told.map((r) => text.slice(r.span.start, r.span.end))).toEqual(told.map((r) => r.quote));
    const fact = await h.gql(`{ relationship(id: "chile--accuses--peru") { sources { quote source { id } } } }`);
    const quotes = (fact.data?.relationship.sources as Array<{ quote: string; source: { id: string } }>).filter((q) => q.source.id === 'reading-test-twice-told').map((q) => q.quote);
    expect(quotes.sort()).toEqual(told.map((r) => r.quote).sort());
  });

  test('an article mentioning known people and countries adds to them rather than duplicating them', async () => {
    const res = await h.gql(INGEST_ARTICLE, { article: { ...WITKOFF, id: 'reading-test-witkoff' } }, editor);
    expect(res.errors).toBeUndefined();
    const ids = (res.data!.ingestArticle.extraction as Extraction).entities.map((e) => e.entityId);
    expect(ids).toEqual(expect.arrayContaining(['steve-witkoff', 'qatar']));
    const witkoffs = await h.gql(`{ lookup(name: "Steve Witkoff") { id } }`);
    expect(witkoffs.data?.lookup).toEqual([{ id: 'steve-witkoff' }]);
  });
});

describe('the graph as dictionary', () => {
  test('a name key naming one entity finds it; a key naming several is left out (never picked silently)', async () => {
    const res = await h.gql(`mutation { ingestFacts(document: {
      source: { id: "reading-test-two-jordans", title: "Two Jordans" },
      entities: [{ id: "jordan-river-test", kind: "PLACE", name: "Jordan River", aliases: ["Jordan Test Name"] },
                 { id: "jordan-person-test", kind: "PERSON", name: "Jordan Test Name" }],
      relationships: [] }) { entities { created } } }`, {}, editor);
    expect(res.errors).toBeUndefined();
    const found = await graphDictionary(h.db)(['qatar', 'stevewitkoff', 'witkoff', 'jordantestname', 'jordanriver', 'nosuchname']);
    expect(Object.fromEntries(found)).toEqual({
      qatar: { id: 'qatar', name: 'Qatar', kind: 'COUNTRY' },
      stevewitkoff: { id: 'steve-witkoff', name: 'Steve Witkoff', kind: 'PERSON' },
      witkoff: { id: 'steve-witkoff', name: 'Steve Witkoff', kind: 'PERSON' },
      jordanriver: { id: 'jordan-river-test', name: 'Jordan River', kind: 'PLACE' },
    });
  });

  test('the seed article read against the seed graph: its people and countries are the seed\'s, spans exact, twice unchanged', async () => {
    const article = { id: 'reading-test-seed-article', title: 'U.S. withdraws negotiators (seed article, read)', text: ARTICLE };
    const res = await h.gql(INGEST_ARTICLE, { article }, editor);
    expect(res.errors).toBeUndefined();
    const extraction = res.data!.ingestArticle.extraction as Extraction;
    expectExactSpans(extraction, ARTICLE);
    const existing = extraction.entities.filter((e) => e.existing).map((e) => e.entityId);
    expect(existing).toEqual(expect.arrayContaining(['united-states', 'qatar', 'israel', 'hamas', 'steve-witkoff', 'donald-trump']));
    const before = await fingerprint(h.db);
    const again = await h.gql(INGEST_ARTICLE, { article }, editor);
    expect(again.data!.ingestArticle.entities).toMatchObject({ created: 0, updated: 0 });
    expect(again.data!.ingestArticle.relationships).toMatchObject({ created: 0, updated: 0 });
    expect((await fingerprint(h.db)).hash).toBe(before.hash);
  });
});

describe('facts documents with text and spans', () => {
  const INGEST_FACTS = `mutation($document: FactsDocumentInput!) { ingestFacts(document: $document) { relationships { created updated unchanged } } }`;
  const text = 'On Monday Qatar accused Iran of stalling the talks.';
  const quote = 'Qatar accused Iran';
  const document = (start: number) => ({
    source: { id: 'reading-test-spanned-document', title: 'A hand-coded article', text },
    entities: [],
    relationships: [{ type: 'ACCUSES', from: 'qatar', to: 'iran', quote, span: { start, end: start + quote.length }, rule: 'hand' }],
  });

  test('a facts document may carry the text and each quote\'s span; Provenance.span is null for quotes without one (the seed: its text, no spans)', async () => {
    const res = await h.gql(INGEST_FACTS, { document: document(text.indexOf(quote)) }, editor);
    expect(res.errors).toBeUndefined();
    const read = await h.gql(`{ relationship(id: "qatar--accuses--iran") { sources { quote span { start end } rule source { id text } } } }`);
    expect(read.data?.relationship.sources).toContainEqual({ quote, span: { start: 10, end: 28 }, rule: 'hand', source: { id: 'reading-test-spanned-document', text } });
    const seed = await h.gql(`{ relationships(source: "internewscast-us-withdraws-gaza-negotiators", first: 5) { edges { node { sources { span { start } rule source { id text } } } } } }`);
    const seedId = 'internewscast-us-withdraws-gaza-negotiators';
    const sources = (seed.data?.relationships.edges as Array<{ node: { sources: Array<{ source: { id: string } }> } }>)
      .flatMap((e) => e.node.sources).filter((s) => s.source.id === seedId); // other articles may support the same facts
    expect(sources.length).toBeGreaterThan(0);
    // The seed is loaded with the article it was coded from as its text (facts/seed/*.txt), its quotes without spans.
    expect(new Set(sources.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify({ span: null, rule: null, source: { id: seedId, text: ARTICLE } })]));
  });

  test('a quote that is not the text at its span is BAD_USER_INPUT with its path', async () => {
    const res = await h.gql(INGEST_FACTS, { document: document(text.indexOf(quote) + 1) }, editor);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.problems).toEqual([{ path: 'document.relationships[0].quote', message: expect.stringContaining('must equal source.text') }]);
  });
});

describe('who may read articles', () => {
  test('without a token: UNAUTHENTICATED, for extract and ingestArticle', async () => {
    const before = await fingerprint(h.db);
    const a = await h.gql(EXTRACT, { article: WITKOFF });
    const b = await h.gql(INGEST_ARTICLE, { article: WITKOFF });
    expect([a.errors?.[0]?.extensions?.code, b.errors?.[0]?.extensions?.code]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect((await fingerprint(h.db)).hash).toBe(before.hash);
  });

  test('a token without the editor role: FORBIDDEN', async () => {
    const a = await h.gql(EXTRACT, { article: WITKOFF }, reader);
    const b = await h.gql(INGEST_ARTICLE, { article: WITKOFF }, reader);
    expect([a.errors?.[0]?.extensions?.code, b.errors?.[0]?.extensions?.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('bad input', () => {
  const problems = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => {
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors?.[0]?.extensions?.problems ?? []) as Array<{ path: string; message: string }>;
  };

  test('every problem is listed with its path in one BAD_USER_INPUT, and nothing is written', async () => {
    const before = await fingerprint(h.db);
    for (const query of [EXTRACT, INGEST_ARTICLE]) {
      const res = await h.gql(query, { article: { id: 'Not A Slug', title: 't'.repeat(501), url: 'ftp://example.org/x', publisher: '  ', text: ' \n\t ' } }, editor);
      expect(problems(res).map((p) => p.path).sort()).toEqual(['article.id', 'article.publisher', 'article.text', 'article.title', 'article.url']);
    }
    const blankTitle = await h.gql(INGEST_ARTICLE, { article: { title: '   ', text: 'Qatar mediated.' } }, editor);
    expect(problems(blankTitle)).toEqual([{ path: 'article.title', message: 'must not be empty' }]);
    const noUrl = await h.gql(INGEST_ARTICLE, { article: { title: 'x', url: 'not a url', text: 'Qatar mediated.' } }, editor);
    expect(problems(noUrl)).toEqual([{ path: 'article.url', message: 'must be an http or https URL' }]);
    expect((await fingerprint(h.db)).hash).toBe(before.hash);
  });
});

describe('size limits', () => {
  let big: Harness;
  beforeAll(async () => {
    // The default ARTICLE_MAX_BYTES (1 MB) behind a raised body limit: the article limit answers, not the HTTP one.
    big = await startHarness({ seed: false, config: { auth: authConfig(), limits: { ...h.config.limits, maxBodyBytes: 4 * 1_048_576 } } });
  });
  afterAll(async () => { await big.close(); });

  test('text over ARTICLE_MAX_BYTES is BAD_USER_INPUT naming the limit, and nothing is written', async () => {
    expect(big.config.articleMaxBytes).toBe(1_048_576);
    const before = await fingerprint(big.db);
    const text = 'Qatar mediated the talks. '.repeat(42_000); // 1,092,000 bytes
    for (const query of [EXTRACT, INGEST_ARTICLE]) {
      const res = await big.gql(query, { article: { title: 'Too long', text } }, editor);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.problems).toEqual([{ path: 'article.text', message: expect.stringContaining('ARTICLE_MAX_BYTES') }]);
    }
    expect((await fingerprint(big.db)).hash).toBe(before.hash);
  });

  test('multi-byte text is measured in UTF-8 bytes, not characters', async () => {
    const text = 'é'.repeat(600_000); // 600,000 characters, 1,200,000 bytes
    const res = await big.gql(EXTRACT, { article: { title: 'Accents', text } }, editor);
    expect(res.errors?.[0]?.extensions?.problems).toEqual([{ path: 'article.text', message: expect.stringContaining('got 1200000') }]);
  });

  test('a body over GRAPHQL_MAX_BODY_BYTES is a coded 413 before any reading', async () => {
    const text = 'Qatar mediated the talks. '.repeat(45_000); // ~1.1 MB: over the default 1 MB body limit
    const res = await h.gql(INGEST_ARTICLE, { article: { title: 'Too big for HTTP', text } }, editor);
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxBodyBytes' });
  });

  test('with the default limits, articles around 1 MB get an answer or a coded refusal, never a 5xx', async () => {
    for (const bytes of [1_048_000, 1_048_576, 1_048_577]) {
      const res = await h.gql(EXTRACT, { article: { title: 'Around a megabyte', text: 'x'.repeat(bytes) } }, editor);
      expect(res.status).toBeLessThan(500);
      const code = res.errors?.[0]?.extensions?.code;
      if (code !== undefined) expect(['BAD_USER_INPUT', 'OPERATION_LIMIT_EXCEEDED']).toContain(code);
      else expect(res.data?.extract).toBeDefined();
    }
  }, 120_000);
});
