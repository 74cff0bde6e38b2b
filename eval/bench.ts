// npm run bench:extract — the reader's speed on one core: the dev articles and the seed, read over and over
// (a warm-up, then at least five seconds), as sentences/s and articles/s.
import { EMPTY_DICTIONARY, readArticle } from '../src/reading';
import { splitSentences } from '../src/reading/sentences';
import { loadGoldSets } from './goldSets';

async function main(): Promise<void> {
  const articles = loadGoldSets().map((s) => s.article);
  const sentencesPerRound = articles.reduce((n, a) => n + splitSentences(a.text).length, 0);
  const round = async (): Promise<void> => {
    for (const a of articles) await readArticle(a, EMPTY_DICTIONARY);
  };
  for (let i = 0; i < 20; i++) await round();
  const started = process.hrtime.bigint();
  let rounds = 0;
  let elapsed = 0;
  while (elapsed < 5) {
    await round();
    rounds++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  const sentences = rounds * sentencesPerRound;
  console.log(`${articles.length} articles, ${sentencesPerRound} sentences per round, ${rounds} rounds in ${elapsed.toFixed(2)} s`);
  console.log(`sentences/s: ${Math.round(sentences / elapsed)}`);
  console.log(`articles/s:  ${Math.round((rounds * articles.length) / elapsed)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
