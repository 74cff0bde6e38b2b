// The evaluation corpus: real articles kept outside the repository (their texts belong to their publishers),
// read from a folder given on the command line, and the fixed rule that splits them into tuning and test halves.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusArticle { title: string; url: string; publisher?: string; publishedAt?: string | null; text: string; file: string }

export type Half = 'tuning' | 'test';

/** Test half when the first hex digit of SHA-256(url) is even; a rule nobody can tune towards. */
export function halfOf(url: string): Half {
  const first = createHash('sha256').update(url).digest('hex')[0] ?? '0';
  return parseInt(first, 16) % 2 === 0 ? 'test' : 'tuning';
}

/** Every article of every `*.jsonl` in `dir` (one JSON object a line), in file then line order. */
export function readCorpus(dir: string): CorpusArticle[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, i]) => {
      const a = JSON.parse(line) as Partial<CorpusArticle>;
      if (typeof a.url !== 'string' || typeof a.text !== 'string') throw new Error(`${file}:${i + 1}: an article needs a url and a text`);
      return { title: a.title ?? a.url, url: a.url, publisher: a.publisher, publishedAt: a.publishedAt ?? null, text: a.text, file };
    }));
}

/** `--name value` from argv, or undefined. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The corpus folder from `--corpus <dir>`, or an exit with a usage line. */
export function corpusArg(argv: readonly string[], usage: string): string {
  const dir = argValue(argv, '--corpus');
  if (!dir) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return dir;
}
