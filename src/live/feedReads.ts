// The change feed's reads: where it stands, what was created after a cursor and how much (named statements in cypher/,
// rows decoded once here into domain models).
import type { Database } from '../db/database';
import { integer, map, str } from '../db/rowShape';
import { int } from '../db/values';
import type { RelationshipModel, SourceModel } from '../graph/models';
import { toRelationshipWithEnds, toSource } from '../graph/rows';

/** A place in the feed: after every row of `seq` up to `id` (inclusive), or after all of `seq` when `id` is null. */
export interface Cursor {
  seq: number;
  id: string | null;
}

/** One row of a batch: its place in the feed, and what it created (null when that was retracted since). */
export interface FeedRow<T> {
  seq: number;
  id: string;
  value: T | null;
}

export type ReadAfter<T> = (cursor: Cursor, limit: number) => Promise<Array<FeedRow<T>>>;

/** What one channel of the feed reads: the rows after a cursor, and how many there are (counted up to `limit`). */
export interface ChannelReads<T> {
  readAfter: ReadAfter<T>;
  countAfter(cursor: Cursor, limit: number): Promise<number>;
}

export interface FeedReads {
  /** The number of the last committed write that created anything (0 before the first). */
  position(): Promise<number>;
  relationships: ChannelReads<RelationshipModel>;
  sources: ChannelReads<SourceModel>;
}

export function feedReads(db: Database): FeedReads {
  const params = (cursor: Cursor, limit: number) => ({ seq: int(cursor.seq), afterId: cursor.id, limit: int(limit) });
  const count = async (statement: string, cursor: Cursor, limit: number): Promise<number> => {
    const [row] = await db.read(statement, params(cursor, limit));
    return row ? integer(row, 'backlog') : 0;
  };
  return {
    async position() {
      const [row] = await db.read('change-feed-position');
      return row ? integer(row, 'seq') : 0;
    },
    relationships: {
      async readAfter(cursor, limit) {
        const rows = await db.read('change-feed-relationships', params(cursor, limit));
        return rows.map((row) => ({ seq: integer(row, 'feedSeq'), id: str(row, 'id'), value: row.relationship === null ? null : toRelationshipWithEnds(row) }));
      },
      countAfter: (cursor, limit) => count('change-feed-relationships-backlog', cursor, limit),
    },
    sources: {
      async readAfter(cursor, limit) {
        const rows = await db.read('change-feed-sources', params(cursor, limit));
        return rows.map((row) => ({ seq: integer(row, 'feedSeq'), id: str(row, 'id'), value: toSource(map(row, 'source')) }));
      },
      countAfter: (cursor, limit) => count('change-feed-sources-backlog', cursor, limit),
    },
  };
}
