// Per-request DataLoaders: every GraphQL level that touches many nodes costs one round trip, not one per node.
// Keys with arguments (direction, types, page) are grouped so each distinct argument set is one query.
import DataLoader from 'dataloader';
import type { Database, RoundTripCounter } from '../db/database';
import type { CorroborationModel, EntityModel, MentionModel, QuotesModel, RelationshipModel, SourceModel } from './models';
import type { Page } from './pagination';
import { DuplicateRepository } from './duplicates';
import { EntityRepository } from './entities';
import { type EntityPageQuery, EntityPageRepository } from './entityPages';
import { NeighborhoodRepository } from './neighborhoods';
import { PathRepository } from './paths';
import { type RelationshipFilter, RelationshipRepository } from './relationships';
import { SearchRepository } from './search';
import { SourceRepository } from './sources';
import { StatsRepository } from './stats';
import { TimelineRepository } from './timelines';

interface Keyed<A> {
  id: string;
  args: A;
}

/** A DataLoader whose keys carry arguments: one batch call per distinct argument set. */
function groupedLoader<A, V>(load: (ids: string[], args: A) => Promise<Map<string, V>>, empty: () => V): DataLoader<Keyed<A>, V, string> {
  return new DataLoader<Keyed<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const key of keys) {
        const argsKey = JSON.stringify(key.args);
        const group = groups.get(argsKey) ?? { args: key.args, ids: [] };
        group.ids.push(key.id);
        groups.set(argsKey, group);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all([...groups].map(async ([argsKey, g]) => results.set(argsKey, await load([...new Set(g.ids)], g.args))));
      return keys.map((key) => results.get(JSON.stringify(key.args))?.get(key.id) ?? empty());
    },
    { cacheKeyFn: (key) => `${key.id}|${JSON.stringify(key.args)}` },
  );
}

const pageKey = (filter: RelationshipFilter, page: Page): string => JSON.stringify({ filter, page });

export class GraphLoaders {
  readonly entities: EntityRepository;
  readonly entityPages: EntityPageRepository;
  readonly relationships: RelationshipRepository;
  readonly sources: SourceRepository;
  readonly search: SearchRepository;
  readonly neighborhoods: NeighborhoodRepository;
  readonly paths: PathRepository;
  readonly timelines: TimelineRepository;
  readonly stats: StatsRepository;
  readonly duplicates: DuplicateRepository;

  readonly entityById: DataLoader<string, EntityModel | null>;
  readonly sourceById: DataLoader<string, SourceModel | null>;
  /** Article texts apart from sources, so only queries that ask for `text` carry it. */
  readonly sourceTextOf: DataLoader<string, string | null>;
  readonly sourceRetrievedAtOf: DataLoader<string, string | null>;
  /** Supporting and disputing quotes, keyed by relationship id and the day asked about (null: now). */
  readonly quotesOf: DataLoader<Keyed<string | null>, QuotesModel, string>;
  readonly corroborationOf: DataLoader<Keyed<string | null>, CorroborationModel, string>;
  readonly relationshipsOf: DataLoader<Keyed<{ filter: RelationshipFilter; page: Page }>, RelationshipModel[], string>;
  readonly relationshipCountOf: DataLoader<Keyed<RelationshipFilter>, number, string>;
  readonly factsOf: DataLoader<Keyed<Page>, RelationshipModel[], string>;
  readonly factCountOf: DataLoader<Keyed<null>, number, string>;
  /** Keyed by entity id and how many sources to list. */
  readonly mentionsOf: DataLoader<Keyed<number>, MentionModel[], string>;
  /**
   * Pages `entity(id)` fetched with the entity, by the entity object they came with and their arguments. Not
   * in relationshipsOf: their ends hold only the properties that one selection asked for.
   */
  private readonly pagesOf = new WeakMap<EntityModel, { key: string; rows: RelationshipModel[] }>();

