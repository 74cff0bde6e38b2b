// npm run lexicon:regions — compiles src/reading/data/regions.json from the `iso3166-2-db` package (MIT; its names
// come from GeoNames, Wikipedia and OpenStreetMap: REGIONS-ORIGIN.md): the first-level divisions of states ("Tigray", "Uttar
// Pradesh", "Shan State", "North Darfur") with the state they lie in, for the gazetteer. A dev dependency: the
// product reads only the compiled file. Kept out, so a name is read as a region only where news means the region:
// - names a country, capital, city, curated place, organization or person already has ("Kherson", "Lagos", "Meta");
// - single words that are given names, office-holders' surnames or English words ("Georgia", "Miranda", "Bay"),
//   and names made only of generic words ("Red Sea", "Northern State", "Federal Capital Territory");
// - names two states' divisions share ("Punjab" in India and Pakistan), and names of more than three words.
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { nameKey } from '../../graph/vocabulary';
import { gazetteer, nameTokenKey } from '../gazetteer';
import { givenNames } from '../givenNames';
import { lexiconSurnames } from './index';

interface Division { name: string }
interface Region { name: string; country: string; aliases?: string[] }

/** A division's type word after its name: dropped, as news names "the Idlib governorate" by "Idlib". */
const TYPE_WORDS = /\s+(Province|Region|District|Municipality|County|Governorate|Department|department|Oblast|Prefecture|Parish|Voivodeship|Division|Krai|Autonomous Okrug|Autonomous Region)$/;
/** Words that name no place on their own: a name made only of them is a description, not a name. */
const GENERIC = new Set(['far', 'free', 'black', 'point', 'grand', 'greater', 'town', 'hill', 'harbour', 'heights', 'bay', 'cape', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'middle', 'red', 'blue', 'white', 'sea', 'river', 'rivers', 'lakes', 'lake', 'unity', 'plateau', 'delta', 'federal', 'capital', 'territory', 'islands', 'island', 'coast', 'valley', 'national', 'state', 'of', 'the', 'and', 'district', 'region', 'new', 'great', 'mount', 'city', 'special', 'autonomous', 'province', 'administrative']);
/** Single words that are English words, brands or common surnames the lexicon does not list. */
const WORDS = new Set(['gulf', 'balkan', 'zaire', 'granma', 'forest', 'peel', 'ramsey', 'paget', 'sandys', 'acre', 'bender', 'mono', 'ouest', 'volta', 'papua', 'rota', 'sala', 'sava', 'sila', 'tabor', 'tartar', 'salto', 'lacs', 'mosta', 'paola', 'ariana', 'mila', 'nara', 'brava', 'centar', 'hela', 'lori', 'atua', 'enga', 'cair', 'agat', 'arta', 'berea', 'santon', 'lares', 'pando', 'loja', 'maio', 'sada', 'kanal', 'tete', 'butel', 'roja', 'piti', 'yigo', 'dingli', 'bay', 'chin', 'mon', 'afar', 'meta', 'capital', 'santander', 'cesar', 'lara', 'miranda', 'sucre', 'hidalgo', 'guerrero', 'trujillo', 'jersey', 'washington', 'georgia', 'virginia', 'indiana', 'florida', 'victoria', 'orange', 'centre', 'center', 'colon', 'para', 'mark', 'amazonas', 'bolivar', 'magdalena', 'sinai', 'lagos', 'nile', 'border', 'littoral', 'coastal', 'eastern', 'western', 'northern', 'southern', 'central', 'ogun', 'unity', 'lakes', 'equator', 'savannah', 'liberty', 'pool', 'highland', 'highlands', 'plateaux', 'maritime', 'atlantic', 'pacific', 'caribbean', 'american', 'england', 'bride', 'cascade', 'glacis', 'diana', 'marsa', 'pest', 'ogre', 'marche', 'muta', 'guarda', 'southwest', 'northwest', 'northeast', 'southeast', 'union', 'mission', 'grace', 'hope']);

function main(): void {
  const root = dirname(require.resolve('iso3166-2-db/package.json'));
  const file = join(__dirname, '..', 'data', 'regions.json');
  // The places this file itself gave last time are not "taken": only what the rest of the gazetteer knows counts.
  // Keys without spaces too: "Ha Noi" is Hanoi.
  const takenKeys = new Set<string>();
  for (const [key, list] of gazetteer().entries) {
    if (list.every((e) => gazetteer().regionIds.has(e.entity.id))) continue;
    takenKeys.add(key);
    takenKeys.add(key.replace(/ /g, ''));
  }
  const taken = (form: string): boolean => takenKeys.has(nameTokenKey(form)) || takenKeys.has(nameKey(form));
  const given = givenNames();
  const family = lexiconSurnames();
  const usable = (form: string): boolean => {
    if (!/^[\p{Script=Latin}][\p{Script=Latin}\s'’-]*$/u.test(form) || form.split(/\s+/).length > 3 || taken(form)) return false;
    const words = form.toLowerCase().split(/[\s-]+/);
    if (words.every((w) => GENERIC.has(w))) return false;
    if (words.length > 1) return true;
    const w = words[0] ?? '';
    return w.length >= 4 && !given.has(w) && !family.has(w) && !WORDS.has(w);
  };
  const byForm = new Map<string, Region[]>();
  for (const code of readdirSync(join(root, 'regions'))) {
    let divisions: Division[];
    try { divisions = JSON.parse(readFileSync(join(root, 'regions', code, 'en.json'), 'utf8')) as Division[]; } catch { continue; }
    for (const d of divisions) {
      // "Shan State", "Borno State": news keeps "State" in the name; the bare word is an alias.
      const state = /^(.+) State$/.exec(d.name);
      const core = state ? state[1] ?? '' : d.name.replace(TYPE_WORDS, '');
      const region: Region = state
        ? { name: d.name, country: code, ...(usable(core) ? { aliases: [core] } : {}) }
        : { name: core, country: code };
      if (!usable(region.name) && !region.aliases) continue;
      for (const form of [region.name, ...(region.aliases ?? [])]) {
        const list = byForm.get(nameKey(form)) ?? [];
        list.push(region);
        byForm.set(nameKey(form), list);
      }
    }
  }
  // A form two states' divisions share names neither ("Punjab").
  const shared = new Set<Region>();
  for (const list of byForm.values()) if (new Set(list.map((r) => r.country)).size > 1) for (const r of list) shared.add(r);
  // A city and the division around it share a name ("Jelgava" the city and the municipality): one entry each.
  const unique = new Map<string, Region>();
  for (const r of new Set([...byForm.values()].flat())) if (!shared.has(r) && (usable(r.name) || r.aliases)) unique.set(`${r.name}/${r.country}`, r);
  const regions = [...unique.values()].sort((a, b) => a.name.localeCompare(b.name) || a.country.localeCompare(b.country));
  writeFileSync(file, `${JSON.stringify({ origin: 'iso3166-2-db 2.3.11 (MIT), names from GeoNames (CC BY 4.0), Wikipedia and OpenStreetMap (ODbL); see REGIONS-ORIGIN.md', regions }, null, 0).replace(/\},\{/g, '},\n{')}\n`);
  console.log(`${regions.length} regions → ${file}`);
}

main();
