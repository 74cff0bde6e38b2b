// Agreements and summits referred to rather than named: reactions to the article's accord ("X criticized the
// deal"), accords named by their partner ("X scrapped its trade accord with Y"), accords described with their
// brokers ("a deal brokered by X"), summits by description ("the peace summit planned for Lima") and the parties
// listed after an accord ("the parties to that agreement – A, B and C"). Every sentence here is the team's own;
// none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

const SIGNED = 'Peru and Chile signed a trade deal in Lima.';
const only = (t: string[], type: string): string[] => t.filter((x) => x.includes(` ${type} `));

describe('reactions to the article\'s accord', () => {
  it('reads criticism of the accord as CRITICIZES the event', async () => {
    expect(await triples(`${SIGNED} Bolivia criticized the deal.`)).toContain('bolivia CRITICIZES peru-chile-trade-agreement');
    expect(await triples(`${SIGNED} Bolivia condemned the accord as a betrayal.`)).toContain('bolivia CRITICIZES peru-chile-trade-agreement');
    expect(await triples(`${SIGNED} Bolivia denounced the new agreement.`)).toContain('bolivia CRITICIZES peru-chile-trade-agreement');
  });

  it('reads rejection and dismissal of the accord as REJECTS the event', async () => {
    expect(await triples(`${SIGNED} Bolivia rejected the agreement.`)).toContain('bolivia REJECTS peru-chile-trade-agreement');
    expect(await triples(`${SIGNED} Bolivia dismissed the deal.`)).toContain('bolivia REJECTS peru-chile-trade-agreement');
    expect(await triples(`${SIGNED} The accord was rejected by Bolivia.`)).toContain('bolivia REJECTS peru-chile-trade-agreement');
  });

  it('does not read negated reactions, reactions to a part of the accord or to a proposal', async () => {
    expect(only(await triples(`${SIGNED} Bolivia did not criticize the deal.`), 'CRITICIZES')).toEqual([]);
    expect(only(await triples(`${SIGNED} Bolivia condemned violations of the deal.`), 'CRITICIZES')).toEqual([]);
    expect(only(await triples(`${SIGNED} Bolivia rejected the deal proposal from Chile.`), 'REJECTS').filter((x) => x.endsWith('agreement'))).toEqual([]);
    expect(only(await triples(`${SIGNED} Bolivia rejected claims that the deal had failed.`), 'REJECTS')).toEqual([]);
    expect(only(await triples(`${SIGNED} Bolivia refused to sign the deal.`), 'REJECTS')).toEqual([]);
  });
});

describe('accords named by their partner', () => {
  it('makes an agreement of the two sides and its sort, which the one ending it leaves', async () => {
    const t = await triples('Peru announced that it was ending its military cooperation agreement with Chile.');
    expect(t).toEqual(expect.arrayContaining([
      'peru PARTICIPATES_IN peru-chile-military-cooperation-agreement',
      'chile PARTICIPATES_IN peru-chile-military-cooperation-agreement',
      'peru WITHDREW_FROM peru-chile-military-cooperation-agreement',
    ]));
    expect(t).not.toContain('chile WITHDREW_FROM peru-chile-military-cooperation-agreement');
  });

  it('reads each leaving verb with its particles', async () => {
    expect(await triples('Peru scrapped its trade accord with Bolivia.')).toContain('peru WITHDREW_FROM peru-bolivia-trade-agreement');
    expect(await triples('Peru pulled out of the defence pact with Bolivia.')).toContain('peru WITHDREW_FROM peru-bolivia-defence-agreement');
    expect(await triples('Peru tore up its 2010 border treaty with Bolivia.')).toContain('peru WITHDREW_FROM peru-bolivia-border-agreement');
    expect(await triples('Peru has withdrawn from the fishing agreement with the European Union.')).toContain('peru WITHDREW_FROM peru-eu-fishing-agreement');
    expect(await triples('Peru broke off its security pact with Chile.')).toContain('peru WITHDREW_FROM peru-chile-security-agreement');
  });

  it('does not read a leaving refused, negated or hedged as done', async () => {
    expect(only(await triples('Peru refused to end its trade accord with Bolivia.'), 'WITHDREW_FROM')).toEqual([]);
    expect(only(await triples('Peru would not pull out of the trade accord with Bolivia.'), 'WITHDREW_FROM')).toEqual([]);
    const could = await triples('Peru could end its trade accord with Bolivia.');
    expect(only(could, 'WITHDREW_FROM')).toEqual([]);
    expect(could).toContain('bolivia PARTICIPATES_IN peru-bolivia-trade-agreement');
    expect(only(await triples('Peru said it would pull out of the defence pact with Chile.'), 'WITHDREW_FROM')).toEqual([]);
  });

  it('does not make an accord of a war, of talks, or of support for a pact', async () => {
    expect(await triples('Peru is ending the war with Bolivia.')).toEqual([]);
    expect(only(await triples('Peru ended its talks with Bolivia.'), 'WITHDREW_FROM')).toEqual([]);
    expect(only(await triples('Peru ended its support for the pact with Bolivia.'), 'WITHDREW_FROM')).toEqual([]);
  });

  it("uses the article's accord when it is already between the two sides", async () => {
    const t = await triples('Chile and Peru signed a trade deal in Lima. Peru later suspended the deal with Chile.');
    expect(t).toContain('peru WITHDREW_FROM chile-peru-trade-agreement');
    expect(t.filter((x) => x.includes('peru-chile'))).toEqual([]);
  });
});

