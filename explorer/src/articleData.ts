// Articles as the explorer holds them: a stored source with its text and every fact it supports (all pages
// of `Source.facts`), and an extraction (from `extract`) turned into entities and relationships to draw.
import type { ArticleInput as ArticleInputOrLink, ExtractionFieldsFragment, SourceArticleQuery } from '../generated/graphql';
import type { Request } from './api';
import type { Entity, Relationship } from './graph';
import { SourceArticle, SourceText } from './operations';

/** The explorer pastes articles: title and text are always there (a link alone is for the API). */
type ArticleInput = ArticleInputOrLink & { title: string; text: string };

/** A page of `facts` is at most 100; ten pages is more than any article's facts. */
const FACTS_PAGE = 100;
const MAX_PAGES = 10;

type StoredSource = NonNullable<SourceArticleQuery['source']>;
/** A fact as the article query returns it: the relationship with both ends' full entities. */
export type ArticleFact = StoredSource['facts']['edges'][number]['node'];

export interface Article {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string | null;
  facts: ArticleFact[];
}

/** The stored article and all its facts; null when no source has this id. */
export async function loadArticle(request: Request, id: string): Promise<Article | null> {
  let after: string | null = null;
  let article: Article | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer: SourceArticleQuery = await request(SourceArticle, { id, first: FACTS_PAGE, after });
    const source = answer.source;
    if (!source) return null;
    article ??= { id: source.id, title: source.title, publisher: source.publisher, url: source.url, publishedAt: source.publishedAt, text: source.text, facts: [] };
    article.facts.push(...source.facts.edges.map((edge) => edge.node));
    if (!source.facts.pageInfo.hasNextPage || !source.facts.pageInfo.endCursor) break;
    after = source.facts.pageInfo.endCursor;
  }
  return article;
}

/** The entities at either end of an article's facts, each once. */
export function articleEntities(facts: ArticleFact[]): Entity[] {
  const entities = new Map<string, Entity>();
  for (const fact of facts) {
    entities.set(fact.from.id, fact.from);
    entities.set(fact.to.id, fact.to);
  }
  return [...entities.values()];
}

/** The id the service gives a fact: `united-states--struck--iran`. */
export function relationshipId(from: string, type: string, to: string): string {
  return `${from}--${type.toLowerCase().replace(/_/g, '-')}--${to}`;
}

export interface PreviewGraph {
  entities: Entity[];
  relationships: Relationship[];
  /** Ids of entities that are not in the graph yet. */
  newIds: string[];
}

type ExtractedRelationship = ExtractionFieldsFragment['relationships'][number];
/** An extraction from before `stance` existed (a fact without one is reported, not disputed). */
type PreStanceExtraction = Omit<ExtractionFieldsFragment, 'relationships'> & { relationships: Array<Omit<ExtractedRelationship, 'stance'> & { stance?: ExtractedRelationship['stance'] }> };

/** What `extract` found, shaped like what the graph draws: one edge per (from, type, to), its quotes as sources. */
export function previewGraph(extraction: ExtractionFieldsFragment | PreStanceExtraction, article: ArticleInput): PreviewGraph {
  const source = { id: extraction.sourceId, title: article.title, publisher: article.publisher ?? null, url: article.url ?? null };
  const entities: Entity[] = extraction.entities.map((e) => ({ id: e.entityId, name: e.name, kind: e.kind, aliases: e.aliases, description: null }));
  const relationships = new Map<string, Relationship>();
  for (const r of extraction.relationships) {
    const id = relationshipId(r.from, r.type, r.to);
    const provenance = { quote: r.quote, span: r.span, source };
    let known = relationships.get(id);
    if (!known) {
      // One article: one source, one publisher (if named), reported on its date.
      known = {
        id, type: r.type, since: null, until: null, confidence: null, from: { id: r.from }, to: { id: r.to }, sources: [], disputedBy: [],
        sourceCount: 0, publisherCount: 0, firstReported: article.publishedAt ?? null,
      };
      relationships.set(id, known);
    }
    if (r.stance === 'DISPUTES') {
      known.disputedBy.push(provenance);
      continue;
    }
    known.sources.push(provenance);
    known.confidence = Math.max(known.confidence ?? 0, r.confidence);
    known.sourceCount = 1;
    known.publisherCount = source.publisher ? 1 : 0;
  }
  return { entities, relationships: [...relationships.values()], newIds: extraction.entities.filter((e) => !e.existing).map((e) => e.entityId) };
}

export interface SourceTexts {
  /** The source's text (null when it has none), fetched once per page. */
  textOf(id: string): Promise<string | null>;
  remember(id: string, text: string | null): void;
  forget(id: string): void;
}

/** Source texts by id, so edge details can show each quote inside its paragraph without refetching. */
export function createSourceTexts(request: Request): SourceTexts {
  const texts = new Map<string, Promise<string | null>>();
  return {
    textOf(id) {
      let text = texts.get(id);
      if (!text) {
        text = request(SourceText, { id }).then((answer) => answer.source?.text ?? null);
        // A failed fetch is not remembered: the next details view asks again.
        text.catch(() => texts.delete(id));
        texts.set(id, text);
      }
      return text;
    },
    remember(id, text) {
      texts.set(id, Promise.resolve(text));
    },
    forget(id) {
      texts.delete(id);
    },
  };
}
