// The feed parser (RSS 2.0, RSS 1.0, Atom; broken XML and non-feeds refused), robots.txt rules, and the polling
// schedule, without a database.
import type { FeedsConfig } from '../../src/config';
import { FeedProblem, parseFeed } from '../../src/feeds/parseFeed';
import { robotsAllow, robotsRules } from '../../src/feeds/robotsTxt';
import { afterFailure, afterSuccess } from '../../src/feeds/schedule';
import { atom, rss1, rss2 } from '../fixtures/feeds/feedXml';

const BASE = 'http://news.test';
const ITEMS = [{ path: '/news/a-1', title: 'A & B' }, { path: '/news/b-2', title: 'B', guid: 'tag:news.test,2026:b' }];

describe('parseFeed', () => {
  test('reads RSS 2.0: title, items keyed by guid else link', () => {
    const feed = parseFeed(rss2(BASE, 'Wire', ITEMS), `${BASE}/rss.xml`);
    expect(feed).toEqual({
      format: 'RSS2',
      title: 'Wire',
      items: [
        { key: `${BASE}/news/a-1`, link: `${BASE}/news/a-1`, title: 'A & B' },
        { key: 'tag:news.test,2026:b', link: `${BASE}/news/b-2`, title: 'B' },
      ],
    });
  });

  test('reads RSS 1.0 (RDF) items by rdf:about', () => {
    const feed = parseFeed(rss1(BASE, 'Wire 1', ITEMS), `${BASE}/rss1.rdf`);
    expect(feed.format).toBe('RSS1');
    expect(feed.title).toBe('Wire 1');
    expect(feed.items.map((i) => i.link)).toEqual([`${BASE}/news/a-1`, `${BASE}/news/b-2`]);
  });

  test('reads Atom entries by id, relative links resolved against the feed\'s URL', () => {
    const feed = parseFeed(atom(BASE, 'Wire A', ITEMS), `${BASE}/feeds/atom.xml`);
    expect(feed.format).toBe('ATOM');
    expect(feed.items).toEqual([
      { key: 'urn:test/news/a-1', link: `${BASE}/news/a-1`, title: 'A & B' },
      { key: 'tag:news.test,2026:b', link: `${BASE}/news/b-2`, title: 'B' },
    ]);
  });

  test('a permalink guid stands in for a missing <link>; a non-http link is dropped', () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><guid>https://news.test/x</guid></item><item><link>javascript:alert(1)</link><title>J</title></item></channel></rss>';
    expect(parseFeed(xml, BASE).items).toEqual([{ key: 'https://news.test/x', link: 'https://news.test/x', title: null }, { key: 'J', link: null, title: 'J' }]);
  });

  test.each([
    ['broken XML', '<rss version="2.0"><channel><item></channel></rss>', 'BROKEN_XML'],
    ['an HTML page', '<html><body><p>hi</p></body></html>', 'NOT_A_FEED'],
    ['other XML', '<?xml version="1.0"?><catalog/>', 'NOT_A_FEED'],
  ])('%s is refused with its reason', (_name, xml, reason) => {
    expect(() => parseFeed(xml, BASE)).toThrow(FeedProblem);
    try {
      parseFeed(xml, BASE);
    } catch (error) {
      expect((error as FeedProblem).reason).toBe(reason);
    }
  });
});

describe('robots.txt', () => {
  const text = 'User-agent: *\nDisallow: /private/\nAllow: /private/open$\n\nUser-agent: newsgraph\nUser-agent: otherbot\nDisallow: /drafts\nAllow: /drafts/public*\n';

  test('our own group wins over *, the longest rule wins, Allow wins a tie', () => {
    const ours = robotsRules(text, 'newsgraph');
    expect(robotsAllow(ours, '/drafts/x')).toBe(false);
    expect(robotsAllow(ours, '/drafts/public/x')).toBe(true);
    expect(robotsAllow(ours, '/private/x')).toBe(true);
    const others = robotsRules(text, 'somebot');
    expect(robotsAllow(others, '/private/x')).toBe(false);
    expect(robotsAllow(others, '/private/open')).toBe(true);
    expect(robotsAllow(others, '/private/open/more')).toBe(false);
  });

  test('no rules, or an empty Disallow, allows everything', () => {
    expect(robotsAllow(robotsRules('', 'newsgraph'), '/anything')).toBe(true);
    expect(robotsAllow(robotsRules('User-agent: *\nDisallow:\n', 'newsgraph'), '/anything')).toBe(true);
  });
});

describe('polling schedule', () => {
  const config: Pick<FeedsConfig, 'pollIntervalSeconds' | 'maxPollIntervalSeconds'> = { pollIntervalSeconds: 900, maxPollIntervalSeconds: 21_600 };

  test('new items bring a feed back to the base interval; quiet polls stretch it by half, up to the maximum', () => {
    expect(afterSuccess(config, 5000, 3)).toBe(900);
    expect(afterSuccess(config, 900, 0)).toBe(1350);
    expect(afterSuccess(config, 20_000, 0)).toBe(21_600);
  });

  test('failures double the interval, up to the maximum', () => {
    expect(afterFailure(config, 0)).toBe(1800);
    expect(afterFailure(config, 1)).toBe(3600);
    expect(afterFailure(config, 10)).toBe(21_600);
  });
});
