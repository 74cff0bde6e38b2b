// Health probes: live = the process serves HTTP; ready = Neo4j answers (so a load balancer stops routing here
// while it does not, and routes again once it does).
import type express from 'express';
import type { Neo4jAvailability } from '../db/availability';

export function mountHealth(app: express.Express, availability: Neo4jAvailability): void {
  app.get('/health/live', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/health/ready', async (_req, res) => {
    if (await availability.check()) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: 'neo4j does not answer' });
  });
}
