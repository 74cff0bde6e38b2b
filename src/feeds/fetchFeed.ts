// One fetch of a feed: robots.txt asked first, then a conditional GET through the safe fetcher (only feed and XML
// types), the bytes decoded by their declared charset and parsed. Every way it can fail is a FeedRefusal with a
// stable reason: the fetcher's (HTTP_STATUS, TIMEOUT, PRIVATE_ADDRESS…), ROBOTS, BROKEN_XML or NOT_A_FEED.
import { FetchRefusal, type Fetcher } from '../fetching';
import { decodePage } from '../links';
import { FeedProblem, type ParsedFeed, parseFeed } from './parseFeed';
import type { RobotsCheck } from './robots';

export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'] as const;

export class FeedRefusal extends Error {
  constructor(readonly reason: string, message: string) {
    super(message);
    this.name = 'FeedRefusal';
  }
}

export type FeedFetch =
  | { notModified: true; etag: string | null; lastModified: string | null }
  | { notModified: false; etag: string | null; lastModified: string | null; feed: ParsedFeed };

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export async function fetchFeed(url: string, fetch: Fetcher, robots: RobotsCheck, validators: Validators = { etag: null, lastModified: null }): Promise<FeedFetch> {
  try {
    if (!await robots(url)) throw new FeedRefusal('ROBOTS', 'the site\'s robots.txt does not allow fetching the feed');
    const page = await fetch(url, { accept: FEED_TYPES, ifNoneMatch: validators.etag, ifModifiedSince: validators.lastModified });
    if (page.notModified) return { notModified: true, etag: page.etag ?? validators.etag, lastModified: page.lastModified ?? validators.lastModified };
    const { text } = decodePage(page.body, page.charset);
    return { notModified: false, etag: page.etag, lastModified: page.lastModified, feed: parseFeed(text, page.url) };
  } catch (error) {
    if (error instanceof FetchRefusal || error instanceof FeedProblem) throw new FeedRefusal(error.reason, error.message);
    if (error instanceof TypeError && /Invalid URL/.test(error.message)) throw new FeedRefusal('SCHEME', `"${url.slice(0, 200)}" is not a URL`);
    throw error;
  }
}
