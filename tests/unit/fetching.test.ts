// The safe fetcher against the loopback test server (tests/fixtures/linkPages/server.ts), and its address rules:
// every refusal has its reason; the address checked is the one connected to; no cookie goes out; conditional GET.
import { blockedAddress, createFetcher, FetchRefusal, type Fetcher, parseAllowedHosts, type Resolver } from '../../src/fetching';
import { type LinkServer, startLinkServer } from '../fixtures/linkPages/server';

let server: LinkServer;
let fetchUrl: Fetcher;
const options = (extra: Partial<Parameters<typeof createFetcher>[0]> = {}) => ({
  maxBytes: 1024 * 1024, timeoutMs: 1500, allowedHosts: parseAllowedHosts([`127.0.0.1:${server.port}`]), userAgent: 'newsgraph-test (contact: ops@example.org)', ...extra,
});

beforeAll(async () => {
  server = await startLinkServer({ slowMs: 4000, hugeBytes: 2 * 1024 * 1024 });
  fetchUrl = createFetcher(options());
});
afterAll(async () => { await server.close(); });

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchRefusal) return error.reason;
    throw error;
  }
  return 'fetched';
}

test('blocked addresses: private, loopback, link-local, unique-local, CGNAT, metadata, mapped IPv6', () => {
  for (const address of ['10.0.0.1', '127.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '100.100.100.200', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', 'ff02::1', '2001:db8::1']) {
    expect([address, blockedAddress(address)]).toEqual([address, expect.any(String)]);
  }
  for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) expect([address, blockedAddress(address)]).toEqual([address, null]);
});

test.each([
  ['/missing', 'HTTP_STATUS'],
  ['/broken', 'HTTP_STATUS'],
  ['/slow', 'TIMEOUT'],
  ['/slow-body', 'TIMEOUT'],
  ['/huge', 'TOO_LARGE'],
  ['/huge-declared', 'TOO_LARGE'],
  ['/bomb', 'TOO_LARGE'],
  ['/report.pdf', 'CONTENT_TYPE'],
  ['/no-type', 'CONTENT_TYPE'],
  ['/loop/a', 'REDIRECT_LIMIT'],
  ['/chain?n=5', 'REDIRECT_LIMIT'],
  ['/to-private', 'PRIVATE_ADDRESS'],
  ['/to-other-port', 'PRIVATE_ADDRESS'],
  ['/to-localhost', 'PRIVATE_ADDRESS'],
  ['/to-metadata', 'PRIVATE_ADDRESS'],
  ['/to-file', 'SCHEME'],
  ['/to-credentials', 'CREDENTIALS'],
])('%s is refused: %s', async (path, expected) => {
  expect(await reason(fetchUrl(`${server.base}${path}`))).toBe(expected);
});

test.each([
  ['file:///etc/passwd', 'SCHEME'],
  ['ftp://127.0.0.1/pub/x', 'SCHEME'],
  ['http://user:secret@127.0.0.1/', 'CREDENTIALS'],
  ['http://10.0.0.1/', 'PRIVATE_ADDRESS'],
  ['http://[::1]/', 'PRIVATE_ADDRESS'],
  ['http://[::ffff:127.0.0.1]/', 'PRIVATE_ADDRESS'],
  ['http://2130706433/', 'PRIVATE_ADDRESS'],
  ['http://169.254.169.254/latest/meta-data/', 'PRIVATE_ADDRESS'],
  ['http://localhost/', 'PRIVATE_ADDRESS'],
])('%s is refused before connecting: %s', async (url, expected) => {
  expect(await reason(fetchUrl(url))).toBe(expected);
});

test('four redirects are followed, and the final URL and the hops come back', async () => {
  const page = await fetchUrl(`${server.base}/chain?n=3`);
  expect(page.url).toBe(`${server.base}/news/2026/10/14/herring-accord`);
  expect(page.redirects).toHaveLength(4);
  expect(page.contentType).toBe('text/html');
});

test('the address checked is the one connected to: a name resolving to a private address is refused (DNS rebinding)', async () => {
  const rebinding: Resolver = async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.1', family: 4 }];
  const fetcher = createFetcher(options({ resolve: rebinding }));
  expect(await reason(fetcher('http://news.example/story'))).toBe('PRIVATE_ADDRESS');
  const internal: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
  expect(await reason(createFetcher(options({ resolve: internal }))(`http://news.example:${server.port}/news/2026/10/14/herring-accord`))).toBe('PRIVATE_ADDRESS');
  // An allowed name may be on a private address (an intranet): the same resolver, the host on the list.
  const intranet = createFetcher(options({ resolve: internal, allowedHosts: parseAllowedHosts([`news.example:${server.port}`]) }));
  expect((await intranet(`http://news.example:${server.port}/news/2026/10/14/herring-accord`)).status).toBe(200);
});

test('sends a User-Agent with the contact, no cookie (even after Set-Cookie), and decompresses gzip and brotli', async () => {
  const first = server.requests.length;
  const page = await fetchUrl(`${server.base}/set-cookie`);
  expect(page.body.toString('utf8')).toContain('herring');
  const sent = server.requests.slice(first);
  expect(sent).toHaveLength(2);
  for (const { headers } of sent) {
    expect(headers.cookie).toBeUndefined();
    expect(headers['user-agent']).toBe('newsgraph-test (contact: ops@example.org)');
  }
  const amp = await fetchUrl(`${server.base}/amp/news/2026/10/14/herring-accord`);
  expect(amp.body.toString('utf8')).toContain('<html ⚡');
});

test('conditional GET for feed pollers: validators out, 304 back as notModified', async () => {
  const feed = await fetchUrl(`${server.base}/feed.xml`);
  expect(feed).toMatchObject({ contentType: 'application/rss+xml', charset: 'utf-8', etag: '"feed-v1"', lastModified: 'Tue, 14 Oct 2026 09:30:00 GMT', notModified: false });
  const again = await fetchUrl(`${server.base}/feed.xml`, { ifNoneMatch: feed.etag, ifModifiedSince: feed.lastModified });
  expect(again).toMatchObject({ status: 304, notModified: true });
  expect(again.body).toHaveLength(0);
});
