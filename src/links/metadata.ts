// An article page's metadata: title, publisher, publication day and the canonical URLs it declares, from Open
// Graph, JSON-LD (NewsArticle and its kin, also inside @graph) and <title> / <link rel=canonical>. Read before the
// extractor runs, since it removes <script> and <head> content as boilerplate.
import type { DomDocument } from './dom';

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD: the day as the page states it (its own time zone), when it states one. */
  publishedAt: string | null;
  /** Declared canonical URLs, most trusted first: <link rel=canonical>, og:url, JSON-LD url / mainEntityOfPage. */
  canonical: string[];
}

const ARTICLE_TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'Article', 'BlogPosting', 'LiveBlogPosting'];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && /\S/.test(value) ? value.replace(/\s+/g, ' ').trim() : null);

/** Every object in the page's JSON-LD blocks, arrays and @graph flattened. A block that does not parse is skipped. */
function jsonLdObjects(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      out.push(value);
      if (Array.isArray(value['@graph'])) value['@graph'].forEach(visit);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block says nothing; the other sources of metadata still do.
    }
  }
  return out;
}

function articleObject(objects: Json[]): Json | null {
  const typesOf = (o: Json) => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');
  for (const type of ARTICLE_TYPES) {
    const found = objects.find((o) => typesOf(o).includes(type));
    if (found) return found;
  }
  return null;
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return nameOf(value[0]);
  return isObject(value) ? text(value.name) : text(value);
}

function urlOf(value: unknown): string | null {
  if (Array.isArray(value)) return urlOf(value[0]);
  return isObject(value) ? text(value['@id']) ?? text(value.url) : text(value);
}

/** The day a date or date-time names, as written (a page's local day), or null. */
export function dayOf(value: string | null): string | null {
  const match = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}

function meta(doc: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
    const value = text(element?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** `<title>` without the " | Publisher" (or " - ", " — ", " · ") suffix sites add. */
function pageTitle(doc: DomDocument, publisher: string | null): string | null {
  const title = text(doc.querySelector('title')?.textContent);
  if (!title || !publisher) return title;
  const suffix = new RegExp(`\\s+[|\\-–—·:]\\s+${publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return title.replace(suffix, '') || title;
}

export function pageMetadata(doc: DomDocument): PageMetadata {
  const article = articleObject(jsonLdObjects(doc));
  const publisher = meta(doc, 'og:site_name') ?? nameOf(article?.publisher) ?? null;
  const h1 = text(doc.querySelector('h1')?.textContent);
  const title = meta(doc, 'og:title') ?? text(article?.headline) ?? text(article?.name) ?? pageTitle(doc, publisher) ?? h1;
  const published = meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'DC.date.issued')
    ?? text(article?.datePublished) ?? null;
  const canonical = [
    text(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    meta(doc, 'og:url'),
    urlOf(article?.mainEntityOfPage),
    urlOf(article?.url),
  ].filter((u): u is string => u !== null);
  return { title, publisher, publishedAt: dayOf(published), canonical };
}
