// A feed's id from its URL: the host for people to read, a hash of the whole URL (without fragment) to tell feeds
// of one host apart. The same URL is always the same id, so adding it twice finds the first feed.
import { createHash } from 'node:crypto';

export function normalFeedUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  return url.href;
}

export function feedIdOf(url: string): string {
  const host = new URL(url).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${host}-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

/** An item's id: its feed and its key (guid or link). */
export function feedItemId(feedId: string, key: string): string {
  return `${feedId} ${key}`;
}
