// The seed graph: the first article, as a facts document, loaded through the same path as any other.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import type { Database } from '../db/database';
import { bool } from '../db/rowShape';
import { type LoadResult, loadFacts } from './load';

export const SEED_DIR = path.join(REPO_ROOT, 'facts', 'seed');

export function seedDocuments(): Array<{ file: string; document: unknown }> {
  return fs
    .readdirSync(SEED_DIR)
    // Facts documents only: the article each was read from sits beside it as .txt.
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, document: JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), 'utf8')) as unknown }));
}

export async function loadSeed(db: Database): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const { document } of seedDocuments()) results.push(await loadFacts(db, document, 'seed'));
  return results;
}

/** Loads the seed only into an empty graph, so a restart never re-adds what a user removed. */
export async function loadSeedIfEmpty(db: Database): Promise<LoadResult[] | null> {
  const [row] = await db.read('database-is-empty');
  return row && bool(row, 'empty') ? loadSeed(db) : null;
}
