// Rows are checked once where they leave the driver; a row without its statement's shape is a bug that names
// the statement and the field, and reaches clients as a masked INTERNAL_SERVER_ERROR.
import neo4j from 'neo4j-driver';
import { fromStatement, integer, map, mapList, optDate, optFloat, optStr, type Row, RowShapeError, str, strList } from '../../src/db/rowShape';
import { formatError, isExpectedError, MASKED_MESSAGE } from '../../src/errorMapping';
import { toEntity, toRelationship, toRelationshipWithEnds, toSource } from '../../src/graph/rows';

/** A row as Database.read returns it: a plain object tagged with its statement. */
function rowOf(statement: string, fields: Record<string, unknown>): Row {
  const [row] = fromStatement(statement, [fields]);
  if (!row) throw new Error('unreachable');
  return row;
}

const ENTITY = { id: 'doha', kind: 'PLACE', name: 'Doha', aliases: null, description: null, externalIds: '{"wikidata":"Q3861"}', roles: ['host'] };
const RELATIONSHIP = { id: 'r1', type: 'HOSTS', from: 'qatar', to: 'talks', since: new neo4j.types.Date(2025, 1, 2), until: null, confidence: 0.9 };

function errorOf(decode: () => unknown): RowShapeError {
  try {
    decode();
  } catch (error) {
    if (error instanceof RowShapeError) return error;
    throw error;
  }
  throw new Error('decoded without complaint');
}

test('a well-shaped entity row decodes to the model, absent lists empty and external ids parsed', () => {
  const row = rowOf('entities-by-ids', { id: 'doha', entity: ENTITY });
  expect(str(row, 'id')).toBe('doha');
  expect(toEntity(map(row, 'entity'))).toEqual({
    id: 'doha', kind: 'PLACE', name: 'Doha', aliases: [], description: null, externalIds: { wikidata: 'Q3861' }, roles: ['host'],
  });
});

test('a relationship row decodes Neo4j dates, integers and both ends', () => {
  const row = rowOf('relationship-by-id', { relationship: RELATIONSHIP, fromEntity: { ...ENTITY, id: 'qatar', kind: 'COUNTRY' }, toEntity: { ...ENTITY, id: 'talks', kind: 'EVENT' } });
  const rel = toRelationshipWithEnds(row);
  expect(rel).toMatchObject({ id: 'r1', type: 'HOSTS', fromId: 'qatar', toId: 'talks', since: '2025-01-02', until: null, confidence: 0.9 });
  expect(rel.from?.kind).toBe('COUNTRY');
  expect(rel.to?.kind).toBe('EVENT');
  expect(integer(rowOf('entities-count', { count: neo4j.int(42) }), 'count')).toBe(42);
});

test('a kind outside the allow-list is rejected, naming the statement and the field', () => {
  const row = rowOf('entities-by-ids', { id: 'doha', entity: { ...ENTITY, kind: 'ALIEN' } });
  const error = errorOf(() => toEntity(map(row, 'entity')));
  expect(error.statement).toBe('entities-by-ids');
  expect(error.field).toBe('entity.kind');
  expect(error.message).toBe('row of entities-by-ids: entity.kind is "ALIEN", expected an entity kind');
});

test('a relationship type outside the allow-list is rejected, naming the path into lists', () => {
  const row = rowOf('shortest-paths', { nodes: [], relationships: [RELATIONSHIP, { ...RELATIONSHIP, type: 'LOVES' }] });
  const error = errorOf(() => mapList(row, 'relationships').map((m) => toRelationship(m)));
  expect(error.message).toBe('row of shortest-paths: relationships[1].type is "LOVES", expected a relationship type');
});

test('a missing field is rejected as missing', () => {
  const { name: _name, ...nameless } = ENTITY;
  const error = errorOf(() => toEntity(map(rowOf('lookup', { entity: nameless }), 'entity')));
  expect(error.message).toBe('row of lookup: entity.name is missing, expected a string');
});

test('a field of the wrong type is rejected with what it was', () => {
  expect(errorOf(() => str(rowOf('sources-by-ids', { id: 7 }), 'id')).message).toBe('row of sources-by-ids: id is number 7, expected a string');
  expect(errorOf(() => integer(rowOf('sources-count', { count: 1.5 }), 'count')).message).toMatch(/count is number 1.5, expected an integer/);
  expect(errorOf(() => integer(rowOf('sources-count', { count: '3' }), 'count')).message).toMatch(/count is "3", expected an integer/);
  expect(errorOf(() => strList(rowOf('lookup', { aliases: ['a', 2] }), 'aliases')).message).toMatch(/aliases is a list, expected a list of strings/);
  expect(errorOf(() => optDate(rowOf('timeline', { since: 20250102 }), 'since')).message).toMatch(/since is number 20250102, expected a date or null/);
  expect(errorOf(() => optFloat(rowOf('timeline', { confidence: 'high' }), 'confidence')).message).toMatch(/confidence is "high", expected a number/);
  expect(errorOf(() => map(rowOf('timeline', { entity: neo4j.int(1) }), 'entity')).message).toMatch(/entity is integer 1, expected a map/);
  expect(errorOf(() => toSource(map(rowOf('sources-page', { source: { id: 's', title: null } }), 'source'))).message)
    .toBe('row of sources-page: source.title is null, expected a string');
});

test('external ids that are not a JSON object of strings are rejected', () => {
  const row = rowOf('entities-by-ids', { entity: { ...ENTITY, externalIds: '{"wikidata":3}' } });
  expect(errorOf(() => toEntity(map(row, 'entity'))).message).toMatch(/^row of entities-by-ids: entity.externalIds is "\{"wikidata":3\}", expected a JSON object of strings$/);
});

test('optional fields accept null and absent alike', () => {
  const row = rowOf('sources-by-ids', { publisher: null });
  expect(optStr(row, 'publisher')).toBeNull();
  expect(optStr(row, 'url')).toBeNull();
  expect(strList(row, 'roles')).toEqual([]);
});

test('a row shape error is a bug: logged, and masked for the client as INTERNAL_SERVER_ERROR', () => {
  const error = errorOf(() => str(rowOf('lookup', {}), 'id'));
  expect(isExpectedError(error)).toBe(false);
  const formatted = formatError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
  expect(formatted).toMatchObject({ message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
});
