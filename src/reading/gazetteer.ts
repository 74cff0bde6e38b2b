// The built-in names: countries (names, short forms, demonyms and capitals from the `world-countries` package,
// ODbL) and the curated actors in data/actors.json. Keyed by the token keys of a name ("u s" is not a key:
// tokens are keyed by nameKey, so "U.S." is "us").
import countries from 'world-countries';
import type { EntityKind } from '../generated/graphql';
import { nameKey } from '../graph/vocabulary';
import actorsData from './data/actors.json';
import citiesData from './data/cities.json';
import regionsData from './data/regions.json';
import { slug } from './ids';
import { lexiconOrganizations } from './lexiconOrganizations';

export type RoleRelation = 'LEADS' | 'ENVOY_OF';

export interface BuiltinEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** The state an organization or person acts for. */
  country?: string;
  /** The relation a known person's office implies towards `country`. */
  role?: RoleRelation;
  /** A country's capital ("the Egyptian capital" is Cairo). */
  capital?: string;
}

/** How a name form names its entity: a capital or demonym names a country only in some contexts. */
export type NameForm = 'name' | 'demonym' | 'capital';

export interface GazetteerEntry {
  entity: BuiltinEntity;
  form: NameForm;
  /** Short acronyms ("US", "UN") count only when written in capitals, so "us" and "who" stay words. */
  upperOnly: boolean;
}

/** Token-key sequence ("united states") → entries; the longest sequence a gazetteer name has, in tokens. */
export interface Gazetteer {
  entries: ReadonlyMap<string, readonly GazetteerEntry[]>;
  maxTokens: number;
  entities: ReadonlyMap<string, BuiltinEntity>;
  /** Place id (a capital's slug, or a curated place) → the country it lies in. */
  countryOfPlace: ReadonlyMap<string, string>;
  /** Keys of every demonym, even those that name no state here ("Palestinian"): never a person's name. */
  demonymKeys: ReadonlySet<string>;
  /** Ids of the places regions.json gave (its generator counts only the other names as taken). */
  regionIds: ReadonlySet<string>;
}

// Short forms the package lacks or that news uses ("Britain", "America", "Turkey").
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States of America'],
  GB: ['Britain', 'U.K.', 'Great Britain'],
  TR: ['Turkiye'],
  RU: ['Russian Federation'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  CD: ['DR Congo', 'DRC', 'Congo'],
  CG: ['Republic of Congo'],
  SY: ['Syria'],
  VA: ['Vatican'],
};
// The canonical English name where the package's common name is not the one the graph's ids use (`turkey`).
const CANONICAL_NAMES: Record<string, string> = { TR: 'Turkey', CD: 'Democratic Republic of the Congo' };
const EXTRA_CAPITALS: Record<string, string[]> = { US: ['Washington'], UA: ['Kiev'] };
// Adjectives news uses that the package's demonyms lack ("Philippine fishermen", "Kosovar police", "Tajik border
// guards"). Not "Serb" or "Bosnian": news uses them for peoples (the Serbs of Kosovo, "Bosnian Serb") as often
// as for states.
const EXTRA_DEMONYMS: Record<string, string[]> = {
  PH: ['Philippine'], XK: ['Kosovar', 'Kosovan'], GB: ['British'], US: ['American'], NL: ['Dutch'], CD: ['Congolese'], KP: ['North Korean'],
  KR: ['South Korean'], KG: ['Kyrgyz'], TJ: ['Tajik'], UZ: ['Uzbek'], KZ: ['Kazakh'], AZ: ['Azeri'],
  NP: ['Nepali'], TW: ['Taiwanese'], EC: ['Ecuadorian'], AR: ['Argentinian'], DJ: ['Djiboutian'],
};
// Forms wire news gives to one of two states that share them: "Congo" and "Congolese" are the Democratic Republic
// of the Congo (the other is "the Republic of Congo", "Congo-Brazzaville").
const FORMS_OF_ANOTHER: Record<string, string[]> = { CG: ['Congo', 'Congolese'] };
// Two-letter codes that are also English words or too ambiguous ("IN", "IT", "IS", "ME") are never names.
const ACRONYMS_ALLOWED = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'U.S.', 'U.K.', 'U.S.A.']);
// Demonyms that name a people more often than a state's acts ("Palestinian" is not the State of Palestine).
const DEMONYM_SKIP = new Set(['PS', 'EH']);
// Package capitals that collide with common words or other referents.
const CAPITAL_SKIP = new Set(['Washington D.C.', 'Kingston', 'Victoria', 'Georgetown', 'Saint John’s', 'Jerusalem', 'Avarua', 'Gaza']);

