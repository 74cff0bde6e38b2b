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
