// The read workloads, as the same question put to each server in its own language, and how each server's
// answer is brought to one canonical form so the harness can check they agree before timing them.
import { fullTextQuery } from '../../src/graph/lucene';
import { ALL_RELATIONSHIP_TYPES, nameKey } from '../../src/graph/vocabulary';
import { relationshipField } from '../servers/neo4j-graphql-schema';

export type ServerName = 'newsgraph' | 'neo4j-graphql' | 'floor';
export const SERVERS: readonly ServerName[] = ['newsgraph', 'neo4j-graphql', 'floor'];

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** One question (e.g. "entity X with its relationships"), askable of every server. */
export interface Question {
  workload: string;
  request(server: ServerName): HttpRequest;
  /** The answer's `data` in one canonical shape, whichever server gave it. */
  normalize(server: ServerName, data: Record<string, unknown>): unknown;
}

export interface WorkloadInputs {
  /** Entities of modest degree (under 100 relationships, so every server returns all of them). */
  entityIds: string[];
  hubIds: string[];
  pairs: Array<[string, string]>;
  searchTexts: string[];
}

function graphql(query: string, variables: Record<string, unknown>): HttpRequest {
  return { method: 'POST', path: '/graphql', body: JSON.stringify({ query, variables }), headers: { 'content-type': 'application/json' } };
}

const get = (path: string, params: Record<string, string>): HttpRequest => ({ method: 'GET', path: `${path}?${new URLSearchParams(params)}` });
const identity = (key: string) => (_server: ServerName, data: Record<string, unknown>): unknown => data[key];

const W1_NEWSGRAPH = `query W1($id: ID!) { entity(id: $id) { id name kind relationships(first: 100) { edges { node {
  id type since until confidence from { id name kind } to { id name kind } } } } } }`;
const W1_NEO4J_GRAPHQL = `query W1($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind
${ALL_RELATIONSHIP_TYPES.flatMap((t) => (['out', 'in'] as const).map((d) => `  ${relationshipField(t, d)}Connection { edges { properties { id since until confidence } node { id name kind } } }`)).join('\n')}
} }`;

const W1_NEO4J_GRAPHQL_CYPHER = `query W1($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind
  relationships(limit: 100) { id type since until confidence from { id name kind } to { id name kind } } } }`;

/**
 * The two ways @neo4j/graphql can answer W1: what it generates for typed relationships (one connection per type
 * and direction), or one @cypher field with the floor's Cypher. `npm run bench` times both and keeps the faster.
 */
export type Neo4jGraphqlW1 = 'connections' | 'cypher';
export const NEO4J_GRAPHQL_W1_WAYS: readonly Neo4jGraphqlW1[] = ['connections', 'cypher'];

interface Summary { id: string; name: string; kind: string }
interface ConnectionEdge { properties: { id: string; since: string | null; until: string | null; confidence: number | null }; node: Summary }

