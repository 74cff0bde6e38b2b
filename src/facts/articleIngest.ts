// Reading an article against the graph (reads only: the dictionary, then the ids proposed for new entities) and
// ingesting it: the settled extraction becomes a facts document written by writeFacts in one transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import { type Database, type RoundTripCounter, runIn } from '../db/database';
import { BadUserInputError } from '../errors';
import { entityIdClaims, entityIdClaimsIn } from '../graph/entityIdClaims';
import type { SourceModel } from '../graph/models';
import { graphDictionary } from '../graph/nameLookup';
import { articleSourceId, readArticle } from '../reading';
import type { Article, Extraction } from '../reading/types';
import type { ArticleReader } from '../readingPool';
import { articleFactsDocument, candidateIds, settleExtraction } from './articleFacts';
import { type LoadResult, writeFacts } from './load';
import { resolveAgainstGraph } from './resolveAgainstGraph';
import { validateFactsDocument } from './validate';

/**
 * What the reader finds in `article`, linked to the graph's entities; writes nothing. `read` is the server's reading
 * pool (off the main thread, with a time budget); the CLI reads in process. After the dictionary, one more round
 * of reads sent together: resolution against the graph (short forms of people, events it already holds) and the
 * claims on every id a new entity might take (those of entities resolution links go unused).
 */
export async function readAgainstGraph(db: Database, article: Article, counter?: RoundTripCounter, read: ArticleReader = readArticle): Promise<Extraction> {
  const extraction = await readExtraction(db, article, counter, read);
  const [resolved, claims] = await Promise.all([
    resolveAgainstGraph(db, extraction, article.publishedAt ?? null, counter),
    entityIdClaims(db, proposedIds(extraction), counter),
  ]);
  return settleExtraction(resolved, claims);
}

/** What the reader finds, with the graph's names as its dictionary, under the article's source id. */
async function readExtraction(db: Database, article: Article, counter: RoundTripCounter | undefined, read: ArticleReader): Promise<Extraction> {
  return { ...await read(article, graphDictionary(db, counter)), sourceId: articleSourceId(article) };
}

/** Every id a new entity might take. */
function proposedIds(extraction: Extraction): string[] {
  return extraction.entities.filter((e) => !e.existing).flatMap((e) => candidateIds(e.id));
}

/**
 * The extraction settled on what the graph holds inside the write transaction: the ids new entities may take, and
 * the kinds of the entities it links to. A concurrent ingest may have created an entity since the read (this
 * transaction's CREATE of the same id then fails on the unique constraint and the whole function reruns, so this
 * sees it), or an editor may have changed a kind: the article never overrides either.
 */
async function settledInTransaction(tx: ManagedTransaction, resolved: Extraction): Promise<Extraction> {
  const linked = resolved.entities.filter((e) => e.existing).map((e) => e.id);
  const claims = await entityIdClaimsIn(tx, [...proposedIds(resolved), ...linked]);
  const settled = settleExtraction(resolved, claims);
  return {
    ...settled,
    entities: settled.entities.map((e) => {
      const holder = claims.get(e.id)?.holder;
      return e.existing && holder?.id === e.id ? { ...e, kind: holder.kind } : e;
    }),
  };
}

export interface ArticleIngest {
  /** Without retrievedAt: Source.retrievedAt reads it (a fetch that found the same article keeps the first time). */
  source: SourceModel & { text: string };
  extraction: Extraction;
  result: LoadResult;
}

export interface ArticleIngestOptions {
  actor: string;
  counter?: RoundTripCounter;
  /** Most entities + relationships one article may write (MAX_WRITE_ITEMS for GraphQL; none for the CLI). */
  maxItems?: number;
  /** The reading pool for GraphQL; the CLI reads in process. */
  read?: ArticleReader;
}

/** Reads `article` against the graph, then writes its source (with the text), entities and facts in one transaction. */
export async function ingestArticle(db: Database, article: Article, options: ArticleIngestOptions): Promise<ArticleIngest> {
  const found = await readExtraction(db, article, options.counter, options.read ?? readArticle);
  const resolved = await resolveAgainstGraph(db, found, article.publishedAt ?? null, options.counter);
  const { extraction, document, result } = await db.write(async (tx) => {
    // Ids are settled inside the write (the only claims read); too large an article rolls it back, having written nothing.
    const settled = await settledInTransaction(tx, resolved);
    const items = settled.entities.length + settled.relationships.length;
    if (options.maxItems !== undefined && items > options.maxItems) {
      throw new BadUserInputError('article too large to write in one request', [{
        path: 'article.text',
        message: `yields ${items} entities and relationships, over the limit of ${options.maxItems} (MAX_WRITE_ITEMS); use npm run ingest`,
      }]);
    }
    const { document, problems } = validateFactsDocument(articleFactsDocument(article, settled));
    // settleExtraction keeps what the schema allows, so a problem here is a bug in the reader or in it.
    if (!document) throw new Error(`the extraction of ${settled.sourceId} is not a valid facts document: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    // A dispute the reader found of a fact no source supports has nothing to stand against: left out.
    const loaded = await writeFacts(tx, document, options.actor, '$', { unsupportedDisputes: 'skip', kindClash: 'retry' });
    if (article.retrievedAt) await runIn(tx, 'source-retrieved', { id: document.source.id, retrievedAt: article.retrievedAt, changed: loaded.source.created + loaded.source.updated > 0 });
    return { extraction: settled, document, result: loaded };
  }, options.counter);
  const { source } = document;
  return {
    source: { id: source.id, title: source.title, publisher: source.publisher ?? null, url: source.url ?? null, publishedAt: source.publishedAt ?? null, text: article.text },
    extraction,
    result,
  };
}
