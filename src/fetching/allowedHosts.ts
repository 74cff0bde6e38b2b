// FETCH_ALLOWED_HOSTS: hosts let through even on private addresses (an intranet, the tests' loopback server).
// Entries are exact names, `host` (any port) or `host:port`; IPv6 literals in brackets (`[::1]:8080`).

export interface AllowedHost {
  host: string;
  port: number | null;
}

export function parseAllowedHosts(entries: readonly string[]): AllowedHost[] {
  return entries.map((entry) => {
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(entry.trim().toLowerCase());
    if (!match?.[1]) throw new Error(`FETCH_ALLOWED_HOSTS: "${entry}" is not host or host:port`);
    const port = match[2] === undefined ? null : Number(match[2]);
    if (port !== null && (port < 1 || port > 65535)) throw new Error(`FETCH_ALLOWED_HOSTS: "${entry}" has a port out of range`);
    return { host: match[1], port };
  });
}

/** Whether `url`'s host (as the URL parser wrote it) and port are on the list. */
export function isAllowedHost(url: URL, allowed: readonly AllowedHost[]): boolean {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.toLowerCase();
  return allowed.some((entry) => entry.host === host && (entry.port === null || entry.port === port));
}
