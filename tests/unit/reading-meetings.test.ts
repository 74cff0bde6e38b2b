// Meetings, visits, places, office-holders, pledges and backing told in the shapes news uses for them. Every
// sentence here is the team's own; none comes from an article.
import { EMPTY_DICTIONARY, readArticle, type Extraction } from '../../src/reading';

async function read(text: string, title = 'Test'): Promise<Extraction> {
  return readArticle({ title, text }, EMPTY_DICTIONARY);
}

function triples(x: Extraction): string[] {
  return x.relationships.filter((r) => r.stance === 'SUPPORTS').map((r) => `${r.from} ${r.type} ${r.to}`).sort();
}

describe('whom a meeting was with', () => {
  it('reaches a person named after a description of a newly taken office', async () => {
    const x = await read('Chile held talks with the newly elected president of Peru, Ana Torres, on Monday.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile MEETS_WITH ana-torres', 'ana-torres MEETS_WITH chile', 'ana-torres LEADS peru']));
  });

  it('adds the partners of a second "with" phrase ("and, by video link, with Y")', async () => {
    const x = await read('Chile met with Peruvian President Ana Torres and, by video link, with Luis Vega.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile MEETS_WITH luis-vega', 'luis-vega MEETS_WITH chile', 'chile MEETS_WITH ana-torres']));
  });

  it('reads the second phrase after a pronoun meeting and an apposed name', async () => {
    const x = await read('Ana Torres and Luis Vega shook hands as they met with Bolivia’s leader, Juan Perez, and later with Chile.');
    expect(triples(x)).toEqual(expect.arrayContaining(['ana-torres MEETS_WITH chile', 'luis-vega MEETS_WITH chile', 'chile MEETS_WITH luis-vega']));
  });

  it('does not take a name after "and" without "with" as a second partner of the meeting', async () => {
    const x = await read('Chile met with Peruvian President Ana Torres and Bolivia criticized Luis Vega.');
    expect(triples(x).filter((t) => t.includes('MEETS_WITH') && t.includes('luis-vega'))).toEqual([]);
  });
});

describe('delegations and their heads at meetings', () => {
  it('lets the head of a delegation meet the person the delegation met, told in the next sentence', async () => {
    const x = await read('A Bolivian team on Monday held talks with Foreign Minister Marta Solis of Peru. The team was led by Jorge Paz.');
    expect(triples(x)).toEqual(expect.arrayContaining(['jorge-paz MEETS_WITH marta-solis', 'marta-solis MEETS_WITH jorge-paz', 'jorge-paz ENVOY_OF bolivia']));
  });

  it('does not let the head meet a state the delegation met through its unnamed officials', async () => {
    const x = await read('A Bolivian team held talks with Peruvian mediators. The team was led by Eva Rios.');
    expect(triples(x).filter((t) => t.startsWith('eva-rios MEETS_WITH'))).toEqual([]);
  });

  it('reads "the delegation" as the state whose delegation an earlier sentence named', async () => {
    const x = await read('A Chilean delegation arrived in Lima on Monday. Officials said the delegation, headed by Trade Minister Ana Ruiz, will hold talks with Peruvian mediators. The team met President Luis Vega on Tuesday.');
    expect(triples(x)).toEqual(expect.arrayContaining([
      'chile MEETS_WITH peru', 'peru MEETS_WITH chile', 'chile MEETS_WITH luis-vega', 'ana-ruiz MEETS_WITH luis-vega', 'ana-ruiz ENVOY_OF chile',
    ]));
    // The head of a delegation leads no state.
    expect(triples(x)).not.toContain('ana-ruiz LEADS chile');
  });

  it('leaves "the delegation" unread when no delegation was named before', async () => {
    const x = await read('Officials said the delegation met President Luis Vega of Peru on Tuesday.');
    expect(triples(x).filter((t) => t.includes('MEETS_WITH'))).toEqual([]);
  });
});

