// What every server in the read benchmark is given, so the tables compare servers rather than set-ups: one driver
// pool size, NODE_ENV=production, the same warm-up, and @neo4j/graphql's faster way to answer W1. The lines of
// BENCHMARKS.md's "What each server was given" come from here.
import { checkAnswers, load } from './measure';
import type { Runtime } from './build';
import type { RunningServer } from './processes';
import { NEO4J_GRAPHQL_W1_WAYS, type Neo4jGraphqlW1, type WorkloadInputs, entityQuestion } from './workloads';

export interface PeerSettings {
  /** Neo4j driver connections per server (newsgraph's NEO4J_MAX_POOL_SIZE, the others' maxConnectionPoolSize). */
  poolSize: number;
  /** Compiled JavaScript as production runs it (the default), or TypeScript through tsx (bench/harness/build.ts). */
  runtime: Runtime;
}

/**
 * 16 is newsgraph's default and the better size on this two-core machine for everyone: more connections than Neo4j
 * has cores only queue the excess inside Neo4j, where hub neighbourhoods at 64 concurrent requests ran past 10 s
 * with 50 (commit c201687), instead of in the driver.
 */
export const DEFAULT_POOL_SIZE = 16;

/** Warm-up before each workload's cells: every question, 16 in flight, for this long, for every server alike. */
export const WARM_UP = { connections: 16, quickSeconds: 1, seconds: 3 } as const;

export interface Neo4jGraphqlW1Choice {
  chosen: Neo4jGraphqlW1;
  /** Requests/s each way made in the trial, at 16 concurrent. */
  requestsPerSecond: Record<Neo4jGraphqlW1, number>;
  seconds: number;
}

/**
 * Times both ways @neo4j/graphql can answer W1 (after checking each agrees with `reference`, newsgraph) and keeps
 * the faster, so the library is compared at its best.
 */
export async function chooseNeo4jGraphqlW1(reference: RunningServer, neo4jGraphql: RunningServer, inputs: WorkloadInputs, seconds: number): Promise<Neo4jGraphqlW1Choice> {
  const requestsPerSecond = {} as Record<Neo4jGraphqlW1, number>;
  for (const way of NEO4J_GRAPHQL_W1_WAYS) {
    const questions = inputs.entityIds.map((id) => entityQuestion(id, way));
    await checkAnswers([reference, neo4jGraphql], questions);
    await load(neo4jGraphql, questions, WARM_UP.connections, WARM_UP.quickSeconds); // warm-up of this way's plans
    requestsPerSecond[way] = (await load(neo4jGraphql, questions, WARM_UP.connections, seconds)).requestsPerSecond;
  }
  const chosen = NEO4J_GRAPHQL_W1_WAYS.reduce((best, way) => (requestsPerSecond[way] > requestsPerSecond[best] ? way : best));
  return { chosen, requestsPerSecond, seconds };
}

const W1_WAY_LABEL: Record<Neo4jGraphqlW1, string> = {
  connections: 'one generated connection per relationship type and direction',
  cypher: 'one `@cypher` field `relationships(limit:)` running the floor\'s Cypher (bench/cypher/entity-relationships.cypher)',
};

const RUNTIME_LABEL: Record<Runtime, string> = {
  compiled: 'compiled to JavaScript by the same tsc (`npm run build`, bench/tsconfig.build.json) and run with plain `node`, as the Dockerfile runs newsgraph',
  tsx: '`node --import tsx` (TypeScript transpiled at start-up, source maps on, as tsx sets them)',
};

/** The "What each server was given" lines. */
export function givenLines(peers: PeerSettings, warmUpSeconds: number, w1: Neo4jGraphqlW1Choice): string[] {
  const trial = NEO4J_GRAPHQL_W1_WAYS.map((way) => `${way} ${w1.requestsPerSecond[way].toFixed(1)} req/s`).join(', ');
  return [
    `all three: NODE_ENV=production, ${RUNTIME_LABEL[peers.runtime]}, a neo4j-driver pool of ${peers.poolSize} connections to the same Neo4j and data, and the same warm-up before each workload (its questions at ${WARM_UP.connections} concurrent for ${warmUpSeconds} s)`,
    'newsgraph: its production set-up, nothing turned off for the bench — every operation limit (depth, aliases, directives, tokens, cost, body size, batch), CORS, request log (LOG_LEVEL=warn), Prometheus metrics; Apollo\'s cache-control plugin off (its default set-up: `no-store` is sent instead); DEBUG_ROUND_TRIPS=true so it reports its round trips',
    `@neo4j/graphql: the same Apollo Server and express integration with Apollo's cache-control plugin off like newsgraph's, and no limits, logging or metrics; W2–W4 through \`@cypher\` fields with the floor's Cypher; W1 (and W1's share of W5) through ${W1_WAY_LABEL[w1.chosen]}, the faster of its two ways in a ${w1.seconds} s trial at ${WARM_UP.connections} concurrent (${trial})`,
    'floor: bare `node:http`, the hand-written Cypher of bench/cypher/, the driver with `disableLosslessIntegers`; no GraphQL, no limits, no logging',
  ];
}
