// The DNS lookup the fetcher's sockets use: every address the name resolves to is checked, and the socket connects
// to one of those checked addresses. Checking inside the connection's own lookup (rather than resolving first and
// connecting by name later) leaves no gap for a second, different DNS answer (DNS rebinding).
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { blockedAddress } from './addresses';
import { FetchRefusal } from './refusal';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address of a host name: dns.lookup (the system resolver, /etc/hosts included), all families. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * A socket lookup over `resolve` that refuses a name when any of its addresses is not public (unless `trusted`:
 * a FETCH_ALLOWED_HOSTS entry). One private address among public ones is refused too: which one a client ends up
 * on is not ours to choose.
 */
export function checkedLookup(resolve: Resolver, trusted: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) throw new FetchRefusal('DNS', `${hostname} has no address`);
        if (!trusted) {
          for (const { address } of addresses) {
            const blocked = blockedAddress(address);
            if (blocked) throw new FetchRefusal('PRIVATE_ADDRESS', `${hostname} resolves to ${address}, a ${blocked} address`);
          }
        }
        const family = typeof options.family === 'number' && options.family !== 0 ? options.family : null;
        const usable = family ? addresses.filter((a) => a.family === family) : addresses;
        if (options.all) callback(null, usable);
        else if (usable[0]) callback(null, usable[0].address, usable[0].family);
        else throw new FetchRefusal('DNS', `${hostname} has no IPv${family} address`);
      },
    ).catch((error: unknown) => {
      const refusal = error instanceof FetchRefusal ? error : new FetchRefusal('DNS', `${hostname} could not be resolved`);
      callback(refusal as NodeJS.ErrnoException, '', 0);
    });
  };
}
