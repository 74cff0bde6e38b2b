// The gold sets: the seed article with its facts document, and the dev articles with eval/gold/<id>.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/reading';
import type { GoldEntity, Triple } from './score';

export interface GoldSet { id: string; article: Article; entities: GoldEntity[]; relationships: Triple[] }

interface FactsDocument { source?: { id?: string; title?: string }; entities: GoldEntity[]; relationships: Triple[] }

const ROOT = join(__dirname, '..');

function readDocument(path: string): FactsDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as FactsDocument;
}

/** Every article that has both text and gold; articles whose gold is not written yet are skipped. */
export function loadGoldSets(): GoldSet[] {
  const sets: GoldSet[] = [];
  const seedDoc = join(ROOT, 'facts/seed/000_bc5c66fe0f957d4d.json');
  const seedText = join(ROOT, 'facts/seed/000_bc5c66fe0f957d4d.txt');
  if (existsSync(seedDoc) && existsSync(seedText)) {
    const doc = readDocument(seedDoc);
    const id = doc.source?.id ?? 'seed';
    sets.push({ id, article: { id, title: doc.source?.title ?? id, text: readFileSync(seedText, 'utf8') }, entities: doc.entities, relationships: doc.relationships });
  }
  const lines = readFileSync(join(ROOT, 'eval/dev/articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const line of lines) {
    const article = JSON.parse(line) as Article & { id: string };
    const goldPath = join(ROOT, 'eval/gold', `${article.id}.json`);
    if (!existsSync(goldPath)) continue;
    const doc = readDocument(goldPath);
    sets.push({ id: article.id, article, entities: doc.entities, relationships: doc.relationships });
  }
  return sets;
}
