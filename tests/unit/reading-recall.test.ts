// Step 1 of 5, recall: general rules found by grouping the misses on the tuning half by cause. Every sentence here
// is the team's own; none comes from an article.
import { type Extraction } from '../../src/reading';
import { readText as read } from '../fixtures/reading';

function triples(x: Extraction): string[] {
  return x.relationships.filter((r) => r.stance === 'SUPPORTS').map((r) => `${r.from} ${r.type} ${r.to}`).sort();
}

describe('actors the reader did not recognise', () => {
  it('reads an armed movement named after a state as one organization, with its short name', async () => {
    const x = await read('The Chad National Liberation Front (CNLF) seized a town. CNLF spokesman Ali Moussa confirmed it.');
    const front = x.entities.find((e) => e.name === 'Chad National Liberation Front');
    expect(front?.kind).toBe('ORGANIZATION');
    expect(front?.aliases).toContain('CNLF');
    expect(triples(x)).toContain(`ali-moussa MEMBER_OF ${front?.id}`);
  });

  it('makes a state’s junta an organization that leads the state, and a later bare "junta" the same one', async () => {
    const x = await read('Mali’s junta closed the border. Later, junta spokesman Amadou Diallo denied the report.');
    expect(triples(x)).toEqual(expect.arrayContaining(['mali-junta LEADS mali', 'amadou-diallo MEMBER_OF mali-junta']));
    expect(x.entities.filter((e) => e.id.endsWith('junta'))).toHaveLength(1);
  });
});

describe('titles and appositions', () => {
  it('makes the head of an organization’s delegation, set off by commas, its member and envoy', async () => {
    const x = await read('The Northern Liberation Front (NLF) sent negotiators. Omar Haddad, head of the NLF delegation, spoke first.');
    const front = x.entities.find((e) => e.name === 'Northern Liberation Front');
    expect(triples(x)).toEqual(expect.arrayContaining([`omar-haddad ENVOY_OF ${front?.id}`, `omar-haddad MEMBER_OF ${front?.id}`]));
    expect(triples(x)).not.toContain(`omar-haddad LEADS ${front?.id}`);
  });

  it('reads "X, an adviser to the <demonym> presidency" as an envoy of the state', async () => {
    const x = await read('“We refuse,” said Olena Marchuk, an adviser to the Ukrainian presidency, on Friday.');
    expect(triples(x)).toContain('olena-marchuk ENVOY_OF ukraine');
  });

  it('places a minister titled without a state in the one state the sentence names before the title', async () => {
    const x = await read('Chilean President Ana Ruiz was briefed by Trade Minister Jorge Paz on Monday.');
    expect(triples(x)).toContain('jorge-paz ENVOY_OF chile');
  });

  it('places no spokesman, and no minister when the sentence names two states', async () => {
    const a = await read('The Chilean army said spokesman Jorge Paz had left.');
    const b = await read('Chile and Peru met as Trade Minister Jorge Paz arrived.');
    expect([...triples(a), ...triples(b)].filter((t) => t.startsWith('jorge-paz'))).toEqual([]);
  });
});

describe('people named without a title', () => {
  it.each([
    ['“We will not sign,” said Tomas Berg on Monday.', 'tomas-berg'],
    ['Tomas Berg said the talks had failed.', 'tomas-berg'],
    ['Tomas Berg, who chairs the panel, left early.', 'tomas-berg'],
    ['The delegation was led by Tomas Berg.', 'tomas-berg'],
  ])('reads a speaker or a leader in "%s" as a person', async (text, id) => {
    const x = await read(text);
    expect(x.entities.find((e) => e.id === id)?.kind).toBe('PERSON');
  });

  it('reads no person in an unknown organization or place that speaks', async () => {
    const x = await read('Northern Water Authority said the dam held. Green Valley said nothing.');
    expect(x.entities.filter((e) => e.kind === 'PERSON')).toEqual([]);
  });

  it('quotes a delegation head’s back-reference within the sentence that names the head', async () => {
    const text = 'A Kenyan team arrived in Lima on Monday. The team was led by Tomas Berg.';
    const x = await read(text);
    const envoy = x.relationships.find((r) => r.from === 'tomas-berg' && r.type === 'ENVOY_OF' && r.to === 'kenya');
    expect(envoy?.quote).toBe('The team was led by Tomas Berg');
  });
});

describe('verb patterns and places', () => {
  it('reads a strike told by the weapons launched, listed before the target', async () => {
    const x = await read('Overnight, Russia launched 300 drones and 12 missiles across Ukraine.');
    expect(triples(x)).toContain('russia STRUCK ukraine');
  });

  it('reads no strike when what is launched is talks', async () => {
    const x = await read('Chile launched talks with business leaders across Peru.');
    expect(triples(x).filter((t) => t.includes('STRUCK'))).toEqual([]);
  });

  it('makes a chair who presided over talks their mediator', async () => {
    const x = await read('Chile and Peru held peace talks in Lima on Monday. Norwegian Foreign Minister Tomas Berg presided over the talks.');
    expect(triples(x).filter((t) => t.startsWith('tomas-berg MEDIATES'))).toHaveLength(1);
  });

  it('reads presence with a participle of purpose as a visit', async () => {
    const x = await read('President Ana Ruiz of Chile had been in Peru attending a forum.');
    expect(triples(x)).toContain('ana-ruiz VISITS peru');
  });

  it('places a capital set off by a comma in its country, named elsewhere in the article', async () => {
    const x = await read('Protests spread across Georgia. In the capital, Tbilisi, crowds blocked roads.');
    expect(triples(x)).toContain('tbilisi LOCATED_IN georgia');
    expect(x.entities.find((e) => e.id === 'tbilisi')?.kind).toBe('PLACE');
  });
});

