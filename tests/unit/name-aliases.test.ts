// Aliases are names: the rule the reader and the start-up clean-up share (src/reading/aliases.ts). Phrases are
// the ones reading real news produced, plus the shapes around them.
import fs from 'node:fs';
import path from 'node:path';
import type { EntityKind } from '../../src/generated/graphql';
import { significantWords } from '../../src/graph/names';
import { isNameAlias } from '../../src/reading/aliases';

const entity = (name: string, kind: EntityKind) => ({ name, kind });
const TAMIM = entity('Tamim bin Hamad Al Thani', 'PERSON');
const BURHAN = entity('Abdel-Fattah al-Burhan', 'PERSON');
const TALKS = entity('Gaza ceasefire talks', 'EVENT');
const US = entity('United States', 'COUNTRY');

test.each([
  ['U.S.', US], ['US', US], ['United States of America', US], ['America', US], ['USA', US],
  ['Sheikh Tamim', TAMIM], ['Tamim', TAMIM], ['Emir Tamim bin Hamad', TAMIM], ['Al Thani', TAMIM],
  ['al-Burhan', BURHAN], ['Burhan', BURHAN], ['General Abdel Fattah al-Burhan', BURHAN],
  ['Kirill A. Dmitriev', entity('Kirill Dmitriev', 'PERSON')], ['President Donald Trump', entity('Donald Trump', 'PERSON')],
  ['Special Envoy Steve Witkoff', entity('Steve Witkoff', 'PERSON')], ['bin Salman', entity('Mohammed bin Salman', 'PERSON')],
  ['Doha talks', TALKS], ['Istanbul talks', entity('Russia–Ukraine talks in Istanbul', 'EVENT')], ['Gaza ceasefire', TALKS],
  ['Doha Talks', TALKS], ['Russia-Ukraine peace deal', entity('Russia-Ukraine peace deal', 'EVENT')],
  ['2024 Paris Olympics', entity('Paris Olympics', 'EVENT')], ['Second Intifada', entity('Al-Aqsa Intifada', 'EVENT')],
  ['U.S. military', entity('United States military', 'ORGANIZATION')], ['NATO', entity('North Atlantic Treaty Organization', 'ORGANIZATION')],
  ['Hamas (Islamic Resistance Movement)', entity('Hamas', 'ORGANIZATION')], ['Houthi', entity('Houthis', 'ORGANIZATION')],
  ['The Hague', entity('Den Haag', 'PLACE')], ['New York', entity('New York City', 'PLACE')], ['Gaza City', entity('Gaza', 'PLACE')],
  ['Türkiye', entity('Turkey', 'COUNTRY')], ['حماس', entity('Hamas', 'ORGANIZATION')],
  ['Israeli hostages', entity('Israeli hostages held by Hamas', 'GROUP')],
  // The entity's own name is a name, whatever its shape.
  ['gaza ceasefire negotiations in doha', entity('Gaza ceasefire negotiations in Doha', 'EVENT')],
])('%s is a name', (alias, owner) => {
  expect(isNameAlias(alias, owner)).toBe(true);
});

test.each([
  // What reading real news left as aliases.
  ['a breakdown in talks', TALKS], ['a ceasefire', TALKS], ['the talks', TALKS], ['its delegation from ceasefire', TALKS],
  ['efforts to reach a ceasefire between Israel and Hamas', entity('Gaza ceasefire negotiations in Doha', 'EVENT')],
  ['The talks', TALKS], ['The meeting', TALKS], ['the Cairo talks', TALKS], ['a Gaza ceasefire', TALKS], ['Earlier ceasefire', TALKS],
  ['60-day ceasefire', TALKS], ['60-day truce', TALKS], ['cease-fire agreement', TALKS], ['Türkiye-brokered talks', TALKS],
  ['The potential deal', TALKS], ['their ceasefire agreement', TALKS], ['this arrangement', TALKS], ['peace talks', TALKS],
  ['Egyptian capital', entity('Cairo', 'PLACE')], ['hostages held by Hamas', entity('Israeli hostages held by Hamas', 'GROUP')],
  ['the hostages', entity('Israeli hostages held by Hamas', 'GROUP')],
  ['Palestinians who had been arrested and held in Israel', entity('Palestinian detainees held in Israel', 'GROUP')],
  ['the conflict in the Gaza Strip', entity('Gaza war', 'EVENT')], ['the fighting', entity('Gaza war', 'EVENT')],
  ['a military campaign begun by Israel', entity('Israeli military campaign against Iran', 'EVENT')],
  ['a peace deal between Russia and Ukraine', entity('Russia-Ukraine peace deal', 'EVENT')],
  // Shapes around them: no proper word, a determiner or a lower-case word, a head noun on a person, too long.
  ['President', TAMIM], ['the U.S.', US], ['Iran-backed Houthis', entity('Houthis', 'ORGANIZATION')],
  ['Qatari mediators', entity('Qatar', 'COUNTRY')], ['Trump administration', entity('Donald Trump', 'PERSON')],
  ['Israeli delegation', entity('Israel', 'COUNTRY')], ['A Ceasefire', TALKS], ['THE TALKS', TALKS], ['of Gaza', TALKS],
  ['', TALKS], ['   ', TALKS], ['—', TALKS],
  ['The Long And Winding Road Of The Many Talks Between Israel And Hamas In Doha And Cairo', TALKS],
])('%s is a description', (alias, owner) => {
  expect(isNameAlias(alias, owner)).toBe(false);
});

test('significant words leave out titles and particles, keyed like lookup', () => {
  expect(significantWords('Sheikh Tamim')).toEqual(['tamim']);
  expect(significantWords('Tamim bin Hamad Al Thani')).toEqual(['tamim', 'hamad', 'thani']);
  expect(significantWords('Abdel-Fattah al-Burhan')).toEqual(['abdel', 'fattah', 'burhan']);
  expect(significantWords('Kirill A. Dmitriev')).toEqual(['kirill', 'a', 'dmitriev']);
  expect(significantWords('President')).toEqual(['president']);
  expect(significantWords('Recep Tayyip Erdoğan')).toEqual(['recep', 'tayyip', 'erdogan']);
});

test('every alias of the seed facts document is a name', () => {
  const seed = JSON.parse(fs.readFileSync(path.join(__dirname, '../../facts/seed/000_bc5c66fe0f957d4d.json'), 'utf8')) as {
    entities: Array<{ name: string; kind: EntityKind; aliases?: string[] }>;
  };
  const descriptions = seed.entities.flatMap((e) => (e.aliases ?? []).filter((alias) => !isNameAlias(alias, e)).map((alias) => `${e.name}: ${alias}`));
  expect(descriptions).toEqual([]);
});
