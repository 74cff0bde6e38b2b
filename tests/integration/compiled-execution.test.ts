// Operations run compiled by graphql-jit (src/execution/compiledExecutor.ts) must answer exactly as graphql-js's
// interpreter does: the same status, data and errors, byte for byte. Two servers over the same seeded Neo4j, one
// each way, are asked every read example of examples/ and the shapes the compiler treats specially.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config';
import { createLogger } from '../../src/log';
import { createServer, type NewsgraphServer } from '../../src/server';
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';

jest.setTimeout(120_000);

let compiled: Harness;
let interpreted: NewsgraphServer;
let interpretedUrl: string;
let editor: Record<string, string>;

beforeAll(async () => {
  compiled = await startHarness({ config: { auth: authConfig() } });
  editor = await bearer(['editor']);
  expect(compiled.config.compiledExecution).toBe(true);
  interpreted = await createServer({ config: { ...compiled.config, compiledExecution: false }, db: compiled.db, log: createLogger('silent') });
  interpretedUrl = `http://127.0.0.1:${await interpreted.listen(0)}/graphql`;
}, 180_000);
afterAll(async () => {
  await interpreted?.stop();
  await compiled?.close();
});

// The answer as sent (to an editor: extract is an editor's read), less the one field that differs between any two
// requests (extensions.durationMs).
async function ask(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...editor }, body: JSON.stringify({ query, variables }) });
  const body = await response.text();
  return { status: response.status, body: body.replace(/"durationMs":[0-9.e+-]+/, '"durationMs":0') };
}

async function expectSameAnswer(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: string }> {
  const fromCompiled = await ask(compiled.url, query, variables);
  const fromInterpreter = await ask(interpretedUrl, query, variables);
  expect(fromCompiled).toEqual(fromInterpreter);
  return fromCompiled;
}

const readExamples = fs.readdirSync(path.join(REPO_ROOT, 'examples'))
  .filter((file) => file.endsWith('.graphql'))
  .map((file): [string, string] => [file, fs.readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8')])
  .filter(([, text]) => !/^\s*mutation\b/m.test(text));

test('there are read examples to compare', () => {
  expect(readExamples.length).toBeGreaterThanOrEqual(10);
});

/** The variables an example states in its `# Variables: {…}` comment. */
function exampleVariables(text: string): Record<string, unknown> | undefined {
  const line = /^# Variables: (.*)$/m.exec(text);
  return line ? (JSON.parse(line[1] as string) as Record<string, unknown>) : undefined;
}

test.each(readExamples)('examples/%s answers the same compiled and interpreted', async (_file, query) => {
  const { status, body } = await expectSameAnswer(query, exampleVariables(query));
  expect(status).toBe(200);
  expect(JSON.parse(body).data).toBeTruthy();
});

test('fragments, inline fragments on the interface, @include and @skip, aliases and __typename', async () => {
  const query = `query($withRoles: Boolean!, $noQuotes: Boolean!) {
    first: entity(id: "steve-witkoff") { ...Basic ... on Person { roles @include(if: $withRoles) } }
    second: entity(id: "qatar") { ...Basic relationships(first: 3) { edges { node { type sources @skip(if: $noQuotes) { quote } } } } }
    missing: entity(id: "no-such-entity") { id }
  }
  fragment Basic on Entity { __typename id name kind }`;
  for (const variables of [{ withRoles: true, noQuotes: false }, { withRoles: false, noQuotes: true }]) {
    const { body } = await expectSameAnswer(query, variables);
    const data = JSON.parse(body).data;
    expect(data.first.__typename).toBe('Person');
    expect('roles' in data.first).toBe(variables.withRoles);
    expect(data.missing).toBeNull();
  }
});

test('errors: a bad argument value, one a resolver throws, a bad variable and a wrong variable type are the same coded errors', async () => {
  const badArgument = await expectSameAnswer('{ entities(first: -1) { totalCount } }');
  expect(JSON.parse(badArgument.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  // Thrown by a resolver (the page size is checked there), so it travels through the executor's error path.
  const fromResolver = await expectSameAnswer('{ search(text: "x", first: 1000) { entity { id } } }');
  expect(JSON.parse(fromResolver.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  const badVariable = await expectSameAnswer('query($d: Direction) { neighborhood(id: "hamas", direction: $d) { truncated } }', { d: 'SIDEWAYS' });
  expect(badVariable.status).toBe(400);
  expect(JSON.parse(badVariable.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  const wrongType = await expectSameAnswer('query($n: Int) { entities(first: $n) { totalCount } }', { n: 'ten' });
  expect(wrongType.status).toBe(400);
});

test('introspection answers the same', async () => {
  const { body } = await expectSameAnswer('{ __schema { queryType { name } types { name kind } } __type(name: "Entity") { possibleTypes { name } } }');
  expect(JSON.parse(body).data.__type.possibleTypes.length).toBeGreaterThan(1);
});
