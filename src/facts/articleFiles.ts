// Articles among the files `npm run ingest` is given: `.txt` files (the title on the first line, the text
// after it) and `.json`/`.jsonl` objects shaped like ArticleInput (top-level `title` and `text`, where a facts
// document has `source`). Facts documents go on to bulkIngest unchanged; each article is read against the graph
// and written in its own transaction, failures reported by file and line like documents'.
import path from 'node:path';
import type { Database } from '../db/database';
import { BadUserInputError } from '../errors';
import { articleArg } from './articleInput';
import { ingestArticle } from './articleIngest';
import { type BulkFailure, type BulkOptions, type BulkTotals, bulkIngest } from './bulk';
import type { DocumentAt } from './files';
import type { WriteCounts } from './load';

interface ArticleAt {
  at: DocumentAt;
  input: unknown;
}

/** A `.txt` article: the first line is the title, the rest (leading blank lines dropped) the text. */
export function txtArticle(content: string): { title: string; text: string } {
  const newline = content.indexOf('\n');
  const title = (newline < 0 ? content : content.slice(0, newline)).trim();
  const text = newline < 0 ? '' : content.slice(newline + 1).replace(/^\s*\n/, '');
  return { title, text };
}

/** Whether a parsed JSON value is an article rather than a facts document. */
export function isArticleObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return 'text' in value && 'title' in value && !('source' in value);
}

/** Splits documents into facts documents (left as they are) and articles. */
export function splitArticles(documents: Iterable<DocumentAt>): { facts: DocumentAt[]; articles: ArticleAt[] } {
  const facts: DocumentAt[] = [];
  const articles: ArticleAt[] = [];
  for (const at of documents) {
    if (path.extname(at.file) === '.txt') {
      articles.push({ at, input: txtArticle(at.text) });
      continue;
    }
    // Only text that could be an article is parsed here; bulkIngest parses (and reports) the rest.
    let parsed: unknown = null;
    if (at.text.includes('"text"')) {
      try {
        parsed = JSON.parse(at.text);
      } catch {
        // not JSON: bulkIngest reports it
      }
    }
    if (isArticleObject(parsed)) articles.push({ at, input: parsed });
    else facts.push(at);
  }
  return { facts, articles };
}

function add(into: WriteCounts, more: WriteCounts): void {
  into.created += more.created;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
}

function failureOf(at: DocumentAt, error: unknown): BulkFailure {
  if (error instanceof BadUserInputError) return { file: at.file, line: at.line, message: 'invalid article', problems: error.problems };
  return { file: at.file, line: at.line, message: error instanceof Error ? error.message : String(error), problems: [] };
}

/** Facts documents through bulkIngest, then each article in its own transaction; one set of totals. */
export async function ingestDocuments(db: Database, documents: Iterable<DocumentAt>, options: BulkOptions & { articleMaxBytes: number }): Promise<BulkTotals> {
  const { facts, articles } = splitArticles(documents);
  const totals = await bulkIngest(db, facts, options);
  totals.documents += articles.length;
  for (const { at, input } of articles) {
    try {
      const article = articleArg(input, options.articleMaxBytes, '$');
      const { result } = await ingestArticle(db, article, { actor: options.actor });
      totals.loaded += 1;
      add(totals.entities, result.entities);
      add(totals.relationships, result.relationships);
    } catch (error) {
      totals.failed.push(failureOf(at, error));
    }
    options.onProgress?.(totals);
  }
  totals.failed.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return totals;
}