describe('accords described with their brokers', () => {
  it("reads the brokers of a described deal as mediating the article's accord", async () => {
    const text = 'A deal brokered by Chile and Ecuador that allowed grain exports is over, Bolivia said. '
      + 'Bolivia had pulled out of the Andean grain deal in May. Peru said the grain deal had served the region.';
    const t = await triples(text);
    expect(t).toEqual(expect.arrayContaining(['chile MEDIATES andean-grain-deal', 'ecuador MEDIATES andean-grain-deal']));
    expect(t).not.toContain('bolivia MEDIATES andean-grain-deal');
  });

  it('reads a broker set off by commas after the accord', async () => {
    expect(await triples('Peru and Bolivia signed the accord, brokered by Chile, in Lima.')).toContain('chile MEDIATES peru-bolivia-agreement');
  });
});

describe('summits by description', () => {
  it('names a summit by its place and subject, placed there, and reads its dismissal as REJECTS', async () => {
    const t = await triples('Peru dismissed the peace summit planned for Chile.');
    expect(t).toEqual(expect.arrayContaining(['peru REJECTS chile-peace-summit', 'chile-peace-summit LOCATED_IN chile']));
    expect(await triples('Peru condemned the climate summit in Lima.')).toContain('peru CRITICIZES lima-climate-summit');
  });

  it('names a summit by the body that gathers for it, placed where they gathered', async () => {
    const t = await triples('Leaders of the Andean Community gathered in Quito for their annual summit. Peru attended the summit.');
    expect(t).toEqual(expect.arrayContaining([
      'andean-community PARTICIPATES_IN andean-community-summit',
      'andean-community-summit LOCATED_IN quito',
      'peru PARTICIPATES_IN andean-community-summit',
    ]));
    expect(t.filter((x) => x.includes('-talks'))).toEqual([]);
  });

  it('does not read a negated dismissal, a dismissal of reports, or a bare summit as described', async () => {
    expect(only(await triples('Peru did not dismiss the peace summit planned for Chile.'), 'REJECTS')).toEqual([]);
    expect(only(await triples('Peru dismissed reports about the peace summit planned for Chile.'), 'REJECTS')).toEqual([]);
    // A bare summit is the place's summit (events.ts), nothing described: no party, no rejection, only its place.
    expect((await triples('Peru said the summit in Lima went well.')).filter((x) => x.includes('-summit'))).toEqual(['lima-summit LOCATED_IN lima']);
  });
});

describe('parties listed after the accord', () => {
  it('reads the parties listed after a dash or a comma as taking part', async () => {
    const t = await triples(`${SIGNED} The three parties to that agreement – Peru, Chile and Bolivia – met again in May.`);
    expect(t).toContain('bolivia PARTICIPATES_IN peru-chile-trade-agreement');
    const s = await triples("Peru and Chile signed a trade deal in Lima. Bolivia joined later. The accord's signatories, Bolivia and Chile, met in May.");
    expect(s).toContain('bolivia PARTICIPATES_IN peru-chile-trade-agreement');
  });

  it('does not read a name that is no apposition of the parties', async () => {
    expect(await triples(`${SIGNED} The parties to the accord met Bolivia in May.`)).not.toContain('bolivia PARTICIPATES_IN peru-chile-trade-agreement');
    expect(await triples(`${SIGNED} The parties to the accord, said Bolivia, had met in May.`)).not.toContain('bolivia PARTICIPATES_IN peru-chile-trade-agreement');
  });
});
