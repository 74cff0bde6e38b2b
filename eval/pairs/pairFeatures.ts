// What a pair of actors in one sentence looks like to the trial's pair model (learnedPairs.ts): the kinds and order of
// the two, the words between them and the lexicon's act types for those words, and a few words either side. Words
// are single lower-case tokens; the lexicon's types (CAMEO verb patterns, compiled in src/reading/patterns/) carry most of the
// weight, so what was learned on some articles applies to verbs the lexicon knows and the articles never used.
import type { Mention } from '../../src/reading';
import type { Token } from '../../src/reading/tokens';
import { verbIndex } from '../../src/reading/patterns/verbIndex';

/** Words either side of the pair that are looked at. */
const SIDE_WORDS = 2;

function gapBucket(n: number): string {
  return n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+';
}

/** Act types the lexicon gives a word ("mediated" → MEDIATES), none for words it does not know. */
function actTypes(word: string): string[] {
  return [...new Set((verbIndex().get(word) ?? []).map((r) => r.type))];
}

/** The features of `from` acting on `to` in a sentence; `mentions` are the sentence's actors, in order. */
export function pairFeatures(tokens: readonly Token[], mentions: readonly Mention[], from: Mention, to: Mention): string[] {
  const forward = from.first < to.first;
  const left = forward ? from : to;
  const right = forward ? to : from;
  const order = forward ? 'fwd' : 'rev';
  const kinds = `${from.kind}>${to.kind}`;
  const f = ['bias', `kinds:${kinds}`, `order:${order}`, `kinds-order:${kinds}|${order}`, `forms:${from.form}>${to.form}`];
  const between = tokens.slice(left.last, right.first);
  const words = between.filter((t) => t.isWord);
  f.push(`gap:${gapBucket(words.length)}`);
  const inside = mentions.filter((m) => m.first >= left.last && m.last <= right.first && m !== from && m !== to).length;
  f.push(`others:${inside === 0 ? '0' : inside === 1 ? '1' : '2+'}`);
  let firstAct = '';
  for (const t of between) {
    if (!t.isWord) {
      if (t.text === ',' || t.text === '"' || t.text === '“' || t.text === '”' || t.text === '(' || t.text === ';') f.push(`p:${t.text}`);
      continue;
    }
    f.push(`w:${t.lower}`);
    for (const type of actTypes(t.lower)) {
      f.push(`act:${type}`, `act-order:${type}|${order}`, `act-kinds:${type}|${kinds}`);
      if (firstAct === '') firstAct = type;
    }
  }
  if (firstAct !== '') f.push(`first-act:${firstAct}|${order}`);
  if (words.length === 0) f.push(`adjacent:${between.map((t) => t.lower).join('')}`);
  const before = tokens.slice(Math.max(0, left.first - SIDE_WORDS), left.first);
  before.forEach((t, k) => f.push(`l${before.length - k}:${t.lower}`));
  const after = tokens.slice(right.last, right.last + SIDE_WORDS);
  after.forEach((t, k) => f.push(`r${k + 1}:${t.lower}`));
  for (const t of after) for (const type of actTypes(t.lower)) f.push(`after-act:${type}|${order}`);
  if (mentions[0] === from) f.push('from-first');
  return [...new Set(f)];
}
