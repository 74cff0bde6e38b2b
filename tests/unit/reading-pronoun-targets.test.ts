// Targets named by the speaker's pronoun in a report of a strike (pronounTargets.ts). Every sentence is our own.
import { supportedTriples as facts } from '../fixtures/reading';

describe('"X said Y struck its …": the thing struck is the speaker’s', () => {
  it.each([
    ['Armenia said Azerbaijan shelled its border villages on Sunday.', 'azerbaijan STRUCK armenia'],
    ['Ukraine said Russia struck its energy facilities overnight.', 'russia STRUCK ukraine'],
    ['Israel said Hezbollah fired rockets at its northern towns.', 'hezbollah STRUCK israel'],
    ['Chile accused Peru of shelling its border posts.', 'peru STRUCK chile'],
    ['Kyiv said Russian drones hit its power grid.', 'russia STRUCK ukraine'],
  ])('%s', async (text, fact) => {
    expect(await facts(text)).toContain(fact);
  });

  it.each([
    'Ukraine said Russia struck its own positions.',
    'Ukraine said Russia moved its troops to the border.',
    'Russia said it struck its depot by mistake.',
    'Israel said it would hit Hezbollah if the group fired at its towns.',
    'Ukraine said Russia did not strike its power grid.',
  ])('reads no strike on the speaker when "own" takes it back, the verb is no strike, one side is unnamed or the act is hedged: %s', async (text) => {
    expect((await facts(text)).filter((f) => / STRUCK (ukraine|israel)$/.test(f))).toEqual([]);
  });
});