describe('a head of state placed by the article', () => {
  const home = 'Chile closed its border. Chile said the talks failed. Chilean troops moved north. ';

  it('makes an untitled president lead the state the article is plainly about', async () => {
    const x = await read(`${home}President Ana Ruiz spoke on Monday.`);
    expect(triples(x)).toContain('ana-ruiz LEADS chile');
  });

  it('does not when the sentence names another state, or the article is about two', async () => {
    const a = await read(`${home}President Ana Ruiz met Peruvian officials.`);
    const b = await read('Chile and Peru met. Peru and Chile talked. Chile and Peru agreed. President Ana Ruiz spoke.');
    expect([...triples(a), ...triples(b)].filter((t) => t.startsWith('ana-ruiz LEADS'))).toEqual([]);
  });
});

describe('captives and advocacy', () => {
  it('reads who holds a collective of captives, passive and active', async () => {
    const a = await read('The truce freed Chilean hostages held by the Northern Liberation Front.');
    const b = await read('Peru still holds 40 prisoners.');
    expect(triples(a).filter((t) => t.includes('HOLDS_CAPTIVE'))).toHaveLength(1);
    expect(triples(b)).toContain('peru HOLDS_CAPTIVE prisoners');
  });

  it('never reads held talks as a captivity', async () => {
    const x = await read('Peru held talks with Chile about the prisoners.');
    expect(triples(x).filter((t) => t.includes('HOLDS_CAPTIVE'))).toEqual([]);
  });

  it('reads advocating reconciliation with a state as endorsing it', async () => {
    const x = await read('Chile and Peru had both advocated reconciliation with Bolivia.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile ENDORSES bolivia', 'peru ENDORSES bolivia']));
  });
});

describe('organizations from the PETRARCH2 actor dictionaries', () => {
  it('knows intergovernmental organizations and armed groups the curated data lacks', async () => {
    const x = await read('Boko Haram attacked Nigeria on Monday. Chile praised ASEAN.');
    expect(triples(x)).toEqual(expect.arrayContaining(['boko-haram STRUCK nigeria', 'chile ENDORSES asean']));
  });

  it('makes one entity of an organization the dictionaries list under two names', async () => {
    const x = await read('Chile praised Interpol. Peru praised the International Criminal Police Organization.');
    expect(x.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.id)).toEqual(['interpol']);
  });

  it('leaves out companies, media and individual militants the dictionaries also list', async () => {
    const x = await read('Hess Corporation praised Chile. Al-Jazeera criticized Peru.');
    expect(x.entities.filter((e) => e.kind === 'ORGANIZATION')).toEqual([]);
  });
});

describe('membership, leaving and hostile vows', () => {
  it.each([
    ['Ana Ruiz, a senior member of Hezbollah, was killed.', 'MEMBER_OF'],
    ['Hezbollah member Ana Ruiz was killed.', 'MEMBER_OF'],
  ])('reads "%s" as membership', async (text, type) => {
    const x = await read(text);
    expect(triples(x).filter((t) => t.startsWith(`ana-ruiz ${type} `))).toHaveLength(1);
  });

  it('reads a state that is a member of an organization', async () => {
    const x = await read('Ecuador is a founding member of the Organization of American States.');
    expect(triples(x)).toContain('ecuador MEMBER_OF organization-of-american-states');
  });

  it.each([
    'Peru left the Organization of American States.',
    'Peru announced its withdrawal from the Organization of American States.',
    'Peru suspended its membership in the Organization of American States.',
  ])('reads leaving an organization: %s', async (text) => {
    expect(triples(await read(text))).toContain('peru WITHDREW_FROM organization-of-american-states');
  });

  it('reads no withdrawal when a place is left, or when membership is only mentioned', async () => {
    const a = await read('Peru left Lima on Monday.');
    const b = await read('Peru discussed its membership in the Organization of American States.');
    expect([...triples(a), ...triples(b)].filter((t) => t.includes('WITHDREW_FROM'))).toEqual([]);
  });

  it('reads a threat to do harm as THREATENS, and not a vow to help', async () => {
    expect(triples(await read('Peru threatened to invade Chile.'))).toContain('peru THREATENS chile');
    expect(triples(await read('Peru vowed to help Chile.')).filter((t) => t.includes('THREATENS'))).toEqual([]);
  });
});

describe('provenance', () => {
  it('keeps one quote per sentence that states a fact, never two from one sentence', async () => {
    const x = await read('Chile accused Peru of moving troops, and Chile accused Peru of lying. Talks stopped. Chile later accused Peru again.');
    const told = x.relationships.filter((r) => r.from === 'chile' && r.type === 'ACCUSES' && r.to === 'peru');
    expect(told).toHaveLength(2);
    expect(told[0]?.quote).not.toMatch(/later/);
    expect(told[1]?.quote).toBe('Chile later accused Peru');
  });
});
