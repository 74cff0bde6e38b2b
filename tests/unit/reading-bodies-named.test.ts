// Bodies named by capitalised words before a lower-case group noun ("the Red Flag militia"), a body's fighters and
// members told with "of"/"from" it, the head of a body named in apposition (and a body of a known body, "the
// African Union Commission"), and relative clauses about a body. Every sentence here is the team's own; none comes
// from an article.
import { supportedTriples as triples } from '../fixtures/reading';

const ORGS_OF = async (text: string): Promise<string[]> => (await triples(text)).filter((x) => !x.includes('MEETS_WITH'));

describe('bodies named before a lower-case group noun', () => {
  it('reads the name before militia, movement, gang and group as an organization that acts and is acted upon', async () => {
    expect(await triples('The Red Flag militia attacked Bolivian troops.')).toContain('red-flag STRUCK bolivia');
    expect(await triples('Bolivian troops attacked the Red Flag militia.')).toContain('bolivia STRUCK red-flag');
    expect(await triples('The Kavala movement accused Bolivia of torture.')).toContain('kavala ACCUSES bolivia');
    expect(await triples('Bolivia accused the Black Hand gang of kidnapping a judge.')).toContain('bolivia ACCUSES black-hand');
    expect(await triples('The Sons of Liberty group accused Bolivia of torture.')).toContain('sons-of-liberty ACCUSES bolivia');
  });

  it('reads a describing word between "the" and the name, and the bare name later in the article', async () => {
    expect(await triples('Bolivia condemned the armed Red Flag faction.')).toContain('bolivia CRITICIZES red-flag');
    expect(await triples('The Blue River cartel grew last year. Peru accused Blue River of smuggling.')).toContain('peru ACCUSES blue-river');
  });

  it('reads a singular capitalised head as the end of a name', async () => {
    expect(await triples('The Kavala Brigade attacked Bolivian troops.')).toContain('kavala-brigade STRUCK bolivia');
    expect(await triples('The Andean Militia attacked Peru.')).toContain('andean-militia STRUCK peru');
  });

  it('names no new body by a demonym, a describing word, a known name, a number, a day or a sentence-opening word', async () => {
    const bolivian = await triples('The Bolivian militia attacked Peru.');
    expect(bolivian).toEqual(['bolivia STRUCK peru']);
    expect(await triples('The Islamist group attacked Peru.')).toEqual([]);
    expect(await triples('The Western alliance criticized Peru.')).toEqual([]);
    expect(await triples('The G7 group criticized Peru.')).not.toContain('g7-group CRITICIZES peru');
    expect(await triples('Rebel group attacked Peru.')).toEqual([]);
    expect(await triples('The Monday group criticized Peru.')).toEqual([]);
    expect(await triples('The Peru alliance criticized Bolivia.')).not.toContain('peru-alliance CRITICIZES bolivia');
  });

  it('wants "the" before the name, so a capitalised word after another noun names nothing', async () => {
    expect(await triples('Peru said Red Flag group members attacked Bolivia.')).not.toContain('red-flag STRUCK bolivia');
  });
});

describe("a body's fighters and members", () => {
  it('reads fighters and members "of"/"from" an organization as the organization', async () => {
    expect(await triples('Fighters from the Red Flag militia attacked a Bolivian army base.')).toContain('red-flag STRUCK bolivia');
    expect(await triples('Fighters from Hamas attacked an Israeli army base.')).toContain('hamas STRUCK israel');
    expect(await triples('Members of the Red Flag group were arrested by Bolivian police.')).toContain('bolivia DETAINS red-flag');
  });

  it('makes no collective of the fighters of a named body', async () => {
    const t = await triples('Fighters from Hamas attacked an Israeli army base.');
    expect(t.some((x) => x.startsWith('fighters '))).toBe(false);
  });

  it('does not make supporters of a body act as it', async () => {
    const t = await triples('Supporters of the Red Flag movement attacked a Bolivian army base.');
    expect(t).not.toContain('red-flag STRUCK bolivia');
    expect(await triples('Supporters of Hamas attacked an Israeli army base.')).not.toContain('hamas STRUCK israel');
  });

  it("keeps a state's militia the state, and fighters from a country no body of it", async () => {
    expect(await triples('Fighters from the Bolivian militia attacked Peru.')).toContain('bolivia STRUCK peru');
    expect(await triples('Bolivian troops killed fighters from Peru.')).not.toContain('bolivia IN_CONFLICT_WITH peru');
  });
});

