// Raw actor entries → ActorEntry with a suggested kind, display names, and a country's synonyms sorted into
// name variants, adjectives, its capital and other places (cities, provinces), which become PLACE entries.
// The `world-countries` package (already the gazetteer's source) tells capitals, demonyms and name variants apart.
import countries from 'world-countries';
import { nameKey } from '../../../graph/vocabulary';
import type { ActorEntry, ActorFile, ActorKind } from '../types';
import type { RawActor } from './actors';
import { displayName, initialsOf } from './text';

const GROUP_ROLES = /^(?:[A-Z]{3})?(?:REB|INS|SEP|UAF|RAD)/;
const ORGANIZATION_WORDS = new Set([
  'council', 'ministry', 'party', 'army', 'forces', 'force', 'front', 'union', 'organization', 'organisation', 'agency',
  'committee', 'government', 'movement', 'brigade', 'brigades', 'group', 'commission', 'bank', 'fund', 'court', 'office',
  'department', 'association', 'league', 'assembly', 'parliament', 'congress', 'senate', 'police', 'military', 'navy',
  'corps', 'institute', 'program', 'programme', 'mission', 'secretariat', 'administration', 'authority', 'service', 'services',
  'federation', 'alliance', 'coalition', 'network', 'society', 'foundation', 'centre', 'center', 'university', 'bureau',
  'company', 'corporation', 'cells', 'nuclei', 'battalion', 'battalions', 'regiment', 'guard', 'guards', 'militia', 'militias',
  'tribunal', 'cabinet', 'board', 'community', 'state', 'states', 'republic', 'kingdom', 'people', 'peoples', 'bodies',
  'inc', 'corp', 'ltd', 'llc', 'plc', 'co', 'holdings', 'industries', 'systems', 'airlines', 'media', 'news', 'times', 'press',
]);

/** CAMEO country code → what world-countries knows of it (CAMEO's country codes are ISO 3166 alpha-3). */
const COUNTRY_FACTS = new Map(countries.map((c) => [c.cca3, {
  capitals: new Set(c.capital.map(nameKey)),
  demonyms: new Set([c.demonyms['eng']?.m, c.demonyms['eng']?.f].filter((d): d is string => !!d).flatMap((d) => [nameKey(d), nameKey(`${d}s`)])),
  names: new Set([c.name.common, c.name.official, ...c.altSpellings].map(nameKey)),
}]));

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

function similar(a: string, b: string): boolean {
  return a.length >= 4 && b.length >= 4 && editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.3));
}

function words(raw: string): string[] {
  return raw.replace(/_+$/, '').split(/[\s_]+/).map(nameKey).filter((w) => w !== '');
}

type SynonymRole = 'alias' | 'adjective' | 'capital' | 'place';

/** What a country's synonym is: a variant of its name, its adjective, its capital, or some other place in it. */
function synonymRole(country: RawActor, code: string, synonym: string): SynonymRole {
  const facts = COUNTRY_FACTS.get(code);
  const key = nameKey(synonym);
  const nameWords = words(country.primary).filter((w) => w.length >= 4 && !['republic', 'kingdom', 'state', 'states', 'islands', 'united', 'democratic', 'federal', 'people', 'peoples'].includes(w));
  const synonymWords = words(synonym);
  if (facts?.demonyms.has(key)) return 'adjective';
  if (facts?.capitals.has(key)) return 'capital';
  const bare = synonym.replace(/_+$/, '');
  if (facts?.names.has(key) || /^[A-Z]{2,3}$/.test(bare) || /^(?:[A-Z]\.)+[A-Z]?\.?$/.test(bare)) return 'alias';
  if (synonymWords.some((w) => nameWords.some((n) => similar(w, n) || w === n))) return 'alias';
  const primaryKey = nameKey(country.primary);
  if (synonymWords.length === 1 && key.length <= primaryKey.length - 3 && primaryKey.startsWith(key.slice(0, 4)) && /(an|ian|ese|ish|i|ic|ean|ch)s?$/.test(key)) return 'adjective';
  return 'place';
}

function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && COUNTRY_FACTS.has(code);
}

function suggestKind(a: RawActor, file: ActorFile): ActorKind {
  if (a.codes.some((c) => c.from || c.to) || /countryinfo|rulers/i.test(a.comment)) return 'PERSON';
  const codes = a.codes.map((c) => c.code);
  // Companies and NGOs (MNC…, NGO…) are organizations whatever their name looks like; an elite (…ELI) is a person.
  if (codes.length > 0 && codes.every((c) => /^(?:MNC|NGO)/.test(c))) return 'ORGANIZATION';
  if (codes.some((c) => /^[A-Z]{3}ELI/.test(c))) return 'PERSON';
  if (file === 'nonstate' || (codes.length > 0 && codes.every((c) => GROUP_ROLES.test(c.replace(/^IGO|^NGO|^INT/, ''))))) return 'GROUP';
  const w = words(a.primary);
  if (w.some((x) => ORGANIZATION_WORDS.has(x)) || w.length === 1 || w[0] === 'the') return 'ORGANIZATION';
  // Two to four words that name no institution: a person, by name or by office ("American Vice President").
  return w.length <= 4 && w.every((x) => /^\p{L}+$/u.test(x)) ? 'PERSON' : 'ORGANIZATION';
}

/**
 * Acronyms every display name keeps in capitals: words that are a whole name somewhere in the dictionaries and
 * the initials of some multi-word name ("NATO", "IAEA", "UN"), so "HER" or "AID" inside a name stay words.
 */
export function acronymsOf(raw: readonly RawActor[]): Set<string> {
  const initials = new Set<string>();
  const single = new Set<string>();
  for (const a of raw) {
    for (const n of [a.primary, ...a.synonyms]) {
      for (const i of initialsOf(n)) initials.add(i);
      const bare = n.replace(/_+$/, '').trim();
      if (/^[A-Z]{2,8}$/.test(bare)) single.add(bare);
    }
  }
  return new Set([...single].filter((s) => initials.has(s)));
}

function uniqueNames(names: string[], not: string): string[] {
  const seen = new Set([nameKey(not)]);
  const out: string[] = [];
  for (const n of names) {
    const k = nameKey(n);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

/** One raw entry → one ActorEntry, or for a country, the country and the places its synonyms name. */
export function classifyActor(a: RawActor, file: ActorFile, acronyms: ReadonlySet<string>): ActorEntry[] {
  const name = displayName(a.primary, acronyms);
  const show = (s: string): string => displayName(s, acronyms);
  const only = a.codes.length === 1 ? a.codes[0] : undefined;
  if (file === 'countries' && only && !only.from && !only.to && isCountryCode(only.code)) {
    const roles: Record<SynonymRole, string[]> = { alias: [], adjective: [], capital: [], place: [] };
    for (const s of a.synonyms) roles[synonymRole(a, only.code, s)].push(show(s));
    const capital = roles.capital[0];
    const country: ActorEntry = {
      name, kind: 'COUNTRY', aliases: uniqueNames(roles.alias, name), codes: [{ code: only.code }], file,
      ...(roles.adjective.length > 0 ? { adjectives: uniqueNames(roles.adjective, name) } : {}),
      ...(capital ? { capital } : {}),
    };
    const places = uniqueNames([...roles.capital, ...roles.place], name).map((p): ActorEntry => ({ name: p, kind: 'PLACE', aliases: [], codes: [{ code: only.code }], country: only.code, file }));
    return [country, ...places];
  }
  return [{ name, kind: suggestKind(a, file), aliases: uniqueNames(a.synonyms.map(show), name), codes: a.codes, file }];
}
