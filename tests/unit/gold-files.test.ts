// Every gold facts document in eval/gold/ is well formed: valid against facts/facts-document.schema.json (the
// product's validator, ajv), every from/to an entity of the same document, every type and kind in the vocabulary,
// entity ids unique, the article's url present. With NEWSGRAPH_CORPUS naming the corpus folder (eval/README.md)
// every quote is also checked verbatim against its article's text, matched by url; without it that part is
// skipped, and says so.
import fs from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../../eval/corpus';
import { validateFactsDocument } from '../../src/facts/validate';
import { isEntityKind, isRelationshipType } from '../../src/graph/vocabulary';

const GOLD_DIR = path.resolve(__dirname, '../../eval/gold');
const files = fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort();
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(GOLD_DIR, file), 'utf8'));

interface Gold {
  source: { id: string; url?: string };
  entities: Array<{ id: string; kind: string }>;
  relationships: Array<{ type: string; from: string; to: string; quote: string }>;
}

it('there are gold files to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('gold file %s', (file) => {
  const doc = read(file) as Gold;

  it('is valid against the facts document schema (the product\'s validator)', () => {
    const { problems } = validateFactsDocument(doc);
    expect(problems).toEqual([]);
  });

  it('has unique entity ids, known kinds and types, and every from/to among its own entities', () => {
    const ids = doc.entities.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(doc.entities.filter((e) => !isEntityKind(e.kind)).map((e) => `${e.id}: ${e.kind}`)).toEqual([]);
    expect(doc.relationships.filter((r) => !isRelationshipType(r.type)).map((r) => r.type)).toEqual([]);
    const known = new Set(ids);
    expect(doc.relationships.flatMap((r) => [r.from, r.to]).filter((id) => !known.has(id))).toEqual([]);
  });

  it('names its article by url', () => {
    expect(doc.source.url).toMatch(/^https?:\/\/\S+$/);
  });
});

const corpusDir = process.env.NEWSGRAPH_CORPUS;

if (corpusDir) {
  it('NEWSGRAPH_CORPUS names a folder', () => {
    expect(fs.existsSync(corpusDir) && fs.statSync(corpusDir).isDirectory()).toBe(true);
  });
}

const corpus = corpusDir && fs.existsSync(corpusDir) && fs.statSync(corpusDir).isDirectory() ? readCorpus(corpusDir) : null;
const quotesTitle = corpus
  ? `quotes are verbatim in their article (corpus ${corpusDir})`
  : 'quotes are verbatim in their article: SKIPPED, set NEWSGRAPH_CORPUS to the corpus folder to check them';

(corpus ? describe : describe.skip)(quotesTitle, () => {
  const byUrl = new Map((corpus ?? []).map((a) => [a.url, a.text]));
  it.each(files)('%s', (file) => {
    const doc = read(file) as Gold;
    const text = byUrl.get(doc.source.url ?? '');
    expect({ url: doc.source.url, inCorpus: text !== undefined }).toEqual({ url: doc.source.url, inCorpus: true });
    expect(doc.relationships.filter((r) => !(text ?? '').includes(r.quote)).map((r) => r.quote)).toEqual([]);
  });
});
