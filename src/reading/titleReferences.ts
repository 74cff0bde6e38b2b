// "The president", "the prime minister", "the envoy": an office named alone refers back to the one person the
// article has named with that title ("Prime Minister Narendra Modi … The prime minister urged …"). Two people with
// the title ("President Lula met President Milei. The president …"), and it is no one.
import { sentenceMentions } from './anaphora';
import type { Mention, SentenceTokens } from './mentions';
import { POSSESSIVE } from './hostileWords';
import type { Token } from './tokens';
import { gazetteer } from './gazetteer';

/** Offices a bare description names by its last word. */
const OFFICE_HEADS = new Set(['president', 'minister', 'premier', 'chancellor', 'envoy', 'ambassador', 'king', 'emir', 'sultan', 'pope', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary-general', 'commander']);
/** Words that narrow an office and may stand before its head in a description: "the foreign minister". */
const OFFICE_MODIFIERS = new Set(['prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'special', 'vice', 'deputy', 'crown']);
/** Words that make another office of the head after them: a prime minister is never "the minister". */
const OTHER_OFFICE = new Set(['prime', 'vice', 'deputy', 'former', 'ex', 'acting', 'assistant', 'under', 'late', 'then']);
/** Sentences since the person was last named within which the bare office still means them. */
const REACH = 4;
/** Offices that a head of state or government holds: a leader the article names untitled may hold them too. */
const LEADER_OFFICES = /\b(president|premier|prime minister|chancellor|king|emir|sultan)$/;
/** Holders of one office kept, the latest titled: bounds the work on texts of many titled names. */
const KEPT = 16;

/**
 * What the article has shown of people so far: when each was last named, who was titled, and when someone who may
 * lead a state (anyone untitled but a known envoy) was last named without a title.
 */
interface Seen { lastNamed: Map<string, number>; titled: Set<string>; untitledLeader: number }

/**
 * Adds to each sentence's mentions the bare offices it holds ("the president"), resolved when exactly one person
 * named before with that title fits. Runs after anaphora.ts, over the article once; extends `mentions[i]` in place.
 */
export function resolveTitleReferences(sentences: readonly SentenceTokens[], mentions: Mention[][]): void {
  const holders = new Map<string, string[]>();
  const lastNamed = new Map<string, number>();
  // "President Joe Biden spoke. Vladimir Putin visited Minsk. The president …": Putin may be meant, untitled.
  const seen: Seen = { lastNamed, titled: new Set(), untitledLeader: -Infinity };
  sentences.forEach((s, i) => {
    const { own, taken } = sentenceMentions(mentions[i]);
    const added: Mention[] = [];
    let next = 0;
    for (let k = 0; k < s.tokens.length; k++) {
      while (next < own.length && (own[next]?.last ?? Infinity) <= k) note(own[next++], s, i, holders, seen);
      if (s.tokens[k]?.lower !== 'the' || taken.has(k + 1)) continue;
      // "the prime minister", "the envoy": up to two narrowing words, then the office.
      const words = officeWords(s.tokens, k + 1, k + 6);
      let h = 0;
      while (h < 2 && OFFICE_MODIFIERS.has(words[h]?.word ?? '')) h++;
      const head = words[h];
      const end = s.tokens[(head?.end ?? 0) - 1];
      const after = s.tokens[head?.end ?? 0];
      if (!head || !end || !OFFICE_HEADS.has(head.word) || taken.has(head.end - 1)) continue;
      // "the president of Peru", "the president's aide", "the envoy, Steve Witkoff": someone else, or named.
      if (after && ((after.isWord && (after.capitalized || after.lower === 'of')) || POSSESSIVE.test(after.text) || after.text === '-')) continue;
      const key = words.slice(0, h + 1).map((w) => w.word).join(' ');
      if (LEADER_OFFICES.test(key) && i - seen.untitledLeader <= REACH) continue;
      const ids = [...new Set(holders.get(key) ?? [])].filter((id) => i - (lastNamed.get(id) ?? -Infinity) <= REACH);
      const [id] = ids;
      if (ids.length === 1 && id) added.push({ start: s.tokens[k]?.start ?? end.start, end: end.end, first: k, last: head.end, entityId: id, kind: 'PERSON', form: 'anaphor', inTitle: false });
      k = head.end - 1;
    }
    for (const m of own.slice(next)) note(m, s, i, holders, seen);
    mentions[i] = [...own, ...added].sort((a, b) => a.first - b.first);
  });
}

/** Records a person's mention: when, and under which bare offices their title lets a later text name them. */
function note(m: Mention | undefined, s: SentenceTokens, i: number, holders: Map<string, string[]>, seen: Seen): void {
  if (!m || m.kind !== 'PERSON' || m.form === 'anaphor') return;
  seen.lastNamed.set(m.entityId, i);
  if (m.np === undefined) {
    if (!seen.titled.has(m.entityId) && gazetteer().entities.get(m.entityId)?.role !== 'ENVOY_OF') seen.untitledLeader = i;
    return;
  }
  seen.titled.add(m.entityId);
  const words = officeWords(s.tokens, m.np, m.first, true).map((w) => w.word);
  const h = words.length - 1;
  if (!OFFICE_HEADS.has(words[h] ?? '')) return;
  // "Prime Minister X" is "the prime minister", never "the minister"; "Foreign Minister X" is both.
  const other = words.findIndex((w) => OTHER_OFFICE.has(w));
  const keys = other >= 0 ? [words.slice(other).join(' ')] : [words[h] ?? '', ...(OFFICE_MODIFIERS.has(words[h - 1] ?? '') ? [words.slice(h - 1).join(' ')] : [])];
  for (const key of keys) {
    const held = holders.get(key) ?? [];
    held.push(m.entityId);
    holders.set(key, held.slice(-KEPT));
  }
}

/**
 * The words from token `from` to `to`, lower-cased, a hyphenated pair as one ("secretary-general"), each with its
 * end: up to the first mark, or past every mark in a title ("U.S. President").
 */
function officeWords(tokens: readonly Token[], from: number, to: number, pastMarks = false): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    const t = tokens[k];
    if (!t || (!t.isWord && !pastMarks)) break;
    if (!t.isWord) continue;
    const joined = tokens[k + 1]?.text === '-' && tokens[k + 1]?.start === t.end && tokens[k + 2]?.isWord ? k + 2 : k;
    out.push({ word: tokens.slice(k, joined + 1).map((w) => w.lower).join(''), end: joined + 1 });
    k = joined;
  }
  return out;
}
