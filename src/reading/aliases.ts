// Aliases are names. An alias becomes a lookup key and a word the reader links mentions by, so only a proper-name
// variant may be one: "U.S.", "Sheikh Tamim", "al-Burhan", "Doha talks". Phrases that describe the thing
// ("the talks", "a ceasefire", "its delegation from ceasefire", "a breakdown in talks") are never aliases: every
// entity of their kind would share them. The rule reads only the phrase's shape (capitals, joiners, head nouns)
// and the entity's own name; it is pure and fast, so the reader can ask it of every mention.
import type { EntityKind } from '../generated/graphql';
import { PARTICLES, TITLES } from '../graph/names';
import { nameKey } from '../graph/vocabulary';

/** The entity an alias would belong to. */
export interface AliasOwner {
  name: string;
  kind: EntityKind;
}

/** Longer than this, a phrase is a description, whatever its shape. */
const MAX_WORDS = 12;
const MAX_LENGTH = 150;

/** Words that start a description, never a name: articles, possessives, demonstratives, quantifiers. */
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', "it's", 'their', 'his', 'her', 'our', 'my', 'your',
  'some', 'any', 'each', 'every', 'all', 'both', 'no', 'another', 'other', 'such', 'which', 'what', 'whose',
  'several', 'many', 'few', 'more', 'most',
]);

/**
 * Capitalised at a sentence start but still common words ("Earlier ceasefire", "New talks"): they may stand in a
 * name ("New York", "Second Intifada") but never make one on their own.
 */
const GENERIC = new Set([
  'earlier', 'later', 'new', 'previous', 'last', 'next', 'first', 'second', 'third', 'final', 'recent', 'latest',
  'current', 'potential', 'possible', 'proposed', 'ongoing', 'temporary', 'permanent', 'partial', 'lasting',
  'fragile', 'initial', 'further', 'fresh', 'renewed', 'direct', 'indirect', 'historic', 'landmark', 'long',
  'brief', 'full', 'formal', 'informal', 'broader', 'wider', 'limited', 'comprehensive', 'phased', 'failed',
  'stalled', 'then', 'meanwhile', 'however', 'also', 'yesterday', 'today', 'tomorrow', 'after', 'before', 'during',
  'since', 'while', 'when', 'where', 'there', 'here', 'officials', 'sources', 'reports',
]);

/**
 * Head nouns a name-like variant may end with once its proper part is said: "Doha talks", "Gaza ceasefire",
 * "U.S. military", "Rafah crossing". Capitalised ("Doha Talks") they are still heads, not names.
 */
const HEADS = new Set([
  'talks', 'negotiations', 'summit', 'conference', 'ceasefire', 'cease-fire', 'truce', 'armistice', 'war', 'wars',
  'conflict', 'agreement', 'accord', 'accords', 'deal', 'treaty', 'pact', 'process', 'plan', 'initiative',
  'framework', 'roadmap', 'crisis', 'campaign', 'offensive', 'operation', 'invasion', 'occupation', 'election',
  'elections', 'referendum', 'protests', 'uprising', 'revolution', 'strike', 'strikes', 'attack', 'attacks',
  'bombing', 'massacre', 'siege', 'blockade', 'meeting', 'meetings', 'forum', 'dialogue', 'peace', 'visit',
  'sanctions', 'exchange', 'military', 'army', 'navy', 'forces', 'government', 'administration', 'parliament',
  'cabinet', 'ministry', 'embassy', 'rebels', 'militants', 'militia', 'fighters', 'movement', 'border', 'crossing',
  'strip', 'city', 'province', 'region', 'district', 'camp', 'airport', 'port', 'river', 'valley', 'hospital',
]);

/** Joiners that only ever join: a phrase opening with one is a description ("the U.S. team", "of Gaza"). */
const LEADING_JOINERS_REFUSED = new Set(['the', 'of', 'and', 'for', 'y', 'e']);

type WordClass =
  | 'proper' // says who or what: "Tamim", "U.S.", "al-Burhan", "Türkiye", "Kirill A. Dmitriev"'s "A."
  | 'title' // "Sheikh", "President": allowed, but no name on its own
  | 'generic' // capitalised common word: "The", "Earlier"
  | 'determiner' // "a", "the", "its" in lower case
  | 'joiner' // "of", "bin", "al", "de" in lower case, between parts of a name
  | 'head' // "talks", "ceasefire"
  | 'number' // "60-day", "2024"
  | 'word'; // any other lower-case word

