// A feed's bytes as its title and items: RSS 2.0 (<rss><channel><item>), RSS 1.0 (<rdf:RDF><item>) and Atom
// (<feed><entry>). XML is validated first: fast-xml-parser alone is lenient, and broken XML must be reported, not
// half read. An item is named by its guid (Atom: id), else its link: that key is what the worker remembers.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type FeedFormat = 'RSS2' | 'RSS1' | 'ATOM';

export interface FeedItem {
  /** guid / id, else the link: the item's identity within its feed. */
  key: string;
  /** The article's URL, absolute; null when the item has none (it is then skipped). */
  link: string | null;
  title: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  items: FeedItem[];
}

/** Why bytes are not a feed; `reason` becomes BAD_USER_INPUT's reason or the start of Feed.lastError. */
export class FeedProblem extends Error {
  constructor(readonly reason: 'BROKEN_XML' | 'NOT_A_FEED', message: string) {
    super(message);
    this.name = 'FeedProblem';
  }
}

const MAX_KEY = 2000;
const LISTS = new Set(['item', 'entry', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: false,
  isArray: (name) => LISTS.has(name.replace(/^.*:/, '')),
});

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An element's text: a plain string, or `#text` of an element with attributes. */
function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  const raw = typeof first === 'string' || typeof first === 'number' ? String(first) : isNode(first) ? first['#text'] : null;
  const s = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  return s === '' ? null : s;
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function list(value: unknown): Node[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isNode);
}

function keyOf(guid: string | null, link: string | null, title: string | null): string | null {
  const key = guid ?? link ?? title;
  return key ? key.slice(0, MAX_KEY) : null;
}

function rssItem(item: Node, base: string): FeedItem | null {
  const link = absolute(text(item.link), base);
  const guid = text(item.guid) ?? text(item['@_rdf:about']);
  // A permalink guid is the article's URL when the item has no <link>.
  const permalink = isNode(item.guid) && item.guid['@_isPermaLink'] === 'false' ? null : absolute(guid, base);
  const title = text(item.title);
  const key = keyOf(guid, link, title);
  return key ? { key, link: link ?? permalink, title } : null;
}

function atomLink(entry: Node, base: string): string | null {
  const links = list(entry.link);
  const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
  const href = alternate?.['@_href'];
  return absolute(typeof href === 'string' ? href : null, base);
}

function atomItem(entry: Node, base: string): FeedItem | null {
  const link = atomLink(entry, base);
  const title = text(entry.title);
  const key = keyOf(text(entry.id), link, title);
  return key ? { key, link, title } : null;
}

/** `body` (decoded) read as a feed fetched from `url`; throws FeedProblem when it is not one. */
export function parseFeed(body: string, url: string): ParsedFeed {
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new FeedProblem('BROKEN_XML', `the feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const doc: unknown = parser.parse(body);
  if (!isNode(doc)) throw new FeedProblem('NOT_A_FEED', 'the document is empty');
  const items = (nodes: Node[], read: (n: Node, base: string) => FeedItem | null) => nodes.map((n) => read(n, url)).filter((i): i is FeedItem => i !== null);
  if (isNode(doc.rss)) {
    const channel = list(doc.rss.channel)[0] ?? {};
    return { format: 'RSS2', title: text(channel.title), items: items(list(channel.item), rssItem) };
  }
  if (isNode(doc['rdf:RDF'])) {
    const rdf = doc['rdf:RDF'];
    const channel = list(rdf.channel)[0] ?? {};
    return { format: 'RSS1', title: text(channel.title), items: items(list(rdf.item), rssItem) };
  }
  if (isNode(doc.feed)) return { format: 'ATOM', title: text(doc.feed.title), items: items(list(doc.feed.entry), atomItem) };
  const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
  throw new FeedProblem('NOT_A_FEED', `the document is <${root}>, not an RSS or Atom feed`);
}
