// Auth settings: parsed once in config.ts, refusing values that would make tokens unsafe.
import { loadConfig } from '../../src/config';
import { requireRole } from '../../src/auth';

test('auth is off for reads and unconfigured by default', () => {
  expect(loadConfig({}).auth).toEqual({ jwtSecret: null, jwksUrl: null, issuer: null, audience: null, requiredForReads: false });
});

test('a JWT_SECRET shorter than 32 characters is refused', () => {
  expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
});

test('JWT_JWKS_URL must be http(s); issuer, audience and read protection are read', () => {
  expect(() => loadConfig({ JWT_JWKS_URL: 'file:///etc/keys' })).toThrow(/http/);
  expect(loadConfig({ JWT_JWKS_URL: 'https://idp.example/jwks', JWT_ISSUER: 'https://idp.example/', JWT_AUDIENCE: 'newsgraph', AUTH_REQUIRED_FOR_READS: 'true' }).auth)
    .toEqual({ jwtSecret: null, jwksUrl: 'https://idp.example/jwks', issuer: 'https://idp.example/', audience: 'newsgraph', requiredForReads: true });
});

test('admin includes editor; editor does not include admin; no actor is UNAUTHENTICATED', () => {
  expect(requireRole({ subject: 'a', roles: ['admin'], expiresAt: 0 }, 'editor').subject).toBe('a');
  expect(() => requireRole({ subject: 'e', roles: ['editor'], expiresAt: 0 }, 'admin')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  expect(() => requireRole(null, 'editor')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
});