  constructor(db: Database, counter: RoundTripCounter) {
    this.entities = new EntityRepository(db, counter);
    this.entityPages = new EntityPageRepository(db, counter);
    this.relationships = new RelationshipRepository(db, counter);
    this.sources = new SourceRepository(db, counter);
    this.search = new SearchRepository(db, counter);
    this.neighborhoods = new NeighborhoodRepository(db, counter);
    this.paths = new PathRepository(db, counter);
    this.timelines = new TimelineRepository(db, counter);
    this.stats = new StatsRepository(db, counter);
    this.duplicates = new DuplicateRepository(db, counter);

    this.entityById = new DataLoader((ids) => this.entities.byIds(ids));
    this.sourceById = new DataLoader((ids) => this.sources.byIds(ids));
    this.sourceTextOf = new DataLoader((ids) => this.sources.textsOf(ids));
    this.sourceRetrievedAtOf = new DataLoader((ids) => this.sources.retrievalsOf(ids));
    this.quotesOf = groupedLoader(async (ids, asOf) => {
      const { quotes, sources } = await this.relationships.quotesOf(ids, asOf);
      for (const source of sources) this.sourceById.prime(source.id, source);
      return quotes;
    }, () => ({ supports: [], disputes: [] }));
    this.corroborationOf = groupedLoader((ids, asOf) => this.relationships.corroborationOf(ids, asOf), () => ({
      sourceCount: 0, publisherCount: 0, firstReported: null, lastReported: null, combinedConfidence: 0,
    }));
    this.relationshipsOf = groupedLoader(async (ids, { filter, page }) => this.primed(await this.relationships.ofEntities(ids, filter, page)), () => []);
    this.relationshipCountOf = groupedLoader((ids, filter) => this.relationships.countOfEntities(ids, filter), () => 0);
    this.factsOf = groupedLoader(async (ids, page) => this.primed(await this.sources.factsOf(ids, page)), () => []);
    this.factCountOf = groupedLoader((ids) => this.sources.factCounts(ids), () => 0);
    this.mentionsOf = groupedLoader(async (ids, limit) => {
      const { mentions, sources } = await this.entities.mentionsOf(ids, limit);
      for (const source of sources) this.sourceById.prime(source.id, source);
      return mentions;
    }, () => []);
  }

  /**
   * An entity with a page of its relationships in one round trip. The page is kept for `pageFetchedWith`; the
   * count and quotes are complete values, so they go to their loaders for the fields that read them.
   */
  async entityWithPage(q: EntityPageQuery): Promise<EntityModel | null> {
    const found = await this.entityPages.read(q);
    if (!found) return null;
    const { entity } = found;
    this.pagesOf.set(entity, { key: pageKey(q.filter, q.page), rows: found.relationships });
    if (found.count !== null) this.relationshipCountOf.prime({ id: entity.id, args: q.filter }, found.count);
    for (const [id, quotes] of found.quotes ?? []) this.quotesOf.prime({ id, args: q.filter.asOf }, quotes);
    for (const source of found.sources) this.sourceById.prime(source.id, source);
    return entity;
  }

  /** The page `entityWithPage` fetched with this entity object, if it was fetched with these arguments. */
  pageFetchedWith(entity: EntityModel, filter: RelationshipFilter, page: Page): RelationshipModel[] | undefined {
    const fetched = this.pagesOf.get(entity);
    return fetched && fetched.key === pageKey(filter, page) ? fetched.rows : undefined;
  }

  /** Remembers the relationship ends a query already returned, so resolving them costs no round trip. */
  primed<K>(byKey: Map<K, RelationshipModel[]>): Map<K, RelationshipModel[]> {
    for (const list of byKey.values()) for (const rel of list) this.primeEnds(rel);
    return byKey;
  }

  primeEnds(rel: RelationshipModel): void {
    if (rel.from) this.entityById.prime(rel.from.id, rel.from);
    if (rel.to) this.entityById.prime(rel.to.id, rel.to);
  }

  /** Remembers entities a query already returned (search hits, neighbourhood nodes, path nodes). */
  primeEntities(entities: Iterable<EntityModel>): void {
    for (const entity of entities) this.entityById.prime(entity.id, entity);
  }
}
