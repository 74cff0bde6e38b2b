// Reads the import's inputs: the same files `npm run ingest` takes (facts documents in .json, .ndjson, .jsonl),
// read line by line so a corpus of any size never has to fit in one string. Each document is parsed and
// validated as bulk ingest does; articles (.txt, article objects) are reported, not read: the reader links
// what it finds to what the graph holds, so articles are ingested into the imported store afterwards.
import path from 'node:path';
import type { Problem } from '../errors';
import { isArticleObject } from '../facts/articleFiles';
import { documentFiles, documentsIn } from '../facts/files';
import { type FactsDocument, validateFactsDocument } from '../facts/validate';
import { numberedLines } from './numberedLines';

/** Where a document sits in the input, so a failure can point at it. */
export interface InputPlace {
  file: string;
  /** 1-based line: the document's line in NDJSON, 1 for a whole-file JSON document. */
  line: number;
}

export type InputDocument =
  | { at: InputPlace; document: FactsDocument }
  | { at: InputPlace; failure: { message: string; problems: Problem[] } };

const ARTICLES_LATER = 'an article: the import reads facts documents only; ingest articles into the new store afterwards with npm run ingest';

function parsed(at: InputPlace, text: string): InputDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { at, failure: { message: `not JSON: ${error instanceof Error ? error.message : String(error)}`, problems: [] } };
  }
  if (isArticleObject(value)) return { at, failure: { message: ARTICLES_LATER, problems: [] } };
  const { document, problems } = validateFactsDocument(value);
  return document ? { at, document } : { at, failure: { message: 'invalid facts document', problems } };
}

function* linesOf(file: string): Generator<InputDocument> {
  for (const [line, text] of numberedLines(file)) if (text.trim() !== '') yield parsed({ file, line }, text);
}

/** Every document under `targets` (files or folders, in the order ingest reads them), parsed and validated. */
export async function* readDocuments(targets: readonly string[]): AsyncGenerator<InputDocument> {
  for (const target of targets) {
    for (const file of documentFiles(target)) {
      const extension = path.extname(file);
      if (extension === '.txt') yield { at: { file, line: 1 }, failure: { message: ARTICLES_LATER, problems: [] } };
      else if (extension === '.json') for (const at of documentsIn(file)) yield parsed({ file, line: at.line }, at.text);
      else yield* linesOf(file);
    }
  }
}
