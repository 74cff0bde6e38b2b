// Custody and seizures of power, round 2: a state's guard named bare, a person taken as an object pronoun, and a
// leader ousted (src/reading/describedBodies.ts, anaphora.ts, patterns/verbs.ts, captivity.ts peopleSeized).
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('a guard named bare', () => {
  it('is the guard of the one state the article has named, and holds who it takes captive', async () => {
    const t = await triples("Chile's President, Ana Ruiz, spoke on Friday. Soldiers of the presidential guard took her captive overnight.");
    expect(t).toEqual(expect.arrayContaining(['chile-presidential-guard MEMBER_OF chile', 'chile-presidential-guard HOLDS_CAPTIVE ana-ruiz']));
  });

  it('is no one’s guard when two states are named, or none', async () => {
    const t = await triples('Chile and Peru met on Friday. The national guard closed the road.');
    expect(t.filter((x) => x.includes('guard'))).toEqual([]);
    expect(await triples('The presidential guard closed the road.')).toEqual([]);
  });

  it('leaves a bare council alone', async () => {
    const t = await triples('Peru named a new minister. The national council met on Monday.');
    expect(t.filter((x) => x.includes('council'))).toEqual([]);
  });
});

describe('a person taken, told with an object pronoun', () => {
  it('reads "him" and "her" after a sentence naming the person', async () => {
    expect(await triples('Tom Hale spoke on Monday. Peruvian soldiers took him captive.')).toContain('peru HOLDS_CAPTIVE tom-hale');
    expect(await triples('Ana Ruiz spoke on Monday. The Chilean military placed her under house arrest.')).toContain('chile DETAINS ana-ruiz');
  });

  it('does not read a possessive "her", nor a pronoun after a person named in its own sentence', async () => {
    expect(await triples('Ana Ruiz spoke on Monday. Peru praised her speech.')).not.toContain('peru ENDORSES ana-ruiz');
    const t = await triples('Ana Ruiz spoke on Monday. Tom Hale said Peruvian soldiers took him captive.');
    expect(t).not.toContain('peru HOLDS_CAPTIVE ana-ruiz');
  });
});

describe('a leader ousted', () => {
  it('reads ousting, deposing, overthrowing and toppling a leader as conflict, one way', async () => {
    const t = await triples('The Chilean military deposed Ana Ruiz on Tuesday.');
    expect(t).toContain('chile IN_CONFLICT_WITH ana-ruiz');
    expect(t).not.toContain('ana-ruiz IN_CONFLICT_WITH chile');
    expect(await triples('Peruvian troops overthrew President Ana Ruiz.')).toContain('peru IN_CONFLICT_WITH ana-ruiz');
    expect(await triples('Hamas toppled Tom Hale in a coup.')).toContain('hamas IN_CONFLICT_WITH tom-hale');
  });

  it('does not read an ouster threatened, wished or denied', async () => {
    expect((await triples('Peru may oust Ana Ruiz next year.')).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
    expect((await triples('Chile vowed to topple Ana Ruiz.')).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });
});

describe('power seized is no person seized', () => {
  it('does not read "seized power and ousted X" as an arrest, but reads a person seized', async () => {
    const t = await triples('Chile seized power and ousted President Ana Ruiz.');
    expect(t).not.toContain('chile DETAINS ana-ruiz');
    expect(await triples("Ecuador's police seized former vice president Tom Hale at the embassy.")).toContain('ecuador DETAINS tom-hale');
  });
});
