// What `addFeed` checks before storing a feed: an http(s) URL of sensible length, robots.txt allowing it, and a
// fetch through the safe fetcher that finds an RSS 2.0, RSS 1.0 or Atom feed. Every refusal is BAD_USER_INPUT at
// `url` with `extensions.reason` (the fetcher's reasons, ROBOTS, BROKEN_XML, NOT_A_FEED).
import { BadUserInputError } from '../errors';
import type { Fetcher } from '../fetching';
import { feedIdOf, normalFeedUrl } from './feedId';
import { FeedRefusal, fetchFeed } from './fetchFeed';
import type { FeedFormat } from './parseFeed';
import { robotsChecker } from './robots';

const MAX_URL = 2000;

export interface CheckedFeed {
  id: string;
  url: string;
  format: FeedFormat;
  title: string | null;
}

function refused(reason: string, message: string): BadUserInputError {
  return new BadUserInputError(`the feed was not added (${reason})`, [{ path: 'url', message }], { reason });
}

export async function checkFeed(raw: string, fetch: Fetcher): Promise<CheckedFeed> {
  if (raw.length > MAX_URL) throw refused('TOO_LONG', `must be at most ${MAX_URL} characters`);
  let url: string;
  try {
    url = normalFeedUrl(raw.trim());
  } catch {
    throw refused('SCHEME', 'is not a URL');
  }
  if (!/^https?:\/\//.test(url)) throw refused('SCHEME', 'only http and https feeds are read');
  try {
    const fetched = await fetchFeed(url, fetch, robotsChecker(fetch));
    // A first fetch is never conditional, so it is never notModified.
    if (fetched.notModified) throw new FeedRefusal('HTTP_STATUS', 'the server answered 304 to an unconditional request');
    return { id: feedIdOf(url), url, format: fetched.feed.format, title: fetched.feed.title };
  } catch (error) {
    if (error instanceof FeedRefusal) throw refused(error.reason, error.message);
    throw error;
  }
}