describe('pledges: plans to visit and help to a leader named by office', () => {
  it('reads an announced plan to visit as a pledge towards each place', async () => {
    const x = await read('Chilean President Ana Torres has announced plans to visit Peru and Bolivia in January. Ana Torres plans to travel to Argentina.');
    expect(triples(x)).toEqual(expect.arrayContaining(['ana-torres PLEDGED peru', 'ana-torres PLEDGED bolivia', 'ana-torres PLEDGED argentina']));
  });

  it('does not read a visit others expect, or one refused, as a pledge', async () => {
    const x = await read('Chilean President Ana Torres is expected to visit Ecuador. Ana Torres said she will not visit Brazil. The minister may visit Uruguay.');
    expect(triples(x).filter((t) => t.includes('PLEDGED'))).toEqual([]);
  });

  it('takes "I" in a quotation as its speaker, also in a quotation that goes on after the attributed one', async () => {
    const x = await read('Chilean President Ana Torres spoke in Santiago. “We talked for hours,” she added. “I told them I will visit Bolivia soon.”');
    expect(triples(x)).toContain('ana-torres PLEDGED bolivia');
  });

  it('leaves an unquoted or unattributed "I" unread', async () => {
    const x = await read('I will visit Ecuador, a blogger wrote. “I will visit Peru,” the post read.');
    expect(triples(x).filter((t) => t.includes('PLEDGED'))).toEqual([]);
  });

  it('reads "Peru’s new leader" as the person the article showed leading Peru', async () => {
    const x = await read('Peru’s new leader Ana Torres spoke on Monday. Chile would continue to support Peru’s new leader in its fight against the gangs.');
    expect(triples(x)).toContain('chile PLEDGED ana-torres');
    expect(triples(x)).not.toContain('chile PLEDGED peru');
  });
});

describe('arrivals told without a destination', () => {
  it('takes the place of the talks named before as where a delegation arrived', async () => {
    const x = await read('Chile and Peru resumed peace talks in Lima on Monday. The Chilean delegation arrived on Saturday, while the Peruvian team arrived on Sunday.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile VISITS lima', 'peru VISITS lima']));
  });

  it('reads no visit when the talks’ place is named only after the arrival', async () => {
    const x = await read('The Chilean delegation arrived on Saturday. Chile and Peru resumed peace talks in Lima on Monday.');
    expect(triples(x).filter((t) => t.includes('VISITS'))).toEqual([]);
  });
});

describe('visits, office-holders and praise in common shapes', () => {
  it('reads British "travelled to" as a visit', async () => {
    const x = await read('Chilean President Ana Torres travelled to Peru on Tuesday.');
    expect(triples(x)).toContain('ana-torres VISITS peru');
  });

  it('takes a visited capital as the city, but a capital urged as its government', async () => {
    const x = await read('Foreign Minister Luis Vega of Peru visited Santiago. Peru urged Santiago to act.');
    expect(triples(x)).toEqual(expect.arrayContaining(['luis-vega VISITS santiago', 'peru APPEALS_TO chile']));
    expect(triples(x)).not.toContain('luis-vega VISITS chile');
  });

  it('reads "<state>’s leader, <name>" as leading the state, but not a bare "<state>’s leader said"', async () => {
    const named = await read('Saudi Crown Prince Mohammed bin Salman spoke. Later they met with Saudi Arabia’s leader, bin Salman, in Riyadh.');
    const quotes = named.relationships.filter((r) => r.type === 'LEADS').map((r) => r.quote);
    expect(quotes).toContain('Saudi Arabia’s leader');
    const bare = await read('Saudi Crown Prince Mohammed bin Salman spoke. Saudi Arabia’s leader said no.');
    expect(bare.relationships.filter((r) => r.type === 'LEADS').map((r) => r.quote)).not.toContain('Saudi Arabia’s leader');
  });

  it('reads praise of a decision owned by a demonym as endorsing the state, not praise of its ambassador', async () => {
    expect(triples(await read('Chile welcomed the Bolivian decision.'))).toContain('chile ENDORSES bolivia');
    expect(triples(await read('Chile welcomed the Bolivian ambassador.'))).not.toContain('chile ENDORSES bolivia');
  });
});

