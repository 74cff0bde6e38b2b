// Full-text search: ranked hits with scores; Lucene syntax in the text is matched as text, never run.
import { type Harness, startHarness } from '../fixtures/harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

interface Hit { score: number; entity: { id: string; kind: string; __typename: string } }

async function search(text: string, extra = ''): Promise<Hit[]> {
  const res = await h.gql<{ search: Hit[] }>(`query($text: String!) { search(text: $text${extra}) { score entity { id kind __typename } } }`, { text });
  expect(res.errors).toBeUndefined();
  return res.data?.search ?? [];
}

const idsOf = (hits: Hit[]) => hits.map((hit) => hit.entity.id);

test('"Doha" finds the place Doha first, then what mentions it', async () => {
  const hits = await search('Doha');
  expect(hits[0]?.entity).toEqual({ id: 'doha', kind: 'PLACE', __typename: 'Place' });
  expect(idsOf(hits)).toEqual(['doha', 'gaza-ceasefire-talks', 'steve-witkoff', 'united-states']);
});

test('hits come best first, each with its score', async () => {
  const hits = await search('gaza');
  const scores = hits.map((hit) => hit.score);
  expect(scores.every((s) => s > 0)).toBe(true);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  expect(idsOf(hits).slice(0, 3)).toEqual(['gaza-strip', 'gaza-war', 'gaza-ceasefire-talks']);
});

test('an exact name or alias outranks names that merely contain the word', async () => {
  expect(idsOf(await search('Hamas')).slice(0, 2)).toEqual(['hamas', 'israeli-hostages']);
  expect(idsOf(await search('U.S.'))[0]).toBe('united-states');
});

test('the last word also matches as a prefix, so a half-typed name is found', async () => {
  expect(idsOf(await search('Witk'))).toEqual(['steve-witkoff']);
  expect(idsOf(await search('Palestin'))[0]).toBe('palestinian-detainees');
});

test('a Lucene-special search like "Doha:(*~ returns normally and finds Doha', async () => {
  expect(idsOf(await search('"Doha:(*~'))[0]).toBe('doha');
});

test('Lucene syntax never breaks a search', async () => {
  const nasty = ['*', '?', '~', '\\', '/', '/.*/', '"', '"unclosed', '(', ')', '[a TO z]', '{a TO z}', 'doha^100', 'doha~2',
    'name:doha', 'description:*', 'AND', 'OR', 'NOT', '&&', '||', '!', '-', '+', 'hamas && israel', 'hamas || israel',
    'a:b:c', '\\"', 'doha\\', ':', '^', '*:*', 'AND OR NOT', '((((', '))))', '"Doha:(*~'];
  for (const text of nasty) {
    const res = await h.gql(`query($text: String!) { search(text: $text) { entity { id } } }`, { text });
    expect([text, res.status, res.errors]).toEqual([text, 200, undefined]);
    expect(Array.isArray(res.data?.search)).toBe(true);
  }
});

test('Lucene syntax never widens a search: wildcards, NOT and prohibitions are plain text', async () => {
  // Interpreted, `*:*` and `*` would match everything, `-hamas` nothing, and NOT would drop Israel.
  expect(await search('*:*')).toEqual([]);
  expect(await search('*')).toEqual([]);
  expect(idsOf(await search('-hamas'))[0]).toBe('hamas');
  expect(idsOf(await search('hamas NOT israel'))).toContain('israel');
});

test('kinds restrict the hits', async () => {
  const hits = await search('gaza', ', kinds: [EVENT]');
  expect(idsOf(hits)).toEqual(['gaza-war', 'gaza-ceasefire-talks']);
  expect(hits.every((hit) => hit.entity.kind === 'EVENT')).toBe(true);
});

test('first limits the hits; 0 gives none', async () => {
  expect(idsOf(await search('gaza', ', first: 2'))).toEqual(['gaza-strip', 'gaza-war']);
  expect(await search('gaza', ', first: 0')).toEqual([]);
});

test('blank text, or text without a letter or digit, finds nothing without asking the database', async () => {
  for (const text of ['', '   ', '*** ~~~']) {
    const res = await h.gql(`query($text: String!) { search(text: $text) { entity { id } } }`, { text });
    expect(res.data?.search).toEqual([]);
    expect(res.extensions?.roundTrips).toBe(0);
  }
});

test('text of 200 characters is fine; 201 is BAD_USER_INPUT', async () => {
  const ok = await h.gql(`query($text: String!) { search(text: $text) { entity { id } } }`, { text: 'doha '.repeat(40) });
  expect(ok.errors).toBeUndefined();
  const tooLong = await h.gql(`query($text: String!) { search(text: $text) { entity { id } } }`, { text: 'x'.repeat(201) });
  expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(tooLong.errors?.[0]?.message).toContain('at most 200 characters');
});

test('the hits\' relationships and their ends come in one more round trip', async () => {
  const res = await h.gql(`{ search(text: "gaza", first: 10) { entity { id relationships { edges { node { from { name } to { name } } } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.search).toHaveLength(10);
  expect(res.extensions?.roundTrips).toBe(2);
});
