// Titles before a name ("Turkish Foreign Minister Hakan Fidan") and what they make of the person, after the gold
// conventions in eval/README.md: heads of state, government or an organization LEAD it; every other official
// of a state is its ENVOY_OF; an official of a non-state organization is its MEMBER_OF.

/** The last word of a title, right before the name. */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'emir', 'king', 'queen', 'sultan', 'leader', 'sheikh',
  'envoy', 'ambassador', 'representative', 'emissary', 'negotiator', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'aide', 'adviser', 'advisor', 'chief', 'commander', 'general', 'gen', 'director',
  'deputy', 'diplomat', 'governor', 'mayor', 'senator', 'lawmaker', 'ayatollah', 'prince', 'head', 'coordinator',
  'mediator', 'officer', 'colonel', 'admiral', 'speaker', 'chairman', 'chairwoman', 'chair', 'office', 'amir', 'delegate', 'consul',
  'monarch', 'sheikha', 'shaikh', 'dr', 'mr', 'mrs', 'ms', 'marshal', 'spokesperson', 'attorney', 'justice', 'judge',
  'prosecutor', 'ombudsman', 'lieutenant', 'major', 'captain', 'brigadier', 'commissioner', 'elect', 'designate',
  // "Hamas member X", "X, a senior member of Hamas": a member of an organization.
  'member',
  // Lawmakers: "Labour MP X", "Republican Congressman X" (partyAffiliations.ts gives the party).
  'mp', 'congressman', 'congresswoman', 'legislator', 'parliamentarian',
  // "his Chinese counterpart Wang Yi": the same office as the person whose counterpart it is (titledPeople.ts).
  'counterpart',
  // A company's head: "Gulf Oil CEO X", "X, chief executive of Gulf Oil".
  'ceo', 'executive',
  // "Georgian Dream party founder X": a party's founder is its member (a state's founder holds no office now).
  'founder',
  // "Chad's strongman X", "X, Belarus's longtime ruler": how news names a head of state who holds power unelected.
  'ruler', 'strongman',
  // "Freedonia PM Ana Ruiz": the press's short form of prime minister (titledPeople.ts reads it only in capitals).
  'pm',
  // "X, the Freedom Party candidate": a party's candidate is its member; a state's candidate holds no office.
  'candidate',
  // "X, a leading figure in the Freedom Party", "Hamas figure X": a party's or movement's figure is its member.
  'figure',
  // "Peru PM X": the prime minister, as headlines and British papers write it.
  'pm',
]);

/** Words that may stand inside a title before its head ("Deputy Foreign", "Middle East", "investment"). */
export const TITLE_MODIFIERS = new Set([
  'foreign', 'defense', 'defence', 'deputy', 'vice', 'special', 'senior', 'top', 'prime', 'interior', 'finance',
  'economy', 'presidential', 'investment', 'intelligence', 'military', 'national', 'security', 'middle', 'east',
  'chief', 'state', 'acting', 'supreme', 'crown', 'former', 'army', 'political', 'bureau', 'press', 'assistant',
  'humanitarian', 'peace', 'regional', 'health', 'justice', 'energy', 'trade', 'affairs', 'of', 'for', 'the',
  'staff', 'lead', 'chief', 'assistant', 'general', 'secretary', 'minister', 'president', 'sheikh', 'emir', 'head',
  'envoy', 'representative', 'official', 'leader', 'commander', 'director', 'strategic', 'senior', 'cabinet',
  'king', 'queen', 'prince', 'amir', 'sultan', 'ex', 'outgoing', 'opposition', 'party', 'armed', 'forces', 'navy',
  'air', 'force', 'high', 'commissioner', 'permanent', 'elect', 'designate', 'interim', 'transitional',
  'new', 'current', 'incumbent', 'sitting', 'mayor', 'governor', 'government',
  // "Foreign Ministry spokesperson X", "foreign policy chief X", "Parliament Speaker X": the office's department.
  'ministry', 'policy', 'parliament', 'parliamentary', 'external',
  // Not yet in office: "Incoming Chancellor X", "the presumptive nominee" (titleRelation gives nothing).
  'incoming', 'presumptive',
  // "the newly elected head of X, Y": how the office was taken is part of its description.
  'newly', 'elected', 'appointed', 'newly-elected', 'newly-appointed',
  // "Argentina's libertarian president", "Belarus's longtime ruler": the writer's description of the holder.
  'longtime', 'long-time', 'veteran', 'libertarian', 'populist', 'nationalist', 'conservative', 'liberal', 'leftist',
  'socialist', 'centrist', 'reformist', 'authoritarian', 'embattled', 'military-led', 'hardline', 'right-wing',
  'left-wing', 'far-right', 'far-left', 'pro-western', 'pro-russian', 'de', 'facto', 'unelected', 'autocratic',
  'leading', 'prominent',
  // "Lima police chief X": the force whose officer the title names (a city's police are the state's).
  'police',
]);

