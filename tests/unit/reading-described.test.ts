// Names told after a description ("the Lebanese armed group Hezbollah", "the oil giant Rosneft"): the name is the
// actor or target, the demonym only says whose it is (src/reading/clauses.ts describedName, names.ts describedBodyAt).
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('names after a description', () => {
  it('takes the named group, not the demonym before its description, as the target', async () => {
    const t = await triples('Israel struck the Lebanese armed group Hezbollah overnight.');
    expect(t).toContain('israel STRUCK hezbollah');
    expect(t).not.toContain('israel STRUCK lebanon');
    expect(t.filter((x) => x.includes('ENDORSES'))).toEqual([]);
    expect(await triples('Turkey condemned the Kurdish militant group PKK.')).toContain('turkey CRITICIZES pkk');
    expect(await triples('Mali left the regional bloc ECOWAS in January.')).toContain('mali WITHDREW_FROM ecowas');
  });

  it('reads an unknown body named after a company or group head noun', async () => {
    expect(await triples('Washington sanctioned the Chinese telecoms giant Huawei.')).toEqual(['united-states SANCTIONS huawei']);
    expect(await triples('Kyiv struck the state-owned energy company Naftogaz, Moscow said.')).toContain('ukraine STRUCK naftogaz');
  });

  it('reads a group named with its movement noun as the actor', async () => {
    expect(await triples('The Houthi movement fired a missile at Israel on Sunday.')).toContain('houthis STRUCK israel');
  });

  it('does not take a word after a bare head noun as a name', async () => {
    expect(await triples('The group Tuesday said it had no comment.')).toEqual([]);
    expect(await triples('Hungary joined the group in 2004.')).not.toContain('hungary MEMBER_OF tuesday');
  });
});

describe('talks held as a bargain', () => {
  it('reads mediated talks and rounds of talks as negotiation between the sides, not a meeting', async () => {
    const t = await triples('Chile and Bolivia held talks in Lima on Monday, mediated by Brazil.');
    expect(t).toEqual(expect.arrayContaining(['chile NEGOTIATES bolivia', 'bolivia NEGOTIATES chile', 'brazil MEDIATES chile-bolivia-lima-talks']));
    expect(t).not.toContain('chile MEETS_WITH bolivia');
    expect(await triples('Iran and the United States held a fifth round of talks.')).toContain('iran NEGOTIATES united-states');
    expect(await triples('Serbia and Kosovo held talks on a border settlement.')).toContain('kosovo NEGOTIATES serbia');
  });

  it('keeps plain talks, and talks with the mediators, a meeting', async () => {
    const plain = await triples('Chile and Bolivia held talks in Lima.');
    expect(plain).toContain('chile MEETS_WITH bolivia');
    expect(plain).not.toContain('chile NEGOTIATES bolivia');
    const t = await triples('Hamas held talks with Egyptian mediators on Sunday.');
    expect(t).toContain('hamas MEETS_WITH egypt');
    expect(t).not.toContain('hamas NEGOTIATES egypt');
  });
});