describe('calls and talks told otherwise', () => {
  it('reads "phoned" / "telephoned" as a meeting both ways (CAMEO 041), not a bare "called"', async () => {
    expect(triples(await read('President Ana Torres phoned President Luis Vega on Monday.'))).toEqual(expect.arrayContaining(['ana-torres MEETS_WITH luis-vega', 'luis-vega MEETS_WITH ana-torres']));
    expect(triples(await read('President Ana Torres called President Luis Vega a liar.')).filter((t) => t.includes('MEETS_WITH'))).toEqual([]);
  });

  it('reads "had a phone conversation with Y" as a meeting', async () => {
    expect(triples(await read('Ana Torres had a phone conversation with Luis Vega.'))).toContain('luis-vega MEETS_WITH ana-torres');
  });

  it('reads "During talks with Y, X …" as X meeting Y, but not "During the talks with Y" (maybe others’)', async () => {
    expect(triples(await read('During talks with Juan Perez, Ana Torres urged calm.'))).toContain('ana-torres MEETS_WITH juan-perez');
    expect(triples(await read('During the talks with Juan Perez, Ana Torres urged calm.')).filter((t) => t.includes('MEETS_WITH'))).toEqual([]);
  });
});

describe('where places lie, told by apposition or a region', () => {
  it('places a town in the region a state owns ("Arvi in Peru’s Loreto province")', async () => {
    const x = await read('Fighting hit the town of Arvi in Peru’s Loreto province.');
    expect(triples(x)).toEqual(expect.arrayContaining(['arvi LOCATED_IN loreto', 'loreto LOCATED_IN peru']));
    expect(triples(x)).not.toContain('arvi LOCATED_IN peru');
  });

  it('reads "X, a city in Y" and "X, Y’s capital" as X lying in Y, an unknown X becoming a place', async () => {
    const x = await read('Troops entered Varnok, a key town in northeastern Ukraine. Lima, Peru’s capital, was calm.');
    expect(x.entities.find((e) => e.id === 'varnok')?.kind).toBe('PLACE');
    expect(triples(x)).toEqual(expect.arrayContaining(['varnok LOCATED_IN ukraine', 'lima LOCATED_IN peru']));
  });

  it('does not make a place of a name whose apposition only mentions a city word in passing', async () => {
    const x = await read('Marta Solis, a city councillor in Peru, spoke on Monday. Jorge Paz, a town official, said no.');
    expect(x.entities.filter((e) => e.kind === 'PLACE')).toEqual([]);
  });
});

describe('"both countries" and "the two nations"', () => {
  it('stand for the two states named last in the sentences before', async () => {
    const x = await read('Chile and Peru signed a trade deal in Lima. The deal was welcomed abroad. Bolivia voiced its support for both countries.');
    expect(triples(x)).toEqual(expect.arrayContaining(['bolivia ENDORSES chile', 'bolivia ENDORSES peru']));
  });

  it('never take the sentence’s own state, and need two states named before', async () => {
    const x = await read('Chile signed a deal. Bolivia voiced its support for both countries.');
    expect(triples(x).filter((t) => t.includes('ENDORSES'))).toEqual([]);
  });
});

describe('promises of help and of closer ties (pledges.ts)', () => {
  it('reads gerunds after a commitment, an offer to help and continued support as pledges', async () => {
    for (const text of ['Chile committed to helping Peru.', 'Chile offered to help Peru rebuild.', 'Chile will keep supporting Peru.', 'Chile said it would continue to support Peru.']) {
      expect(triples(await read(text))).toContain('chile PLEDGED peru');
    }
  });

  it('reads "will continue to develop its relations with Y" as a pledge (rule 12), but not a bare forecast', async () => {
    expect(triples(await read('Chile will continue to develop its relations with Peru.'))).toContain('chile PLEDGED peru');
    expect(triples(await read('Chile vowed to strengthen ties with Peru.'))).toContain('chile PLEDGED peru');
    for (const text of ['Chile will develop relations with Peru.', 'Chile will support Peru.', 'Chile did not offer to help Peru.']) {
      expect(triples(await read(text)).filter((t) => t.includes('PLEDGED'))).toEqual([]);
    }
  });
});

