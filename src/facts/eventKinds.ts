// What kind of event a name names, from its head noun: "Gaza ceasefire negotiations in Doha" is talks (the
// ceasefire is what they are about), "Israel–Hezbollah ceasefire" a ceasefire. Pure: names in, kinds out.
import { foldName } from './personNames';

export type EventKind = 'talks' | 'ceasefire' | 'summit' | 'war' | 'agreement' | 'election' | 'exchange';

/** Head nouns by kind; a word in two lists would make a name's kind depend on list order, so none is. */
const HEADS: ReadonlyArray<readonly [EventKind, readonly string[]]> = [
  ['talks', ['talks', 'talk', 'negotiations', 'negotiation', 'consultations', 'meeting', 'meetings', 'dialogue', 'conference']],
  ['ceasefire', ['ceasefire', 'ceasefires', 'truce', 'armistice', 'cessation']],
  ['summit', ['summit', 'summits']],
  ['war', ['war', 'wars', 'conflict', 'fighting', 'campaign', 'offensive', 'invasion']],
  ['agreement', ['agreement', 'deal', 'accord', 'accords', 'treaty', 'arrangement', 'pact', 'declaration', 'memorandum', 'protocol', 'charter']],
  ['election', ['election', 'elections', 'vote', 'referendum', 'poll', 'polls']],
  ['exchange', ['exchange', 'swap', 'release']],
];

const KIND_OF = new Map<string, EventKind>(HEADS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

/** Words after which a name goes on about something else: "talks in Doha", "deal between …", "war of …". */
const TAIL = new Set(['in', 'at', 'on', 'over', 'between', 'with', 'of', 'for', 'about', 'to', 'from', 'against', 'among']);

function words(name: string): string[] {
  // "cease-fire" is one word; other hyphens and dashes ("Israel–Hamas") separate.
  return foldName(name).replace(/cease-fire/g, 'ceasefire').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The kind of event `name` names: the last event noun before the first preposition; null when it has none. */
export function eventKind(name: string): EventKind | null {
  let kind: EventKind | null = null;
  for (const word of words(name)) {
    if (TAIL.has(word) && kind) break;
    kind = KIND_OF.get(word) ?? kind;
  }
  return kind;
}

/**
 * A name with spelling, articles and synonyms set aside, for "same name" comparisons: "the Gaza cease-fire
 * negotiations" and "Gaza ceasefire talks" are both "gaza ceasefire talks".
 */
export function eventNameKey(name: string): string {
  const canonical = new Map<string, string>(HEADS.map(([kind, list]) => [kind, list[0] ?? kind]));
  return words(name)
    .filter((w) => w !== 'the' && w !== 'a' && w !== 'an')
    .map((w) => {
      const kind = KIND_OF.get(w);
      return kind ? canonical.get(kind) ?? w : w;
    })
    .join(' ');
}

/**
 * The key of a name's head phrase, before what follows its head noun ("Gaza ceasefire negotiations in Doha" →
 * "gaza ceasefire talks"), and whether anything followed. A name with nothing after its head names the process
 * itself ("Gaza ceasefire talks"); the words after it usually name one round, by its venue or date.
 */
export function eventHeadKey(name: string): { key: string; tail: boolean } {
  const list = words(name);
  let seen = false;
  let end = list.length;
  for (const [i, word] of list.entries()) {
    if (TAIL.has(word) && seen) { end = i; break; }
    if (KIND_OF.has(word)) seen = true;
  }
  return { key: eventNameKey(list.slice(0, end).join(' ')), tail: end < list.length };
}

/** Whether `word` is an event's head noun ("talks", "Ceasefire", "cease-fire"). */
export function isEventNoun(word: string): boolean {
  return KIND_OF.has(words(word).join(''));
}