/** @neo4j/graphql answers with one connection per type and direction; merge them into newsgraph's shape. */
function mergeConnections(entity: Record<string, unknown> | undefined): unknown {
  if (!entity) return null;
  const self: Summary = { id: entity.id as string, name: entity.name as string, kind: entity.kind as string };
  const edges = ALL_RELATIONSHIP_TYPES.flatMap((type) => (['out', 'in'] as const).flatMap((d) =>
    ((entity[`${relationshipField(type, d)}Connection`] as { edges: ConnectionEdge[] }).edges).map((e) => ({
      node: { ...e.properties, type, from: d === 'out' ? self : e.node, to: d === 'out' ? e.node : self },
    }))));
  edges.sort((a, b) => (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
  return { ...self, relationships: { edges } };
}

/** The @cypher field's list, in newsgraph's shape. */
function cypherRelationships(entity: Record<string, unknown> | undefined): unknown {
  if (!entity) return null;
  const { relationships, ...self } = entity as { relationships: unknown[] };
  return { ...self, relationships: { edges: relationships.map((node) => ({ node })) } };
}

export function entityQuestion(id: string, neo4jGraphqlW1: Neo4jGraphqlW1 = 'connections'): Question {
  const viaCypher = neo4jGraphqlW1 === 'cypher';
  return {
    workload: 'W1',
    request: (server) => server === 'newsgraph' ? graphql(W1_NEWSGRAPH, { id })
      : server === 'neo4j-graphql' ? graphql(viaCypher ? W1_NEO4J_GRAPHQL_CYPHER : W1_NEO4J_GRAPHQL, { id }) : get('/w1', { id }),
    normalize: (server, data) => {
      if (server !== 'neo4j-graphql') return data.entity;
      const entity = (data.entities as Array<Record<string, unknown>>)[0];
      return viaCypher ? cypherRelationships(entity) : mergeConnections(entity);
    },
  };
}

const W2_NEWSGRAPH = 'query W2($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id name kind } edges { id type from { id } to { id } } } }';
const W2_NEO4J_GRAPHQL = 'query W2($id: ID!) { neighborhood(id: $id, limit: 100) { truncated nodes { id name kind } edges { id type from { id } to { id } } } }';

export function neighborhoodQuestion(id: string): Question {
  return {
    workload: 'W2',
    request: (server) => server === 'newsgraph' ? graphql(W2_NEWSGRAPH, { id })
      : server === 'neo4j-graphql' ? graphql(W2_NEO4J_GRAPHQL, { id }) : get('/w2', { id }),
    normalize: identity('neighborhood'),
  };
}

const W3_NEWSGRAPH = 'query W3($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id name kind } steps { forward relationship { id type } } } }';
const W3_NEO4J_GRAPHQL = 'query W3($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id name kind } steps { forward relationship { id type } } } }';

export function pathQuestion(from: string, to: string): Question {
  return {
    workload: 'W3',
    request: (server) => server === 'newsgraph' ? graphql(W3_NEWSGRAPH, { from, to })
      : server === 'neo4j-graphql' ? graphql(W3_NEO4J_GRAPHQL, { from, to }) : get('/w3', { from, to }),
    normalize: identity('path'),
  };
}

const W4_NEWSGRAPH = 'query W4($text: String!) { search(text: $text, first: 10) { score entity { id name kind } } }';
const W4_NEO4J_GRAPHQL = 'query W4($query: String!, $key: String!) { search(query: $query, key: $key, exactBonus: 10, limit: 10) { score entity { id name kind } } }';

export function searchQuestion(text: string): Question {
  return {
    workload: 'W4',
    // The @neo4j/graphql client sends the escaped Lucene query itself: its @cypher field cannot build one.
    request: (server) => server === 'newsgraph' ? graphql(W4_NEWSGRAPH, { text })
      : server === 'neo4j-graphql' ? graphql(W4_NEO4J_GRAPHQL, { query: fullTextQuery(text) ?? '', key: nameKey(text) }) : get('/w4', { text }),
    normalize: identity('search'),
  };
}

/** Each workload's questions; W5 mixes the others (60 % W1, 15 % W2, 10 % W3, 15 % W4). */
export function workloads(inputs: WorkloadInputs, neo4jGraphqlW1: Neo4jGraphqlW1 = 'connections'): Record<string, Question[]> {
  const w1 = inputs.entityIds.map((id) => entityQuestion(id, neo4jGraphqlW1));
  const w2 = inputs.hubIds.map(neighborhoodQuestion);
  const w3 = inputs.pairs.map(([a, b]) => pathQuestion(a, b));
  const w4 = inputs.searchTexts.map(searchQuestion);
  const w5: Question[] = [];
  for (let i = 0; i < 20; i++) {
    const slot = i % 20;
    const from = slot < 12 ? w1 : slot < 15 ? w2 : slot < 17 ? w3 : w4;
    const q = from[i % from.length];
    if (q) w5.push(q);
  }
  return { W1: w1, W2: w2, W3: w3, W4: w4, W5: w5 };
}

/** JSON with sorted keys and floats rounded, so equal answers compare equal as strings. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isInteger(v)) return Math.round(v * 1e6) / 1e6;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}
