// The start-up alias clean-up on a store that holds descriptions as aliases, with their lookup keys: afterwards only
// names are aliases, keys only the descriptions gave are gone (keys other entities are named by stay), lookups by
// proper names still work, and running it again changes nothing.
import { Writable } from 'node:stream';
import pino from 'pino';
import { applySchema } from '../../src/db/schema';
import { ALIAS_CLEANUP_MIGRATION, aliasChange, descriptionFrom, removeDescriptiveAliases } from '../../src/graph/aliasCleanup';
import { nameKey } from '../../src/graph/vocabulary';
import { authConfig, bearer } from '../fixtures/auth';
import { fingerprint } from '../fixtures/fingerprint';
import { type Harness, startHarness } from '../fixtures/harness';
import { INGEST } from '../fixtures/mutations';
import { testCypher } from '../fixtures/testCypher';

const LONG = 'renewed efforts to bring Israel and Hamas back to the table in Doha';
/** What reading real news wrote before aliases had to be names: descriptions beside proper variants. */
const READ_ALIASES: Record<string, string[]> = {
  'gaza-ceasefire-talks': ['the talks', 'a ceasefire', 'a breakdown in talks', 'Doha talks'],
  'gaza-war': ['the talks', 'the fighting'],
  'israeli-hostages': ['hamas'],
  'donald-trump': ['its delegation from ceasefire'],
};

let h: Harness;

/** Log lines written while `run` runs, parsed. */
async function logged(run: (log: pino.Logger) => Promise<void>): Promise<Array<Record<string, unknown>>> {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({ write(chunk: Buffer, _encoding, done) { lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>); done(); } });
  await run(pino({ level: 'info' }, sink));
  return lines;
}

async function keys(): Promise<Map<string, string[]>> {
  const rows = await h.db.readText(testCypher('name-keys'));
  return new Map(rows.map((r) => [String(r.key), r.ids as string[]]));
}

async function lookup(name: string): Promise<string[]> {
  const res = await h.gql('query($name: String!) { lookup(name: $name) { id } }', { name });
  expect(res.errors).toBeUndefined();
  return (res.data?.lookup as Array<{ id: string }>).map((e) => e.id).sort();
}

beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
  // An entity without a description, written the way the old reader did (descriptions as aliases pass the facts schema).
  const res = await h.gql(INGEST, { document: {
    source: { id: 'doha-round-report', title: 'Doha round (test)' },
    entities: [{ id: 'doha-round', kind: 'EVENT', name: 'Doha round', aliases: ['the talks', LONG, 'Doha Round talks'] }],
    relationships: [{ type: 'PARTICIPATES_IN', from: 'hamas', to: 'doha-round', quote: 'Hamas took part in the Doha round' }],
  } }, await bearer(['editor']));
  expect(res.errors).toBeUndefined();
  const entities = Object.entries(READ_ALIASES).map(([id, aliases]) => ({ id, aliases, keys: aliases.map(nameKey) }));
  await h.db.write(async (tx) => { await tx.run(testCypher('add-aliases'), { entities }); });
  await h.db.write(async (tx) => { await tx.run(testCypher('forget-migration'), { id: ALIAS_CLEANUP_MIGRATION }); });
}, 120_000);
afterAll(async () => { await h.close(); });

test('before: descriptions are aliases and lookup keys, one key naming several entities', async () => {
  expect(await lookup('the talks')).toEqual(['doha-round', 'gaza-ceasefire-talks', 'gaza-war']);
  expect(await lookup('Hamas')).toEqual(['hamas', 'israeli-hostages']);
});

