// Actors no data knows, found by the shape news names them in: short forms in capitals, linked names, place lists,
// untitled people and ownerless collectives. Every sentence here is the team's own; none comes from an article.
import { EMPTY_DICTIONARY, readArticle, type Extraction } from '../../src/reading';
import { readText as read, supportedTriples } from '../fixtures/reading';

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

// Actors the reader used to miss: titles it did not read ("PM", a title after "to", a definite title in commas),
// people an apposition or a role noun shows, a state's body told in lower case, an accord named by its subject and
// an election named with its year.
const entityIds = async (text: string): Promise<string[]> => (await read(text)).entities.map((e) => e.id);

describe('titles the reader reads', () => {
  it('reads "PM" in capitals as a head of government', async () => {
    expect(await supportedTriples('Finland PM Ana Ruiz said the talks would go on.')).toContain('ana-ruiz LEADS finland');
  });

  it('does not read a clock time as a title', async () => {
    expect(await entityIds('The vote closed at 5 PM Eastern Time on Friday.')).toEqual([]);
  });

  it('keeps the principal of a title that follows "to" when no title stands before "to"', async () => {
    expect(await supportedTriples('Ruiz handed a letter to US Secretary of State Jon Barra at the meeting.')).toContain('jon-barra ENVOY_OF united-states');
    expect(await supportedTriples('Ruiz gave the report to Finnish Foreign Minister Pekka Lind.')).toContain('pekka-lind ENVOY_OF finland');
  });

  it('still reads where an ambassador serves as no principal', async () => {
    const facts = await supportedTriples('Chile’s Ambassador to Peru Jon Barra met officials.');
    expect(facts).toContain('jon-barra ENVOY_OF chile');
    expect(facts).not.toContain('jon-barra ENVOY_OF peru');
  });

  it('reads a definite title set off by commas, and an outgoing president still leads', async () => {
    expect(await supportedTriples('Senegal’s outgoing president, Jon Barra, met the envoys.')).toContain('jon-barra LEADS senegal');
    expect(await entityIds('The amnesty was announced by the outgoing president, Jon Barra, in March.')).toContain('jon-barra');
  });

  it('gives no office to a former president', async () => {
    expect(await supportedTriples('Senegal’s former president, Jon Barra, met the envoys.')).not.toContain('jon-barra LEADS senegal');
  });
});

describe('people shown by an apposition or a role noun', () => {
  it('reads a person after a role noun of the street ("said protester X")', async () => {
    expect(await entityIds('"We will not leave," said protester Mara Olsen, 31.')).toContain('mara-olsen');
    expect(await entityIds('"It was loud," said resident Tomas Greer.')).toContain('tomas-greer');
  });

  it('reads a person whose apposition is what a person is or an office in lower case', async () => {
    expect(await entityIds('Crowds condemned the arrest of Dario Kelm, the governor’s main rival, on Monday.')).toContain('dario-kelm');
    expect(await entityIds('Laila Haddad, a leading figure in the opposition, was arrested.')).toContain('laila-haddad');
    expect(await entityIds('Police questioned Dario Kelm, the city’s mayor, for hours.')).toContain('dario-kelm');
  });

  it('does not make a person of a place or a body in apposition', async () => {
    expect(await entityIds('Port Alba, the rebels’ main stronghold, fell on Monday.')).not.toContain('port-alba');
    expect(await entityIds('Civic Union, the party of former leader Ana Ruiz, won the vote.')).not.toContain('civic-union');
  });

  it('reads a person who visits, and whom the visit takes there', async () => {
    expect(await supportedTriples('Tomas Vidal visited the camps in Kosti on Sunday.')).toContain('tomas-vidal VISITS kosti');
  });
});

describe('a state’s body told in lower case', () => {
  it('makes the body an organization of its own, member of the state', async () => {
    const facts = await supportedTriples('Officers from Niger’s presidential guard seized the palace on Wednesday.');
    expect(facts).toContain('niger-presidential-guard MEMBER_OF niger');
    expect(await supportedTriples('The Kenyan electoral commission declared the result.')).toContain('kenya-electoral-commission MEMBER_OF kenya');
  });

  it('reads a later "the presidential guard" as the same body', async () => {
    const x = await read('Chile’s presidential guard sealed the palace. Hours later the presidential guard withdrew.');
    const guard = x.entities.find((e) => e.id === 'chile-presidential-guard');
    expect(guard).toBeDefined();
    expect(x.entities.filter((e) => e.kind === 'ORGANIZATION')).toHaveLength(1);
  });

  it('leaves an army and a vague council to the state', async () => {
    expect(await entityIds('Niger’s army closed the border.')).toEqual(['niger']);
    expect(await entityIds('Peru’s council met on Monday.')).toEqual(['peru']);
  });
});

describe('watchdogs and think tanks named by their head word first', () => {
  it('reads "Centre for … and …" as one organization, never a person at its tail', async () => {
    expect(await entityIds('The Centre for Democracy and Human Rights condemned the arrests.')).toEqual(['centre-for-democracy-and-human-rights']);
    expect(await entityIds('The Institute for Peace and Security Studies said nothing.')).toEqual(['institute-for-peace-and-security-studies']);
  });

  it('makes a body the state’s possessive opens the principal of an apposition', async () => {
    expect(await supportedTriples('Ana Ruiz, director of Chile’s Centre for Free Votes, condemned the arrests.')).toContain('ana-ruiz LEADS centre-for-free-votes');
    expect(await supportedTriples('Ana Ruiz, director of Chile’s Centre for Free Votes, condemned the arrests.')).not.toContain('ana-ruiz ENVOY_OF chile');
  });

  it('still reads two people coordinated by "and"', async () => {
    expect(await supportedTriples('Ana Ruiz and Jon Barra met in Lima.')).toContain('ana-ruiz MEETS_WITH jon-barra');
  });
});

describe('events named as the article names them', () => {
  it('names an accord by its subject ("peace agreement")', async () => {
    const facts = await supportedTriples('Chile and Peru signed a peace agreement in Oslo on Friday. The deal ends a decade of war. Norway welcomed the accord.');
    expect(facts).toEqual(expect.arrayContaining(['chile PARTICIPATES_IN chile-peru-peace-agreement', 'norway ENDORSES chile-peru-peace-agreement']));
  });

  it('keeps a plain agreement named "agreement"', async () => {
    expect(await supportedTriples('Chile and Peru signed an agreement in Oslo on Friday. The deal ends a decade of war. Norway welcomed the accord.')).toContain('chile PARTICIPATES_IN chile-peru-agreement');
  });

  it('names an election with the year its phrase gives, else the article’s date', async () => {
    expect(await supportedTriples('Ana Ruiz lost the 2022 election in Chile to her rival.')).toContain('ana-ruiz PARTICIPATES_IN chile-2022-election');
    const dated = await readArticle({ title: 'Test', text: 'Ana Ruiz won Chile’s presidential election on Sunday.', publishedAt: '2025-06-01' }, EMPTY_DICTIONARY);
    expect(dated.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain('ana-ruiz PARTICIPATES_IN chile-2025-presidential-election');
  });

  it('names an undated election with no year written without a year', async () => {
    expect(await supportedTriples('Ana Ruiz won Chile’s presidential election on Sunday.')).toContain('ana-ruiz PARTICIPATES_IN chile-presidential-election');
  });
});
