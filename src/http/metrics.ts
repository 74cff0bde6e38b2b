// GET /metrics for Prometheus, guarded like reads: with METRICS_TOKEN set, only that bearer token opens it (what a
// scraper sends from its config); without it, it is open unless AUTH_REQUIRED_FOR_READS, and then any valid read
// token will do. Refusals are coded JSON, 401 with `WWW-Authenticate: Bearer`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { createActorResolver } from '../auth';
import type { Config } from '../config';
import type { Metrics } from '../plugins/metrics';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether `authorization` is `Bearer <token>`, compared in constant time (digests have one length). */
function carries(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}

function refuse(res: express.Response, message: string): void {
  res.status(401).setHeader('www-authenticate', 'Bearer');
  res.json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

export function mountMetrics(app: express.Express, config: Config, metrics: Metrics): void {
  const actorOf = createActorResolver(config);
  app.get('/metrics', async (req, res) => {
    const authorization = req.header('authorization');
    if (config.metricsToken !== null) {
      if (!carries(authorization, config.metricsToken)) return refuse(res, '/metrics needs its bearer token (METRICS_TOKEN)');
    } else if (config.auth.requiredForReads) {
      try {
        await actorOf(authorization);
      } catch (error) {
        return refuse(res, error instanceof GraphQLError ? error.message : 'a valid bearer token is required');
      }
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
