// Sanctions told the ways treasuries, councils and commerce ministries tell them: designations, measures adopted,
// renewed or extended, counts written out, bans announced as decisions (sanctionsTold.ts, sanctionedNames.ts,
// tradeBans.ts, clauses.ts). Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('sanctions designations', () => {
  it('reads a treasury or its sanctions office designating bodies as the state sanctioning them', async () => {
    expect(await triples('OFAC designated Petroandes and Limagas on Wednesday.')).toEqual(expect.arrayContaining(['united-states SANCTIONS petroandes', 'united-states SANCTIONS limagas']));
    expect(await triples('The US Treasury designated Petroandes, Peru\'s largest oil company.')).toContain('united-states SANCTIONS petroandes');
  });

  it('does not read a designation as something, or to a post, as a sanction', async () => {
    const none = (t: string[]) => t.filter((x) => x.includes('SANCTIONS'));
    expect(none(await triples('Peru designated Ana Ruiz as its envoy.'))).toEqual([]);
    expect(none(await triples('Peru designated Ana Ruiz to lead the talks.'))).toEqual([]);
  });
});

describe('sanctions adopted, renewed and extended', () => {
  it('reads the verbs that put sanctions in force and counts written out', async () => {
    expect(await triples('The European Union renewed its sanctions against Peru for six months.')).toContain('european-union SANCTIONS peru');
    expect(await triples('The EU extended sanctions on Peru until July.')).toContain('european-union SANCTIONS peru');
    expect(await triples('The European Union on Monday adopted sanctions against five Peruvian officials.')).toContain('european-union SANCTIONS peru');
    expect(await triples('The United States announced sanctions on Tuesday targeting Peru\'s oil sector.')).toContain('united-states SANCTIONS peru');
  });

  it('does not read sanctions only considered or lifted', async () => {
    const none = (t: string[]) => t.filter((x) => x.includes('SANCTIONS'));
    expect(none(await triples('The EU may extend sanctions on Peru until July.'))).toEqual([]);
  });
});

describe('trade bans announced', () => {
  it('reads a ban a state (or its ministry) said it would impose as imposed, and a ban announced on a day', async () => {
    expect(await triples('Chile\'s commerce ministry said it would ban exports of copper to Peru.')).toContain('chile SANCTIONS peru');
    expect(await triples('Chile announced on Tuesday a ban on copper exports to Peru.')).toContain('chile SANCTIONS peru');
  });

  it('does not read a ban denied or threatened as imposed', async () => {
    expect((await triples('Chile said it would not ban exports of copper to Peru.')).filter((x) => x.includes('SANCTIONS'))).toEqual([]);
    expect(await triples('Chile threatened to ban exports of copper to Peru.')).not.toContain('chile SANCTIONS peru');
  });
});
