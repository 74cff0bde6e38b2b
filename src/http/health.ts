// Health probes. live = the process serves HTTP and can still get its database back: it fails only once the
// embedded Neo4j's supervisor has given up, so an orchestrator restarts the service (a restart in progress is
// still live). ready = Neo4j answers, so a load balancer stops routing here while it does not. With the embedded
// Neo4j both also say the process state and how often it was restarted; an external Neo4j is only pinged.
import type express from 'express';
import type { Neo4jAvailability } from '../db/availability';
import type { Neo4jProcessStatus } from '../db/supervisor';

export function mountHealth(app: express.Express, availability: Neo4jAvailability, neo4jProcess: Neo4jProcessStatus | null): void {
  const processFields = () => (neo4jProcess ? { neo4j: neo4jProcess.state, restarts: neo4jProcess.restarts } : {});

  app.get('/health/live', (_req, res) => {
    if (neo4jProcess?.state === 'failed') res.status(503).json({ status: 'failed', ...processFields(), reason: neo4jProcess.failure });
    else res.json({ status: 'ok', ...processFields() });
  });

  app.get('/health/ready', async (_req, res) => {
    // A Neo4j being (re)started is not pinged: its port is closed, and the answer is known already.
    if (neo4jProcess && neo4jProcess.state !== 'up') {
      res.status(503).json({ status: 'unavailable', ...processFields(), reason: `embedded neo4j is ${neo4jProcess.state}` });
    } else if (await availability.check()) {
      res.json({ status: 'ready', ...processFields() });
    } else {
      res.status(503).json({ status: 'unavailable', ...processFields(), reason: 'neo4j does not answer' });
    }
  });
}
