// Full-text search over entities: user text in, ranked hits out.
import type { Database, RoundTripCounter } from '../db/database';
import { float, map } from '../db/rowShape';
import { int } from '../db/values';
import type { EntityKind } from '../generated/graphql';
import { fullTextQuery } from './lucene';
import type { SearchHitModel } from './models';
import { toEntity } from './rows';
import { nameKey } from './vocabulary';

/** Added to the score of an entity named exactly what was typed; larger than any full-text score on its own. */
const EXACT_MATCH_BONUS = 10;

export class SearchRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** The best `limit` hits for `text`, best first; none (and no round trip) when the text has nothing to match. */
  async search(text: string, kinds: EntityKind[] | null, limit: number): Promise<SearchHitModel[]> {
    const query = fullTextQuery(text);
    if (query === null || limit === 0) return [];
    const rows = await this.db.read('search-entities', { query, key: nameKey(text), exactBonus: EXACT_MATCH_BONUS, kinds, limit: int(limit) }, this.counter);
    return rows.map((row) => ({ entity: toEntity(map(row, 'entity')), score: float(row, 'score') }));
  }
}
