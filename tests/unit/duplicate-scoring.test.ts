// Duplicate scoring without a database: which pairs are candidates, their scores and reasons, which side is kept,
// and the ranked list's pages.
import type { EntityKind } from '../../src/generated/graphql';
import { candidatePageOf, pageOfCandidates } from '../../src/graph/duplicates';
import { type PairFacts, scorePair, scorePairs, WEIGHTS } from '../../src/graph/duplicateScoring';
import type { EntityModel } from '../../src/graph/models';
import { encodeCursor } from '../../src/graph/pagination';

const entity = (id: string, name: string, kind: EntityKind = 'PERSON', aliases: string[] = []): EntityModel =>
  ({ id, kind, name, aliases, description: null, externalIds: {}, roles: [] });

function pair(first: EntityModel, second: EntityModel, more: Partial<PairFacts> = {}): PairFacts {
  return { first, second, firstDegree: 1, secondDegree: 1, firstParties: [], secondParties: [], firstPlaces: [], secondPlaces: [], shared: [], ...more };
}

const TAMIM = entity('tamim', 'Tamim');
const EMIR = entity('tamim-bin-hamad-al-thani', 'Tamim bin Hamad Al Thani');

test('a short form of a person\'s name is a candidate; the fuller name is kept whatever the relationship counts', () => {
  expect(scorePair(pair(TAMIM, EMIR, { firstDegree: 30, secondDegree: 2 }))).toMatchObject({
    entity: { id: 'tamim-bin-hamad-al-thani' }, duplicate: { id: 'tamim' }, score: WEIGHTS.shortForm, reasons: ['short form of the name'],
  });
  expect(scorePair(pair(entity('b', 'al-Burhan'), entity('a', 'Abdel-Fattah al-Burhan')))).toMatchObject({ score: 0.7, reasons: ['short form of the name (surname)'] });
  // Titles and particles are set aside: "Sheikh Tamim" is the short form too, "Sheikh Tamim" and "Tamim" the same name.
  expect(scorePair(pair(entity('s', 'Sheikh Tamim'), EMIR))?.reasons).toEqual(['short form of the name']);
  expect(scorePair(pair(entity('s', 'Sheikh Tamim'), TAMIM))).toMatchObject({ score: 0.85, reasons: ['same name without titles'] });
});

test('people sharing only a first name are no candidates; a short form that fits two people counts half for each', () => {
  expect(scorePair(pair(entity('m1', 'Mohammed bin Salman'), entity('m2', 'Mohammed bin Abdulrahman Al Thani')))).toBeNull();
  expect(scorePair(pair(entity('t1', 'Tamim Iqbal'), EMIR, { shared: ['qatar'] }))).toBeNull();
  const ranked = scorePairs([pair(TAMIM, EMIR), pair(TAMIM, entity('tamim-iqbal', 'Tamim Iqbal'))]);
  expect(ranked.map((c) => [c.entity.id, c.score, c.reasons])).toEqual([
    ['tamim-bin-hamad-al-thani', 0.3, ['short form of the name (fits 2 people)']],
    ['tamim-iqbal', 0.3, ['short form of the name (fits 2 people)']],
  ]);
});

test('names equal after normalisation, a name that is the other\'s alias, a shared alias: any kind', () => {
  expect(scorePair(pair(entity('usa', 'U.S.A.', 'COUNTRY'), entity('united-states', 'USA', 'COUNTRY'), { secondDegree: 9 }))).toMatchObject({
    entity: { id: 'united-states' }, score: 0.9, reasons: ['same name'],
  });
  expect(scorePair(pair(entity('usa', 'USA', 'COUNTRY'), entity('united-states', 'United States', 'COUNTRY', ['U.S.A.']))))
    .toMatchObject({ score: 0.8, reasons: ['“USA” is an alias of “United States”'] });
  expect(scorePair(pair(entity('x', 'Doha round', 'EVENT', ['Doha talks']), entity('y', 'Qatar talks', 'EVENT', ['Doha Talks']))))
    .toMatchObject({ score: 0.6, reasons: ['same alias: Doha talks'] });
  // Different kinds never pair.
  expect(scorePair(pair(entity('jordan', 'Jordan', 'COUNTRY'), entity('jordan-2', 'Jordan', 'PERSON')))).toBeNull();
});

