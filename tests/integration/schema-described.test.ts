// The schema as served describes itself: what introspection returns from the running server, not only the SDL
// file, has a description on every type, field, argument, input field and enum value, and every custom scalar
// says which specification it follows (specifiedByURL), as schema.graphql's @specifiedBy does.
import { buildSchema, getIntrospectionQuery, type IntrospectionQuery, isScalarType } from 'graphql';
import { loadTypeDefs } from '../../src/schema';
import { type Harness, startHarness } from '../fixtures/harness';

const BUILT_IN_SCALARS = ['String', 'Int', 'Float', 'Boolean', 'ID'];

let h: Harness;
let served: IntrospectionQuery;

beforeAll(async () => {
  h = await startHarness({ seed: false, config: { introspection: true } });
  const res = await h.gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
  expect(res.errors).toBeUndefined();
  served = res.data as IntrospectionQuery;
}, 120_000);
afterAll(async () => { await h?.close(); });

const ownTypes = () => served.__schema.types.filter((t) => !t.name.startsWith('__') && !BUILT_IN_SCALARS.includes(t.name));

test('every type, field, argument, input field and enum value the server introspects has a description', () => {
  const missing: string[] = [];
  for (const type of ownTypes()) {
    if (!type.description) missing.push(type.name);
    if (type.kind === 'OBJECT' || type.kind === 'INTERFACE') {
      for (const field of type.fields) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (type.kind === 'INPUT_OBJECT') for (const field of type.inputFields) if (!field.description) missing.push(`${type.name}.${field.name}`);
    if (type.kind === 'ENUM') for (const value of type.enumValues) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  expect(ownTypes().length).toBeGreaterThan(40);
  expect(missing).toEqual([]);
});

test('every custom scalar is served with its description and the specification it follows', () => {
  const scalars = ownTypes().filter((t) => t.kind === 'SCALAR');
  expect(scalars.map((s) => s.name).sort()).toEqual(['Date', 'DateTime', 'JSONObject']);
  for (const scalar of scalars) {
    expect(scalar).toMatchObject({ description: expect.stringMatching(/\S/), specifiedByURL: expect.stringMatching(/^https:\/\//) });
  }
  const url = (name: string) => scalars.find((s) => s.name === name)?.specifiedByURL;
  expect(url('DateTime')).toBe('https://datatracker.ietf.org/doc/html/rfc3339');
  expect(url('Date')).toMatch(/rfc3339/);
  expect(url('JSONObject')).toMatch(/ecma-404/);
});

test('the served scalars say what schema.graphql says, word for word', () => {
  const sdl = buildSchema(loadTypeDefs());
  for (const scalar of ownTypes().filter((t) => t.kind === 'SCALAR')) {
    const declared = sdl.getType(scalar.name);
    if (!isScalarType(declared)) throw new Error(`${scalar.name} is not a scalar in schema.graphql`);
    expect({ name: scalar.name, description: scalar.description, specifiedByURL: scalar.specifiedByURL }).toEqual({
      name: declared.name,
      description: declared.description,
      specifiedByURL: declared.specifiedByURL,
    });
  }
});
