// Prometheus metrics (prom-client) on their own registry: request latency per operation, errors by code,
// Neo4j round trips, pool usage and Neo4j availability, the embedded Neo4j's exits and restarts, the exports'
// budget, plus the process defaults. Served at /metrics (src/http/metrics.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestContext } from '../context';
import type { Neo4jAvailability } from '../db/availability';
import type { Database } from '../db/database';
import type { Neo4jProcessState, Neo4jProcessStatus } from '../db/supervisor';
import type { ExportBudget } from '../export/budget';

/** Operation names come from clients: cap how many distinct ones become label values. */
const MAX_OPERATION_LABELS = 200;

export interface Metrics {
  registry: Registry;
  plugin: ApolloServerPlugin<RequestContext>;
  /** Reports the exports' budget: exports running, and refusals by the limit that was full. */
  watchExports(budget: ExportBudget): void;
}

const PROCESS_STATES: readonly Neo4jProcessState[] = ['starting', 'up', 'restarting', 'failed', 'stopped'];

export function createMetrics(db: Database, availability: Neo4jAvailability, neo4jProcess: Neo4jProcessStatus | null = null): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsgraph_' });
  const registers = [registry];
  const duration = new Histogram({
    name: 'newsgraph_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const errors = new Counter({ name: 'newsgraph_graphql_errors_total', help: 'GraphQL errors returned, by code', labelNames: ['code'], registers });
  const roundTrips = new Counter({ name: 'newsgraph_neo4j_round_trips_total', help: 'Neo4j round trips made for GraphQL requests, by operation', labelNames: ['operation'], registers });
  new Gauge({ name: 'newsgraph_neo4j_sessions_in_use', help: 'Neo4j sessions open now (each holds at most one pooled connection)', registers, collect() { this.set(db.activeSessions); } });
  new Gauge({ name: 'newsgraph_neo4j_pool_max_size', help: 'The Neo4j connection pool size limit', registers, collect() { this.set(db.maxPoolSize); } });
  new Gauge({ name: 'newsgraph_neo4j_up', help: '1 while Neo4j answers, 0 during an outage', registers, collect() { this.set(availability.available ? 1 : 0); } });
  if (neo4jProcess) {
    const exits = new Counter({ name: 'newsgraph_neo4j_exits_total', help: 'Unexpected exits of the embedded Neo4j (including restarts that failed)', registers });
    const restarts = new Counter({ name: 'newsgraph_neo4j_restarts_total', help: 'Times the embedded Neo4j was back up after an unexpected exit', registers });
    neo4jProcess.onEvent((event) => {
      if (event.type === 'exit') exits.inc();
      if (event.type === 'up' && event.restarted) restarts.inc();
    });
    new Gauge({
      name: 'newsgraph_neo4j_process_state',
      help: 'The embedded Neo4j process state: 1 for the current one',
      labelNames: ['state'],
      registers,
      collect() { for (const state of PROCESS_STATES) this.set({ state }, neo4jProcess.state === state ? 1 : 0); },
    });
  }

  const seen = new Set<string>();
  const label = (name: string | null | undefined, resolved: boolean): string => {
    if (!resolved) return '(unparsed)';
    const value = (name ?? '(anonymous)').slice(0, 64);
    if (seen.has(value)) return value;
    if (seen.size >= MAX_OPERATION_LABELS) return '(other)';
    seen.add(value);
    return value;
  };

  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async willSendResponse({ operationName, operation, response, contextValue }) {
          const operationLabel = label(operationName, operation !== undefined);
          stopTimer({ operation: operationLabel });
          roundTrips.inc({ operation: operationLabel }, contextValue.roundTrips.count);
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
            }
          }
        },
      };
    },
  };
  const watchExports = (budget: ExportBudget): void => {
    new Gauge({ name: 'newsgraph_exports_in_flight', help: 'Exports streaming now (each holds one Neo4j session)', registers, collect() { this.set(budget.inFlight); } });
    const refused = new Counter({ name: 'newsgraph_exports_refused_total', help: 'Exports refused with 429, by the limit that was full', labelNames: ['limit'], registers });
    budget.onRefused = (limit) => refused.inc({ limit });
  };
  return { registry, plugin, watchExports };
}
