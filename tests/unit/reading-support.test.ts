// Material support read as backing (eval/README.md rule 9: ENDORSES covers "backed" as material support):
// paying for, arming, or sending arms and money to a side (src/reading/patterns/verbs.ts, "07").
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('material support', () => {
  it('reads paying for and arming a side as backing it', async () => {
    expect(await triples('Iran funds the Houthis, Western officials say.')).toContain('iran ENDORSES houthis');
    expect(await triples('Qatar armed the rebels in Libya, officials alleged.')).toContain('qatar ENDORSES rebels');
    expect(await triples('Hezbollah is financed by Iran.')).toContain('iran ENDORSES hezbollah');
  });

  it('reads arms and money sent to a side as backing it, however far the receiver comes', async () => {
    expect(await triples('Washington has provided more than $60 billion in military aid to Ukraine since 2022.')).toContain('united-states ENDORSES ukraine');
    expect(await triples('North Korea has shipped artillery shells to Russia, according to Seoul.')).toContain('north-korea ENDORSES russia');
    expect(await triples('Turkey sold drones to Ethiopia last year.')).toContain('turkey ENDORSES ethiopia');
    expect(await triples('China supplied Pakistan with fighter jets.')).toContain('china ENDORSES pakistan');
  });

  it('does not read relief, troops or hedged support as backing', async () => {
    expect(await triples('The European Union sent humanitarian aid to Gaza.')).not.toContain('european-union ENDORSES gaza-strip');
    expect((await triples('Russia sent troops to Ukraine in February 2022.')).filter((t) => t.includes('ENDORSES'))).toEqual([]);
    expect((await triples('Turkey may sell drones to Ethiopia next year.')).filter((t) => t.includes('ENDORSES'))).toEqual([]);
    expect((await triples('Iran denies funding the Houthis.')).filter((t) => t.includes('ENDORSES'))).toEqual([]);
  });
});

describe('forces sent to fight', () => {
  it('reads the sender as the one who fights, not the place the forces went', async () => {
    const t = await triples('Pyongyang has sent soldiers to Russia to fight against Ukraine.');
    expect(t).toContain('north-korea IN_CONFLICT_WITH ukraine');
    expect(t).not.toContain('russia IN_CONFLICT_WITH ukraine');
    expect(await triples('North Korea deployed about 11,000 troops to Russia to fight Ukrainian forces.')).toContain('north-korea IN_CONFLICT_WITH ukraine');
  });
});
