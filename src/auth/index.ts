// The actor of a request: from its bearer token, or null (anonymous) when reads are open and there is none.
import type { Config } from '../config';
import type { Actor } from '../context';
import { UnauthenticatedError } from '../errors';
import { createAuthenticator } from './verify';

export { requireRole, type Role } from './roles';

export function createActorResolver(config: Config): (authorization: string | undefined) => Promise<Actor | null> {
  const authenticate = createAuthenticator(config.auth);
  return async (authorization) => {
    const actor = await authenticate(authorization);
    if (!actor && config.auth.requiredForReads) throw new UnauthenticatedError('this server requires a bearer token for every request');
    return actor;
  };
}
