// People and bodies named after what they are, as custody and sanctions news names them ("detained reporter X",
// "freed three Israeli hostages", "blacklisted Chinese drone maker DJI"): the target a verb reaches past a
// description, where targetAfter (clauses.ts) stops at the first word that is no filler.
import { BOUNDARY_WORDS, groupAround, outerFirst } from './clauses';
import type { Mention } from './mentions';
import type { Token } from './tokens';

const NUMBER = /^\d[\d,.]*$/;
/** Words that start an object which is no person: "released a statement on", "froze the funds of". */
const NOT_PERSON_OBJECTS = new Set(['statement', 'statements', 'report', 'reports', 'video', 'footage', 'images', 'details', 'figures', 'list', 'names',
  'document', 'documents', 'plan', 'results', 'funds', 'money', 'cash', 'assets', 'data', 'information', 'findings', 'letter', 'photos']);
/** Words after a name that are no noun it owns: prepositions, conjunctions, times ("sanctioned DJI last year"). */
const NOT_OWNED_NOUNS = /^(in|on|at|to|for|from|with|by|over|into|of|and|or|nor|again|also|too|last|this|next|earlier|yesterday|today|overnight|twice|once|is|are|was|were|has|have|had|be|been)$/;
/** Counts and quantities before captives: "three Israeli hostages", "dozens of protesters". */
const COUNT_WORDS = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|scores|several|some|many|more|about|around|nearly|almost|over|at|least)$/;

/**
 * A person or a collective named after what they are, as custody news names them: "detained reporter Evan
 * Marsh", "freed French tourist Ana Ruiz", "released three Israeli hostages", "detained two Canadians, Tom Bell
 * and Jo Marsh". Lower-case words, counts and demonyms may stand before the name (five words at most); a
 * name of another kind, a preposition or a participle ends the description.
 */
export function describedTargetAfter(actors: readonly Mention[], all: readonly Mention[], tokens: readonly Token[], from: number, bodies = false): Mention[] {
  // With `bodies`, a company or body too: "blacklisted Chinese drone maker DJI".
  const people = (m: Mention): boolean => m.kind === 'PERSON' || m.kind === 'GROUP' || (bodies && m.kind === 'ORGANIZATION');
  for (let k = from; k < tokens.length && k - from <= 5; k++) {
    // A titled person's phrase may open before `from` ("the assets of President X"): any phrase covering k counts.
    const idx = actors.findIndex((m) => outerFirst(m, all) <= k && k <= m.first);
    const m = actors[idx];
    // "Hamas commander X", "Daily Mirror reporter X": a name before a lower-case noun says whose they are.
    const next = m ? tokens[m.last] : undefined;
    // A collective is whose nobody is: "two Israeli hostages held in Gaza" are the hostages.
    const whose = m !== undefined && m.kind !== 'PERSON' && m.kind !== 'GROUP' && next?.isWord === true && !next.capitalized && !BOUNDARY_WORDS.has(next.lower)
      && !next.lower.endsWith('ly') && !NOT_OWNED_NOUNS.test(next.lower);
    // "two French citizens, X and Y": the people the apposition names, rather than the collective.
    const named = m?.kind === 'GROUP' && tokens[m.last]?.text === ',' ? actors.findIndex((a) => outerFirst(a, all) === m.last + 1 && a.kind === 'PERSON') : -1;
    if (named >= 0) return groupAround(actors, named, tokens, all).filter((a) => a.kind === 'PERSON');
    if (m && !whose && people(m)) return groupAround(actors, idx, tokens, all).filter(people);
    const demonym = all.find((d) => d.form === 'demonym' && d.first === k);
    if (demonym) { k = demonym.last - 1; continue; }
    if (m && whose) { k = m.last - 1; continue; }
    if (m) return [];
    const t = tokens[k];
    if (!t) return [];
    // "two Canadians, Tom Bell and Jo Marsh": an apposition after the description names them.
    // "four Iranian officials, including Interior Minister X": those named among them.
    if (t.text === ',' && k > from) {
      const at = /^(including|among)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
      const named = actors.findIndex((a) => outerFirst(a, all) === at && a.kind === 'PERSON');
      return named >= 0 ? groupAround(actors, named, tokens, all).filter((a) => a.kind === 'PERSON') : [];
    }
    // "Wall Street Journal reporter X": capitalised words no mention holds may name an employer.
    const plain = t.isWord && !BOUNDARY_WORDS.has(t.lower) && !NOT_PERSON_OBJECTS.has(t.lower) && !t.lower.endsWith('ing');
    const counted = t.lower === 'of' && COUNT_WORDS.test(tokens[k - 1]?.lower ?? '');
    const preposition = /^(in|on|at|to|for|from|with|by|over|into|after|under|against|about|of)$/.test(t.lower);
    // "British-Iranian aid worker X": a hyphen joins two words of the description; "women’s rights activist X".
    const owned = /^['’]s$/.test(t.text) && tokens[k - 1]?.isWord === true && !tokens[k - 1]?.capitalized;
    if (!(NUMBER.test(t.text) || COUNT_WORDS.test(t.lower) || counted || (plain && !preposition) || t.text === '-' || owned)) return [];
  }
  return [];
}