export function tokenKey(tokens: readonly string[]): string {
  return tokens.map(nameKey).filter((k) => k !== '').join(' ');
}

/** Token key of a name as written: split the way `tokenize` splits. */
export function nameTokenKey(name: string): string {
  return tokenKey(name.split(/[\s-]+|(?=['’]s\b)/u));
}

function isUpperAcronym(form: string): boolean {
  return /^[A-Z.]{2,5}$/.test(form);
}

function buildGazetteer(): Gazetteer {
  const entries = new Map<string, GazetteerEntry[]>();
  const entities = new Map<string, BuiltinEntity>();
  const countryOfPlace = new Map<string, string>();
  const demonymKeys = new Set<string>();
  const regionIds = new Set<string>();
  let maxTokens = 1;
  const add = (form: string, entity: BuiltinEntity, how: NameForm, cca2 = ''): void => {
    const key = nameTokenKey(form);
    if (key === '' || FORMS_OF_ANOTHER[cca2]?.includes(form)) return;
    const upperOnly = isUpperAcronym(form);
    const list = entries.get(key) ?? [];
    if (list.some((e) => e.entity.id === entity.id)) return;
    list.push({ entity, form: how, upperOnly });
    entries.set(key, list);
    maxTokens = Math.max(maxTokens, key.split(' ').length);
  };
  const byCode = new Map<string, BuiltinEntity>();
  for (const c of countries) {
    const canonical = CANONICAL_NAMES[c.cca2] ?? c.name.common;
    const names = [canonical, c.name.common, c.name.official, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])];
    for (const alt of c.altSpellings) {
      if (alt.includes(',')) continue;
      if (alt.length <= 3 && !ACRONYMS_ALLOWED.has(alt)) continue;
      if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(alt)) continue;
      names.push(alt);
    }
    const capital = c.capital[0] && !CAPITAL_SKIP.has(c.capital[0]) ? c.capital[0] : undefined;
    const entity: BuiltinEntity = { id: slug(canonical), name: canonical, kind: 'COUNTRY', aliases: [], ...(capital ? { capital } : {}) };
    entity.aliases = [...new Set(names.filter((n) => n !== canonical))];
    entities.set(entity.id, entity);
    byCode.set(c.cca2, entity);
    for (const n of names) add(n, entity, 'name', c.cca2);
    for (const d of [c.demonyms['eng']?.m, c.demonyms['eng']?.f]) if (d) demonymKeys.add(nameKey(d));
    // Territories share their state's demonym ("French", "American"): only independent states get theirs.
    if ((c.independent || EXTRA_DEMONYMS[c.cca2]) && !DEMONYM_SKIP.has(c.cca2)) {
      const dem = c.demonyms['eng'];
      for (const d of new Set([dem?.m, dem?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])])) {
        if (!d) continue;
        add(d, entity, 'demonym', c.cca2);
        if (!/(?:s|sh|ch|ese|i)$/.test(d)) add(`${d}s`, entity, 'demonym');
        if (/i$/.test(d)) add(`${d}s`, entity, 'demonym');
      }
    }
    for (const cap of c.independent ? [...c.capital, ...(EXTRA_CAPITALS[c.cca2] ?? [])] : []) {
      if (CAPITAL_SKIP.has(cap)) continue;
      add(cap, entity, 'capital');
      countryOfPlace.set(slug(cap), entity.id);
    }
  }
  for (const o of [...actorsData.organizations, ...actorsData.places]) {
    const state = 'metonym' in o && o.metonym && 'country' in o && o.country ? entities.get(o.country) : undefined;
    if (state) {
      for (const n of [o.name, ...o.aliases]) add(n, state, 'demonym');
      continue;
    }
    const entity: BuiltinEntity = {
      id: o.id,
      name: o.name,
      kind: o.kind === 'PLACE' ? 'PLACE' : 'ORGANIZATION',
      aliases: o.aliases,
      ...('country' in o && o.country ? { country: o.country } : {}),
    };
    entities.set(entity.id, entity);
    if (entity.kind === 'PLACE' && entity.country) countryOfPlace.set(entity.id, entity.country);
    for (const n of [o.name, ...o.aliases]) add(n, entity, 'name');
  }
  // Then the larger cities (cities.json, compiled by lexicon/generateCities.ts): a form a country, capital, demonym or
  // curated entry already has stays theirs. "Kharkiv" is a place in Ukraine wherever the article names it.
  for (const city of citiesData.cities) {
    const state = byCode.get(city.country);
    const id = slug(city.name);
    if (!state || entities.has(id) || entries.has(nameTokenKey(city.name))) continue;
    const entity: BuiltinEntity = { id, name: city.name, kind: 'PLACE', aliases: [], country: state.id };
    entities.set(id, entity);
    countryOfPlace.set(id, state.id);
    add(city.name, entity, 'name');
  }
  // Then the states' first-level divisions (regions.json, compiled by lexicon/generateRegions.ts), on the same terms:
  // "Tigray", "Uttar Pradesh", "Shan State" are places in their state.
  for (const region of regionsData.regions as Array<{ name: string; country: string; aliases?: string[] }>) {
    const state = byCode.get(region.country);
    const id = slug(region.name);
    if (!state || entities.has(id) || entries.has(nameTokenKey(region.name))) continue;
    const aliases = (region.aliases ?? []).filter((a) => !entries.has(nameTokenKey(a)));
    const entity: BuiltinEntity = { id, name: region.name, kind: 'PLACE', aliases, country: state.id };
    entities.set(id, entity);
    countryOfPlace.set(id, state.id);
    regionIds.add(id);
    for (const n of [region.name, ...aliases]) add(n, entity, 'name');
  }
  // After the curated ones, the PETRARCH2 dictionaries' intergovernmental organizations and armed groups; a form
  // the curated data or a country already has stays theirs, and an organization whose name is taken is left out.
  for (const o of lexiconOrganizations()) {
    const id = slug(o.name);
    if (entities.has(id) || entries.has(nameTokenKey(o.name))) continue;
    const forms = o.forms.filter((f) => !entries.has(nameTokenKey(f)));
    const entity: BuiltinEntity = { id, name: o.name, kind: 'ORGANIZATION', aliases: forms.filter((f) => f !== o.name) };
    entities.set(id, entity);
    for (const f of forms) add(f, entity, 'name');
  }
  for (const p of actorsData.people) {
    const entity: BuiltinEntity = {
      id: p.id, name: p.name, kind: 'PERSON', aliases: p.aliases, country: p.country, role: p.role === 'LEADS' ? 'LEADS' : 'ENVOY_OF',
    };
    entities.set(entity.id, entity);
    for (const n of [p.name, ...p.aliases]) add(n, entity, 'name');
  }
  // A form naming two different entities (a demonym shared by two states) names neither.
  // A curated place beats a capital of the same spelling ("Sanaa" the city, which knows its country).
  for (const [key, list] of entries) {
    const ids = new Set(list.map((e) => e.entity.id));
    if (ids.size === 1) continue;
    const places = list.filter((e) => e.form === 'name' && e.entity.kind === 'PLACE');
    const place = places[0];
    if (place && places.length === 1 && list.every((e) => e === place || e.form === 'capital')) entries.set(key, [place]);
    else entries.delete(key);
  }
  return { entries, maxTokens, entities, countryOfPlace, demonymKeys, regionIds };
}

let cached: Gazetteer | undefined;

/** The built-in gazetteer, built once per process. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

const keyCache = new WeakMap<BuiltinEntity, string[]>();

/** `nameKey` of a built-in entity's name and aliases, computed once. */
export function entityKeys(e: BuiltinEntity): string[] {
  let keys = keyCache.get(e);
  if (!keys) {
    keys = [...new Set([e.name, ...e.aliases].map(nameKey))];
    keyCache.set(e, keys);
  }
  return keys;
}
