// npm run eval:parser -- --corpus <dir> --texts <dir>            writes each gold article's text as <sha1>.txt
// npm run eval:parser -- --corpus <dir> --parses <dir> [--test]   scores the reader with and without facts from
//                                                                  Stanford CoreNLP's dependency parses of them
// The trial behind docs/reading.md "A syntactic parser, measured": does a dependency parse find facts the reader's
// clause patterns miss? Verbs come from the reader's own verb index, the ends from the reader's own entity
// mentions, so the only thing tried is the parse. The parses are CoreNLP's JSON (tokenize,ssplit,pos,lemma,depparse;
// the command is printed by --texts); the jars are not part of the product.
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { EMPTY_DICTIONARY, readArticle, type Extraction, type ExtractedRelationship } from '../src/reading';
import { NEGATIONS } from '../src/reading/hedges';
import { verbIndex } from '../src/reading/patterns/verbIndex';
import { argValue, corpusArg, readCorpus } from './corpus';
import { loadGoldSets, type GoldSet } from './goldSets';
import { halfTables, scoreExtraction, type ArticleScore } from './scoring';

interface ParsedToken { index: number; word: string; pos: string; characterOffsetBegin: number; characterOffsetEnd: number }
interface Dependency { dep: string; governor: number; dependent: number }
interface ParsedSentence { tokens: ParsedToken[]; enhancedPlusPlusDependencies: Dependency[] }

const ACTOR_KINDS = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP']);
const HEDGES = new Set(['would', 'could', 'may', 'might', 'should']);
/** Children of an argument's head that name its owner or kind: "Israeli forces", "Iran's nuclear sites". */
const MODIFIERS = new Set(['compound', 'amod']);
const OWNERS = new Set(['nmod:poss', 'nmod:of']);

const textKey = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Facts the reader has not got, read off subject–verb–object arcs whose verb the reader's verb index knows. */
export function factsFromParse(text: string, sentences: readonly ParsedSentence[], extraction: Extraction): ExtractedRelationship[] {
  const kinds = new Map(extraction.entities.map((e) => [e.id, e.kind]));
  const have = new Set(extraction.relationships.map((r) => `${r.from}|${r.type}|${r.to}`));
  const out: ExtractedRelationship[] = [];
  for (const s of sentences) {
    const token = (i: number): ParsedToken => s.tokens[i - 1] as ParsedToken;
    const children = (i: number): Dependency[] => s.enhancedPlusPlusDependencies.filter((d) => d.governor === i);
    const entityAt = (i: number): string | undefined => {
      const t = token(i);
      return extraction.entities.find((e) => e.mentions.some((m) => m.start <= t.characterOffsetBegin && t.characterOffsetEnd <= m.end))?.id;
    };
    const entityOf = (i: number, owners: boolean): string | undefined => entityAt(i)
      ?? children(i).filter((k) => MODIFIERS.has(k.dep) || (owners && OWNERS.has(k.dep))).map((k) => entityAt(k.dependent)).find((e) => e !== undefined);
    for (const verb of s.tokens) {
      const rules = verb.pos.startsWith('VB') ? verbIndex().get(verb.word.toLowerCase()) : undefined;
      if (!rules) continue;
      const kids = children(verb.index);
      const word = (d: Dependency): string => token(d.dependent).word.toLowerCase();
      if (kids.some((k) => (k.dep === 'advmod' && NEGATIONS.has(word(k))) || (k.dep === 'aux' && HEDGES.has(word(k))) || (k.dep === 'mark' && (word(k) === 'if' || word(k) === 'whether')))) continue;
      const particles = kids.filter((k) => k.dep === 'compound:prt').map(word);
      const passive = kids.some((k) => k.dep === 'nsubj:pass' || k.dep === 'aux:pass');
      for (const rule of rules) {
        if (rule.particles && !rule.particles.every((p) => particles.includes(p))) continue;
        if (passive && !rule.passive) continue;
        const of = (deps: readonly string[]): number[] => kids.filter((k) => deps.includes(k.dep)).map((k) => k.dependent);
        const subjects = passive ? of(['obl:agent']) : of(['nsubj', 'nsubj:xsubj']);
        const objects = passive ? of(['nsubj:pass']) : rule.objectVia.flatMap((via) => of(via === '' ? ['obj'] : [`obl:${via}`, `nmod:${via}`]));
        for (const si of subjects) for (const oi of objects) {
          const from = entityOf(si, false);
          const to = entityOf(oi, true);
          if (!from || !to || from === to || !ACTOR_KINDS.has(kinds.get(from) ?? '')) continue;
          const targetKind = kinds.get(to) ?? '';
          const fits = rule.eventTargets ? targetKind === 'EVENT'
            : rule.placesOnly ? targetKind === 'PLACE'
              : rule.organizationsOnly ? targetKind === 'ORGANIZATION'
                : ACTOR_KINDS.has(targetKind) || (rule.placeTargets === true && targetKind === 'PLACE');
          if (!fits) continue;
          for (const [a, b] of rule.symmetric || rule.mutualObject ? [[from, to], [to, from]] : [[from, to]]) {
            const key = `${a}|${rule.type}|${b}`;
            if (!a || !b || have.has(key)) continue;
            have.add(key);
            const ends = [si, oi, verb.index].map(token);
            const start = Math.min(...ends.map((t) => t.characterOffsetBegin));
            const end = Math.max(...ends.map((t) => t.characterOffsetEnd));
            out.push({ type: rule.type, from: a, to: b, quote: text.slice(start, end), span: { start, end }, confidence: rule.confidence, rule: `parse:${rule.lemma}`, stance: 'SUPPORTS' });
          }
        }
      }
    }
  }
  return out;
}

