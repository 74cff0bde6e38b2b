// Every example in examples/ is a valid operation against schema.graphql.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

const ROOT = path.resolve(__dirname, '../..');
const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.graphql'));

test.each(examples)('%s validates against the schema', (file) => {
  const errors = validate(schema, parse(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8')));
  expect(errors.map((e) => e.message)).toEqual([]);
});