describe('the head of a body named in apposition', () => {
  it('reads "the head / leader / chairman / commander / director of <body>, <Name>," as LEADS', async () => {
    expect(await ORGS_OF("The leader of the Unity Front, Tomas Brenner, met Peru's president.")).toContain('tomas-brenner LEADS unity-front');
    expect(await ORGS_OF("The commander of the Kavala Brigade, Tomas Brenner, met Peru's president.")).toContain('tomas-brenner LEADS kavala-brigade');
    expect(await ORGS_OF("The director of the Andean Institute, Tomas Brenner, met Peru's president.")).toContain('tomas-brenner LEADS andean-institute');
  });

  it('reads a body of a known body as its own organization, a member of the known one', async () => {
    const before = await ORGS_OF("The head of the African Union Commission, Tomas Brenner, met Peru's president.");
    expect(before).toContain('tomas-brenner LEADS african-union-commission');
    expect(before).toContain('african-union-commission MEMBER_OF african-union');
    expect(before).not.toContain('tomas-brenner LEADS african-union');
    const after = await ORGS_OF("Tomas Brenner, the head of the African Union Commission, met Peru's president.");
    expect(after).toContain('tomas-brenner LEADS african-union-commission');
    expect(after).not.toContain('tomas-brenner LEADS african-union');
    expect(await ORGS_OF('African Union Commission Chair Tomas Brenner arrived in Lima.')).toContain('tomas-brenner LEADS african-union-commission');
  });

  it('still reads the head of the known body itself', async () => {
    expect(await ORGS_OF("The head of the African Union, Tomas Brenner, met Peru's president.")).toContain('tomas-brenner LEADS african-union');
  });

  it('reads one of its leaders, and its spokesman, as a member, not its head', async () => {
    const one = await ORGS_OF("A leader of the Unity Front, Tomas Brenner, met Peru's president.");
    expect(one).toContain('tomas-brenner MEMBER_OF unity-front');
    expect(one).not.toContain('tomas-brenner LEADS unity-front');
    const spokesman = await ORGS_OF("The spokesman of the Unity Front, Tomas Brenner, met Peru's president.");
    expect(spokesman).not.toContain('tomas-brenner LEADS unity-front');
  });
});

describe('relative clauses about a body', () => {
  it("takes the body that is the principal of a person's title as the subject of a relative clause after it", async () => {
    expect(await triples('Ana Rojas, a candidate of the small Futuro party which backs Carlos Mendez, was arrested.')).toContain('futuro ENDORSES carlos-mendez');
    expect(await triples('Ana Rojas, a candidate of the small Futuro party that backs Carlos Mendez, was arrested.')).toContain('futuro ENDORSES carlos-mendez');
    expect(await triples('Ana Rojas, a member of the Unity Front, which has criticized Bolivia, was arrested.')).toContain('unity-front CRITICIZES bolivia');
    expect(await triples('Ana Rojas, a member of the Red Flag movement which accused Bolivia of torture, was arrested.')).toContain('red-flag ACCUSES bolivia');
  });

  it('reads "that" after a body noun as a relative pronoun', async () => {
    expect(await triples('The Futuro party that backs Carlos Mendez won the vote.')).toContain('futuro ENDORSES carlos-mendez');
  });

  it('does not take a name after a preposition as the subject of a "that" clause', async () => {
    const t = await triples("Peru condemned Chile's strikes on Bolivia that targeted Futuro officials.");
    expect(t.some((x) => x.startsWith('bolivia STRUCK'))).toBe(false);
  });

  it('does not make the person the body in their title is of act in its relative clause', async () => {
    const t = await triples('Ana Rojas, a candidate of the small Futuro party which backs Carlos Mendez, was arrested.');
    expect(t).not.toContain('ana-rojas ENDORSES carlos-mendez');
  });
});
