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
