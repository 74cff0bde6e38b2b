// Facts documents on disk: a file or a folder (recursively) of `.json` (one document per file) and `.ndjson` /
// `.jsonl` (one document per line), and articles: `.txt` (one per file) or article objects in the same JSON
// files (see articleFiles.ts). Each document remembers its file and line, so failures can point at it.
// A `.txt` beside a same-named `.json` facts document is the article that document was coded from (as in
// facts/seed/): it becomes the document's source text, not an article of its own.
import fs from 'node:fs';
import path from 'node:path';

export interface DocumentAt {
  file: string;
  /** 1-based line: the document's line in NDJSON, 1 for a whole-file JSON document. */
  line: number;
  text: string;
}

const EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl', '.txt']);
/** Files that hold one document each; the others hold one per line. */
const WHOLE_FILE = new Set(['.json', '.txt']);

/** The document files under `target`, sorted by path so loads are repeatable. */
export function documentFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  return fs.readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return documentFiles(full);
      if (path.extname(entry.name) === '.txt' && fs.existsSync(companionDocumentOf(full))) return [];
      return EXTENSIONS.has(path.extname(entry.name)) ? [full] : [];
    });
}

function companionDocumentOf(txtFile: string): string {
  return txtFile.slice(0, -'.txt'.length) + '.json';
}

/** The text of the article a `.json` facts document was coded from (`X.txt` beside `X.json`), if there is one. */
export function companionTextOf(jsonFile: string): string | null {
  if (path.extname(jsonFile) !== '.json') return null;
  const txt = jsonFile.slice(0, -'.json'.length) + '.txt';
  return fs.existsSync(txt) ? fs.readFileSync(txt, 'utf8') : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The document with `source.text` set, unless it has a text already or no source object (validation reports that). */
export function withSourceText(document: unknown, text: string): unknown {
  if (!isRecord(document) || !isRecord(document.source) || document.source.text !== undefined) return document;
  return { ...document, source: { ...document.source, text } };
}

export function documentsIn(file: string): DocumentAt[] {
  const text = fs.readFileSync(file, 'utf8');
  if (WHOLE_FILE.has(path.extname(file))) return [{ file, line: 1, text: withCompanionText(file, text) }];
  const docs: DocumentAt[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') docs.push({ file, line: i + 1, text: line });
  });
  return docs;
}

/** A whole-file facts document with its companion article attached as `source.text` (unparseable text is left for bulkIngest to report). */
function withCompanionText(file: string, content: string): string {
  const text = companionTextOf(file);
  if (text === null) return content;
  try {
    return JSON.stringify(withSourceText(JSON.parse(content) as unknown, text));
  } catch {
    return content;
  }
}
