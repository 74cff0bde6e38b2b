// Acts shared by "joined X in …ing", acts received by the agent of an act named first, verbs acting on the name a
// relative clause hangs on, and blame told by a source, by evidence, by responsibility borne (relations.ts,
// receivedActs.ts, blame.ts). Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('joined in an act', () => {
  it('reads those who joined and those they joined as doing the act', async () => {
    expect(await triples('Argentina joined Chile in condemning Peru.')).toEqual(expect.arrayContaining(['argentina CRITICIZES peru', 'chile CRITICIZES peru']));
    expect(await triples('Argentina and Brazil joined Chile in sanctioning Peru.'))
      .toEqual(expect.arrayContaining(['argentina SANCTIONS peru', 'brazil SANCTIONS peru', 'chile SANCTIONS peru']));
  });

  it('does not read a hedged joining, or a joining of talks', async () => {
    expect((await triples('Argentina may join Chile in condemning Peru.')).filter((x) => x.includes('CRITICIZES'))).toEqual([]);
    expect((await triples('Argentina joined the talks in Lima.')).filter((x) => x.startsWith('argentina CRITICIZES'))).toEqual([]);
  });
});

describe('acts received, and relative clauses', () => {
  it('reads the agent of an act that opens the clause as the one criticised', async () => {
    expect(await triples('The strikes by Peru drew condemnation from Chile and Argentina.')).toEqual(expect.arrayContaining(['chile CRITICIZES peru', 'argentina CRITICIZES peru']));
    expect(await triples('Chile said the latest strikes by Peru drew condemnation from Bolivia.')).toContain('bolivia CRITICIZES peru');
    expect((await triples('The strike on the embassy by Peru drew condemnation from Chile.')).filter((x) => x === 'chile CRITICIZES peru')).toEqual([]);
  });

  it('reads a verb with no object of its own as acting on the name before ", which"', async () => {
    expect(await triples('Peru, which Chile has long accused of arming the rebels, denied the claim.')).toContain('chile ACCUSES peru');
    expect(await triples('Peru, which Chile invaded in 2020, condemned Bolivia.')).toContain('chile IN_CONFLICT_WITH peru');
    expect((await triples('Peru, which Chile said would attend, withdrew.')).filter((x) => x.startsWith('chile'))).toEqual([]);
  });

  it('does not read a claim rejected in the passive as a rejection by the one it names', async () => {
    const t = await triples('The accusations by Chile that Peru had armed the rebels were rejected by Lima.');
    expect(t.filter((x) => x.includes('REJECTS'))).toEqual([]);
    expect(await triples('Chile\'s plan was rejected by Peru.')).toContain('peru REJECTS chile');
  });
});

describe('blame told by a source, by evidence, by responsibility', () => {
  it('reads blame after "According to X," opening the sentence', async () => {
    expect(await triples('According to Chile, Peru was behind the attack.')).toContain('chile ACCUSES peru');
    expect((await triples('According to Chile, the talks were held in Lima.')).filter((x) => x.includes('ACCUSES'))).toEqual([]);
  });

  it('reads an act alleged through evidence, and responsibility borne', async () => {
    expect(await triples('Chile said it had evidence that Peru supplied the weapons.')).toContain('chile ACCUSES peru');
    expect(await triples('Chile said Peru "bears full responsibility" for the escalation.')).toContain('chile ACCUSES peru');
  });

  it('does not read blame that is denied: "not behind", "no responsibility", "no evidence"', async () => {
    const none = (t: string[]) => t.filter((x) => x.includes('ACCUSES'));
    expect(none(await triples('Chile said Peru was not behind the attack.'))).toEqual([]);
    expect(none(await triples('According to Chile, Peru was not responsible for the attack.'))).toEqual([]);
    expect(none(await triples('Chile said Peru bears no responsibility for the escalation.'))).toEqual([]);
    expect(none(await triples('Chile said it had no evidence that Peru supplied the weapons.'))).toEqual([]);
    expect(await triples('Chile said Peru was not acting in good faith.')).toContain('chile ACCUSES peru');
    expect(await triples('Chile said Peru had not only violated the truce but also shelled Bolivia.')).toContain('chile ACCUSES peru');
  });
});

describe('demands by a time allowed, threats by a response vowed, warnings by a that-clause', () => {
  it('reads "gave Y 48 hours to …" as a demand', async () => {
    expect(await triples('Chile gave Peru 48 hours to withdraw its troops.')).toContain('chile DEMANDS_OF peru');
    expect((await triples('Chile gave Peru 48 hours of notice.')).filter((x) => x.includes('DEMANDS_OF'))).toEqual([]);
  });

  it('reads a vow to respond to an attack as a threat, not a vow to respond to an offer', async () => {
    expect(await triples('Chile vowed to respond to Peru\'s attack.')).toContain('chile THREATENS peru');
    expect((await triples('Chile vowed to respond to Peru\'s peace offer.')).filter((x) => x.includes('THREATENS'))).toEqual([]);
  });

  it('reads a warning that the situation or fighting somewhere worsens as a warning about that place', async () => {
    expect(await triples('Chile warned that the situation in Bolivia was deteriorating.')).toContain('chile WARNS_ABOUT bolivia');
    expect(await triples('Chile warned that the fighting in Bolivia could spread.')).toContain('chile WARNS_ABOUT bolivia');
  });
});