const bare = (word: string) => word.toLowerCase().replace(/’/g, "'").replace(/\.$/, '');
const startsUpper = (word: string) => /^\p{Lu}/u.test(word);
/** Scripts without case (Arabic, Chinese…) give no capitals to read: their words count as names. */
const caseless = (word: string) => /^\p{Lo}/u.test(word);
const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word);
const isAcronym = (word: string) => /^(?:\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(word);

/** One part of a hyphenated word ("al" and "Burhan" of "al-Burhan"): proper, a particle, or neither. */
function partClass(part: string): 'proper' | 'particle' | 'other' {
  if (PARTICLES.has(part.toLowerCase())) return 'particle';
  if (startsUpper(part) || caseless(part) || /\p{Lu}/u.test(part.slice(1))) return 'proper';
  return 'other';
}

function classify(word: string, index: number): WordClass {
  const lower = bare(word);
  if (/^\p{N}/u.test(word)) return 'number';
  if (HEADS.has(lower)) return 'head';
  if (isInitial(word) && index > 0) return 'proper';
  if (isAcronym(word) && !DETERMINERS.has(lower) && !GENERIC.has(lower)) return 'proper';
  const parts = word.split(/[-‐‑–—]/u).filter((p) => p !== '');
  if (parts.length > 1) {
    const classes = parts.map(partClass);
    return classes.includes('proper') && !classes.includes('other') ? 'proper' : 'word';
  }
  if (startsUpper(word) || caseless(word)) {
    if (TITLES.has(lower)) return 'title';
    if (DETERMINERS.has(lower) || GENERIC.has(lower)) return 'generic';
    if (PARTICLES.has(lower)) return 'joiner';
    return 'proper';
  }
  if (DETERMINERS.has(lower) && lower !== 'the') return 'determiner';
  if (PARTICLES.has(lower)) return 'joiner';
  return /\p{Lu}/u.test(word) ? 'proper' : 'word';
}

/** The phrase's words, trimmed of surrounding quotes, brackets and commas; possessive 's kept with its word. */
function words(phrase: string): string[] {
  return phrase.split(/\s+/u).map((w) => w.replace(/^[("'“‘[]+|[)"'”’\],;:!?]+$/gu, '')).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * Whether `alias` is a name of `entity`, fit to be an alias (and a lookup key): a capitalised proper name,
 * possibly with titles before it ("Sheikh Tamim"), joiners inside it ("United States of America", "Tamim bin
 * Hamad Al Thani", "the" only between capitals), and, once a proper word has been said, head nouns after it
 * ("Doha talks", "U.S. military"; not for people). Lower-case words other than these only when the entity's
 * own name has them ("Israeli hostages" of "Israeli hostages held by Hamas"). A phrase that starts with a
 * lower-case word or a determiner ("the talks", "a ceasefire", "its delegation from ceasefire"), that has no
 * proper word ("Earlier ceasefire", "60-day truce"), or that is longer than 12 words is a description.
 */
export function isNameAlias(alias: string, entity: AliasOwner): boolean {
  const trimmed = alias.trim();
  if (trimmed === '' || trimmed.length > MAX_LENGTH) return false;
  const key = nameKey(trimmed);
  if (key === '') return false;
  if (key === nameKey(entity.name)) return true;
  const list = words(trimmed);
  if (list.length === 0 || list.length > MAX_WORDS) return false;
  const own = new Set(words(entity.name).map(bare));
  const classes = list.map(classify);
  // Lower-case words of the entity's own name are part of its name ("hostages" of "Israeli hostages held by Hamas").
  const cls = classes.map((c, i) => (c === 'word' && own.has(bare(list[i] ?? '')) ? 'own' : c));
  const [first, second] = cls;
  const firstWord = bare(list[0] ?? '');
  if (first === 'determiner' || first === 'word' || first === 'head' || first === 'own') return false;
  // "The Hague", "New York": a capitalised common word opens a name only right before a proper word ("The" also
  // before titles); "Earlier ceasefire" and "The talks" are descriptions.
  if (first === 'generic' && second !== 'proper' && !(firstWord === 'the' && second === 'title')) return false;
  // A lower-case particle may open a name ("al-Burhan", "bin Salman", "de Gaulle"); "the", "of", "and" may not.
  if (first === 'joiner' && (LEADING_JOINERS_REFUSED.has(firstWord) || second !== 'proper')) return false;
  const firstProper = cls.indexOf('proper');
  if (firstProper < 0) return false;
  for (let i = 0; i < cls.length; i += 1) {
    const c = cls[i];
    if (c === 'word' || c === 'determiner') return false;
    if (c === 'head' && (i < firstProper || entity.kind === 'PERSON')) return false;
    if (c === 'own' && i < firstProper) return false;
    // A joiner joins: something must follow it ("Bank of England", not "talks of").
    if (c === 'joiner' && (i === cls.length - 1 || !['proper', 'joiner', 'title', 'generic'].includes(cls[i + 1] ?? ''))) return false;
  }
  return true;
}
