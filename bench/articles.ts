// `npm run bench:articles [-- --articles N --concurrency 1,4 --entities 1000 --seed 2]`: W7 on its own — the dev
// articles through extraction and ingest, end to end, via newsgraph's `ingestArticle` mutation and via the CLI
// path, into a scratch store; prints articles/s, relationships written/s and p50/p99 per article.
// A benchmark, not a test: it asserts nothing and its numbers depend on the machine.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { measureArticles } from './harness/articles';
import { renderArticles } from './harness/report';

const log = (msg: string): void => console.log(`[bench:articles ${new Date().toISOString().slice(11, 19)}] ${msg}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '40' },
      concurrency: { type: 'string', default: '1,4' },
      entities: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '2' },
    },
  });
  const articles = Number(values.articles);
  const concurrencies = (values.concurrency ?? '1,4').split(',').map(Number);
  const backgroundEntities = Number(values.entities);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be an integer >= 1');
  if (!concurrencies.every((c) => Number.isInteger(c) && c >= 1)) throw new Error('--concurrency must be integers >= 1, e.g. 1,4');
  if (!Number.isInteger(backgroundEntities) || backgroundEntities < 0) throw new Error('--entities must be an integer >= 0');
  const report = await measureArticles({ articles, concurrencies, backgroundEntities, seed: Number(values.seed), log });
  console.log(`\n${renderArticles(report).join('\n')}\n\n${os.cpus().length} cores, Node ${process.version}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