describe('people travelling, and subjects named in apposition', () => {
  it('reads a person flying, heading or leaving for a state, landing in a city, or on a visit to a state', async () => {
    const x = await read('President Ana Torres flew to Peru. President Luis Vega left for Chile on Monday. Jorge Paz landed in Lima. Marta Solis is on a two-day visit to Bolivia.');
    expect(triples(x)).toEqual(expect.arrayContaining(['ana-torres VISITS peru', 'luis-vega VISITS chile', 'jorge-paz VISITS lima', 'marta-solis VISITS bolivia']));
  });

  it('reads no visit for drones flying to a state, leaving a state, or a state heading somewhere', async () => {
    const x = await read('Russian drones flew to Poland. President Ana Torres left Peru on Monday. Chile headed to Peru.');
    expect(triples(x).filter((t) => t.includes('VISITS'))).toEqual([]);
  });

  it('lets a person named between commas after a description act ("Bolivia’s president, Luis Vega, met …")', async () => {
    const x = await read('Bolivia’s president, Luis Vega, met President Ana Torres. The Bolivian foreign minister, Jorge Paz, arrived in Lima.');
    expect(triples(x)).toEqual(expect.arrayContaining(['luis-vega MEETS_WITH ana-torres', 'ana-torres MEETS_WITH luis-vega', 'jorge-paz VISITS lima']));
  });
});

describe('leaders told in the passive', () => {
  it('reads "Y is led by X" as X leading Y, but not the past "was led by" nor a delegation', async () => {
    expect(triples(await read('The Andean Front is headed by Marta Solis.'))).toContain('marta-solis LEADS andean-front');
    expect(triples(await read('Bolivia was led by Luis Vega.'))).not.toContain('luis-vega LEADS bolivia');
    const x = await read('The Bolivian delegation is led by Jorge Paz.');
    expect(triples(x)).toContain('jorge-paz ENVOY_OF bolivia');
    expect(triples(x)).not.toContain('jorge-paz LEADS bolivia');
  });
});

describe('a title whose principal follows the name', () => {
  it('reads "President X of Peru" and "Foreign Minister Y of Bolivia" by the state after "of"', async () => {
    const x = await read('Foreign Minister Jorge Paz of Bolivia met President Luis Vega of Peru.');
    expect(triples(x)).toEqual(expect.arrayContaining(['jorge-paz ENVOY_OF bolivia', 'luis-vega LEADS peru', 'jorge-paz MEETS_WITH luis-vega']));
  });

  it('leaves "of Peru’s ruling party" alone: the principal is the party, not Peru', async () => {
    const x = await read('Minister Jorge Paz of Peru’s ruling party spoke.');
    expect(triples(x)).not.toContain('jorge-paz ENVOY_OF peru');
  });
});

describe('backing told by a participle, a copula or an idiom', () => {
  it('reads "the Y, backed by X," as X backing Y, and Y as the subject of the main verb', async () => {
    const x = await read('The Andean Front, backed by Bolivia, attacked Peru.');
    expect(triples(x)).toEqual(expect.arrayContaining(['bolivia ENDORSES andean-front', 'andean-front STRUCK peru']));
    expect(triples(x)).not.toContain('bolivia STRUCK peru');
  });

  it('reads "X is a close ally of Y", "X threw its weight behind Y" and "X stands with Y" as backing', async () => {
    for (const text of ['Chile is a close ally of Peru.', 'Chile threw its weight behind Peru.', 'Chile stands firmly with Peru.']) {
      expect(triples(await read(text))).toContain('chile ENDORSES peru');
    }
  });

  it('reads no backing when the copula is negated or the stand is only where one stood', async () => {
    for (const text of ['Chile is not an ally of Peru.', 'Chile stood in Lima with Peru.']) {
      expect(triples(await read(text)).filter((t) => t.includes('ENDORSES'))).toEqual([]);
    }
  });
});
