// `npm run token -- --roles editor[,admin] [--sub alice] [--expires 8h]`: prints a development token signed
// with JWT_SECRET (and JWT_ISSUER / JWT_AUDIENCE when set), for Sandbox's Authorization header or curl.
import { parseArgs } from 'node:util';
import { mintToken } from '../auth/mint';
import { loadConfig } from '../config';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      roles: { type: 'string', default: 'editor' },
      sub: { type: 'string', default: 'dev-user' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const config = loadConfig();
  if (!config.auth.jwtSecret) {
    console.error('JWT_SECRET is not set: export JWT_SECRET=<at least 32 characters> (the same value the server uses)');
    process.exit(1);
  }
  const token = await mintToken({
    secret: config.auth.jwtSecret,
    subject: values.sub ?? 'dev-user',
    roles: (values.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean),
    expiresIn: values.expires,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
