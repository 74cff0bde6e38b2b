// Timelines: one entity's relationships in date order, then its undated ones.
import type { Database, RoundTripCounter } from '../db/database';
import { map, mapList } from '../db/rowShape';
import { int } from '../db/values';
import type { RelationshipType } from '../generated/graphql';
import type { TimelineEntryModel, TimelineModel } from './models';
import { byId, toEntity, toRelationshipAmong } from './rows';

export interface TimelineQuery {
  id: string;
  types: RelationshipType[];
  /** Inclusive date range (YYYY-MM-DD) for dated entries; undated entries are always listed after. */
  from: string | null;
  to: string | null;
  first: number;
  /** As of the end of this day; null: now. */
  asOf: string | null;
}

/** Dated entries by date, then undated; ties by relationship id. */
function chronological(a: TimelineEntryModel, b: TimelineEntryModel): number {
  if (a.undated !== b.undated) return a.undated ? 1 : -1;
  if (a.date !== b.date) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
  return a.relationship.id < b.relationship.id ? -1 : a.relationship.id > b.relationship.id ? 1 : 0;
}

export class TimelineRepository {
  constructor(private readonly db: Database, private readonly counter?: RoundTripCounter) {}

  /** The timeline of `id`, or null for an unknown id. One extra entry is fetched to tell whether it was cut. */
  async of(q: TimelineQuery): Promise<TimelineModel | null> {
    const [row] = await this.db.read('timeline', { ...q, limit: int(q.first + 1) }, this.counter);
    if (!row) return null;
    const entity = toEntity(map(row, 'entity'));
    const entries = mapList(row, 'entries').map((entry): TimelineEntryModel => {
      const other = toEntity(map(entry, 'other'));
      const relationship = { ...toRelationshipAmong(map(entry, 'relationship'), byId([entity, other])), asOf: q.asOf };
      const date = relationship.since ?? relationship.until;
      return { date, undated: date === null, relationship, event: other.kind === 'EVENT' ? other : null };
    });
    // collect() keeps the subquery's order in practice, but Cypher does not promise it.
    entries.sort(chronological);
    return { entity, entries: entries.slice(0, q.first), truncated: entries.length > q.first };
  }
}