test('start-up removes every descriptive alias once, logging how many, and keeps names and proper aliases', async () => {
  const lines = await logged((log) => applySchema(h.db, log));
  const line = lines.find((l) => l.migration === ALIAS_CLEANUP_MIGRATION);
  // doha-round, the three seed entities and donald-trump.
  expect(line).toMatchObject({ entities: 5, aliasesRemoved: 9, descriptionsFilled: 1, msg: 'removed 9 descriptive aliases from 5 entities' });
  expect(Number(line?.keysDeleted)).toBeGreaterThanOrEqual(5);

  const res = await h.gql(`{
    talks: entity(id: "gaza-ceasefire-talks") { name aliases }
    war: entity(id: "gaza-war") { aliases }
    hostages: entity(id: "israeli-hostages") { aliases }
    trump: entity(id: "donald-trump") { aliases }
    round: entity(id: "doha-round") { aliases description }
    us: entity(id: "united-states") { aliases }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({
    talks: { name: 'Gaza ceasefire negotiations in Doha', aliases: ['Doha talks'] },
    war: { aliases: [] },
    hostages: { aliases: ['Israeli hostages'] },
    trump: { aliases: ['Trump', 'President Donald Trump'] },
    // The one telling phrase became the description the entity lacked.
    round: { aliases: ['Doha Round talks'], description: LONG },
    us: { aliases: ['U.S.', 'US', 'United States of America', 'America'] },
  });
});

test('keys only descriptions gave are deleted; a key another entity is named by stays, pointing at it alone', async () => {
  const after = await keys();
  for (const phrase of ['the talks', 'a ceasefire', 'a breakdown in talks', 'the fighting', 'its delegation from ceasefire', LONG]) {
    expect(after.has(nameKey(phrase))).toBe(false);
  }
  expect(after.get('hamas')).toEqual(['hamas']);
  expect([...after.values()].filter((ids) => ids.length === 0)).toEqual([]);
});

test('lookups by the proper names and aliases still find their entities; descriptions find nothing', async () => {
  expect(await lookup('Doha talks')).toEqual(['gaza-ceasefire-talks']);
  expect(await lookup('Gaza ceasefire negotiations in Doha')).toEqual(['gaza-ceasefire-talks']);
  expect(await lookup('Gaza war')).toEqual(['gaza-war']);
  expect(await lookup('Trump')).toEqual(['donald-trump']);
  expect(await lookup('u.s.')).toEqual(['united-states']);
  expect(await lookup('Doha round talks')).toEqual(['doha-round']);
  expect(await lookup('Hamas')).toEqual(['hamas']);
  expect(await lookup('the talks')).toEqual([]);
  expect(await lookup('a ceasefire')).toEqual([]);
  // The full-text copy of the aliases follows: "breakdown" was only ever an alias.
  const search = await h.gql('{ search(text: "breakdown") { entity { id } } }');
  expect(search.data?.search).toEqual([]);
});

test('a second run changes nothing: the clean-up itself, and start-up (which skips it once done)', async () => {
  const before = await fingerprint(h.db);
  expect(await removeDescriptiveAliases(h.db, 3)).toEqual({ entities: 0, aliasesRemoved: 0, keysUnlinked: 0, keysDeleted: 0, descriptionsFilled: 0 });
  const lines = await logged((log) => applySchema(h.db, log));
  expect(lines.filter((l) => l.migration === ALIAS_CLEANUP_MIGRATION)).toEqual([]);
  expect((await fingerprint(h.db)).hash).toBe(before.hash);
});

test('pages of any size clean the same way (each page is its own transaction, safe to re-run)', async () => {
  const entities = [{ id: 'gaza-war', aliases: ['the fighting', 'the war'], keys: ['thefighting', 'thewar'] }, { id: 'qatar', aliases: ['the mediator'], keys: ['themediator'] }];
  await h.db.write(async (tx) => { await tx.run(testCypher('add-aliases'), { entities }); });
  expect(await removeDescriptiveAliases(h.db, 1)).toMatchObject({ entities: 2, aliasesRemoved: 3, keysDeleted: 3 });
  expect(await lookup('the war')).toEqual([]);
});

test('the rule for one entity: what is removed, which keys go, when a phrase becomes the description', () => {
  const change = aliasChange({ id: 'x', kind: 'EVENT', name: 'Gaza ceasefire talks', aliases: ['Gaza Ceasefire Talks', 'the talks', 'Doha talks'], description: null });
  expect(change).toEqual({ id: 'x', aliases: ['Gaza Ceasefire Talks', 'Doha talks'], aliasText: ' Gaza Ceasefire Talks Doha talks', description: null, dropKeys: ['thetalks'], removed: ['the talks'] });
  expect(aliasChange({ id: 'y', kind: 'COUNTRY', name: 'Qatar', aliases: ['State of Qatar'], description: null })).toBeNull();
  expect(descriptionFrom(['a ceasefire', 'its delegation from ceasefire', 'efforts to reach a ceasefire between Israel and Hamas'])).toBe('efforts to reach a ceasefire between Israel and Hamas');
  expect(descriptionFrom(['the talks', 'its delegation from ceasefire'])).toBeNull();
});
