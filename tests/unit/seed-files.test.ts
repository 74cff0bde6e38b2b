// The seed folder holds each facts document with the article it was coded from; the article becomes the source's
// text, never an article of its own (for the seed loader and for `npm run ingest` alike).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentFiles, documentsIn } from '../../src/facts/files';
import { SEED_DIR, seedDocuments } from '../../src/facts/seed';
import { ARTICLE_FILE } from '../fixtures/article';

function sourceText(document: unknown): unknown {
  return (document as { source?: { text?: unknown } }).source?.text;
}

test('the seed loader reads the facts documents of facts/seed/, with the article beside each as its source text', () => {
  expect(fs.existsSync(ARTICLE_FILE)).toBe(true);
  const docs = seedDocuments();
  expect(docs.map((d) => d.file)).toEqual([path.basename(ARTICLE_FILE, '.txt') + '.json']);
  expect(sourceText(docs[0]?.document)).toBe(fs.readFileSync(ARTICLE_FILE, 'utf8'));
});

test('npm run ingest takes a .txt beside a same-named .json as that document\'s text, and a lone .txt as an article', () => {
  expect(documentFiles(SEED_DIR).map((f) => path.basename(f))).toEqual([path.basename(ARTICLE_FILE, '.txt') + '.json']);
  const [doc] = documentsIn(path.join(SEED_DIR, path.basename(ARTICLE_FILE, '.txt') + '.json'));
  expect(sourceText(JSON.parse(doc?.text ?? '{}'))).toBe(fs.readFileSync(ARTICLE_FILE, 'utf8'));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-companion-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ source: { id: 'a', title: 'A', text: 'kept' } }));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'ignored: the document has its own text');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'A title\nAn article on its own.');
    expect(documentFiles(dir).map((f) => path.basename(f))).toEqual(['a.json', 'b.txt']);
    expect(sourceText(JSON.parse(documentsIn(path.join(dir, 'a.json'))[0]?.text ?? '{}'))).toBe('kept');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
