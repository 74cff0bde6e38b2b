// Where a page is extracted. Parsing and Readability are synchronous: 0.3–0.7 ms per kB of HTML on this shared
// machine (eval/links.ts: 0.39 MB in 115–280 ms, by load), so a small page is extracted in process and a large one (over IN_PROCESS_BYTES) in a
// worker thread of its own, within ARTICLE_READ_TIMEOUT_MS, at most MAX_WORKERS at once; one more is refused (429).
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ArticleReadTimeoutError, OperationLimitError } from '../errors';
import { extractArticle, type PageArticle } from './extractArticle';

/** Pages up to this size hold the main thread for at most ~150 ms. */
export const IN_PROCESS_BYTES = 200 * 1024;
const MAX_WORKERS = 2;
let running = 0;

function spawn(html: string): Worker {
  // As readingPool/spawn.ts: compiled, plain node; from TypeScript, tsx's require hook.
  if (path.extname(__filename) === '.js') return new Worker(path.join(__dirname, 'extractWorker.js'), { workerData: html, execArgv: [] });
  return new Worker(path.join(__dirname, 'extractWorker.ts'), { workerData: html, execArgv: ['--require', require.resolve('tsx/cjs')] });
}

export async function extractPage(html: string, timeoutMs: number): Promise<PageArticle> {
  if (html.length <= IN_PROCESS_BYTES) return extractArticle(html);
  if (running >= MAX_WORKERS) throw new OperationLimitError('linkExtractions', MAX_WORKERS, running + 1, 429);
  running++;
  const worker = spawn(html);
  try {
    return await new Promise<PageArticle>((resolve, reject) => {
      const timer = setTimeout(() => reject(new ArticleReadTimeoutError(timeoutMs)), timeoutMs);
      worker.once('message', (article: PageArticle) => { clearTimeout(timer); resolve(article); });
      worker.once('error', (error) => { clearTimeout(timer); reject(error); });
      worker.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the page extraction worker stopped (exit code ${code})`)); });
    });
  } finally {
    running--;
    void worker.terminate();
  }
}