test('events: a numbered twin, the same parties in the same place; parties or a place alone make no candidate', () => {
  const seed = entity('gaza-ceasefire-talks', 'Gaza ceasefire negotiations in Doha', 'EVENT');
  const twin = entity('gaza-ceasefire-talks-2', 'Gaza ceasefire talks', 'EVENT');
  const sameEnds = { firstParties: ['hamas', 'israel'], secondParties: ['hamas', 'israel'], firstPlaces: ['doha'], secondPlaces: ['doha'] };
  expect(scorePair(pair(twin, seed, { ...sameEnds, firstDegree: 3, secondDegree: 8 }))).toMatchObject({
    entity: { id: 'gaza-ceasefire-talks' }, score: 0.878,
    reasons: ['numbered twin id: gaza-ceasefire-talks-2', 'same parties: hamas, israel', 'similar names', 'same place: doha'],
  });
  expect(scorePair(pair(twin, seed))).toMatchObject({ score: 0.65, reasons: ['numbered twin id: gaza-ceasefire-talks-2', 'similar names'] });
  const talks = entity('doha-round', 'Doha round', 'EVENT');
  const other = entity('qatar-mediation', 'Qatar mediation', 'EVENT');
  expect(scorePair(pair(talks, other, sameEnds))).toMatchObject({ score: 0.65, reasons: ['same parties: hamas, israel', 'same place: doha'] });
  expect(scorePair(pair(talks, other, { ...sameEnds, secondPlaces: ['cairo'] }))).toBeNull();
  expect(scorePair(pair(talks, other, { ...sameEnds, secondParties: ['egypt', 'hamas', 'israel'] }))).toBeNull();
  // Similar names alone are no candidate either.
  expect(scorePair(pair(twin, entity('gaza-ceasefire-talks-cairo', 'Gaza ceasefire talks in Cairo', 'EVENT')))).toBeNull();
});

test('which side is kept: more relationships, then the id without a number, then the longer name, then the smaller id', () => {
  const a = entity('hamas-movement', 'Hamas', 'ORGANIZATION');
  const b = entity('hamas', 'HAMAS', 'ORGANIZATION');
  expect(scorePair(pair(a, b, { firstDegree: 5, secondDegree: 2 }))?.entity.id).toBe('hamas-movement');
  expect(scorePair(pair(entity('doha-2', 'Doha', 'PLACE'), entity('doha', 'Doha', 'PLACE')))?.entity.id).toBe('doha');
  expect(scorePair(pair(a, b))?.entity.id).toBe('hamas');
});

test('pages of the ranked list: keyset after a cursor, a total, cursors checked', () => {
  const ranked = scorePairs([pair(TAMIM, EMIR), pair(entity('b', 'al-Burhan'), entity('a', 'Abdel-Fattah al-Burhan')), pair(entity('x', 'USA', 'COUNTRY'), entity('y', 'U.S.A.', 'COUNTRY'))]);
  expect(ranked.map((c) => c.score)).toEqual([0.9, 0.7, 0.6]);
  const first = pageOfCandidates(ranked, candidatePageOf({ first: 2 }, 100));
  expect(first.items.map((i) => i.node.duplicate.id)).toEqual(['x', 'b']); // "U.S.A." is the longer name, so it is kept
  expect(first.hasNextPage).toBe(true);
  const next = pageOfCandidates(ranked, candidatePageOf({ first: 2, after: first.items[1]?.cursor }, 100));
  expect(next.items.map((i) => i.node.duplicate.id)).toEqual(['tamim']);
  expect(next.hasNextPage).toBe(false);
  expect(next.hasPreviousPage).toBe(true);
  // A cursor whose pair has gone (merged) still marks a place in the order.
  const gone = pageOfCandidates(ranked.filter((c) => c.duplicate.id !== 'b'), candidatePageOf({ after: first.items[1]?.cursor }, 100));
  expect(gone.items.map((i) => i.node.duplicate.id)).toEqual(['tamim']);
  expect(() => candidatePageOf({ after: encodeCursor('["x"]') }, 100)).toThrow('not a cursor of duplicateCandidates');
  expect(() => candidatePageOf({ first: 500 }, 100)).toThrow('at most 100');
});

test('a person\'s name in two spellings one letter apart is a candidate; a different given name is not', () => {
  expect(scorePair(pair(entity('a1', 'Abdoulkarim Tanko'), entity('a2', 'Abdoulkarime Tanko')))).toMatchObject({ score: WEIGHTS.respelling, reasons: ['the same name spelt otherwise'] });
  expect(scorePair(pair(entity('i1', 'Ibrahim Tanko'), entity('a2', 'Abdoulkarime Tanko')))).toBeNull();
});
