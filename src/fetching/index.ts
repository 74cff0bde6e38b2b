// Fetching what a user asks for, safely (docs/production.md, "Fetching links"): the one way the service reaches
// the network. Used by the link reader (src/links/); written so a feed poller can use it as it is.
export { PAGE_AND_FEED_TYPES, MAX_REDIRECTS, createFetcher, type FetchRequest, type FetchedPage, type Fetcher, type FetcherOptions } from './fetchUrl';
export { FetchRefusal, type FetchRefusalReason } from './refusal';
export { parseAllowedHosts, type AllowedHost } from './allowedHosts';
export { blockedAddress } from './addresses';
export type { Resolver } from './lookup';
