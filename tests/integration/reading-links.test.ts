// Reading articles from links over GraphQL on the real Neo4j, against the loopback test server: ingestArticle by
// url stores the page's story with its title, publisher, date, canonical URL and retrievedAt; the same article
// through a tracking link, its AMP page or a redirect is the same source, unchanged; every bad link is
// BAD_USER_INPUT with its reason, HTTP 200, and writes nothing.
import { authConfig, bearer } from '../fixtures/auth';
import { fingerprint } from '../fixtures/fingerprint';
import { type Harness, startHarness, testConfig } from '../fixtures/harness';
import { LINK_PAGES } from '../fixtures/linkPages/pages';
import { type LinkServer, startLinkServer } from '../fixtures/linkPages/server';

const SOURCE = 'id title url publisher publishedAt retrievedAt text';
const INGEST = `mutation($article: ArticleInput!) {
  ingestArticle(article: $article) {
    source { ${SOURCE} }
    extraction { sourceId article { title url publisher publishedAt retrievedAt text } }
    source_: entities { created updated unchanged }
  }
}`.replace('source_: entities', 'entities');
const INGEST_COUNTS = `mutation($article: ArticleInput!) { ingestArticle(article: $article) { source { ${SOURCE} } extraction { sourceId } relationships { created updated unchanged } } }`;
const EXTRACT = 'query($article: ArticleInput!) { extract(article: $article) { sourceId article { title url publisher publishedAt retrievedAt text } entities { entityId } } }';

let links: LinkServer;
let h: Harness;
let editor: Record<string, string>;
beforeAll(async () => {
  links = await startLinkServer({ slowMs: 4000, hugeBytes: 2 * 1024 * 1024 });
  const base = testConfig();
  h = await startHarness({ config: { auth: authConfig(), fetching: { ...base.fetching, timeoutMs: 1500, maxBytes: 1024 * 1024, allowedHosts: [`127.0.0.1:${links.port}`], contact: 'newsroom@example.org' } } });
  editor = await bearer(['editor'], { subject: 'link-bot' });
});
afterAll(async () => {
  await h?.close();
  await links?.close();
});

const HERRING = '/news/2026/10/14/herring-accord';

describe('ingestArticle by url', () => {
  let first: Record<string, any>;

  test('stores the story with the page\'s title, publisher, date, canonical URL and when it was fetched', async () => {
    const before = Date.now();
    const res = await h.gql(INGEST, { article: { url: `${links.base}${HERRING}` } }, editor);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    first = res.data!.ingestArticle.source;
    const page = LINK_PAGES.find((p) => p.name === 'article-tag')!;
    expect(first).toMatchObject({ title: page.expected.title, publisher: page.expected.publisher, publishedAt: page.expected.publishedAt, url: `${links.base}${HERRING}` });
    expect(Date.parse(first.retrievedAt)).toBeGreaterThanOrEqual(before - 1000);
    for (const paragraph of page.story.body) expect(first.text).toContain(paragraph);
    expect(first.text).not.toMatch(/cookies|Advertisement|Reader comments/);
    expect(res.data!.ingestArticle.extraction.article).toMatchObject({ url: first.url, title: first.title, retrievedAt: first.retrievedAt });
    const read = await h.gql(`query($id: ID!) { source(id: $id) { ${SOURCE} } }`, { id: first.id });
    expect(read.data!.source).toEqual(first);
  });

  test.each([
    ['a tracking link', `${HERRING}?utm_source=newsletter&utm_medium=email&fbclid=abc123&gclid=xyz`],
    ['its AMP page', `/amp${HERRING}`],
    ['a redirect', '/go/herring'],
  ])('the same article through %s is the same source, unchanged', async (_name, path) => {
    const res = await h.gql(INGEST_COUNTS, { article: { url: `${links.base}${path}` } }, editor);
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle.source).toEqual(first);
    expect(res.data!.ingestArticle.relationships.created).toBe(0);
  });

  test('a text given with a url is used as it is: nothing is fetched', async () => {
    const count = links.requests.length;
    const res = await h.gql(EXTRACT, { article: { url: `${links.base}/slow`, title: 'Pasted', text: 'Norway and Iceland signed an accord in Reykjavik.' } }, editor);
    expect(res.errors).toBeUndefined();
    expect(res.data!.extract.article).toMatchObject({ title: 'Pasted', url: `${links.base}/slow`, retrievedAt: null });
    expect(links.requests.length).toBe(count);
  });

  test('the client\'s title and date win over the page\'s', async () => {
    const res = await h.gql(EXTRACT, { article: { url: `${links.base}/africa/kenya-drought-summit-nairobi-20260730`, title: 'Drought summit', publishedAt: '2026-08-01' } }, editor);
    expect(res.errors).toBeUndefined();
    expect(res.data!.extract.article).toMatchObject({ title: 'Drought summit', publishedAt: '2026-08-01', publisher: 'East Africa Daily Wire', url: `${links.base}/africa/kenya-drought-summit` });
  });

  test('every page the team wrote reads with its metadata over GraphQL (extract writes nothing)', async () => {
    const before = await fingerprint(h.db);
    for (const page of LINK_PAGES) {
      const res = await h.gql(EXTRACT, { article: { url: `${links.base}${page.path}` } }, editor);
      expect([page.name, res.errors]).toEqual([page.name, undefined]);
      expect(res.data!.extract.article).toMatchObject({ title: page.expected.title, publisher: page.expected.publisher, publishedAt: page.expected.publishedAt, url: `${links.base}${page.expected.canonicalPath}` });
      for (const paragraph of page.story.body) expect(res.data!.extract.article.text).toContain(paragraph);
    }
    expect((await fingerprint(h.db)).hash).toBe(before.hash);
  });

  test('the fetcher names the service and its contact, and sends no cookie', () => {
    const mine = links.requests.filter((r) => r.headers['user-agent']?.startsWith('newsgraph/'));
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) {
      expect(r.headers['user-agent']).toContain('contact: newsroom@example.org');
      expect(r.headers.cookie).toBeUndefined();
    }
  });
});

