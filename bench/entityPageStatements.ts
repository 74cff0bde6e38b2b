// `npx tsx bench/entityPageStatements.ts FILE`: writes cypher/entity-page.cypher as filled for a few selections and
// filters (W1's, the explorer's full page, as of a day, filtered and paged), with the floor's W1 statement, and their
// parameters (ids left to the timer) to FILE, for bench/statementTiming.ts: dump before a change, dump after, time both.
import fs from 'node:fs';
import { cypher } from '../src/db/cypher';
import { isInt } from 'neo4j-driver';
import { type EntityPageQuery, entityPageStatement } from '../src/graph/entityPages';
import { ALL_RELATIONSHIP_TYPES } from '../src/graph/vocabulary';
import { benchCypher } from './cypher';

const all = { direction: 'BOTH' as const, types: [...ALL_RELATIONSHIP_TYPES], includeRetracted: false, minSources: null, asOf: null };
const first = { after: '', first: 100, limit: 101 };
const plain = { entityFields: ['id', 'name', 'kind'] as const, endFields: ['id', 'name', 'kind'] as const, count: false, quotes: false };
const cases: Record<string, Omit<EntityPageQuery, 'id'>> = {
  w1: { filter: all, page: first, selection: { ...plain, entityFields: [...plain.entityFields], endFields: [...plain.endFields] } },
  full: { filter: all, page: first, selection: { entityFields: ['id', 'name', 'kind', 'description'], endFields: ['id', 'name', 'kind'], count: true, quotes: true } },
  asOf: { filter: { ...all, asOf: '2024-06-30' }, page: first, selection: { entityFields: ['id', 'name', 'kind'], endFields: ['id', 'name'], count: true, quotes: true } },
  filtered: {
    filter: { direction: 'OUTGOING', types: ALL_RELATIONSHIP_TYPES.slice(0, 5), includeRetracted: true, minSources: 1, asOf: null },
    page: { after: 'f', first: 10, limit: 11 }, selection: { entityFields: ['id', 'name', 'kind'], endFields: ['id', 'name', 'kind'], count: true, quotes: false },
  },
};
const replacer = (_key: string, value: unknown): unknown => (isInt(value) ? { $int: value.toNumber() } : value);
const out = Object.entries(cases).map(([label, q]) => {
  const { name, params } = entityPageStatement({ id: '$ID', ...q });
  return { label, text: cypher(name), params };
});
out.push({ label: 'floor', text: benchCypher('entity'), params: { id: '$ID', limit: { $int: 100 } } as Record<string, unknown> });
fs.writeFileSync(process.argv[2] ?? '/dev/stdout', JSON.stringify(out, replacer, 2));
