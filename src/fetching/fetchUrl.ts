// One safe GET of a user-given URL: http(s) only, no credentials, no cookies, every hop's address checked as it is
// connected to (lookup.ts), redirects followed by hand (at most 5, each checked again), one deadline for the whole
// fetch, a size limit counted while streaming (body.ts), and only the content types a page or feed comes in.
// Conditional GET headers go out and validators come back, so a feed poller can reuse it.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { blockedAddress } from './addresses';
import { type AllowedHost, isAllowedHost } from './allowedHosts';
import { readBody } from './body';
import { checkedLookup, type Resolver, systemResolver } from './lookup';
import { FetchRefusal } from './refusal';

/** Pages and feeds: what the link reader and a feed poller read. Anything else (PDF, images, JSON) is refused. */
export const PAGE_AND_FEED_TYPES = ['text/html', 'application/xhtml+xml', 'application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml'] as const;

export const MAX_REDIRECTS = 5;

export interface FetcherOptions {
  maxBytes: number;
  timeoutMs: number;
  allowedHosts: readonly AllowedHost[];
  userAgent: string;
  /** Tests stand in a resolver that answers what DNS might (e.g. a private address for a public-looking name). */
  resolve?: Resolver;
}

export interface FetchRequest {
  /** Content types accepted (media type essence, lower case); PAGE_AND_FEED_TYPES when left out. */
  accept?: readonly string[];
  /** Conditional GET: the validators of the last copy. A 304 answer comes back as `notModified`. */
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
}

export interface FetchedPage {
  /** The URL the page was read from, after redirects. */
  url: string;
  /** The URLs redirected from, in order. */
  redirects: string[];
  status: number;
  /** True when the server answered 304 to a conditional request; `body` is then empty. */
  notModified: boolean;
  /** The media type essence, lower case (`text/html`). */
  contentType: string | null;
  /** The charset parameter of Content-Type, if any. */
  charset: string | null;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  retrievedAt: Date;
}

export type Fetcher = (url: string, request?: FetchRequest) => Promise<FetchedPage>;

/** `raw` parsed and checked before anything is connected to: scheme, credentials, and an IP literal's range. */
function checkedUrl(raw: string, allowedHosts: readonly AllowedHost[]): { url: URL; trusted: boolean } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefusal('SCHEME', `"${raw.slice(0, 200)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefusal('SCHEME', `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}`, { url: url.href });
  if (url.username !== '' || url.password !== '') throw new FetchRefusal('CREDENTIALS', 'URLs with a user name or password are not fetched', { url: `${url.protocol}//${url.host}${url.pathname}` });
  const trusted = isAllowedHost(url, allowedHosts);
  // An IP literal is connected to without a lookup, so its range is checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (!trusted && net.isIP(literal)) {
    const blocked = blockedAddress(literal);
    if (blocked) throw new FetchRefusal('PRIVATE_ADDRESS', `${literal} is a ${blocked} address`, { url: url.href });
  }
  return { url, trusted };
}

function header(response: IncomingMessage, name: string): string | null {
  const value = response.headers[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? null) : null;
}

function mediaType(value: string | null): { type: string | null; charset: string | null } {
  if (!value) return { type: null, charset: null };
  const [essence, ...params] = value.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean) ?? null;
  return { type: essence?.trim().toLowerCase() || null, charset };
}

export function createFetcher(options: FetcherOptions): Fetcher {
  const resolve = options.resolve ?? systemResolver;

  /** One request, no redirect followed; the response is handed back with its body unread. */
  function get(url: URL, trusted: boolean, request: FetchRequest, accept: readonly string[], signal: AbortSignal): Promise<IncomingMessage> {
    const client = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: [...accept, '*/*;q=0.1'].join(', '),
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'en',
    };
    if (request.ifNoneMatch) headers['if-none-match'] = request.ifNoneMatch;
    if (request.ifModifiedSince) headers['if-modified-since'] = request.ifModifiedSince;
    return new Promise((resolveResponse, reject) => {
      // agent: false, so no pooled socket opened for another host (or before a DNS change) is reused; no cookie jar.
      const req = client.get(url, { headers, agent: false, lookup: checkedLookup(resolve, trusted), signal }, resolveResponse);
      req.on('error', (error: Error & { code?: string }) => {
        if (signal.aborted) reject(signal.reason);
        else if (error instanceof FetchRefusal) reject(error);
        else reject(new FetchRefusal('CONNECTION', `${url.host} could not be reached (${error.code ?? error.message})`, { url: url.href }));
      });
    });
  }

  return async (raw, request = {}) => {
    const accept = request.accept ?? PAGE_AND_FEED_TYPES;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new FetchRefusal('TIMEOUT', `fetching the page took longer than ${options.timeoutMs} ms (FETCH_TIMEOUT_MS)`)), options.timeoutMs);
    const redirects: string[] = [];
    try {
      let next = raw;
      for (;;) {
        const { url, trusted } = checkedUrl(next, options.allowedHosts);
        const response = await get(url, trusted, request, accept, controller.signal);
        const status = response.statusCode ?? 0;
        const location = header(response, 'location');
        if ([301, 302, 303, 307, 308].includes(status) && location) {
          response.resume();
          if (redirects.length >= MAX_REDIRECTS) throw new FetchRefusal('REDIRECT_LIMIT', `more than ${MAX_REDIRECTS} redirects`, { url: url.href });
          redirects.push(url.href);
          next = new URL(location, url).href;
          continue;
        }
        const base = { url: url.href, redirects, status, etag: header(response, 'etag'), lastModified: header(response, 'last-modified'), retrievedAt: new Date() };
        if (status === 304 && (request.ifNoneMatch || request.ifModifiedSince)) {
          response.resume();
          return { ...base, notModified: true, contentType: null, charset: null, body: Buffer.alloc(0) };
        }
        if (status < 200 || status > 299 || status === 204 || status === 205) {
          response.resume();
          throw new FetchRefusal('HTTP_STATUS', `the server answered HTTP ${status}`, { url: url.href, status });
        }
        const { type, charset } = mediaType(header(response, 'content-type'));
        if (!type || !accept.includes(type)) {
          response.destroy();
          throw new FetchRefusal('CONTENT_TYPE', `${type ?? 'a page without a content type'} is not read; only ${accept.join(', ')}`, { url: url.href });
        }
        const body = await readBody(response, options.maxBytes, controller.signal);
        return { ...base, notModified: false, contentType: type, charset, body };
      }
    } catch (error) {
      if (controller.signal.aborted && !(error instanceof FetchRefusal && error.reason !== 'CONNECTION')) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
