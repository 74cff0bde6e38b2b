// The service's fetcher, from its configuration: FETCH_* limits, FETCH_ALLOWED_HOSTS, and a User-Agent that names
// the service and whom to contact (NEWSGRAPH_CONTACT), so a publisher seeing our requests can reach us.
import type { FetchingConfig } from '../config';
import { createFetcher, type Fetcher, parseAllowedHosts, type Resolver } from '../fetching';

export function userAgent(contact: string | null): string {
  return `newsgraph/0.1 (news knowledge graph; reads pages its editors ask for${contact ? `; contact: ${contact}` : ''})`;
}

export function fetcherFor(config: FetchingConfig, resolve?: Resolver): Fetcher {
  return createFetcher({
    maxBytes: config.maxBytes,
    timeoutMs: config.timeoutMs,
    allowedHosts: parseAllowedHosts(config.allowedHosts),
    userAgent: userAgent(config.contact),
    resolve,
  });
}
