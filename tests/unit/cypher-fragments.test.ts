// Statements with {{slots}} are filled only from fixed fragments picked by allow-listed names; every value stays
// a parameter, and nothing a client sends can reach the statement's text.
import { cypher, filledCypher } from '../../src/db/cypher';
import { entityPageStatement } from '../../src/graph/entityPages';
import {
  afterFragment, entityProjection, relationshipMap, reportedFragment, retractedFragment, sourcesFragment, typesFragment,
} from '../../src/graph/fragments';
import { ALL_RELATIONSHIP_TYPES } from '../../src/graph/vocabulary';

const ALL = [...ALL_RELATIONSHIP_TYPES];
const FILTER = { direction: 'BOTH' as const, types: ALL, includeRetracted: false, minSources: null, asOf: null };
const PAGE = { after: '', first: 100, limit: 101 };
const SELECTION = { entityFields: ['id', 'name', 'kind'] as const, endFields: ['id', 'name', 'kind'] as const, count: false, quotes: false };

test('an entity projection holds only allow-listed properties, id and kind always, in a fixed order', () => {
  expect(entityProjection(['name'])).toBe('{.id, .kind, .name}');
  expect(entityProjection(['roles', 'description', 'name', 'id'])).toBe('{.id, .kind, .name, .description, .roles}');
  // Whatever else a list holds never reaches the text.
  expect(entityProjection(['name} RETURN 1 //', 'password', '__proto__'])).toBe('{.id, .kind}');
});

test('each filter fills its slot with a predicate only when it has something to filter', () => {
  expect(typesFragment(ALL)).toBe('true');
  expect(typesFragment(['MEDIATES'])).toBe('type(r) IN $types');
  expect(afterFragment('')).toBe('true');
  expect(afterFragment('some-cursor-key')).toBe('r.id > $after');
  expect(retractedFragment(true, null)).toBe('true');
  expect(retractedFragment(false, null)).toBe('r.retractedAt IS NULL');
  expect(retractedFragment(false, '2025-07-25')).toContain('date($asOf)');
  expect(sourcesFragment(null, null)).toBe('true');
  expect(sourcesFragment(2, null)).toBe('coalesce(r.sourceCount, 0) >= $minSources');
  expect(sourcesFragment(null, '2025-07-25')).toContain('>= coalesce($minSources, 1)');
  expect(reportedFragment(null)).toBe('true');
  expect(reportedFragment('2025-07-25')).toContain('s.reportedOn <= date($asOf)');
  expect(relationshipMap(false)).not.toContain('since');
  expect(relationshipMap(true, 'alone')).toContain('since: r.since');
});

test('a filled statement has no slot left, and values only as parameters', () => {
  const { name, params } = entityPageStatement({ id: 'x\' RETURN 1 //', filter: { ...FILTER, types: ['MEDIATES'] }, page: { ...PAGE, after: 'k' }, selection: SELECTION });
  const text = cypher(name);
  expect(text).not.toMatch(/\{\{\w+\}\}/);
  expect(text).toContain('other: other {.id, .kind, .name}');
  expect(text).toContain('WHERE type(r) IN $types AND r.id > $after');
  expect(text).not.toContain('RETURN 1 //');
  expect(params).toMatchObject({ id: 'x\' RETURN 1 //', types: ['MEDIATES'], after: 'k' });
});

test('an entity page holds the quotes, the count and the retraction fields only when asked for', () => {
  const plain = cypher(entityPageStatement({ id: 'x', filter: FILTER, page: PAGE, selection: SELECTION }).name);
  expect(plain).not.toMatch(/quotes|count|retracted\b|\{\{|\n\s*\n/);
  const full = cypher(entityPageStatement({
    id: 'x', filter: { ...FILTER, includeRetracted: true, asOf: '2025-07-25' }, page: PAGE, selection: { ...SELECTION, count: true, quotes: true },
  }).name);
  expect(full).toContain('quotes: COLLECT {');
  expect(full).toContain('WHERE s.reportedOn <= date($asOf)');
  expect(full).toContain('RETURN count(r) AS count');
  expect(full).toContain('retractedAt: CASE WHEN retracted THEN r.retractedAt END');
  expect(full).toContain('relationships, count');
});

test('the entity gets the ends\' fields too, since it is an end of each of its relationships', () => {
  const { name } = entityPageStatement({ id: 'x', filter: FILTER, page: PAGE, selection: { ...SELECTION, entityFields: ['id'], endFields: ['description'] } });
  expect(cypher(name)).toContain('RETURN e {.id, .kind, .description} AS entity');
  expect(cypher(name)).toContain('other: other {.id, .kind, .description}');
});

test('filling refuses a missing fill and text that could end or comment out the statement', () => {
  expect(() => filledCypher('entity-relationships-count', { types: 'true', retracted: 'true' })).toThrow('no fill for {{sources}}');
  for (const bad of ['true // x', 'true; MATCH (n) DETACH DELETE n', "r.id = 'x'", 'r.`id`']) {
    expect(() => filledCypher('entity-relationships-count', { types: bad, retracted: 'true', sources: 'true' })).toThrow('may not be filled');
  }
});

test('a switched part is kept or left out whole, and a part without a switch throws', () => {
  // entity-page has parts; every other fill is given so only the switches vary.
  const fills = { entity: '{.id}', end: '{.id}', types: 'true', after: 'true', retracted: 'true', sources: 'true' };
  const on = { quotes: true, count: true, retractions: true, quotesAsOf: true };
  expect(cypher(filledCypher('entity-page', fills, on))).toContain('WHERE s.reportedOn');
  expect(cypher(filledCypher('entity-page', fills, { ...on, quotesAsOf: false }))).not.toContain('WHERE s.reportedOn');
  // The inner part goes with the outer one.
  expect(cypher(filledCypher('entity-page', fills, { ...on, quotes: false }))).not.toContain('MATCH (:Fact');
  expect(() => filledCypher('entity-page', fills, { quotes: true, count: true, retractions: true })).toThrow('no switch for {{#quotesAsOf}}');
});

test('the same fills give the same statement name, so each shape is one cached text and one plan', () => {
  const a = filledCypher('entity-relationships-count', { types: 'true', retracted: 'true', sources: 'true' });
  expect(filledCypher('entity-relationships-count', { types: 'true', retracted: 'true', sources: 'true' })).toBe(a);
  expect(cypher(a)).toContain('WHERE true AND true AND true');
});
