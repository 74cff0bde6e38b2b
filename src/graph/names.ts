// What the words of a name are: titles and honorifics that come before a person's name ("Sheikh", "President"),
// particles that join its parts ("bin", "al-", "de"), and the significant words left once both are set aside.
// Shared by the alias rule (src/reading/aliases.ts) and duplicate detection (src/graph/duplicates.ts), so both
// read "Sheikh Tamim" and "Tamim bin Hamad Al Thani" the same way.
import { nameKey } from './vocabulary';

/** Titles and honorifics, lower case, without their dots: they say what a person is, not who. */
export const TITLES: ReadonlySet<string> = new Set([
  'sheikh', 'sheik', 'shaikh', 'emir', 'amir', 'king', 'queen', 'prince', 'princess', 'crown', 'sultan', 'sayyed',
  'sayyid', 'imam', 'ayatollah', 'president', 'vice', 'prime', 'minister', 'secretary', 'foreign', 'defense',
  'defence', 'chancellor', 'premier', 'governor', 'mayor', 'senator', 'sen', 'rep', 'representative', 'speaker',
  'ambassador', 'envoy', 'special', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen', 'lt', 'col',
  'colonel', 'major', 'maj', 'commander', 'admiral', 'marshal', 'field', 'chief', 'deputy', 'director', 'chairman',
  'chairwoman', 'chair', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'rev', 'reverend', 'father', 'saint', 'st', 'his', 'her',
  'highness', 'majesty', 'excellency', 'former', 'late', 'acting', 'interim',
]);

/**
 * Particles inside names, lower case: "Tamim bin Hamad Al Thani", "al-Burhan", "Charles de Gaulle", "Bank of
 * England". Written lower case inside a name; "Al" capitalised in "Al Thani" is still a particle.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'al-', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'bint', 'ibn', 'ben', 'bat',
  'de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'ter',
  'y', 'e', 'of', 'the', 'and', 'for',
]);

/** Words of a name in order: split on spaces, hyphens and dashes, trimmed of punctuation, lower case, accents kept. */
export function nameWords(name: string): string[] {
  return name
    .split(/[\s\-‐‑‒–—]+/u)
    .map((word) => word.toLowerCase().replace(/['’]s$/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/\./g, ''))
    .filter((word) => word !== '');
}

/**
 * The words that say who or what: a name's words without titles and particles, keyed like `lookup`
 * ("Sheikh Tamim" → [tamim]; "Abdel-Fattah al-Burhan" → [abdel, fattah, burhan]). A name made only of titles or
 * particles keeps its words, so it is never empty when the name has a letter.
 */
export function significantWords(name: string): string[] {
  const words = nameWords(name);
  const significant = words.filter((word) => !TITLES.has(word) && !PARTICLES.has(word));
  return (significant.length ? significant : words).map(nameKey).filter((word) => word !== '');
}
