// Duplicate candidates for editors: the graph's blocked pairs (cypher/duplicate-candidates.cypher: names, short
// forms, numbered twins, events' parties and places, each through indexes), what scoring needs of each
// (duplicate-candidate-pairs.cypher), scored in duplicateScoring.ts, then one keyset page of the ranked list.
import type { Database, RoundTripCounter } from '../db/database';
import { integer, map, str, strList, type Row } from '../db/rowShape';
import { int } from '../db/values';
import { BadUserInputError } from '../errors';
import { type CandidatePosition, comparePositions, type PairFacts, positionOf, scorePairs } from './duplicateScoring';
import type { Connection, DuplicateCandidateModel } from './models';
import { PARTICLES, TITLES } from './names';
import { decodeCursor, encodeCursor, type PageArgs, pageSizeOf } from './pagination';
import { toEntity } from './rows';

/**
 * Blocks wider than this are left out: a name, short form or (parties, place) shared by more entities says too
 * little about any two of them, and a block of n costs n² / 2 pairs.
 */
export const MAX_BLOCK = 25;

/** Words the Cypher side leaves out of a person's name before using it as a short form: titles and particles. */
const SKIP_WORDS = [...new Set([...TITLES, ...PARTICLES])].sort();

export interface CandidatePage {
  first: number;
  after: CandidatePosition | null;
}

function isPosition(value: unknown): value is CandidatePosition {
  return Array.isArray(value) && value.length === 3 && typeof value[0] === 'number' && typeof value[1] === 'string' && typeof value[2] === 'string';
}

/** The page asked for, checked before any database work: a size within the cap, a cursor this list made. */
export function candidatePageOf(args: PageArgs, maxPageSize: number): CandidatePage {
  const first = pageSizeOf(args.first, maxPageSize);
  if (!args.after) return { first, after: null };
  let position: unknown;
  try {
    position = JSON.parse(decodeCursor(args.after));
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    position = null;
  }
  if (!isPosition(position)) throw new BadUserInputError('`after` is not a cursor of duplicateCandidates');
  return { first, after: position };
}

/** One page of the ranked list: the candidates after the cursor's position (the list may have changed since). */
export function pageOfCandidates(all: readonly DuplicateCandidateModel[], page: CandidatePage): Connection<DuplicateCandidateModel> {
  const after = page.after;
  const rest = after ? all.filter((c) => comparePositions(positionOf(c), after) > 0) : all;
  const items = rest.slice(0, page.first).map((node) => ({ cursor: encodeCursor(JSON.stringify(positionOf(node))), node }));
  return { items, hasNextPage: rest.length > page.first, hasPreviousPage: after !== null, totalCount: () => Promise.resolve(all.length) };
}

function toPairFacts(row: Row): PairFacts {
  return {
    first: toEntity(map(row, 'first')),
    second: toEntity(map(row, 'second')),
    firstDegree: integer(row, 'firstDegree'),
    secondDegree: integer(row, 'secondDegree'),
    firstParties: strList(row, 'firstParties'),
    secondParties: strList(row, 'secondParties'),
    firstPlaces: strList(row, 'firstPlaces'),
    secondPlaces: strList(row, 'secondPlaces'),
    shared: strList(row, 'shared'),
  };
}

export class DuplicateRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** Every candidate pair in the graph, ranked: two round trips (blocking, then the pairs' facts). */
  async ranked(): Promise<DuplicateCandidateModel[]> {
    const blocked = await this.db.read('duplicate-candidates', { maxBlock: int(MAX_BLOCK), skipWords: SKIP_WORDS }, this.counter);
    if (blocked.length === 0) return [];
    const pairs = blocked.map((row) => ({ a: str(row, 'a'), b: str(row, 'b') }));
    const rows = await this.db.read('duplicate-candidate-pairs', { pairs }, this.counter);
    return scorePairs(rows.map(toPairFacts));
  }

  async page(page: CandidatePage): Promise<Connection<DuplicateCandidateModel>> {
    return pageOfCandidates(await this.ranked(), page);
  }
}