describe('backing told by a compound, a possessive, a gift of support, a recognition', () => {
  it('reads "the X-backed <name> rebels" as X backing the named group, not a person', async () => {
    expect(await triples('The Chile-backed Red Hand rebels seized Tacna.')).toContain('chile ENDORSES red-hand');
  });

  it('reads "X is Y\'s closest ally" and "X, Y\'s main backer," as X backing Y; not a neighbour, nor a denied ally', async () => {
    expect(await triples('Chile is Peru\'s closest ally.')).toContain('chile ENDORSES peru');
    expect(await triples('Russia, Syria\'s main backer, condemned the strikes.')).toContain('russia ENDORSES syria');
    expect((await triples('Chile is Peru\'s neighbour.')).filter((x) => x.includes('ENDORSES'))).toEqual([]);
    expect((await triples('Chile is not Peru\'s ally.')).filter((x) => x.includes('ENDORSES'))).toEqual([]);
  });

  it('reads backing given or lent, and recognition as legitimate, as backing', async () => {
    expect(await triples('Chile gave its backing to Peru.')).toContain('chile ENDORSES peru');
    expect(await triples('Chile lent its full support to Ana Ruiz.')).toContain('chile ENDORSES ana-ruiz');
    expect(await triples('Chile recognised Ana Ruiz as Peru\'s legitimate president.')).toContain('chile ENDORSES ana-ruiz');
    expect((await triples('Chile recognised Ana Ruiz as a threat.')).filter((x) => x.includes('ENDORSES'))).toEqual([]);
    expect((await triples('Chile did not give its backing to Peru.')).filter((x) => x.includes('ENDORSES'))).toEqual([]);
  });
});

describe('blame by involvement, by a link drawn, by a campaign of lies', () => {
  it('reads involvement in a plot, a link to a killing and a smear campaign waged as accusations', async () => {
    expect(await triples('Chile said Peruvian agents were involved in the plot.')).toContain('chile ACCUSES peru');
    expect(await triples('Chile linked Peru to the killing of the activist.')).toContain('chile ACCUSES peru');
    expect(await triples('Chile said Peru was waging a smear campaign against it.')).toContain('chile ACCUSES peru');
  });

  it('does not read involvement denied, a link to a deal, involvement in talks or a victim of a campaign as blame', async () => {
    const none = (t: string[]) => t.filter((x) => x.includes('ACCUSES'));
    expect(none(await triples('Chile said Peruvian agents were not involved in the plot.'))).toEqual([]);
    expect(none(await triples('Chile linked Peru to the trade deal.'))).toEqual([]);
    expect(none(await triples('Chile said Peru was involved in the talks.'))).toEqual([]);
    expect(none(await triples('Chile said Peru was the victim of a smear campaign.'))).toEqual([]);
  });
});

describe('appeals to two sides through what is asked of them together', () => {
  it('reads a call for a ceasefire, talks or restraint between two sides as appeals to both', async () => {
    expect(await triples('The UN called for an immediate ceasefire between Peru and Bolivia.')).toEqual(expect.arrayContaining(['united-nations APPEALS_TO peru', 'united-nations APPEALS_TO bolivia']));
    expect(await triples('Chile urged restraint on both Peru and Bolivia.')).toEqual(expect.arrayContaining(['chile APPEALS_TO peru', 'chile APPEALS_TO bolivia']));
  });

  it('does not read a call only possible, or talks held, as appeals', async () => {
    const none = (t: string[]) => t.filter((x) => x.includes('APPEALS_TO'));
    expect(none(await triples('The UN may call for a ceasefire between Peru and Bolivia.'))).toEqual([]);
    expect(none(await triples('The talks between Peru and Bolivia resumed.'))).toEqual([]);
  });
});

describe('help pledged to a state through what of it is helped', () => {
  it('reads "pledged to support Y\'s reconstruction" and "committed to providing Y with weapons" as pledges to Y', async () => {
    expect(await triples('Chile pledged to support Peru\'s reconstruction.')).toContain('chile PLEDGED peru');
    expect(await triples('Chile committed to providing Peru with weapons.')).toContain('chile PLEDGED peru');
    expect((await triples('Chile pledged to support Peru\'s new leader.')).filter((x) => x === 'chile PLEDGED peru')).toEqual([]);
  });
});

describe('what a that-clause warns about', () => {
  it('is the clause\'s subject, not a place inside the subject\'s phrase', async () => {
    expect(await triples('Chile warned that Peru would retaliate.')).toContain('chile WARNS_ABOUT peru');
    expect((await triples('Chile warned that the delegation in Lima would leave.')).filter((x) => x.includes('WARNS_ABOUT'))).toEqual([]);
  });

  it('leaves demands made by a that-clause as they were: "demanded that all Peruvian troops withdraw"', async () => {
    expect(await triples('Chile demanded that all Peruvian troops withdraw.')).toContain('chile DEMANDS_OF peru');
  });
});
