// The gold sets: the seed article with its facts document (the project's own input, always tuning), and every
// eval/gold/*.json paired with its corpus article by `source.url`. Gold whose article is not in the corpus is
// skipped with a note; corpus articles without gold are listed as such.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/reading';
import { halfOf, type CorpusArticle, type Half } from './corpus';
import type { GoldEntity, GoldFact } from './score';

export interface GoldSet { id: string; url: string | null; half: Half; article: Article; entities: GoldEntity[]; relationships: GoldFact[] }

interface FactsDocument { source?: { id?: string; title?: string; url?: string }; entities: GoldEntity[]; relationships: GoldFact[] }

export const ROOT = join(__dirname, '..');
export const GOLD_DIR = join(ROOT, 'eval', 'gold');
const SEED_DOC = join(ROOT, 'facts/seed/000_bc5c66fe0f957d4d.json');
const SEED_TEXT = join(ROOT, 'facts/seed/000_bc5c66fe0f957d4d.txt');

function readDocument(path: string): FactsDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as FactsDocument;
}

export interface Pairing {
  sets: GoldSet[];
  /** Gold files whose url is in no corpus file (or that carry no url). */
  skipped: string[];
  /** Corpus articles with no gold file. */
  noGold: CorpusArticle[];
}

/** The gold files of eval/gold, by file name. */
export function goldFiles(): Array<{ file: string; document: FactsDocument }> {
  if (!existsSync(GOLD_DIR)) return [];
  return readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort().map((file) => ({ file, document: readDocument(join(GOLD_DIR, file)) }));
}

/** The seed's gold set (tuning), then every gold file whose article the corpus holds. */
export function loadGoldSets(corpus: readonly CorpusArticle[]): Pairing {
  const sets: GoldSet[] = [];
  if (existsSync(SEED_DOC) && existsSync(SEED_TEXT)) {
    const doc = readDocument(SEED_DOC);
    const id = doc.source?.id ?? 'seed';
    sets.push({ id, url: null, half: 'tuning', article: { id, title: doc.source?.title ?? id, text: readFileSync(SEED_TEXT, 'utf8') }, entities: doc.entities, relationships: doc.relationships });
  }
  const byUrl = new Map(corpus.map((a) => [a.url, a]));
  const skipped: string[] = [];
  const paired = new Set<string>();
  for (const { file, document } of goldFiles()) {
    const url = document.source?.url;
    const article = url === undefined ? undefined : byUrl.get(url);
    if (!url || !article) { skipped.push(`${file} (${url ?? 'no source.url'})`); continue; }
    paired.add(url);
    const id = document.source?.id ?? file.replace(/\.json$/, '');
    sets.push({
      id, url, half: halfOf(url),
      article: { title: article.title, url: article.url, publisher: article.publisher ?? null, publishedAt: article.publishedAt ?? null, text: article.text },
      entities: document.entities, relationships: document.relationships,
    });
  }
  return { sets, skipped, noGold: corpus.filter((a) => !paired.has(a.url)) };
}
