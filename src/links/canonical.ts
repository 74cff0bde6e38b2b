// The one URL an article is known by, so the same story reached through a tracking link, an AMP page or a redirect
// is one source: the page's declared canonical URL when it is on the same site, else the URL it was read from,
// either way without tracking parameters or fragment. A canonical URL on another site is ignored: a page must not
// be able to claim another publisher's article (and its source id).

/** Query parameters that say who shared or clicked a link, never which page it is. */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|ref_src|ref_url|amp|outputtype)$/i;

/** `url` without fragment, tracking or AMP parameters, or a trailing `/amp` path segment. */
export function cleanUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  parsed.pathname = parsed.pathname.replace(/\/amp\/?$/, '') || '/';
  return parsed.href.replace(/\?$/, '');
}

/** The host without the labels sites put in front of one site's variants. */
const siteOf = (host: string) => host.toLowerCase().replace(/^(www|amp|m|mobile)\./, '');

/** Whether `candidate` is on the same site as `page`: equal hosts bar www./amp./m., a subdomain, or its AMP cache copy. */
export function sameSite(page: URL, candidate: URL): boolean {
  const a = siteOf(page.hostname);
  const b = siteOf(candidate.hostname);
  if (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`)) return true;
  const cache = /^(.+)\.cdn\.ampproject\.org$/.exec(a);
  return cache?.[1] === b.replace(/-/g, '--').replace(/\./g, '-');
}

/** The source URL for a page read from `finalUrl`: the first usable declared canonical URL, else `finalUrl`; cleaned. */
export function canonicalUrl(finalUrl: string, declared: ReadonlyArray<string | null>): string {
  const page = new URL(finalUrl);
  for (const raw of declared) {
    if (!raw) continue;
    let candidate: URL;
    try {
      candidate = new URL(raw.trim(), page);
    } catch {
      continue;
    }
    if ((candidate.protocol === 'http:' || candidate.protocol === 'https:') && !candidate.username && !candidate.password && sameSite(page, candidate)) {
      return cleanUrl(candidate.href);
    }
  }
  return cleanUrl(page.href);
}
