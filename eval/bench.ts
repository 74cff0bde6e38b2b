// npm run bench:extract -- --corpus <dir> — the reader's speed on one core: the corpus articles and the seed, read
// over and over (a warm-up, then at least five seconds), as sentences/s and articles/s.
import { EMPTY_DICTIONARY, readArticle } from '../src/reading';
import { splitSentences } from '../src/reading/sentences';
import { corpusArg, readCorpus } from './corpus';
import { loadGoldSets } from './goldSets';

async function main(): Promise<void> {
  const corpus = readCorpus(corpusArg(process.argv.slice(2), 'npm run bench:extract -- --corpus <dir>'));
  const seed = loadGoldSets([]).sets.map((s) => s.article);
  const articles = [...seed, ...corpus.map((a) => ({ title: a.title, url: a.url, text: a.text }))];
  const sentencesPerRound = articles.reduce((n, a) => n + splitSentences(a.text).length, 0);
  const round = async (): Promise<void> => {
    for (const a of articles) await readArticle(a, EMPTY_DICTIONARY);
  };
  for (let i = 0; i < 20; i++) await round();
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let rounds = 0;
  let elapsed = 0;
  while (elapsed < 5) {
    await round();
    rounds++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  const cpuUsed = process.cpuUsage(cpuStarted);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const sentences = rounds * sentencesPerRound;
  const docs = rounds * articles.length;
  console.log(`${articles.length} articles, ${sentencesPerRound} sentences per round, ${rounds} rounds in ${elapsed.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`);
  // Wall time counts what other processes take from this core; CPU time is the reader's own cost.
  console.log(`sentences/s: ${Math.round(sentences / elapsed)} (wall), ${Math.round(sentences / cpu)} (CPU)`);
  console.log(`articles/s:  ${Math.round(docs / elapsed)} (wall), ${Math.round(docs / cpu)} (CPU)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
