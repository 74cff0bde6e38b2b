// Threats, round 3: leaving an accord or a body threatened ("threatened to pull out of the X Treaty"), and a state's
// government under its courtly title ("the Royal Danish Government") read as the state. Every sentence here is the
// team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('threats to leave an accord or a body', () => {
  it('reads a threatened exit from a named accord as THREATENS the accord', async () => {
    expect(await triples('Russia threatened to withdraw from the Black Sea Grain Initiative.')).toContain('russia THREATENS black-sea-grain-initiative');
    expect(await triples('Moscow has again threatened to pull out of the Black Sea Grain Initiative.')).toContain('russia THREATENS black-sea-grain-initiative');
    expect(await triples('Washington threatened to quit the Paris Agreement.')).toContain('united-states THREATENS paris-agreement');
  });

  it('reads a threatened exit from a named body as THREATENS the body', async () => {
    expect(await triples('Turkey threatened to leave NATO.')).toContain('turkey THREATENS nato');
  });

  it('does not read an exit done, vowed or denied as a threat', async () => {
    const done = await triples('Russia pulled out of the Black Sea Grain Initiative.');
    expect(done).toContain('russia WITHDREW_FROM black-sea-grain-initiative');
    expect(done.filter((x) => x.includes('THREATENS'))).toEqual([]);
    expect((await triples('Russia did not threaten to pull out of the Black Sea Grain Initiative.')).filter((x) => x.includes('THREATENS'))).toEqual([]);
    expect(await triples('Russia threatened to withdraw from the Black Sea Grain Initiative.')).not.toContain('russia WITHDREW_FROM black-sea-grain-initiative');
  });
});

describe('a royal government', () => {
  it('reads "the Royal <Demonym> Government" as the state', async () => {
    expect(await triples('The Royal Danish Government condemned Russia.')).toContain('denmark CRITICIZES russia');
    expect(await triples('The Royal Thai Government said it stands ready to step up its self-defence measures if Cambodia attacks again.')).toContain('thailand THREATENS cambodia');
  });

  it('keeps a royal army its own name', async () => {
    expect(await triples('The Royal Thai Army shelled Cambodia.')).toContain('royal-thai-army STRUCK cambodia');
  });
});
