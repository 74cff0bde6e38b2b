// An operation's cost is remembered per document, keyed only by what can change it: the operation, and the
// variables given to `first`/`limit` or to a directive. Refusals are always computed afresh.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { REPO_ROOT } from '../../src/config';
import { hasRememberedCost, operationCost } from '../../src/plugins/operationCost';
import { firstTimesChildren } from '../../src/plugins/operationLimits';

const schema = buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));
const MAX = 5000;

function costOf(text: string) {
  const document = parse(text);
  let computed = 0;
  const cost = (variables: Record<string, unknown>, operationName: string | null = null, max = MAX) => operationCost(document, operationName, variables, max, () => {
    computed++;
    return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [firstTimesChildren] });
  });
  return { document, cost, computed: () => computed };
}

test('a cost is computed once for any id, and again for another page size', () => {
  const q = costOf('query Q($id: ID!, $n: Int) { entity(id: $id) { id relationships(first: $n) { edges { node { id } } } } }');
  const ten = q.cost({ id: 'a', n: 10 });
  expect(q.cost({ id: 'b', n: 10 })).toBe(ten);
  expect(q.computed()).toBe(1);
  expect(q.cost({ id: 'a', n: 50 })).toBeGreaterThan(ten);
  expect(q.computed()).toBe(2);
});

test('an unset page size (its default) and an explicit null are costed apart', () => {
  const q = costOf('query Q($id: ID!, $n: Int = 40) { entity(id: $id) { relationships(first: $n) { edges { node { id } } } } }');
  const unset = q.cost({ id: 'a' });
  const nulled = q.cost({ id: 'a', n: null });
  expect(q.computed()).toBe(2);
  expect(unset).toBeGreaterThan(nulled);
});

test('directive variables count: @include can leave a costly page out', () => {
  const q = costOf('query Q($id: ID!, $all: Boolean!) { entity(id: $id) { id relationships(first: 100) @include(if: $all) { edges { node { id } } } } }');
  const withPage = q.cost({ id: 'a', all: true });
  const without = q.cost({ id: 'a', all: false });
  expect(without).toBeLessThan(withPage);
  expect(q.computed()).toBe(2);
});

test('each operation of a document is costed by its own name', () => {
  const q = costOf('query A { entity(id: "x") { id } } query B { entities(first: 100) { edges { node { id } } } }');
  expect(q.cost({}, 'A')).toBeLessThan(q.cost({}, 'B'));
  expect(q.computed()).toBe(2);
});

test('a cost over the limit is never remembered, so every such request is refused from a fresh count', () => {
  const q = costOf('query Q($n: Int) { entities(first: $n) { edges { node { relationships(first: 100) { edges { node { id } } } } } } }');
  expect(q.cost({ n: 100 })).toBeGreaterThan(MAX);
  expect(q.cost({ n: 100 })).toBeGreaterThan(MAX);
  expect(q.computed()).toBe(2);
  expect(hasRememberedCost(q.document)).toBe(false);
});

test('what computing throws (bad variables) is thrown every time, never remembered', () => {
  const document = parse('query Q($n: Int) { entities(first: $n) { edges { node { id } } } }');
  const failing = () => operationCost(document, null, { n: 'many' }, MAX, () => { throw new Error('bad variable'); });
  expect(failing).toThrow('bad variable');
  expect(failing).toThrow('bad variable');
  expect(hasRememberedCost(document)).toBe(false);
});
