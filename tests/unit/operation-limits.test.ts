// The default limits must let every documented example and every explorer operation through, at their largest
// page sizes, while stopping the nested-page queries the cost limit exists for.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, print, specifiedRules, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig, REPO_ROOT } from '../../src/config';
import * as explorer from '../../explorer/generated/graphql';
import * as clientExamples from '../../examples/clients/generated/graphql';
import { firstTimesChildren, operationLimits, tokenLimitFromSyntaxError } from '../../src/plugins/operationLimits';

const schema = buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));
const limits = loadConfig({}).limits;
const rules = [...specifiedRules, ...operationLimits(limits, { blockFieldSuggestions: false }).validationRules];
const LARGEST = { first: 100, limit: 500, depth: 3, maxHops: 6, id: 'x', text: 'x', from: 'a', to: 'b', article: { title: 'x', text: 'x' } };

const documents: Array<[string, string]> = [
  ...fs.readdirSync(path.join(REPO_ROOT, 'examples')).filter((f) => f.endsWith('.graphql')).map((f): [string, string] => [`examples/${f}`, fs.readFileSync(path.join(REPO_ROOT, 'examples', f), 'utf8')]),
  ...Object.entries(explorer).filter(([name]) => name.endsWith('Document')).map(([name, doc]): [string, string] => [`explorer ${name}`, String(doc)]),
  ...Object.entries(clientExamples).filter(([name]) => name.endsWith('Document')).map(([name, doc]): [string, string] => [`examples/clients ${name}`, print(doc as Parameters<typeof print>[0])]),
];

test.each(documents)('%s passes the default depth, alias, directive, token and cost limits', (_name, text) => {
  const document = parse(text, { maxTokens: limits.maxTokens });
  expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
  expect(getComplexity({ schema, query: document, variables: LARGEST, estimators: [firstTimesChildren] })).toBeLessThanOrEqual(limits.maxCost);
});

test('cost multiplies nested pages: 100 entities × 100 relationships each is over the default', () => {
  const document = parse('{ entities(first: 100) { edges { node { relationships(first: 100) { edges { node { id } } } } } } }');
  const cost = getComplexity({ schema, query: document, variables: {}, estimators: [firstTimesChildren] });
  // entities × (itself + edges + node + relationships × (itself + edges + node + id))
  expect(cost).toBe(100 * (1 + 1 + 1 + 100 * (1 + 1 + 1 + 1)));
  expect(cost).toBeGreaterThan(limits.maxCost);
});

test("graphql-js's token-limit syntax error is recognised as the maxTokens limit", () => {
  expect(() => parse('{ a b c d }', { maxTokens: 3 })).toThrow(/tokens/);
  let message = '';
  try { parse('{ a b c d }', { maxTokens: 3 }); } catch (error) { message = (error as Error).message; }
  expect(tokenLimitFromSyntaxError(message)).toBe(3);
  expect(tokenLimitFromSyntaxError('Syntax Error: Unexpected Name "x".')).toBeNull();
});
