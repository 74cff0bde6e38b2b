// npm run eval:extract -- --corpus <dir> [--verbose [--missing-ends]] [--no-graph] — precision, recall and F1 of the reader against
// the gold sets, for the tuning half and then the test half (the headline, printed last), per article, per type
// and overall; then (unless --no-graph) the same articles read against a scratch graph holding the seed and the
// articles before them, and figures of the graph they leave: entities by kind, duplicate people and events,
// descriptive aliases. eval/README.md gives the split rule and the scoring rules.
import { EMPTY_DICTIONARY, readArticle } from '../src/reading';
import { argValue, corpusArg, halfOf, readCorpus, type Half } from './corpus';
import { countByKind, descriptiveAliases, duplicateEvents, duplicatePeople, pooledGold } from './graphFigures';
import { goldFiles, loadGoldSets, type GoldSet } from './goldSets';
import { runOnGraph } from './graphRun';
import { halfTables, scoreExtraction, type ArticleScore, type HalfTableOptions } from './scoring';

const HALVES: ReadonlyArray<{ half: Half; label: string }> = [
  { half: 'tuning', label: 'TUNING half (rules may be tuned on these)' },
  { half: 'test', label: 'TEST half: the headline (never tune on these)' },
];

function printHalves(title: string, sets: readonly GoldSet[], scores: ReadonlyMap<string, ArticleScore>, options: HalfTableOptions, only?: Half): void {
  for (const { half, label } of HALVES.filter((h) => only === undefined || h.half === only)) {
    const inHalf = sets.filter((s) => s.half === half).flatMap((s) => scores.get(s.id) ?? []);
    console.log(`\n=== ${title}: ${label}, ${inHalf.length} gold sets ===\n`);
    console.log(halfTables(inHalf, options).join('\n'));
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dir = corpusArg(argv, 'npm run eval:extract -- --corpus <dir> [--half tuning|test] [--verbose [--missing-ends] [--quotes]] [--no-graph]');
  const verbose = argv.includes('--verbose');
  const missingEnds = argv.includes('--missing-ends');
  const quotes = argv.includes('--quotes');
  // "--half tuning": print that half alone, so whoever tunes rules never sees the test half's misses.
  const halfArg = argValue(argv, '--half');
  if (halfArg !== undefined && halfArg !== 'tuning' && halfArg !== 'test') {
    console.error('--half takes tuning or test');
    process.exit(2);
  }
  const only = halfArg as Half | undefined;
  const corpus = readCorpus(dir);
  const { sets, skipped, noGold } = loadGoldSets(corpus);
  const tests = corpus.filter((a) => halfOf(a.url) === 'test').length;
  console.log(`corpus ${dir}: ${corpus.length} articles (${tests} test, ${corpus.length - tests} tuning; the seed is tuning)`);
  console.log(`gold sets: ${sets.length} (the seed and ${sets.length - 1} corpus articles)`);
  for (const s of skipped) console.log(`  gold skipped, its article is not in the corpus: ${s}`);
  for (const a of noGold) console.log(`  no gold (${halfOf(a.url)}): ${a.url}`);

  const scores = new Map<string, ArticleScore>();
  for (const set of sets) scores.set(set.id, scoreExtraction(set, await readArticle(set.article, EMPTY_DICTIONARY)));
  printHalves('Reader alone (empty dictionary: built-in data only)', sets, scores, { types: true, verbose, missingEnds, quotes }, only);
  if (argv.includes('--no-graph')) return;

  console.log('\nReading every corpus article against a scratch graph (seed, then the tuning half, then the test half, by url)…');
  const run = await runOnGraph(corpus, (m) => console.log(m));
  for (const f of run.failed) console.log(`  FAILED ${f}`);
  const linked = new Map<string, ArticleScore>();
  for (const set of sets) {
    const extraction = set.url === null ? undefined : run.extractions.get(set.url);
    if (extraction) linked.set(set.id, scoreExtraction(set, extraction));
  }
  printHalves('Read against the graph (readAgainstGraph, before each ingestArticle; seed not re-read)', sets.filter((s) => s.url !== null), linked, { types: false, verbose, missingEnds, quotes }, only);

  const gold = pooledGold([...sets.map((s) => s.entities), ...goldFiles().map((f) => f.document.entities)]);
  console.log(`\n=== Graph after the seed and ${corpus.length - run.failed.length} articles: ${run.entities.length} entities ===`);
  console.log([...countByKind(run.entities)].map(([kind, n]) => `  ${kind}: ${n}`).join('\n'));
  const people = duplicatePeople(run.entities, gold);
  console.log(`\nduplicate people: ${people.length} pairs`);
  for (const d of people) console.log(`  ${d.a} ~ ${d.b} (${d.why})`);
  const events = duplicateEvents(run.entities, gold);
  console.log(`\nduplicate events: ${events.length} pairs`);
  for (const d of events) console.log(`  ${d.a} ~ ${d.b} (${d.why})`);
  const aliases = descriptiveAliases(run.entities);
  console.log(`\ndescriptive aliases: ${aliases.length} on ${new Set(aliases.map((a) => a.id)).size} entities`);
  for (const a of aliases) console.log(`  ${a.id} (${a.kind}): "${a.alias}" (${a.why})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
