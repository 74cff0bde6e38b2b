// Article texts for measuring the reader at the size limit: realistic news written from templates (made-up people,
// real country names, the verbs the reader codes), and the hostile inputs users sent (bracket and punctuation runs,
// one endless sentence, thousands of capitalised words in a row…). No real article text: every sentence is generated.
import { createRandom, pick } from './random';
import { entityName } from './names';

/** The hostile article shapes, each repeated up to the size asked for. */
export const HOSTILE_KINDS = [
  'brackets', 'dots', 'question-quotes', 'spaced-dots', 'endless-sentence', 'capitalised-words',
  'combining-marks', 'hyphens', 'apostrophes', 'mixed-punctuation', 'initials', 'dotted-acronym',
  'denials', 'title-for', 'country-list', 'talks', 'curly-quotes',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

const UNITS: Record<HostileKind, (i: number) => string> = {
  brackets: () => '(',
  dots: () => '.',
  'question-quotes': () => '?"',
  'spaced-dots': () => '. ',
  // No full stop anywhere: one sentence the size of the article.
  'endless-sentence': (i) => ['the talks went on ', 'and the delegation waited ', 'while officials met ', 'for another round '][i % 4] ?? '',
  'capitalised-words': (i) => `${['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'][i % 8] ?? ''} `,
  'combining-marks': () => 'a\u0301',
  hyphens: () => '-',
  apostrophes: () => "'",
  'mixed-punctuation': (i) => ['.', '!', '?', '"', ')', '’'][i % 6] ?? '',
  // "A. B. C. …": every dot follows a single capital, the case the abbreviation check looks back over.
  initials: (i) => `${String.fromCharCode(65 + (i % 26))}. `,
  // "U.S.U.S.U.S…": one dotted token as long as the article.
  'dotted-acronym': (i) => `${String.fromCharCode(65 + (i % 26))}.`,
  // Rule-shaped sentences over and over: every denial opens a disputed scope, every candidate is checked against them.
  denials: (i) => `${['Qatar', 'Egypt', 'Iran'][i % 3] ?? ''} denied reports that Israel struck Hamas in Gaza. `,
  // A title pointing at a country takes that country's span back (EntityTable.removeSpan).
  'title-for': (i) => (i % 2 ? 'Ukraine said the talks would go on. ' : 'Special Representative for Ukraine General Petro Ivanov arrived. '),
  'country-list': (i) => `${['Egypt', 'Qatar', 'Israel', 'Iran', 'Jordan', 'France'][i % 6] ?? ''}, `,
  talks: (i) => `${['Egypt', 'Qatar', 'Turkey'][i % 3] ?? ''} mediated the Cairo ceasefire talks between Israel and Hamas. `,
  'curly-quotes': (i) => ['“', '”', '‘', '’'][i % 4] ?? '',
};

/** `bytes` UTF-8 bytes (at most) of one hostile shape. */
export function hostileText(kind: HostileKind, bytes: number): string {
  const unit = UNITS[kind];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const piece = unit(i);
    const pieceBytes = Buffer.byteLength(piece);
    if (size + pieceBytes > bytes) break;
    parts.push(piece);
    size += pieceBytes;
  }
  return parts.join('');
}

const COUNTRIES = ['Egypt', 'Qatar', 'Israel', 'Iran', 'Ukraine', 'Russia', 'Turkey', 'France', 'Jordan', 'Lebanon', 'Yemen',
  'the United States', 'the United Kingdom', 'Saudi Arabia', 'Sudan', 'Poland', 'Germany', 'Japan', 'India', 'Pakistan'];
const DEMONYMS = ['Egyptian', 'Qatari', 'Israeli', 'Iranian', 'Ukrainian', 'Russian', 'Turkish', 'French', 'U.S.', 'British'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defense Minister', 'Special Envoy', 'Gen.', 'Ambassador', 'spokesperson'];
const CITIES = ['Cairo', 'Doha', 'Istanbul', 'Geneva', 'Vienna', 'Amman', 'Riyadh', 'Paris'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = ['a ceasefire', 'the release of hostages', 'humanitarian aid', 'border security', 'a prisoner exchange', 'grain exports'];

type Pick = <T>(items: readonly T[]) => T;

const TEMPLATES: ReadonlyArray<(p: Pick, person: () => string, group: () => string) => string> = [
  (p, person) => `${p(DEMONYMS)} ${p(TITLES)} ${person()} met ${p(TITLES)} ${person()} in ${p(CITIES)} on ${p(DAYS)} to discuss ${p(TOPICS)}.`,
  (p) => `${p(COUNTRIES)}, ${p(COUNTRIES)} and ${p(COUNTRIES)} have been trying to mediate an agreement between ${p(COUNTRIES)} and ${p(COUNTRIES)}.`,
  (p, person) => `“We will not accept any deal that ignores ${p(TOPICS)},” ${person()} told reporters in ${p(CITIES)}.`,
  (p, _person, group) => `${p(COUNTRIES)} struck ${group()} positions near ${p(CITIES)} late on ${p(DAYS)}, according to officials.`,
  (p, person) => `${person()}, director of the ${p(['Central Bank', 'National Security Council', 'Foreign Ministry'])}, said the talks would resume in ${p(CITIES)}.`,
  (p) => `The ${p(DEMONYMS)} delegation arrived in ${p(CITIES)} on ${p(DAYS)}, Jan. ${p(['3', '12', '21', '28'])}, for a second round of talks.`,
  (p, _person, group) => `${p(COUNTRIES)} accused ${group()} of violating the truce, and ${p(COUNTRIES)}’s government condemned the attack.`,
  (p, person) => `Is ${p(COUNTRIES)} ready to sign? ${person()} declined to say, but added that “progress has been made.”`,
  (p) => `Some ${p(['1,200', '4,500', '30,000', '250'])} people were displaced in the U.S.-brokered operation, the U.N. said.`,
  (p, person) => `${person()} visited ${p(COUNTRIES)} and urged ${p(COUNTRIES)} to reject the proposal (which it has so far welcomed).`,
];

/**
 * Realistic news prose of about `bytes` UTF-8 bytes: paragraphs of generated sentences with titled made-up people,
 * countries, cities, quotes, abbreviations and possessives; the same seed gives the same text.
 */
export function newsText(bytes: number, seed = 1): string {
  const random = createRandom(seed);
  const p: Pick = (items) => pick(random, items);
  const people = Array.from({ length: 400 }, () => entityName(random, 'PERSON'));
  const groups = Array.from({ length: 60 }, () => entityName(random, 'GROUP'));
  const person = (): string => p(people);
  const group = (): string => p(groups);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => p(TEMPLATES)(p, person, group));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  const text = paragraphs.join('\n\n');
  // Cut at the last paragraph that fits.
  let cut = text.length;
  while (Buffer.byteLength(text.slice(0, cut)) > bytes) cut = text.lastIndexOf('\n\n', cut - 1);
  return text.slice(0, Math.max(0, cut));
}
