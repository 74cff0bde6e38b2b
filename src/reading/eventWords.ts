// The words that make an event of an article: the nouns of talks, truces and deals ("talks", "cease-fire",
// "declaration"), the proper names of accords and summits ("the Helsinki Accords"), and the words saying what
// talks are about ("peace talks"). Shared by the event finder (events.ts) and the acts towards it (eventActs.ts).
import type { Token } from './tokens';

export type EventWord = 'talks' | 'ceasefire' | 'deal';

const TALK_NOUNS = new Set(['talks', 'negotiations', 'meeting', 'consultations', 'summit', 'negotiation']);
export const TRUCE_NOUNS = new Set(['ceasefire', 'truce', 'armistice']);
const DEAL_NOUNS = new Set(['agreement', 'deal', 'arrangement', 'accord', 'accords', 'declaration', 'treaty', 'pact', 'memorandum']);

/** An event noun at token k ("talks", "ceasefire", "cease-fire"), with the token after it. */
export function eventNounAt(tokens: readonly Token[], k: number): { last: number; word: EventWord } | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.lower === 'cease' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'fire') return { last: k + 3, word: 'ceasefire' };
  if (TRUCE_NOUNS.has(t.lower)) return { last: k + 1, word: 'ceasefire' };
  if (TALK_NOUNS.has(t.lower)) return { last: k + 1, word: 'talks' };
  if (DEAL_NOUNS.has(t.lower)) return { last: k + 1, word: 'deal' };
  return null;
}

/**
 * What talks are about, when it names a process that outlives one round and one venue ("peace talks",
 * "accession talks", "nuclear talks"). Words for a round or its manner ("direct", "new", "second") are not
 * among them: "direct talks in Oslo" are named by their venue.
 */
export const SUBJECT_WORDS = new Set([
  'peace', 'ceasefire', 'truce', 'accession', 'trade', 'nuclear', 'normalization', 'normalisation', 'reconciliation',
  'unity', 'border', 'security', 'hostage', 'debt', 'climate', 'disarmament', 'membership',
]);

/** Heads of the proper names of accords, summits and processes ("the Ankara Declaration", "the Oslo Accords"). */
const NAMED_HEADS = new Set([
  'Declaration', 'Agreement', 'Accord', 'Accords', 'Treaty', 'Protocol', 'Pact', 'Memorandum', 'Charter', 'Summit',
  'Process', 'Initiative', 'Communiqué', 'Communique', 'Roadmap', 'Framework', 'Compact',
]);

const NOT_IN_NAMES = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'His', 'Her', 'In', 'On', 'At', 'After', 'Before', 'Under']);

/** A capitalised name ending at token k on an accord's head ("Ankara Declaration"): the token its name starts at, or -1. */
export function namedEventStart(tokens: readonly Token[], k: number): number {
  const head = tokens[k];
  if (!head || !NAMED_HEADS.has(head.text)) return -1;
  let j = k;
  while (j > 0) {
    const t = tokens[j - 1];
    if (!t || NOT_IN_NAMES.has(t.text)) break;
    const word = t.isWord && (t.capitalized || /^\p{N}/u.test(t.text));
    // "Minsk-2", "G7": a hyphen joins two parts of one name.
    if (!word && !(t.text === '-' && j - 2 >= 0 && tokens[j - 2]?.capitalized)) break;
    j -= 1;
  }
  // A name needs a word of its own before the head; a sentence opener alone ("Agreement was …") is not one.
  return j < k && !(j === 0 && k - j === 1 && NOT_IN_NAMES.has(tokens[0]?.text ?? '')) ? j : -1;
}