const LEADER_HEADS = new Set(['pm', 'president', 'premier', 'chancellor', 'emir', 'amir', 'king', 'queen', 'sultan', 'leader', 'monarch', 'chairman', 'chairwoman', 'taoiseach', 'tsar', 'ruler', 'strongman']);
/** Forms of address and honorifics: they stand before a name but say nothing of the office ("Emir Sheikh Tamim"). */
export const HONORIFICS = new Set(['sheikh', 'sheikha', 'shaikh', 'ayatollah', 'sayyid', 'mr', 'mrs', 'ms', 'dr', 'his', 'her', 'highness', 'majesty', 'excellency', 'hon', 'honourable', 'honorable']);
/** Words that make a title not (or not yet, or no longer) the office: "former", "President-elect", "ex-". */
// "outgoing" is not here: an outgoing president still holds the office until the successor is sworn in.
const NOT_IN_OFFICE = new Set(['former', 'elect', 'designate', 'ex', 'late', 'then', 'would-be', 'nominee', 'incoming', 'presumptive']);
const ORG_LEADER_HEADS = new Set(['leader', 'chief', 'head', 'director', 'commander', 'chairman', 'chairwoman', 'chair', 'chairperson', 'president', 'secretary-general', 'director-general', 'ceo', 'executive']);
// "senior", "regional", "field": one of several holders of the office ("a senior Hamas commander"), not its head.
const SUBORDINATE = new Set(['policy', 'deputy', 'vice', 'former', 'assistant', 'acting', 'intelligence', 'military', 'army', 'political', 'press', 'presidential', 'investment', 'opposition', 'party', 'senior', 'regional', 'local', 'field', 'battalion', 'brigade', 'unit']);

const RANKS = new Set(['general', 'gen', 'admiral', 'marshal', 'colonel', 'lieutenant', 'major', 'captain', 'brigadier']);
const OFFICES_BEFORE_RANK = new Set(['chief', 'commander', 'head']);

const ORG_ENVOY_HEADS = new Set(['ambassador', 'envoy', 'representative', 'emissary']);

export type TitleRelation = 'LEADS' | 'ENVOY_OF' | 'MEMBER_OF';

/**
 * What a title says about the person towards its principal (a country, or an organization when `principalIsState`
 * is false). Null for former office-holders.
 */
export function titleRelation(titleWords: readonly string[], principalIsState: boolean): TitleRelation | null {
  // "Ambassador to Georgia", "Envoy for Ukraine": the words after to/for say where the office points, not what it is.
  const all = titleWords.map((w) => w.toLowerCase().replace(/\.$/, ''));
  const pointer = all.findIndex((w, i) => i > 0 && (w === 'to' || w === 'for'));
  const words = pointer > 0 ? all.slice(0, pointer) : all;
  if (words.some((w) => NOT_IN_OFFICE.has(w))) return null;
  if (words[words.length - 1] === 'candidate') return principalIsState ? null : 'MEMBER_OF';
  // "Venezuela's opposition leader", "Pakistan's founder": no office of the state at all.
  if (principalIsState && (words.includes('opposition') || words.includes('founder'))) return null;
  // The office is the last word that is not a form of address: "Emir Sheikh" is an emir.
  while (words.length > 1 && HONORIFICS.has(words[words.length - 1] ?? '')) words.pop();
  // "Army Chief General X": a rank after an office is the person's rank; the office is what they hold.
  if (words.length > 1 && RANKS.has(words[words.length - 1] ?? '') && OFFICES_BEFORE_RANK.has(words[words.length - 2] ?? '')) words.pop();
  // "Secretary-General", "Secretary General", "Director General": one office, the head of an organization.
  const last2 = words.slice(-2).join('-');
  const head = /^(secretary|director)-general$/.test(last2) ? last2 : words[words.length - 1] ?? '';
  if (head === last2) words.splice(-2, 2, last2);
  if (HONORIFICS.has(head) && head !== 'ayatollah') return principalIsState ? 'ENVOY_OF' : 'MEMBER_OF';
  // "Myanmar's military ruler": a ruler who is military still rules ("military spokesman" serves).
  const subordinate = words.some((w) => SUBORDINATE.has(w) && !(w === 'military' && (head === 'ruler' || head === 'strongman')));
  const primeMinister = (head === 'minister' && words[words.length - 2] === 'prime') || head === 'pm';
  if (head === 'prince' && words.includes('crown')) return principalIsState ? 'LEADS' : 'MEMBER_OF';
  // An organization's ambassador or envoy represents it, as a state's does.
  if (!principalIsState && ORG_ENVOY_HEADS.has(head)) return 'ENVOY_OF';
  if (!subordinate) {
    if (principalIsState && (LEADER_HEADS.has(head) || primeMinister)) return 'LEADS';
    if (!principalIsState && (ORG_LEADER_HEADS.has(head) || LEADER_HEADS.has(head))) return 'LEADS';
  }
  return principalIsState ? 'ENVOY_OF' : 'MEMBER_OF';
}
