// Bearer token verification with jose: HS256 with JWT_SECRET, or the keys at JWT_JWKS_URL. `exp` is required,
// issuer and audience are checked when configured, and the `roles` claim becomes the actor's roles.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config';
import type { Actor } from '../context';
import { UnauthenticatedError } from '../errors';

export type Authenticate = (authorization: string | undefined) => Promise<Actor | null>;

function rolesOf(payload: JWTPayload): string[] {
  const roles = payload.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

/** Why a token failed, in words safe to show the caller (no key material, no internals). */
function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm this server does not accept';
  return 'the token is not valid';
}

/**
 * Returns a function turning an `Authorization` header into the actor it proves (null when there is none).
 * A header that is present but not a valid bearer token is UNAUTHENTICATED, never silently anonymous.
 */
export function createAuthenticator(config: AuthConfig): Authenticate {
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : null;
  // jose caches the key set and refetches it (rate-limited) when it meets an unknown key id.
  const jwks: JWTVerifyGetKey | null = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  const options = {
    issuer: config.issuer ?? undefined,
    audience: config.audience ?? undefined,
    requiredClaims: ['exp', 'sub'],
  };

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return null;
    const match = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(authorization);
    if (!match?.[1]) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
    if (!jwks && !secret) throw new UnauthenticatedError('this server has no token verification configured (JWT_SECRET or JWT_JWKS_URL)');
    try {
      const { payload } = jwks
        ? await jwtVerify(match[1], jwks, { ...options, algorithms: ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'] })
        : await jwtVerify(match[1], secret as Uint8Array, { ...options, algorithms: ['HS256'] });
      // `exp` is a required claim, so jwtVerify has checked it is a number.
      return { subject: String(payload.sub), roles: rolesOf(payload), expiresAt: Number(payload.exp) * 1000 };
    } catch (error) {
      throw new UnauthenticatedError(reason(error));
    }
  };
}
