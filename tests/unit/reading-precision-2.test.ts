// Acts news tells without asserting them: supposed in a condition or a question of whether, named by a noun phrase a
// modal judges, or a deal judged still to come; and names that are no target of a strike (where it came from, the
// subject of the next clause). src/reading/hedges.ts (conditioned, supposedAct), clauses.ts (targetsInClause,
// hypothetical). Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('acts in a condition', () => {
  it('reads no act inside an if, unless, whether or in-case clause', async () => {
    expect(await triples('If Hamas attacks Israel again, the army will respond, a minister said.')).toEqual([]);
    expect(await triples('If Russia invades Moldova, Romania will act, its president warned.')).toEqual([]);
    expect(await triples('Even if Iran attacks Israel, Washington will stay out.')).toEqual([]);
    expect(await triples('In case Hezbollah strikes Haifa, Israel will bomb Beirut.')).not.toContain('hezbollah STRUCK haifa');
    expect(await triples('Inspectors are checking whether Iran supplied drones to Russia.')).toEqual([]);
    expect(await triples('It stayed unclear if Russia had attacked Odesa that night.')).toEqual([]);
    expect(await triples('If Israel and Hamas sign the deal, Egypt will host the ceremony.')).toEqual([]);
  });

  it('still reads an act told in a when- or after-clause, and one before the condition', async () => {
    expect(await triples('When Russia invaded Ukraine in 2022, Western states imposed sanctions.')).toContain('russia IN_CONFLICT_WITH ukraine');
    expect(await triples('After Israel struck Iran, Tehran promised revenge.')).toContain('israel STRUCK iran');
    expect(await triples('Israel struck Gaza on Friday, even if the talks went on.')).toContain('israel STRUCK gaza-strip');
  });
});

describe('acts named by a supposed noun phrase', () => {
  it('reads no strike from an indefinite strike noun that a modal judges', async () => {
    expect(await triples('An Israeli strike on Iran would be a grave error, Guterres warned.')).toEqual([]);
    expect(await triples('A Russian attack on NATO soil would set off Article 5.')).toEqual([]);
    expect(await triples('Any attack on Taiwan could draw a US answer, analysts said.')).toEqual([]);
    expect(await triples('A Russian attack on Poland and Lithuania would set off Article 5.')).toEqual([]);
  });

  it('reads a strike noun that tells a strike', async () => {
    expect(await triples('The European Union imposed sanctions on Russia.')).toContain('european-union SANCTIONS russia');
    expect(await triples('Pakistan launched strikes on Afghanistan overnight.')).toContain('pakistan STRUCK afghanistan');
  });
});

describe('talks and deals not come about', () => {
  it('reads no talks or deal denied or judged still to come', async () => {
    expect(await triples('There are no talks between Israel and Hamas for now, Qatar said.')).toEqual([]);
    const distant = await triples('A deal between Iran and the United States still looks distant.');
    expect(distant.filter((t) => /AGREES_WITH|NEGOTIATES|PARTICIPATES_IN/.test(t))).toEqual([]);
    const possible = await triples('A summit between Biden and Xi is possible later this year.');
    expect(possible.filter((t) => /MEETS_WITH/.test(t))).toEqual([]);
    const expected = await triples('Talks between Armenia and Azerbaijan are not expected before the spring.');
    expect(expected.filter((t) => /NEGOTIATES/.test(t))).toEqual([]);
  });

  it('reads talks and deals that are told', async () => {
    const held = await triples('Talks between Armenia and Azerbaijan resumed in Almaty on Monday.');
    expect(held).toEqual(expect.arrayContaining(['armenia NEGOTIATES azerbaijan', 'azerbaijan NEGOTIATES armenia']));
    const signed = await triples('Qatar brokered the deal between Israel and Hamas.');
    expect(signed).toEqual(expect.arrayContaining(['israel AGREES_WITH hamas']));
  });
});

describe('names that are no target of a strike', () => {
  it('does not take where an attack came from or passed by as its target', async () => {
    const from = await triples('Hamas fighters attacked Israel from Gaza.');
    expect(from).toContain('hamas STRUCK israel');
    expect(from).not.toContain('hamas STRUCK gaza-strip');
    const belarus = await triples('Russia attacked Ukraine from Belarus in 2022.');
    expect(belarus).toContain('russia STRUCK ukraine');
    expect(belarus).not.toContain('russia STRUCK belarus');
    expect(await triples('The Houthis attacked ships in the Red Sea off Yemen.')).not.toContain('houthis STRUCK yemen');
  });

  it('does not take the next clause’s subject after a comma as one more target', async () => {
    const when = await triples('When Russia attacked Ukraine in 2022, Finland applied to join NATO.');
    expect(when).toContain('russia STRUCK ukraine');
    expect(when).not.toContain('russia STRUCK finland');
    expect(when).not.toContain('russia STRUCK nato');
  });

  it('still reads lists and places in apposition as targets', async () => {
    expect(await triples('Israel struck Gaza, Lebanon and Syria on Saturday.')).toEqual(expect.arrayContaining(['israel STRUCK gaza-strip', 'israel STRUCK lebanon', 'israel STRUCK syria']));
    expect(await triples('Israeli jets bombed Hodeidah, Yemen, on Tuesday.')).toEqual(expect.arrayContaining(['israel STRUCK hodeidah', 'israel STRUCK yemen']));
    expect(await triples('Russia withdrew its troops from Kherson.')).not.toContain('russia STRUCK kherson');
  });
});

describe('collectives with no qualifier', () => {
  it('makes no actor of a bare "groups"', async () => {
    expect((await triples('Rebel groups attacked the army in the Congo.')).filter((t) => t.startsWith('groups '))).toEqual([]);
    expect(await triples('Human rights groups urged Israel to let aid into Gaza.')).toContain('human-rights-groups APPEALS_TO israel');
  });
});
