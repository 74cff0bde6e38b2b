// robots.txt for every URL the worker fetches (a feed and its items' pages): fetched once per origin through the
// safe fetcher and kept for an hour. A missing robots.txt (4xx) allows everything; one that cannot be read (5xx,
// unreachable) disallows the origin for now, as RFC 9309 asks, so a struggling site is not crawled. A URL the
// fetcher refuses outright (private address, bad scheme, unknown name) is let through here, uncached: the fetch
// itself then refuses it with the true reason.
import { FetchRefusal, type Fetcher } from '../fetching';
import { type RobotsRules, robotsAllow, robotsRules } from './robotsTxt';

const TTL_MS = 60 * 60_000;
const ALLOW_ALL: RobotsRules = { allow: [], disallow: [] };
const DISALLOW_ALL: RobotsRules = { allow: [], disallow: ['/'] };
const REFUSED_OUTRIGHT = new Set(['SCHEME', 'CREDENTIALS', 'PRIVATE_ADDRESS', 'DNS']);

export type RobotsCheck = (url: string) => Promise<boolean>;

/** Our product token in robots.txt (the User-Agent starts `newsgraph/`). */
export const ROBOTS_TOKEN = 'newsgraph';

export function robotsChecker(fetch: Fetcher, now: () => number = Date.now): RobotsCheck {
  const cache = new Map<string, { rules: Promise<RobotsRules | null>; until: number }>();

  async function load(origin: string): Promise<RobotsRules | null> {
    try {
      const page = await fetch(`${origin}/robots.txt`, { accept: ['text/plain'] });
      return robotsRules(page.body.toString('utf8'), ROBOTS_TOKEN);
    } catch (error) {
      if (error instanceof FetchRefusal && error.reason === 'HTTP_STATUS' && (error.details.status ?? 0) < 500) return ALLOW_ALL;
      // Served as something other than text: no rules given.
      if (error instanceof FetchRefusal && error.reason === 'CONTENT_TYPE') return ALLOW_ALL;
      if (error instanceof FetchRefusal && REFUSED_OUTRIGHT.has(error.reason)) return null;
      return DISALLOW_ALL;
    }
  }

  return async (raw) => {
    const url = new URL(raw);
    const entry = cache.get(url.origin);
    let rules: Promise<RobotsRules | null>;
    if (entry && entry.until > now()) rules = entry.rules;
    else {
      rules = load(url.origin);
      cache.set(url.origin, { rules, until: now() + TTL_MS });
    }
    const found = await rules;
    if (found === null) {
      cache.delete(url.origin);
      return true;
    }
    return robotsAllow(found, `${url.pathname}${url.search}`);
  };
}
