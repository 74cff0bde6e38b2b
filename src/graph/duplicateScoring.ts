// How likely two entities are one thing, and which to keep. Pure: what the graph says about a pair comes in
// (src/graph/duplicates.ts fetches it), a score, plain-word reasons and the kept side go out. Each piece of
// evidence has a weight; the score combines them as independent evidence, 1 − Π(1 − weight), so two weak signs
// make a stronger one and no number of them reaches 1.
import type { DuplicateCandidateModel, EntityModel } from './models';
import { isRespelling } from '../facts/personNames';
import { significantWords } from './names';
import { nameKey } from './vocabulary';

/** What the graph says about one blocked pair (both entities of one kind). */
export interface PairFacts {
  first: EntityModel;
  second: EntityModel;
  firstDegree: number;
  secondDegree: number;
  /** Events only: the other ends of their PARTICIPATES_IN, NEGOTIATES and CEASEFIRE_WITH relationships, by id. */
  firstParties: string[];
  secondParties: string[];
  /** Where each is LOCATED_IN, by id. */
  firstPlaces: string[];
  secondPlaces: string[];
  /** Up to five neighbours the two share, by id. */
  shared: string[];
}

/** The weights: how much each piece of evidence alone makes a pair likely one thing. */
export const WEIGHTS = {
  sameName: 0.9,
  sameNameWithoutTitles: 0.85,
  nameIsAlias: 0.8,
  shortFormSurname: 0.7,
  shortForm: 0.6,
  respelling: 0.6,
  sharedAlias: 0.6,
  twinId: 0.5,
  sameParties: 0.5,
  sharedParties: 0.3,
  samePlace: 0.3,
  similarName: 0.3,
  /** Per shared neighbour, up to three. */
  sharedNeighbour: 0.1,
} as const;

interface Evidence {
  weight: number;
  reason: string;
  /** Enough on its own to make a pair a candidate; the others only add to one. */
  primary: boolean;
}

const TWIN = /^(.+)-([2-9])$/;
const listed = (ids: readonly string[]) => ids.join(', ');
const aliasKeys = (e: EntityModel) => new Set(e.aliases.map(nameKey).filter((k) => k !== ''));

/** A person's shorter name whose significant words are all in the other's ("Tamim" of "Tamim bin Hamad Al Thani"). */
function shortFormOf(short: EntityModel, full: EntityModel): 'surname' | 'other' | null {
  if (short.kind !== 'PERSON') return null;
  const words = significantWords(short.name);
  const fullWords = significantWords(full.name);
  if (words.length === 0 || words.length >= fullWords.length || !words.every((w) => fullWords.includes(w))) return null;
  return words[words.length - 1] === fullWords[fullWords.length - 1] ? 'surname' : 'other';
}

