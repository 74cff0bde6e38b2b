// Mints HS256 development tokens (the `npm run token` script and the tests); production tokens come from an IdP.
import { SignJWT } from 'jose';

export interface MintOptions {
  secret: string;
  subject: string;
  roles: string[];
  /** jose time span, e.g. "1h", "30d". */
  expiresIn?: string;
  issuer?: string | null;
  audience?: string | null;
}

export async function mintToken(options: MintOptions): Promise<string> {
  let jwt = new SignJWT({ roles: options.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
