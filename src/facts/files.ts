// Facts documents on disk: a file or a folder (recursively) of `.json` (one document per file) and `.ndjson` /
// `.jsonl` (one document per line). Each document remembers its file and line, so failures can point at it.
import fs from 'node:fs';
import path from 'node:path';

export interface DocumentAt {
  file: string;
  /** 1-based line: the document's line in NDJSON, 1 for a whole-file JSON document. */
  line: number;
  text: string;
}

const EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl']);

/** The document files under `target`, sorted by path so loads are repeatable. */
export function documentFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  return fs.readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return documentFiles(full);
      return EXTENSIONS.has(path.extname(entry.name)) ? [full] : [];
    });
}

export function documentsIn(file: string): DocumentAt[] {
  const text = fs.readFileSync(file, 'utf8');
  if (path.extname(file) === '.json') return [{ file, line: 1, text }];
  const docs: DocumentAt[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') docs.push({ file, line: i + 1, text: line });
  });
  return docs;
}
