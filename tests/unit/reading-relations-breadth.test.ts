// Breadth for facts between actors the reader already finds: subjects set off by a parenthetical or shared by two
// coordinated verbs, passives, memberships told by apposition, and more lexicon blocks. Every sentence here is the
// team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('subjects the verb is separated from', () => {
  it('finds the subject before a relative clause', async () => {
    expect(await triples('Chile, which has long opposed the plan, condemned Peru on Monday.')).toContain('chile CRITICIZES peru');
  });

  it('finds the subject before an apposition or a participle', async () => {
    expect(await triples('Norway, a close partner of Denmark, praised Finland.')).toContain('norway ENDORSES finland');
    expect(await triples('President Emmanuel Macron, speaking in Lyon, criticised Russia.')).toContain('emmanuel-macron CRITICIZES russia');
  });

  it('finds the subject before "in a statement"', async () => {
    expect(await triples('Chile, in a statement on Tuesday, condemned Peru.')).toContain('chile CRITICIZES peru');
  });

  it('does not take a name inside a sentence-opening phrase as the subject', async () => {
    expect(await triples('Russia struck Kyiv, the capital, killing ten people.')).not.toContain('kyiv STRUCK russia');
  });

  it('gives the second of two coordinated verbs the first one\'s subject', async () => {
    expect(await triples('Chile condemned the vote and warned Peru.')).toContain('chile THREATENS peru');
  });

  it('reads "has long supported" and "said Friday that it …"', async () => {
    expect(await triples('Chile has long supported Bolivia.')).toContain('chile ENDORSES bolivia');
    expect(await triples('Chile said Friday that it condemned Peru.')).toContain('chile CRITICIZES peru');
  });
});

describe('passives', () => {
  it('reads criticism, praise and threats told in the passive', async () => {
    expect(await triples('Peru was condemned by Chile.')).toContain('chile CRITICIZES peru');
    expect(await triples('Bolivia was praised by Chile and Peru.')).toEqual(expect.arrayContaining(['chile ENDORSES bolivia', 'peru ENDORSES bolivia']));
    expect(await triples('Bolivia was threatened by Peru.')).toContain('peru THREATENS bolivia');
  });

  it('does not make a name after a preposition the patient', async () => {
    expect(await triples('The attack on Peru was condemned by Chile.')).not.toContain('chile CRITICIZES peru');
  });
});

describe('memberships', () => {
  it('reads "<organization> member <name>" and "<name>, an <organization> member state,"', async () => {
    expect(await triples('NATO member Norway objected.')).toContain('norway MEMBER_OF nato');
    expect(await triples('EU members Austria and Malta objected.')).toEqual(expect.arrayContaining(['austria MEMBER_OF european-union', 'malta MEMBER_OF european-union']));
    expect(await triples('Austria, an EU member state, objected.')).toContain('austria MEMBER_OF european-union');
  });

  it('reads "<name>, a member of <organization>,"', async () => {
    expect(await triples('Norway, a member of NATO, objected.')).toContain('norway MEMBER_OF nato');
  });

  it('reads joining an organization, but not joining a partner in an act', async () => {
    expect(await triples('Finland joined NATO in 2023.')).toContain('finland MEMBER_OF nato');
    expect(await triples('Canada joined the EU in condemning Belarus.')).not.toContain('canada MEMBER_OF european-union');
  });
});

describe('mutual and lexicon acts', () => {
  it('reads fighting both ways', async () => {
    expect(await triples('Chilean troops battled Peruvian soldiers.')).toEqual(expect.arrayContaining(['chile IN_CONFLICT_WITH peru', 'peru IN_CONFLICT_WITH chile']));
  });

  it('reads pulling out of a country as withdrawal', async () => {
    expect(await triples('Chilean troops pulled out of Bolivia in May.')).toContain('chile WITHDREW_FROM bolivia');
  });

  it('reads siding with, insisting that, defying and boycotting', async () => {
    expect(await triples('Chile sided with Peru.')).toContain('chile ENDORSES peru');
    expect(await triples('Chile insisted that Peru withdraw.')).toContain('chile DEMANDS_OF peru');
    expect(await triples('Chile defied Peru.')).toContain('chile REJECTS peru');
    expect(await triples('Chile boycotted Peru.')).toContain('chile SANCTIONS peru');
  });

  it('reads the receiver of a pledge named before what is given', async () => {
    expect(await triples('Japan promised Bolivia more aid.')).toContain('japan PLEDGED bolivia');
  });

  it('reads "demanded of Y" but not "the release of" as a demand of the released', async () => {
    expect(await triples('Chile demanded the release of Peruvian fishermen.')).not.toContain('chile DEMANDS_OF peru');
  });

  it('reads a package of sanctions against a state', async () => {
    expect(await triples('The EU approved a new package of sanctions against Belarus.')).toContain('european-union SANCTIONS belarus');
  });

  it('reads a warning of a danger in a place or from an actor', async () => {
    expect(await triples('The UN warned of famine in Sudan.')).toContain('united-nations WARNS_ABOUT sudan');
    expect(await triples('Chile warned of a possible attack by Peru.')).toContain('chile WARNS_ABOUT peru');
  });

  it('reads an owned agreement as mutual, but not an owned ceasefire deal', async () => {
    expect(await triples('Chile\'s agreement with Peru was signed on Monday.')).toEqual(expect.arrayContaining(['chile AGREES_WITH peru', 'peru AGREES_WITH chile']));
    expect(await triples('Chile\'s ceasefire deal with Peru held.')).not.toContain('chile AGREES_WITH peru');
  });
});
