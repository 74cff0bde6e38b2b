// "The president", "the prime minister", "the envoy": an office named alone refers back to the one person the
// article has named with that title ("Prime Minister Narendra Modi … The prime minister urged …"). Two people with
// the title ("President Lula met President Milei. The president …"), and it is no one.
import type { Mention, SentenceTokens } from './mentions';
import { POSSESSIVE } from './hostileWords';

/** Offices a bare description names by its last word. */
const OFFICE_HEADS = new Set(['president', 'minister', 'premier', 'chancellor', 'envoy', 'ambassador', 'king', 'emir', 'sultan', 'pope', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary-general', 'commander']);
/** Words that narrow an office and may stand before its head in a description: "the foreign minister". */
const OFFICE_MODIFIERS = new Set(['prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'special', 'vice', 'deputy', 'crown']);
/** Words that make another office of the head after them: a prime minister is never "the minister". */
const OTHER_OFFICE = new Set(['prime', 'vice', 'deputy', 'former', 'ex', 'acting', 'assistant', 'under', 'late', 'then']);
/** Sentences since the person was last named within which the bare office still means them. */
const REACH = 4;
/** Holders of one office kept, the latest titled: bounds the work on texts of many titled names. */
const KEPT = 16;

/**
 * Adds to each sentence's mentions the bare offices it holds ("the president"), resolved when exactly one person
 * named before with that title fits. Runs after anaphora.ts, over the article once; extends `mentions[i]` in place.
 */
export function resolveTitleReferences(sentences: readonly SentenceTokens[], mentions: Mention[][]): void {
  const holders = new Map<string, string[]>();
  const lastNamed = new Map<string, number>();
  sentences.forEach((s, i) => {
    const own = [...(mentions[i] ?? [])].sort((a, b) => a.first - b.first);
    const taken = new Set<number>();
    for (const m of own) for (let k = m.first; k < m.last; k++) taken.add(k);
    const added: Mention[] = [];
    let next = 0;
    for (let k = 0; k < s.tokens.length; k++) {
      while (next < own.length && (own[next]?.last ?? Infinity) <= k) note(own[next++], s, i, holders, lastNamed);
      if (s.tokens[k]?.lower !== 'the' || taken.has(k + 1)) continue;
      // "the prime minister", "the envoy": up to two narrowing words, then the office.
      let h = k + 1;
      while (h - k <= 2 && OFFICE_MODIFIERS.has(s.tokens[h]?.lower ?? '')) h++;
      const head = s.tokens[h];
      const after = s.tokens[h + 1];
      if (!head || !OFFICE_HEADS.has(head.lower) || taken.has(h)) continue;
      // "the president of Peru", "the president's aide", "the envoy, Steve Witkoff": someone else, or named.
      if (after && ((after.isWord && (after.capitalized || after.lower === 'of')) || POSSESSIVE.test(after.text) || after.text === '-')) continue;
      const key = s.tokens.slice(k + 1, h + 1).map((t) => t.lower).join(' ');
      const ids = [...new Set(holders.get(key) ?? [])].filter((id) => i - (lastNamed.get(id) ?? -Infinity) <= REACH);
      const [id] = ids;
      if (ids.length === 1 && id) added.push({ start: s.tokens[k]?.start ?? head.start, end: head.end, first: k, last: h + 1, entityId: id, kind: 'PERSON', form: 'anaphor', inTitle: false });
      k = h;
    }
    for (const m of own.slice(next)) note(m, s, i, holders, lastNamed);
    mentions[i] = [...own, ...added].sort((a, b) => a.first - b.first);
  });
}

/** Records a person's mention: when, and under which bare offices their title lets a later text name them. */
function note(m: Mention | undefined, s: SentenceTokens, i: number, holders: Map<string, string[]>, lastNamed: Map<string, number>): void {
  if (!m || m.kind !== 'PERSON' || m.form === 'anaphor') return;
  lastNamed.set(m.entityId, i);
  if (m.np === undefined) return;
  const words = s.tokens.slice(m.np, m.first).filter((t) => t.isWord).map((t) => t.lower);
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
