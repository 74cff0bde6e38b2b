// Places and where they lie, told the way news wires tell it: regions the gazetteer knows by name, places set by a
// clause or apposition (LOCATED_IN), named sites, and towns taken told in the passive (IN_CONFLICT_WITH, rule 12).
// Every sentence here is the team's own; none comes from an article.
import regionsData from '../../src/reading/data/regions.json';
import { gazetteer } from '../../src/reading/gazetteer';
import { supportedTriples } from '../fixtures/reading';

const of = (facts: string[], type: string): string[] => facts.filter((f) => f.includes(` ${type} `));

describe('first-level regions', () => {
  it('knows a region by its bare name, as a place in its state', async () => {
    expect(await supportedTriples('Indian Prime Minister Narendra Modi visited Uttar Pradesh on Friday.')).toContain('narendra-modi VISITS uttar-pradesh');
    expect(await supportedTriples('Chinese President Xi Jinping visited Xinjiang last week.')).toContain('xi-jinping VISITS xinjiang');
    expect(await supportedTriples('The paramilitary RSF seized El Fasher, the capital of North Darfur.')).toContain('el-fasher LOCATED_IN north-darfur');
  });

  it('leaves out a region’s name that two states share, generic words, and names a city has', () => {
    const listed = new Set(regionsData.regions.flatMap((r: { name: string; aliases?: string[] }) => [r.name, ...(r.aliases ?? [])]));
    expect(gazetteer().entities.get('uttar-pradesh')?.country).toBe('india');
    expect(gazetteer().entities.get('tigray')?.country).toBe('ethiopia');
    for (const name of ['Punjab', 'Red Sea', 'Northern State', 'Kherson', 'Georgia', 'Washington']) expect(listed.has(name)).toBe(false);
    expect(gazetteer().entities.get('kherson')?.country).toBe('ukraine');
  });
});

describe('where a place lies', () => {
  it('reads a place set off by "which lies in" or "located in" as lying in the place after it', async () => {
    expect(await supportedTriples('Vresk, which lies in the Donetsk region, came under fire.')).toContain('vresk LOCATED_IN donetsk');
    expect(await supportedTriples('Sittwe, located in Rakhine state, is the state capital.')).toContain('sittwe LOCATED_IN rakhine-state');
    expect(await supportedTriples('Sumy, which lies in northeastern Ukraine, was shelled.')).toContain('sumy LOCATED_IN ukraine');
  });

  it('reads "X, in the Z region of Y" as X in Z and Z in Y', async () => {
    const facts = await supportedTriples('Tarnak, in the Kurdistan region of Iraq, hosts a refugee camp.');
    expect(facts).toEqual(expect.arrayContaining(['tarnak LOCATED_IN kurdistan', 'kurdistan LOCATED_IN iraq']));
  });

  it('reads "the largest city in eastern Y" as placing the city in Y', async () => {
    expect(await supportedTriples('Rebels captured Goma, the largest city in eastern Congo.')).toContain('goma LOCATED_IN democratic-republic-of-the-congo');
  });

  it('does not place a city in itself, nor place a person set off by a clause', async () => {
    expect(of(await supportedTriples('Kharkiv, in the Kharkiv region, was hit.'), 'LOCATED_IN')).toEqual([]);
    expect(of(await supportedTriples('The minister, who lives in Kyiv, resigned.'), 'LOCATED_IN')).toEqual([]);
  });
});

describe('named sites', () => {
  it('reads a name before a site word as a place, struck and lying where the sentence says', async () => {
    const hospital = await supportedTriples('Israel struck the Al-Amal hospital in Gaza City.');
    expect(hospital).toEqual(expect.arrayContaining(['israel STRUCK al-amal-hospital', 'al-amal-hospital LOCATED_IN gaza-city']));
    expect(await supportedTriples('Israel bombed the Tel Sahn refugee camp.')).toContain('israel STRUCK tel-sahn-refugee-camp');
    expect(await supportedTriples('Ukraine struck the Kovrask oil refinery in Russia’s Rostov region.')).toContain('kovrask-oil-refinery LOCATED_IN rostov');
  });

  it('does not read a bare "plant" or "port" after a name as a site', async () => {
    const facts = await supportedTriples('Officials said Lorvan port workers went on strike.');
    expect(facts.filter((f) => f.includes('lorvan-port'))).toEqual([]);
  });
});

