// Given names, learnt from the PETRARCH2 office-holder dictionary (lexicon/petrarch2/persons.json, MIT): the first
// word of the people's names it lists. An unknown "Ana Ruiz" whose first word is a given name many office-holders
// bear is a person wherever it stands, with no title or verb to say so.
import { personsByKey } from './lexicon';
import { ORG_CUES, PLACE_CUES } from './names';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles';

/** First words borne by at least this many listed people: a given name, not a one-off word of a name. */
const MIN_BEARERS = 3;

let names: ReadonlySet<string> | undefined;

/** Lower-cased given names (first words of listed people's names), without title, body or place words. */
export function givenNames(): ReadonlySet<string> {
  if (names) return names;
  const counts = new Map<string, number>();
  const seen = new Set<unknown>();
  for (const matches of personsByKey().values()) {
    for (const { actor } of matches) {
      if (seen.has(actor)) continue;
      seen.add(actor);
      const words = actor.name.split(/\s+/);
      const first = words[0] ?? '';
      if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(first)) continue;
      const key = first.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [w, n] of counts) {
    if (n >= MIN_BEARERS && !TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !ORG_CUES.has(w) && !PLACE_CUES.has(w) && !NOT_GIVEN.has(w)) out.add(w);
  }
  names = out;
  return out;
}

/** Words that open many listed names but as often open a place's or a body's ("San Marino", "New Delhi"). */
const NOT_GIVEN = new Set(['san', 'santa', 'santo', 'saint', 'st', 'new', 'north', 'south', 'east', 'west', 'port', 'fort', 'sir', 'lord', 'lady', 'dame', 'mount', 'el', 'la', 'le', 'los', 'las', 'de', 'al', 'abu', 'bin', 'ben', 'united', 'great', 'upper', 'lower', 'grand', 'central', 'royal', 'national', 'first', 'second', 'sheikh', 'prince', 'princess', 'king', 'queen', 'general', 'colonel', 'major', 'captain', 'doctor', 'father', 'mother', 'brother', 'sister', 'imam', 'mullah', 'ayatollah', 'rabbi', 'bishop', 'cardinal', 'pope', 'president', 'minister', 'justice', 'judge', 'ambassador', 'mr', 'mrs', 'ms', 'dr',
  // Given names that are also words of parties and peoples: "Christian Democrats", "American Airlines".
  'christian', 'american', 'democratic', 'liberal', 'social', 'justice', 'victory', 'hope', 'grace', 'faith']);
