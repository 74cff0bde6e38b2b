// Collectives named the way analysts name them (src/reading/collectiveNames.ts): a protest's crowd by its city,
// supporters by their cause and city or by the person they follow, and "the opposition" of an article's one state.
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('protesters named by their city', () => {
  it('makes the crowds of one city one group, placed in the city, with its named members', async () => {
    const t = await triples('Demonstrators massed outside Lima’s city hall on Friday. "We want a fair count," said protester Ana Ruiz. More than 200 protesters chanted slogans. "They stole our vote," said Luis Vega, a teacher at the rally.');
    expect(t).toContain('lima-protesters LOCATED_IN lima');
    expect(t).toContain('ana-ruiz MEMBER_OF lima-protesters');
    expect(t).toContain('luis-vega MEMBER_OF lima-protesters');
  });

  it('reads a crowd told by what it does as protesters', async () => {
    const t = await triples('Riot police in Chile’s capital, Santiago, fired tear gas to disperse a crowd rallying against the new tax.');
    expect(t).toContain('santiago-protesters LOCATED_IN santiago');
    expect(t).toContain('chile IN_CONFLICT_WITH santiago-protesters');
  });

  it('leaves protesters in two cities unnamed by either', async () => {
    const t = await triples('Protesters marched in Lima on Monday. Protesters gathered in Cusco on Tuesday.');
    expect(t.filter((x) => x.includes('-protesters'))).toEqual([]);
  });

  it('places no protest in a region', async () => {
    const t = await triples('Protesters blocked roads in the Tigray region on Monday.');
    expect(t.filter((x) => x.includes('tigray-protesters'))).toEqual([]);
  });

  it('makes no member of a crowd out of someone merely near it', async () => {
    const t = await triples('Protesters gathered in Lima on Monday. Mayor Ana Ruiz, a critic of the plan, said little.');
    expect(t.filter((x) => x.includes('MEMBER_OF lima-protesters'))).toEqual([]);
  });
});

describe('supporters named by cause, place or leader', () => {
  it('names supporters of a cause by the city they are in', async () => {
    expect(await triples('In the capital, Lima, junta supporters marched on Monday.')).toContain('junta-supporters-in-lima LOCATED_IN lima');
    expect(await triples('Coup supporters rallied in Santiago on Sunday.')).toContain('coup-supporters-in-santiago LOCATED_IN santiago');
  });

  it('names no bare supporters by a city', async () => {
    const t = await triples('Supporters waved flags in Lima on Sunday.');
    expect(t.filter((x) => x.includes('supporters-in'))).toEqual([]);
  });

  it('names the supporters a person addresses after that person', async () => {
    const t = await triples('Former Peruvian president Ana Ruiz was jailed on Monday. In a video, she urged her supporters to stay calm.');
    expect(t).toContain('ana-ruiz APPEALS_TO ana-ruiz-supporters');
  });
});

describe('the opposition of the article’s state', () => {
  it('makes "the opposition" a group of the one state the article is about, with its named leaders', async () => {
    const t = await triples('A court in Peru ordered the arrest of opposition leader Ana Ruiz. The government has stepped up its crackdown on the opposition since the vote.');
    expect(t).toContain('ana-ruiz MEMBER_OF peruvian-opposition');
  });

  it('makes no group of "opposition" as a modifier', async () => {
    const t = await triples('Opposition leader Ana Ruiz met President Luis Vega in Chile. The opposition party in Chile rejected the budget.');
    expect(t.filter((x) => x.includes('opposition'))).toEqual([]);
  });

  it('makes no group when the article is about several states alike', async () => {
    const t = await triples('Peru and Chile met. Opposition leader Ana Ruiz said the opposition would wait.');
    expect(t.filter((x) => x.includes('opposition'))).toEqual([]);
  });
});