describe('bad links: BAD_USER_INPUT with the reason, HTTP 200, nothing written', () => {
  const cases: Array<[string, () => string, string | null]> = [
    ['404', () => `${links.base}/missing`, 'HTTP_STATUS'],
    ['slow (past FETCH_TIMEOUT_MS)', () => `${links.base}/slow`, 'TIMEOUT'],
    ['huge (past FETCH_MAX_BYTES)', () => `${links.base}/huge`, 'TOO_LARGE'],
    ['a gzip bomb', () => `${links.base}/bomb`, 'TOO_LARGE'],
    ['a PDF', () => `${links.base}/report.pdf`, 'CONTENT_TYPE'],
    ['a feed given as an article', () => `${links.base}/feed.xml`, 'CONTENT_TYPE'],
    ['a redirect loop', () => `${links.base}/loop/a`, 'REDIRECT_LIMIT'],
    ['a redirect to 10.0.0.1', () => `${links.base}/to-private`, 'PRIVATE_ADDRESS'],
    ['a redirect to 127.0.0.1 on a port not allowed', () => `${links.base}/to-other-port`, 'PRIVATE_ADDRESS'],
    ['a redirect to the metadata address', () => `${links.base}/to-metadata`, 'PRIVATE_ADDRESS'],
    ['a redirect to file://', () => `${links.base}/to-file`, 'SCHEME'],
    ['a URL with credentials', () => `http://editor:secret@127.0.0.1:${links.port}${HERRING}`, 'CREDENTIALS'],
    ['an IPv4-mapped IPv6 loopback', () => `http://[::ffff:127.0.0.1]:${links.port}${HERRING}`, 'PRIVATE_ADDRESS'],
    ['a page with no article', () => `${links.base}/broken`, 'HTTP_STATUS'],
    ['file://', () => 'file:///etc/passwd', null],
    ['ftp://', () => `ftp://127.0.0.1:${links.port}/x`, null],
  ];

  test.each(cases)('%s', async (_name, url, reason) => {
    const before = await fingerprint(h.db);
    const res = await h.gql(INGEST, { article: { url: url() } }, editor);
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    const error = res.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...(reason ? { reason } : {}) });
    expect(error.extensions!.problems).toEqual([{ path: 'article.url', message: expect.any(String) }]);
    expect(JSON.stringify(error)).not.toMatch(/stacktrace|at \//);
    expect((await fingerprint(h.db)).hash).toBe(before.hash);
  });

  test('neither text nor url, or text without a title: BAD_USER_INPUT saying so', async () => {
    const none = await h.gql(EXTRACT, { article: { publisher: 'Nobody' } }, editor);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'article', message: expect.stringContaining('either text') }] });
    const untitled = await h.gql(EXTRACT, { article: { text: 'Some text.' } }, editor);
    expect(untitled.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'article.title', message: 'is required with text' }] });
  });
});
