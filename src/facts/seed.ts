// The seed graph: the first article, as a facts document, loaded through the same path as any other.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import { ADMIN_TIMEOUT_MS, type Database } from '../db/database';
import { bool } from '../db/rowShape';
import { companionTextOf, withSourceText } from './files';
import { type LoadResult, loadFacts } from './load';

export const SEED_DIR = path.join(REPO_ROOT, 'facts', 'seed');

/**
 * The facts documents of facts/seed/. The article each was coded from sits beside it as .txt; it is stored as
 * the source's text (so the explorer's article view and `Source.text` work on the seed too), never read as an
 * article of its own.
 */
export function seedDocuments(): Array<{ file: string; document: unknown }> {
  return fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const full = path.join(SEED_DIR, file);
      const document = JSON.parse(fs.readFileSync(full, 'utf8')) as unknown;
      const text = companionTextOf(full);
      return { file, document: text === null ? document : withSourceText(document, text) };
    });
}

export async function loadSeed(db: Database): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  // The seed is written into a cold store at first start, where planning alone can pass the request timeout.
  for (const { document } of seedDocuments()) results.push(await loadFacts(db, document, 'seed', undefined, ADMIN_TIMEOUT_MS));
  return results;
}

/** Loads the seed only into an empty graph, so a restart never re-adds what a user removed. */
export async function loadSeedIfEmpty(db: Database): Promise<LoadResult[] | null> {
  const [row] = await db.read('database-is-empty');
  return row && bool(row, 'empty') ? loadSeed(db) : null;
}
