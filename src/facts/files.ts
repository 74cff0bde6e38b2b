// Facts documents on disk: a file or a folder (recursively) of `.json` (one document per file) and `.ndjson` /
// `.jsonl` (one document per line), and articles: `.txt` (one per file) or article objects in the same JSON
// files (see articleFiles.ts). Each document remembers its file and line, so failures can point at it.
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
      return EXTENSIONS.has(path.extname(entry.name)) ? [full] : [];
    });
}

export function documentsIn(file: string): DocumentAt[] {
  const text = fs.readFileSync(file, 'utf8');
  if (WHOLE_FILE.has(path.extname(file))) return [{ file, line: 1, text }];
  const docs: DocumentAt[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') docs.push({ file, line: i + 1, text: line });
  });
  return docs;
}
