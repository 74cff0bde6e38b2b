// Reading a link: the page fetched safely (src/fetching), decoded, its article and metadata taken out, and the
// article given the canonical URL. Every refusal is BAD_USER_INPUT at `article.url` with `extensions.reason`.
import { BadUserInputError } from '../errors';
import { FetchRefusal, type Fetcher } from '../fetching';
import { canonicalUrl } from './canonical';
import { decodePage } from './charset';
import { extractPage } from './extractOffThread';

/** Articles come as pages; a feed or other XML given as an article's URL is refused (CONTENT_TYPE). */
const ARTICLE_TYPES = ['text/html', 'application/xhtml+xml'];
const MAX_TITLE = 500;
const MAX_PUBLISHER = 200;

export interface LinkArticle {
  title: string;
  text: string;
  /** The canonical URL (canonical.ts). */
  url: string;
  publisher: string | null;
  publishedAt: string | null;
  /** When the page was fetched (ISO date-time). */
  retrievedAt: string;
}

export interface LinkReadingOptions {
  fetch: Fetcher;
  /** ARTICLE_MAX_BYTES: the text taken out must fit, as pasted text must. */
  maxTextBytes: number;
  /** ARTICLE_READ_TIMEOUT_MS, for extracting a large page off the main thread. */
  timeoutMs: number;
  path?: string;
}

export function refused(reason: string, message: string, path: string): BadUserInputError {
  return new BadUserInputError(`the link was not read (${reason})`, [{ path, message }], { reason });
}

const clip = (s: string | null, max: number) => (s === null ? null : s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export async function readLink(url: string, options: LinkReadingOptions): Promise<LinkArticle> {
  const path = options.path ?? 'article.url';
  let page;
  try {
    page = await options.fetch(url, { accept: ARTICLE_TYPES });
  } catch (error) {
    if (error instanceof FetchRefusal) throw refused(error.reason, error.message, path);
    throw error;
  }
  const { text: html } = decodePage(page.body, page.charset);
  const article = await extractPage(html, options.timeoutMs);
  if (!/\S/.test(article.text)) throw refused('NO_ARTICLE', 'no article text was found on the page', path);
  const bytes = Buffer.byteLength(article.text, 'utf8');
  if (bytes > options.maxTextBytes) throw refused('TOO_LARGE', `the article's text is ${bytes} bytes, over ARTICLE_MAX_BYTES (${options.maxTextBytes})`, path);
  // A page without any title still needs one: its first words.
  const title = clip(article.title, MAX_TITLE) ?? clip(article.text.split('\n')[0] ?? '', 120) ?? page.url;
  return {
    title,
    text: article.text,
    url: canonicalUrl(page.url, article.canonical),
    publisher: clip(article.publisher, MAX_PUBLISHER),
    publishedAt: article.publishedAt,
    retrievedAt: page.retrievedAt.toISOString(),
  };
}
