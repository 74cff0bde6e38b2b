// npm run eval:third-party -- --corpus <dir> — every place in the repository's tracked files where a run of 8 or
// more consecutive words of a corpus article appears: the articles belong to their publishers, so none of their
// sentences may sit in the product, its tests, fixtures, bench or docs. Skipped: eval/gold/*.json (the gold's
// quotes are its evidence) and facts/seed/ (the project's own input). URLs are left out of the comparison (an
// address names an article, it does not copy it). Exit code 1 when anything is found.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusArg, readCorpus, type CorpusArticle } from './corpus';

/** Words in a row that make a copy; short enough to catch a clause, long enough to miss stock phrases. */
export const RUN_WORDS = 8;

interface Word { key: string; start: number; end: number }

/** Lowercased words with their offsets; JSON escapes and URLs are blanked first (same length, so offsets hold). */
export function words(text: string): Word[] {
  const blanked = text
    .replace(/https?:\/\/\S+/g, (m) => ' '.repeat(m.length))
    .replace(/\\u[0-9a-fA-F]{4}|\\[nrt"\\/]/g, (m) => ' '.repeat(m.length));
  const out: Word[] = [];
  for (const m of blanked.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    out.push({ key: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const shingle = (ws: readonly Word[], i: number): string => ws.slice(i, i + RUN_WORDS).map((w) => w.key).join(' ');

export interface Copy { path: string; line: number; words: number; article: CorpusArticle; excerpt: string }

/** Runs of RUN_WORDS+ words of any article in `text`, merged where they overlap. */
export function findCopies(path: string, text: string, index: ReadonlyMap<string, CorpusArticle>): Copy[] {
  const ws = words(text);
  const copies: Copy[] = [];
  let i = 0;
  while (i + RUN_WORDS <= ws.length) {
    const article = index.get(shingle(ws, i));
    if (!article) { i++; continue; }
    let j = i + 1;
    while (j + RUN_WORDS <= ws.length && index.get(shingle(ws, j)) === article) j++;
    const first = ws[i] as Word;
    const last = ws[j + RUN_WORDS - 2] as Word;
    const excerpt = text.slice(first.start, last.end).replace(/\s+/g, ' ');
    copies.push({ path, line: text.slice(0, first.start).split('\n').length, words: j - i + RUN_WORDS - 1, article, excerpt });
    i = j + RUN_WORDS - 1;
  }
  return copies;
}

/** Every RUN_WORDS-word shingle of the corpus → the article it comes from. */
export function shingleIndex(articles: readonly CorpusArticle[]): Map<string, CorpusArticle> {
  const index = new Map<string, CorpusArticle>();
  for (const a of articles) {
    const ws = words(`${a.title}\n${a.text}`);
    for (let i = 0; i + RUN_WORDS <= ws.length; i++) if (!index.has(shingle(ws, i))) index.set(shingle(ws, i), a);
  }
  return index;
}

const SKIPPED = [/^eval\/gold\/[^/]+\.json$/, /^facts\/seed\//];

function main(): void {
  const dir = corpusArg(process.argv, 'npm run eval:third-party -- --corpus <dir>');
  const root = resolve(__dirname, '..');
  const index = shingleIndex(readCorpus(dir));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter((p) => p !== '');
  const copies: Copy[] = [];
  for (const path of tracked) {
    const full = join(root, path);
    if (SKIPPED.some((re) => re.test(path)) || !existsSync(full) || !statSync(full).isFile()) continue;
    const text = readFileSync(full, 'utf8');
    if (text.includes('\0')) continue;
    copies.push(...findCopies(path, text, index));
  }
  for (const c of copies) {
    const excerpt = c.excerpt.length > 140 ? `${c.excerpt.slice(0, 137)}…` : c.excerpt;
    console.log(`${c.path}:${c.line}  ${c.words} words of "${c.article.title}"\n    ${excerpt}`);
  }
  const files = new Map<string, number>();
  for (const c of copies) files.set(c.path, (files.get(c.path) ?? 0) + 1);
  console.log(`\n${copies.length} copied runs of ${RUN_WORDS}+ words in ${files.size} files (${tracked.length} tracked files read)`);
  for (const [path, n] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${path}: ${n}`);
  if (copies.length > 0) process.exitCode = 1;
}

if (require.main === module) main();
