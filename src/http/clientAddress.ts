// The client's address for per-client limits (exports, live connections): the socket's peer, or, when that peer is
// a proxy named in TRUST_PROXY, the address it forwards in X-Forwarded-For — by Express's own rules (proxy-addr),
// so `req.ip` on HTTP routes and this on WebSocket upgrades always agree.
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export type ClientAddress = (req: IncomingMessage) => string;

/** `trusted`: TRUST_PROXY's entries (`loopback`, `uniquelocal`, addresses, CIDRs); empty trusts no proxy. */
export function clientAddressOf(trusted: readonly string[]): ClientAddress {
  if (!trusted.length) return (req) => req.socket.remoteAddress ?? 'unknown';
  const trust = proxyAddr.compile([...trusted]);
  return (req) => proxyAddr(req, trust);
}

/** Express's `trust proxy` setting for the same entries. */
export function trustProxySetting(trusted: readonly string[]): string[] | false {
  return trusted.length ? [...trusted] : false;
}
