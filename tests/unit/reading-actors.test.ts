// Actors no data knows, found by the shape news names them in: short forms in capitals, linked names, place lists,
// untitled people and ownerless collectives. Every sentence here is the team's own; none comes from an article.
import { type Extraction } from '../../src/reading';
import { readText as read } from '../fixtures/reading';

function kindOf(x: Extraction, name: string): string | undefined {
  return x.entities.find((e) => e.name === name)?.kind;
}

describe('organizations no data knows', () => {
  it('reads a short form in capitals as an organization', async () => {
    const x = await read('Chile accused the KDF of shelling the town.');
    expect(kindOf(x, 'KDF')).toBe('ORGANIZATION');
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain('chile ACCUSES kdf');
  });

  it('leaves measures, weapons and shouted headlines alone', async () => {
    const x = await read('The ICBM flew for an hour, GDP fell, and BREAKING NEWS ran all day.');
    expect(x.entities.filter((e) => e.kind === 'ORGANIZATION')).toEqual([]);
  });

  it('reads a name joined by a linking particle as one organization', async () => {
    const x = await read('Leaders of Tehreek-e-Azadi were also present.');
    expect(kindOf(x, 'Tehreek-e-Azadi')).toBe('ORGANIZATION');
  });
});

describe('places listed after a plural place noun', () => {
  it('makes each name of a list after a colon a place', async () => {
    const x = await read('Peru demanded the four provinces it lost: Varnok, Dorsk, Ilmen and Torva.');
    for (const n of ['Varnok', 'Dorsk', 'Ilmen', 'Torva']) expect(kindOf(x, n)).toBe('PLACE');
  });

  it('makes each name of a list after "the cities of" a place', async () => {
    const x = await read('Shelling hit the cities of Varnok and Dorsk overnight.');
    expect(kindOf(x, 'Varnok')).toBe('PLACE');
    expect(kindOf(x, 'Dorsk')).toBe('PLACE');
  });
});

describe('people named without a title', () => {
  it('finds a person by a given name office-holders bear', async () => {
    const x = await read('The plan was drawn up with Maria Kessel and two aides.');
    expect(kindOf(x, 'Maria Kessel')).toBe('PERSON');
  });

  it('finds a person after a word of what they are, or as the object of an act', async () => {
    const x = await read('Crowds cheered for laureate Tovo Rakoto. Chile later thanked Sefa Orun.');
    expect(kindOf(x, 'Tovo Rakoto')).toBe('PERSON');
    expect(kindOf(x, 'Sefa Orun')).toBe('PERSON');
  });

  it('does not make a party of two words a person', async () => {
    const x = await read('The Christian Democrats met in Lima.');
    expect(x.entities.filter((e) => e.kind === 'PERSON')).toEqual([]);
  });
});

describe('collectives', () => {
  it('makes ownerless rebels and prisoners of war groups', async () => {
    const x = await read('Armed rebels freed prisoners of war near the border.');
    expect(kindOf(x, 'Armed rebels')).toBe('GROUP');
    expect(kindOf(x, 'Prisoners of war')).toBe('GROUP');
  });

  it('leaves a state’s fighters to the state', async () => {
    const x = await read('Peruvian fighters crossed the river.');
    expect(x.entities.filter((e) => e.kind === 'GROUP')).toEqual([]);
  });
});

function triples(x: Extraction): string[] {
  return x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
}

describe('a bare, capitalised Army or Navy', () => {
  it('is the force of the one state the article has named, a member of it, and leads by its chief', async () => {
    const x = await read('Chile closed its border on Monday. Army Chief General Tomas Varga met Ana Ruiz. Ruiz praised the Army’s plan.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile-army MEMBER_OF chile', 'tomas-varga LEADS chile-army']));
  });

  it('is no one’s when the article has named two states, or none yet, or when it is part of a longer name', async () => {
    // The accusations are the two states' own; the Army gets nothing.
    expect(triples(await read('Chile and Peru traded accusations. The Army said it had deployed troops.'))).toEqual(['chile ACCUSES peru', 'peru ACCUSES chile']);
    expect((await read('The Army said it had deployed troops in Chile.')).entities.map((e) => e.kind)).toEqual(['COUNTRY']);
    const x = await read('Chile said the Salvation Army had delivered food.');
    expect(x.entities.map((e) => e.id)).toEqual(['chile', 'salvation-army']);
  });

  it('leaves its spokesman the state’s envoy, as a state-named army’s is', async () => {
    const x = await read('Chile closed its border on Monday. Army spokesman Tomas Varga said the troops were ready.');
    expect(triples(x).filter((t) => t.startsWith('tomas-varga MEMBER_OF'))).toEqual([]);
  });
});
