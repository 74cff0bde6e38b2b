// Reading an article against the graph (reads only: the dictionary, then the ids proposed for new entities) and
// ingesting it: the settled extraction becomes a facts document written by writeFacts in one transaction.
import type { Database, RoundTripCounter } from '../db/database';
import { BadUserInputError } from '../errors';
import { entityIdClaims } from '../graph/entityIdClaims';
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
  const extraction = { ...await read(article, graphDictionary(db, counter)), sourceId: articleSourceId(article) };
  const proposed = extraction.entities.filter((e) => !e.existing).flatMap((e) => candidateIds(e.id));
  const [resolved, claims] = await Promise.all([
    resolveAgainstGraph(db, extraction, article.publishedAt ?? null, counter),
    entityIdClaims(db, proposed, counter),
  ]);
  return settleExtraction(resolved, claims);
}

export interface ArticleIngest {
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
  const extraction = await readAgainstGraph(db, article, options.counter, options.read);
  const items = extraction.entities.length + extraction.relationships.length;
  if (options.maxItems !== undefined && items > options.maxItems) {
    throw new BadUserInputError('article too large to write in one request', [{
      path: 'article.text',
      message: `yields ${items} entities and relationships, over the limit of ${options.maxItems} (MAX_WRITE_ITEMS); use npm run ingest`,
    }]);
  }
  const { document, problems } = validateFactsDocument(articleFactsDocument(article, extraction));
  // settleExtraction keeps what the schema allows, so a problem here is a bug in the reader or in it.
  if (!document) throw new Error(`the extraction of ${extraction.sourceId} is not a valid facts document: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  // A dispute the reader found of a fact no source supports has nothing to stand against: left out.
  const result = await db.write((tx) => writeFacts(tx, document, options.actor, '$', 'skip'), options.counter);
  const { source } = document;
  return {
    source: { id: source.id, title: source.title, publisher: source.publisher ?? null, url: source.url ?? null, publishedAt: source.publishedAt ?? null, text: article.text },
    extraction,
    result,
  };
}