/** Names sharing most of their words: at least two, and most of the shorter one's ("Gaza ceasefire talks"). */
function similarNames(a: EntityModel, b: EntityModel): boolean {
  const wa = new Set(significantWords(a.name));
  const wb = new Set(significantWords(b.name));
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common >= 2 && common / Math.min(wa.size, wb.size) >= 0.6;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function nameEvidence(f: PairFacts, ambiguity: ReadonlyMap<string, number>): Evidence[] {
  const { first: a, second: b } = f;
  const found: Evidence[] = [];
  const keyA = nameKey(a.name);
  const keyB = nameKey(b.name);
  if (keyA === keyB) return [{ weight: WEIGHTS.sameName, reason: 'same name', primary: true }];
  const aliasesA = aliasKeys(a);
  const aliasesB = aliasKeys(b);
  if (aliasesB.has(keyA)) found.push({ weight: WEIGHTS.nameIsAlias, reason: `“${a.name}” is an alias of “${b.name}”`, primary: true });
  else if (aliasesA.has(keyB)) found.push({ weight: WEIGHTS.nameIsAlias, reason: `“${b.name}” is an alias of “${a.name}”`, primary: true });
  else {
    const common = a.aliases.find((alias) => aliasesB.has(nameKey(alias)));
    if (common) found.push({ weight: WEIGHTS.sharedAlias, reason: `same alias: ${common}`, primary: true });
  }
  if (a.kind === 'PERSON' && sameSet(significantWords(a.name), significantWords(b.name))) {
    found.push({ weight: WEIGHTS.sameNameWithoutTitles, reason: 'same name without titles', primary: true });
  }
  // "Abdourahmane Tchiani" and "Abdourahamane Tchiani": one name in two transliterations (personNames.ts).
  if (a.kind === 'PERSON' && isRespelling(a.name, b.name)) found.push({ weight: WEIGHTS.respelling, reason: 'the same name spelt otherwise', primary: true });
  const short = shortFormOf(a, b) ? a : shortFormOf(b, a) ? b : null;
  if (short) {
    const kind = short === a ? shortFormOf(a, b) : shortFormOf(b, a);
    const fits = ambiguity.get(short.id) ?? 1;
    const weight = (kind === 'surname' ? WEIGHTS.shortFormSurname : WEIGHTS.shortForm) / fits;
    const reason = `short form of the name${kind === 'surname' ? ' (surname)' : ''}${fits > 1 ? ` (fits ${fits} people)` : ''}`;
    found.push({ weight, reason, primary: true });
  } else if (a.kind !== 'PERSON' && similarNames(a, b)) {
    found.push({ weight: WEIGHTS.similarName, reason: 'similar names', primary: false });
  }
  return found;
}

function graphEvidence(f: PairFacts): Evidence[] {
  const found: Evidence[] = [];
  const [low, high] = f.first.id < f.second.id ? [f.first.id, f.second.id] : [f.second.id, f.first.id];
  // The reader numbers a new entity's id only when the plain id is taken by a differently named one of any kind.
  if (TWIN.exec(high)?.[1] === low) found.push({ weight: WEIGHTS.twinId, reason: `numbered twin id: ${high}`, primary: true });
  if (f.first.kind === 'EVENT') {
    const places = f.firstPlaces.filter((p) => f.secondPlaces.includes(p));
    const parties = f.firstParties.filter((p) => f.secondParties.includes(p));
    const sameParties = parties.length >= 2 && sameSet(f.firstParties, f.secondParties);
    // The same principal parties in the same place is enough on its own; either alone only adds to other signs.
    const together = sameParties && places.length > 0;
    if (sameParties) found.push({ weight: WEIGHTS.sameParties, reason: `same parties: ${listed(parties)}`, primary: together });
    else if (parties.length >= 2) found.push({ weight: WEIGHTS.sharedParties, reason: `shared parties: ${listed(parties)}`, primary: false });
    if (places.length) found.push({ weight: WEIGHTS.samePlace, reason: `same place: ${listed(places)}`, primary: together });
  } else if (f.shared.length) {
    found.push({ weight: Math.min(3, f.shared.length) * WEIGHTS.sharedNeighbour, reason: `shared neighbours: ${listed(f.shared)}`, primary: false });
  }
  return found;
}

/** Which to keep: the fuller name of a short form, else more relationships, else an id without a number, a longer name, the smaller id. */
function keepFirst(f: PairFacts): boolean {
  if (shortFormOf(f.second, f.first)) return true;
  if (shortFormOf(f.first, f.second)) return false;
  if (f.firstDegree !== f.secondDegree) return f.firstDegree > f.secondDegree;
  const numbered = (e: EntityModel) => TWIN.test(e.id);
  if (numbered(f.first) !== numbered(f.second)) return !numbered(f.first);
  if (f.first.name.length !== f.second.name.length) return f.first.name.length > f.second.name.length;
  return f.first.id < f.second.id;
}

/** How many fuller people each short-named person is a short form of, across all pairs ("Tamim" of two Tamims). */
function shortFormCounts(pairs: readonly PairFacts[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of pairs) {
    for (const [short, full] of [[f.first, f.second], [f.second, f.first]] as const) {
      if (shortFormOf(short, full)) counts.set(short.id, (counts.get(short.id) ?? 0) + 1);
    }
  }
  return counts;
}

/** Scores one pair; null when nothing links the two strongly enough to show them. */
export function scorePair(f: PairFacts, ambiguity: ReadonlyMap<string, number> = new Map()): DuplicateCandidateModel | null {
  if (f.first.kind !== f.second.kind || f.first.id === f.second.id) return null;
  const evidence = [...nameEvidence(f, ambiguity), ...graphEvidence(f)];
  if (!evidence.some((e) => e.primary)) return null;
  evidence.sort((x, y) => y.weight - x.weight);
  const score = 1 - evidence.reduce((rest, e) => rest * (1 - e.weight), 1);
  const [entity, duplicate] = keepFirst(f) ? [f.first, f.second] : [f.second, f.first];
  return { entity, duplicate, score: Math.round(score * 1000) / 1000, reasons: evidence.map((e) => e.reason) };
}

/** Where a candidate sits in the list: its score, then the kept and the duplicate id. */
export type CandidatePosition = [score: number, keep: string, duplicate: string];

export const positionOf = (c: DuplicateCandidateModel): CandidatePosition => [c.score, c.entity.id, c.duplicate.id];

/** The list's order: most likely first, then by the kept entity's id, then by the duplicate's. */
export function comparePositions([scoreA, keepA, dupA]: CandidatePosition, [scoreB, keepB, dupB]: CandidatePosition): number {
  if (scoreA !== scoreB) return scoreB - scoreA;
  if (keepA !== keepB) return keepA < keepB ? -1 : 1;
  if (dupA !== dupB) return dupA < dupB ? -1 : 1;
  return 0;
}

/** Every candidate among the blocked pairs, in the list's order. */
export function scorePairs(pairs: readonly PairFacts[]): DuplicateCandidateModel[] {
  const ambiguity = shortFormCounts(pairs);
  return pairs
    .map((f) => scorePair(f, ambiguity))
    .filter((c): c is DuplicateCandidateModel => c !== null)
    .sort((a, b) => comparePositions(positionOf(a), positionOf(b)));
}
