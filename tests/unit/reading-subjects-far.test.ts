// Subjects far from their verb: a state's organ named around it ("the foreign ministry of Chile", "Chile's Ministry of
// Foreign Affairs, in a statement, …"), a saying told with its medium before "that it …", a manner adverbial or a
// second verb of the same act before the object (clauses.ts, relations.ts).
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('a state acting through its organ', () => {
  it('reads the state of "the foreign ministry of X" and of "X\'s Ministry of Foreign Affairs, in a statement, …"', async () => {
    expect(await triples('The foreign ministry of Chile, in a statement issued on Friday, condemned Peru.')).toContain('chile CRITICIZES peru');
    expect(await triples('The Ministry of Foreign Affairs of Chile strongly condemned Peru.')).toContain('chile CRITICIZES peru');
    expect(await triples('Chile\'s Ministry of Foreign Affairs, in a statement on Friday, strongly condemned Peru.')).toContain('chile CRITICIZES peru');
  });

  it('still does not make a place after "of" the actor ("the people of Chile", "a militia of Chile")', async () => {
    expect(await triples('A militia of Chile condemned Peru.')).not.toContain('chile CRITICIZES peru');
  });

  it('reads "X said in a statement published on its website on Friday that it …" as X', async () => {
    expect(await triples('Chile\'s foreign ministry said in a statement published on its official website on Friday that it condemned Peru.')).toContain('chile CRITICIZES peru');
    expect(await triples('Chile\'s commerce ministry said it would expel Peru\'s ambassador.')).toContain('chile SANCTIONS peru');
  });
});

describe('what stands between a verb and its object', () => {
  it('reads past "in the strongest terms" (quoted or not) and past a second verb of the same act', async () => {
    expect(await triples('Chile condemned in the strongest terms the Peruvian strikes on Bolivia.')).toContain('chile CRITICIZES peru');
    expect(await triples('Brazil\'s foreign ministry condemned "in the strongest terms" the Peruvian strikes on Bolivia.')).toContain('brazil CRITICIZES peru');
    expect(await triples('Chile condemns and denounces the Peruvian attacks.')).toContain('chile CRITICIZES peru');
    expect(await triples('Chile said it "strongly condemns and denounces" the Peruvian attacks.')).toContain('chile CRITICIZES peru');
  });

  it('does not read a second verb of another act as the first one\'s object', async () => {
    expect(await triples('Chile condemned and then met Peru.')).not.toContain('chile CRITICIZES peru');
  });
});

describe('heading a body a state owns', () => {
  it('reads heading a state\'s delegation, team or army as its envoy, its government as its leader, its party as neither', async () => {
    expect(await triples('Ana Ruiz, who heads Peru\'s delegation, met Chilean officials.')).toContain('ana-ruiz ENVOY_OF peru');
    expect(await triples('Ana Ruiz heads Peru\'s army.')).toContain('ana-ruiz ENVOY_OF peru');
    expect(await triples('Ana Ruiz heads Peru\'s government.')).toContain('ana-ruiz LEADS peru');
    const party = await triples('Ana Ruiz, who heads Peru\'s ruling party, met Chilean officials.');
    expect(party.filter((x) => x.startsWith('ana-ruiz LEADS') || x.startsWith('ana-ruiz ENVOY_OF'))).toEqual([]);
  });
});

describe('membership told by the body, by a time, by a purpose', () => {
  it('reads a body that groups or comprises members, and an apposition closed by the year of joining', async () => {
    expect(await triples('The Andean Alliance groups Peru, Chile and Bolivia.')).toEqual(expect.arrayContaining(['peru MEMBER_OF andean-alliance', 'bolivia MEMBER_OF andean-alliance']));
    expect(await triples('The 15-member African Union includes Peru and Chile.')).toContain('chile MEMBER_OF african-union');
    expect(await triples('Peru, a member of the African Union since 1963, condemned Chile.')).toContain('peru MEMBER_OF african-union');
    expect((await triples('Chile criticised a summit that groups Peru and Bolivia.')).filter((x) => x.includes('MEMBER_OF'))).toEqual([]);
  });

  it('reads the subject of "left X to form Y" as forming Y, not X', async () => {
    const t = await triples('Peru and Chile left ECOWAS to form the Andean Alliance.');
    expect(t).toEqual(expect.arrayContaining(['peru MEMBER_OF andean-alliance', 'chile MEMBER_OF andean-alliance']));
    expect(t).not.toContain('ecowas MEMBER_OF andean-alliance');
  });

  it('reads a senior commander as a member of the group, not its leader', async () => {
    expect(await triples('Senior Hamas commander Juan Soto was killed.')).toContain('juan-soto MEMBER_OF hamas');
    expect(await triples('Senior Hamas commander Juan Soto was killed.')).not.toContain('juan-soto LEADS hamas');
  });
});

describe('strikes and operations told in more ways', () => {
  it('reads a named operation against a side or targeting sites in it, a response with strikes, a quoted object, a toll', async () => {
    expect(await triples('Chile launched Operation Condor against Peru.')).toContain('chile IN_CONFLICT_WITH peru');
    expect(await triples('Chile launched Operation Condor, targeting nine sites in Peru.')).toContain('chile IN_CONFLICT_WITH peru');
    expect(await triples('Chile responded with missile strikes on Peru.')).toContain('chile STRUCK peru');
    expect(await triples('Chile hit back with strikes on Peruvian bases.')).toContain('chile STRUCK peru');
    expect(await triples('The Chilean military said it had struck "terrorist infrastructure" in Peru.')).toContain('chile STRUCK peru');
    expect(await triples('Chilean strikes killed 20 people in Tacna.')).toContain('chile STRUCK tacna');
  });

  it('does not read a named operation in a place, a strike only feared, or a meeting "with" concerns as strikes', async () => {
    expect((await triples('Chile launched Operation Condor in Lima to fight crime.')).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
    expect((await triples('Chilean strikes may kill civilians in Tacna.')).filter((x) => x.includes('STRUCK'))).toEqual([]);
    expect((await triples('Chile met Peru with concerns about strikes on Bolivia.')).filter((x) => x.includes('STRUCK'))).toEqual([]);
  });
});