describe('towns taken, in the passive', () => {
  it('reads "was captured / recaptured / occupied by X" as X in conflict with the place', async () => {
    expect(await supportedTriples('The city of Mariupol was captured by Russia in 2022.')).toContain('russia IN_CONFLICT_WITH mariupol');
    expect(await supportedTriples('Kherson was recaptured by Ukraine in November.')).toContain('ukraine IN_CONFLICT_WITH kherson');
    expect(await supportedTriples('Crimea has been occupied by Russia since 2014.')).toContain('russia IN_CONFLICT_WITH crimea');
    expect(await supportedTriples('The Ukrainian town of Velmivka was captured by Russian forces on Monday.')).toContain('russia IN_CONFLICT_WITH velmivka');
  });

  it('codes no capture that is only possible, and none of people taken captive', async () => {
    expect(of(await supportedTriples('Kherson could be captured by Russia within days.'), 'IN_CONFLICT_WITH')).toEqual([]);
    expect(of(await supportedTriples('Two soldiers were captured by Hamas.'), 'IN_CONFLICT_WITH')).toEqual([]);
    expect(of(await supportedTriples('Russia did not capture the town of Velmivka.'), 'IN_CONFLICT_WITH')).toEqual([]);
  });
});

describe('places as targets', () => {
  it('reads the place after "the village of" as the target, and each name of "the villages of X and Y"', async () => {
    expect(await supportedTriples('Israel struck the village of Kfar Zetra.')).toContain('israel STRUCK kfar-zetra');
    const taken = await supportedTriples('Russian troops captured the villages of Orlivka and Tonenke.');
    expect(taken).toEqual(expect.arrayContaining(['russia IN_CONFLICT_WITH orlivka', 'russia IN_CONFLICT_WITH tonenke']));
  });

  it('knows the spellings wires use for Ukraine’s southern cities', async () => {
    const facts = await supportedTriples('Russia hit Odesa and Mykolaiv on Monday.');
    expect(facts).toEqual(expect.arrayContaining(['russia STRUCK odesa', 'russia STRUCK mykolaiv']));
    expect(await supportedTriples('Russian drones struck Zaporizhzhia overnight.')).toContain('russia STRUCK zaporizhzhia');
  });

  it('reads a tour of a place as a visit, and a tour of no place as none', async () => {
    expect(await supportedTriples('South African President Cyril Ramaphosa toured KwaZulu-Natal after the floods.')).toContain('cyril-ramaphosa VISITS kwazulu-natal');
    expect(of(await supportedTriples('President Cyril Ramaphosa toured the new factory.'), 'VISITS')).toEqual([]);
  });
});

describe('movements named after a region', () => {
  it('reads a region before a movement’s words as part of its name, not a place', async () => {
    expect(await supportedTriples('The Kachin Independence Army seized the town of Bhamo.')).toContain('kachin-independence-army IN_CONFLICT_WITH bhamo');
    expect(await supportedTriples('The Balochistan Liberation Army attacked a train in Quetta.')).toContain('balochistan-liberation-army STRUCK quetta');
    expect(await supportedTriples('The Tigray People’s Liberation Front signed a peace deal with Ethiopia.')).toContain('ethiopia AGREES_WITH tigray-peoples-liberation-front');
  });
});

describe('visits to what lies in a place', () => {
  it('reads a visit to a site or to troops in a place as a visit to the place', async () => {
    expect(await supportedTriples('French President Emmanuel Macron visited a hospital in Kharkiv.')).toContain('emmanuel-macron VISITS kharkiv');
    expect(await supportedTriples('President Volodymyr Zelensky visited front-line positions in the Donetsk region.')).toContain('volodymyr-zelensky VISITS donetsk');
  });

  it('does not read a visit to a person as a visit to where the sentence later goes', async () => {
    expect(of(await supportedTriples('Emmanuel Macron visited Volodymyr Zelensky, who was in Kharkiv.'), 'VISITS')).not.toContain('emmanuel-macron VISITS kharkiv');
  });
});

describe('a place set off with a state’s region', () => {
  it('reads "X, in Y’s Z region" as X in Z, and Z in Y', async () => {
    const facts = await supportedTriples('Russia shelled Vovchansk, in Ukraine’s Kharkiv region.');
    expect(facts).toEqual(expect.arrayContaining(['russia STRUCK vovchansk', 'vovchansk LOCATED_IN kharkiv', 'kharkiv LOCATED_IN ukraine']));
  });
});
