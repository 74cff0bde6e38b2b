// Armed conflict, round 3: conflict told as an owned noun ("X's crackdown on Y", "its fight against Y", "X's
// operations against Y") and coups told with their day or by a described plotter ("X, a former general who staged a
// coup on Monday against Y"). Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('conflict told as an owned noun', () => {
  it('reads a crackdown owned by a state against a side, one way', async () => {
    const t = await triples("Iraq's crackdown on protesters killed dozens.");
    expect(t).toContain('iraq IN_CONFLICT_WITH protesters');
    expect(t).not.toContain('protesters IN_CONFLICT_WITH iraq');
    const v = await triples("Venezuelan President Nicolas Maduro spoke on Monday. Maduro's government's crackdown against the opposition drew criticism.");
    expect(v).toContain('venezuela IN_CONFLICT_WITH venezuelan-opposition');
  });

  it('reads a fight owned through its pronoun against a named side', async () => {
    expect(await triples('Ankara pledged help to Syria in its fight against the Islamic State.')).toContain('syria IN_CONFLICT_WITH islamic-state');
  });

  it("reads a side's operations against an armed group", async () => {
    expect(await triples("Nigeria's operations against Boko Haram continued on Monday.")).toContain('nigeria IN_CONFLICT_WITH boko-haram');
  });

  it('does not read fights against things, fights for causes, or operations in a place', async () => {
    expect((await triples("The ministry praised Kenya's fight against corruption.")).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
    expect((await triples("Hamas's fight for recognition continued.")).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
    expect((await triples("Kenya's operations in Somalia ended in March.")).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
    expect((await triples("Trump's campaign against Biden intensified in October.")).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });

  it("does not read a person's fight against a rival person as armed conflict", async () => {
    expect((await triples("Senator Ana Ruiz's fight against Governor Luis Vega split the party.")).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });
});

describe('coups told with their day or by a described plotter', () => {
  it('reads a coup with a day or week before its target', async () => {
    expect(await triples('Colonel Ruiz led a failed coup last week against President Maria Lopez.')).toContain('ruiz IN_CONFLICT_WITH maria-lopez');
    expect(await triples('Colonel Ruiz staged a coup on Tuesday against President Maria Lopez.')).toContain('ruiz IN_CONFLICT_WITH maria-lopez');
  });

  it('takes the person before a description and "who" as the plotter', async () => {
    const t = await triples('Police arrested Juan Perez, a retired general who staged a failed coup attempt on Tuesday against President Maria Lopez.');
    expect(t).toContain('juan-perez IN_CONFLICT_WITH maria-lopez');
  });

  it('does not read a coup denied or planned', async () => {
    expect((await triples('Colonel Ruiz may stage a coup next week against President Maria Lopez.')).filter((x) => x.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });
});

describe('clashes told after the sides that fought them', () => {
  it('reads two sides claiming control after days of fighting as sides of a fight, both ways', async () => {
    const t = await triples("On Friday, both Sudan's army and the RSF claimed control of the airport after days of heavy fighting.");
    expect(t).toEqual(expect.arrayContaining(['sudan IN_CONFLICT_WITH rapid-support-forces', 'rapid-support-forces IN_CONFLICT_WITH sudan']));
  });

  it('reads two sides trading blame after weeks of clashes', async () => {
    const t = await triples('Armenia and Azerbaijan traded accusations after weeks of clashes along the border.');
    expect(t).toEqual(expect.arrayContaining(['armenia IN_CONFLICT_WITH azerbaijan', 'azerbaijan IN_CONFLICT_WITH armenia']));
  });

  it('does not make fighters of those who call for calm or claim credit, nor of a hedged claim', async () => {
    const conflict = async (s: string): Promise<string[]> => (await triples(s)).filter((x) => x.includes('IN_CONFLICT_WITH'));
    expect(await conflict('Both Egypt and Qatar called for calm following days of clashes.')).toEqual([]);
    expect(await conflict('Egypt and Qatar claimed credit for the truce after weeks of fighting.')).toEqual([]);
    expect(await conflict("Both Sudan's army and the RSF may claim control of the city after days of heavy fighting.")).toEqual([]);
  });
});
