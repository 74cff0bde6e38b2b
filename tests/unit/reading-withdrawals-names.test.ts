// Leaving a body told as a decision, a breakaway or a departure (src/reading/withdrawalsDecided.ts); bodies named by
// a head noun the reader had no cue for, or by an apposition after them (names.ts); invasion in the passive.
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('leaving a body, told as a decision', () => {
  it('reads a decision taken or announced to leave as the leaving', async () => {
    expect(await triples('Peru decided to leave the African Union.')).toContain('peru WITHDREW_FROM african-union');
    expect(await triples('Peru has voted to withdraw from ECOWAS.')).toContain('peru WITHDREW_FROM ecowas');
    expect(await triples('Peru said it would leave the African Union.')).toContain('peru WITHDREW_FROM african-union');
    expect(await triples('Peru announced on Monday that it would pull out of ECOWAS.')).toContain('peru WITHDREW_FROM ecowas');
  });

  it('does not read a decision hedged, denied, threatened or asked for', async () => {
    const none = (t: string[]) => t.filter((x) => x.includes('WITHDREW_FROM'));
    expect(none(await triples('Peru said it would not leave the African Union.'))).toEqual([]);
    expect(none(await triples('Peru may decide to leave the African Union.'))).toEqual([]);
    expect(none(await triples('Chile urged Peru to leave the African Union.'))).toEqual([]);
    expect(none(await triples('Peru said it would leave Lima on Monday.'))).toEqual([]);
  });

  it('reads a breakaway and a departure of named members', async () => {
    expect(await triples('Peru broke away from the African Union in 2021.')).toContain('peru WITHDREW_FROM african-union');
    const t = await triples('The departure of Peru and Chile from ECOWAS weakened the bloc.');
    expect(t).toEqual(expect.arrayContaining(['peru WITHDREW_FROM ecowas', 'chile WITHDREW_FROM ecowas']));
    expect((await triples('The departure of Peruvian troops from Chile was delayed.')).filter((x) => x.includes('WITHDREW_FROM'))).toEqual([]);
  });

  it('reads a membership suspended "of" a body as leaving it, as "in" was', async () => {
    expect(await triples('Peru suspended its membership of the African Union.')).toContain('peru WITHDREW_FROM african-union');
  });
});

describe('bodies named by their head noun', () => {
  it('knows communities, funds, leagues, forums, tribunals and observatories as organizations', async () => {
    expect(await triples('Peru withdrew from the Andean Economic Community on Monday.')).toContain('peru WITHDREW_FROM andean-economic-community');
    expect(await triples('Chile condemned the Pacific Development Fund.')).toContain('chile CRITICIZES pacific-development-fund');
    expect(await triples('Bolivia joined the Southern Trade League in 2019.')).toContain('bolivia MEMBER_OF southern-trade-league');
    expect(await triples('The Coastal Observatory for Human Rights accused Peru of killing protesters.')).toContain('coastal-observatory-for-human-rights ACCUSES peru');
  });

  it('makes a body of a name that an apposition calls a company or producer, even at the start', async () => {
    expect(await triples('Petroandes, Peru\'s largest oil company, was sanctioned by the United States.')).toContain('united-states SANCTIONS petroandes');
    expect(await triples('Limagas, a state-owned gas producer, criticized Chile.')).toContain('limagas CRITICIZES chile');
  });

  it('does not make a body of a name whose apposition is a person\'s post or a time', async () => {
    const t = await triples('Marta Quispe, a former company executive, criticized Chile.');
    expect(t.some((x) => x.startsWith('marta-quispe CRITICIZES'))).toBe(true);
    expect(t).not.toContain('monday CRITICIZES chile');
  });
});

describe('invasion in the passive', () => {
  it('reads the agent after "invaded by" as in conflict with the invaded', async () => {
    expect(await triples('Peru was invaded by Chile in 2020.')).toContain('chile IN_CONFLICT_WITH peru');
  });
});

describe('where an accord was made', () => {
  it('reads "the deal was struck / agreed / finalised in X" as the accord\'s place', async () => {
    const text = 'Peru and Chile signed a peace agreement on Monday. The deal was struck in Brasilia after two days of talks.';
    expect(await triples(text)).toContain('peru-chile-peace-agreement LOCATED_IN brasilia');
    const hedged = 'Peru and Chile hope to sign a peace agreement. The deal could be struck in Brasilia.';
    expect((await triples(hedged)).filter((x) => x.includes('LOCATED_IN brasilia'))).toEqual([]);
  });
});

describe('a summit named by its place, and who it brought together', () => {
  it('names talks the article only calls a summit "<place> summit", and reads who it brought together', async () => {
    const t = await triples('The summit in Quito brought together Peru and Chile.');
    expect(t).toEqual(expect.arrayContaining(['quito-summit LOCATED_IN quito', 'peru PARTICIPATES_IN quito-summit', 'chile PARTICIPATES_IN quito-summit']));
    expect(await triples('Peru and Chile held talks in Quito. The talks brought together Peru, Chile and Bolivia.')).toContain('bolivia PARTICIPATES_IN quito-talks');
  });
});

describe('delegations that also attended', () => {
  it('keeps the sides that held the talks as its parties and reads the delegations as attending', async () => {
    const t = await triples('Peru and Chile held peace talks in Quito on Monday. Delegations from Bolivia and Ecuador also attended.');
    expect(t).toEqual(expect.arrayContaining(['peru PARTICIPATES_IN peru-chile-quito-talks', 'bolivia PARTICIPATES_IN peru-chile-quito-talks', 'ecuador PARTICIPATES_IN peru-chile-quito-talks']));
    expect(t).not.toContain('bolivia NEGOTIATES ecuador');
  });
});

describe('mediation named after the talks it accompanied', () => {
  it('reads "under Ecuadorian mediation", "with Ecuador mediating" and "under the auspices of Ecuador" as mediation', async () => {
    const opening = 'Peru and Chile resumed peace talks in Quito on Monday';
    expect(await triples(`${opening}. The talks were held under Ecuadorian mediation.`)).toContain('ecuador MEDIATES peru-chile-quito-talks');
    expect(await triples(`${opening}, with Ecuador mediating.`)).toContain('ecuador MEDIATES peru-chile-quito-talks');
    expect(await triples(`${opening} under the auspices of Ecuador.`)).toContain('ecuador MEDIATES peru-chile-quito-talks');
  });

  it('does not make a side the mediator, nor mediation in another sentence without talks', async () => {
    expect(await triples('Peru and Chile resumed peace talks in Quito on Monday, with Chile mediating.')).not.toContain('chile MEDIATES peru-chile-quito-talks');
    expect((await triples('Ecuador voted under Brazilian mediation rules.')).filter((x) => x.includes('MEDIATES'))).toEqual([]);
  });
});

describe('a town placed by an indefinite description', () => {
  it('reads "Tacna, a Peruvian border town" as in Peru, and not "Tacna, a Peruvian envoy\'s home"', async () => {
    expect(await triples('Rebels seized Tacna, a Peruvian border town.')).toContain('tacna LOCATED_IN peru');
    expect((await triples('Rebels seized Tacna, a Peruvian envoy said.')).filter((x) => x.includes('LOCATED_IN'))).toEqual([]);
  });
});