function writeTexts(sets: readonly GoldSet[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  const files = sets.map((s) => join(dir, `${textKey(s.article.text)}.txt`));
  sets.forEach((s, i) => writeFileSync(files[i] as string, s.article.text));
  writeFileSync(join(dir, 'files.txt'), `${files.join('\n')}\n`);
  console.log(`${sets.length} texts in ${dir}. Parse them with CoreNLP 4.5.10 (stanford-corenlp and its -models jar from Maven Central):`);
  console.log(`  java -mx3g -cp 'stanford-corenlp-4.5.10.jar:stanford-corenlp-4.5.10-models.jar' edu.stanford.nlp.pipeline.StanfordCoreNLP \\`);
  console.log(`    -annotators tokenize,ssplit,pos,lemma,depparse -outputFormat json -filelist ${join(dir, 'files.txt')} -outputDirectory <parses dir>`);
}

async function scoreWithParses(sets: readonly GoldSet[], dir: string, withTest: boolean): Promise<void> {
  const plain = new Map<string, ArticleScore>();
  const parsed = new Map<string, ArticleScore>();
  let added = 0;
  for (const set of sets) {
    const file = join(dir, `${textKey(set.article.text)}.txt.json`);
    if (!existsSync(file)) throw new Error(`no parse for ${set.id}: ${file}`);
    const sentences = (JSON.parse(readFileSync(file, 'utf8')) as { sentences: ParsedSentence[] }).sentences;
    const extraction = await readArticle(set.article, EMPTY_DICTIONARY);
    plain.set(set.id, scoreExtraction(set, extraction));
    const extra = factsFromParse(set.article.text, sentences, extraction);
    added += extra.length;
    parsed.set(set.id, scoreExtraction(set, { ...extraction, relationships: [...extraction.relationships, ...extra] }));
  }
  for (const half of withTest ? ['tuning', 'test'] : ['tuning']) {
    for (const [label, scores] of [['reader alone', plain], ['reader + parse', parsed]] as const) {
      const inHalf = sets.filter((s) => s.half === half).flatMap((s) => scores.get(s.id) ?? []);
      const overall = halfTables(inHalf, { types: false, verbose: false }).find((l) => l.startsWith('| overall'));
      console.log(`${half} half, ${label}: ${overall ?? ''}`);
    }
  }
  console.log(`facts added from the parses: ${added}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const usage = 'npm run eval:parser -- --corpus <dir> (--texts <dir> | --parses <dir> [--test])';
  const { sets } = loadGoldSets(readCorpus(corpusArg(argv, usage)));
  const texts = argValue(argv, '--texts');
  const parses = argValue(argv, '--parses');
  if (texts) writeTexts(sets, texts);
  else if (parses) await scoreWithParses(sets, parses, argv.includes('--test'));
  else throw new Error(usage);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
