// The allow-lists, schema.graphql and the facts JSON Schema must name the same kinds and types.
import { buildSchema, type GraphQLEnumType } from 'graphql';
import schemaJson from '../../facts/facts-document.schema.json';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, nameKey, relationshipId } from '../../src/graph/vocabulary';
import { loadTypeDefs } from '../../src/schema';

const schema = buildSchema(loadTypeDefs());
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

test('schema.graphql, the allow-list and the JSON Schema agree on relationship types', () => {
  const types = RELATIONSHIP_TYPES.map((t) => t.type);
  expect(enumValues('RelationshipType')).toEqual(types);
  expect(schemaJson.properties.relationships.items.properties.type.enum).toEqual(types);
  for (const required of ['MEDIATES', 'NEGOTIATES', 'STRUCK']) expect(types).toContain(required);
});

test('schema.graphql, the allow-list and the JSON Schema agree on entity kinds', () => {
  expect(enumValues('EntityKind')).toEqual([...ENTITY_KINDS]);
  expect(schemaJson.properties.entities.items.properties.kind.enum).toEqual([...ENTITY_KINDS]);
});

test('nameKey ignores case, accents, punctuation and spacing', () => {
  expect(nameKey('U.S.')).toBe('us');
  expect(nameKey(' u s ')).toBe('us');
  expect(nameKey('Doḥa')).toBe('doha');
  expect(nameKey('...')).toBe('');
});

test('relationship ids are stable and readable', () => {
  expect(relationshipId('IN_CONFLICT_WITH', 'israel', 'hamas')).toBe('israel--in-conflict-with--hamas');
});
