// Events, talks and conflict told the ways wire news tells them: sides coordinated through their forces, talks
// that are bargaining, mediation between two sides, truces agreed between them, wars fought and wars only feared.
// Every sentence here is the team's own; none comes from an article.
import { readText as read, supportedTriples as triples } from '../fixtures/reading';

const both = (a: string, type: string, b: string): string[] => [`${a} ${type} ${b}`, `${b} ${type} ${a}`];

describe('sides named through their forces', () => {
  it('coordinates a state named by its army with the side after "and"', async () => {
    const t = await triples('Sudan’s army and the Rapid Support Forces held peace talks in Jeddah on Saturday.');
    expect(t).toEqual(expect.arrayContaining(both('sudan', 'NEGOTIATES', 'rapid-support-forces')));
  });

  it('does not coordinate across a possessive followed by a thing rather than a force', async () => {
    const t = await triples('Chile’s copper and Peru held talks in Lima.');
    expect(t).not.toContain('chile MEETS_WITH peru');
  });
});

describe('talks that are bargaining', () => {
  it('reads indirect and nuclear talks held by two sides as negotiation, with the talks as their event', async () => {
    const x = await read('Venezuela and Guyana held indirect talks in Kingstown on Sunday.');
    const facts = x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(facts).toEqual(expect.arrayContaining(both('venezuela', 'NEGOTIATES', 'guyana')));
    const event = x.entities.find((e) => e.kind === 'EVENT');
    expect(event).toBeDefined();
    expect(facts).toContain(`guyana PARTICIPATES_IN ${event?.id ?? ''}`);
    expect(await triples('Chile and Bolivia held nuclear talks in Geneva.')).toEqual(expect.arrayContaining(both('chile', 'NEGOTIATES', 'bolivia')));
  });

  it('keeps plain talks held a meeting, and talks only planned nothing', async () => {
    const plain = await triples('Chile and Bolivia held talks in La Paz.');
    expect(plain).not.toContain('chile NEGOTIATES bolivia');
    expect(await triples('Chile and Bolivia could hold indirect talks next month.')).not.toContain('chile NEGOTIATES bolivia');
  });
});

describe('mediation between two sides', () => {
  it('makes the mediators mediate the talks, and the sides take part and negotiate', async () => {
    const x = await read('Talks on a truce resumed in Nairobi. Kenya and Uganda are mediating between Ethiopia and Eritrea.');
    const event = x.entities.find((e) => e.kind === 'EVENT')?.id ?? '';
    const facts = x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(facts).toEqual(expect.arrayContaining([
      `kenya MEDIATES ${event}`, `uganda MEDIATES ${event}`, `ethiopia PARTICIPATES_IN ${event}`, `eritrea PARTICIPATES_IN ${event}`,
      ...both('ethiopia', 'NEGOTIATES', 'eritrea'),
    ]));
    expect(facts).not.toContain('kenya MEDIATES ethiopia');
  });

  it('reads no mediation that is only offered or to come', async () => {
    const facts = (await read('Talks on a truce resumed in Nairobi. Kenya will mediate between Ethiopia and Eritrea.')).relationships;
    expect(facts.filter((r) => r.type === 'MEDIATES')).toEqual([]);
  });
});

describe('truces agreed between two sides', () => {
  it('reads "the truce agreed between X and Y" as a truce in force, both ways', async () => {
    expect(await triples('The truce agreed between Thailand and Cambodia was holding.')).toEqual(expect.arrayContaining(both('thailand', 'CEASEFIRE_WITH', 'cambodia')));
  });

  it('reads a truce that held after a date told between', async () => {
    expect(await triples('The truce between Chile and Peru on Monday was holding.')).toEqual(expect.arrayContaining(both('chile', 'CEASEFIRE_WITH', 'peru')));
  });

  it('reads no truce that is only sought or said without what it did', async () => {
    expect(await triples('Efforts to reach a truce agreed between Chile and Peru failed.')).not.toContain('chile CEASEFIRE_WITH peru');
    expect(await triples('A truce between Chile and Peru is the goal.')).not.toContain('chile CEASEFIRE_WITH peru');
  });
});

describe('wars fought and wars feared', () => {
  it('reads coordinated sides at war, and sides that have fought since a date, as fighting each other', async () => {
    expect(await triples('Ethiopia and Eritrea have been at war since May.')).toEqual(expect.arrayContaining(both('ethiopia', 'IN_CONFLICT_WITH', 'eritrea')));
    expect(await triples('Chile and Bolivia have fought since 1879.')).toEqual(expect.arrayContaining(both('chile', 'IN_CONFLICT_WITH', 'bolivia')));
  });

  it('reads a side battled as fighting both ways, but not a place battled in', async () => {
    expect(await triples('Nigerian troops battled Boko Haram fighters near Maiduguri.')).toEqual(expect.arrayContaining(both('nigeria', 'IN_CONFLICT_WITH', 'boko-haram')));
    expect((await triples('Nigerian troops battled in Maiduguri.')).filter((t) => t.includes('maiduguri') && t.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });

  it('reads no war that is feared, risked or averted', async () => {
    expect(await triples('Analysts fear a war between Chile and Peru.')).not.toContain('chile IN_CONFLICT_WITH peru');
    expect(await triples('Diplomats worked to avert a Chile-Peru war.')).not.toContain('chile IN_CONFLICT_WITH peru');
    expect(await triples('The talks raised the risk of war between Chile and Peru.')).not.toContain('chile IN_CONFLICT_WITH peru');
  });

  it('still reads a war someone vows to end as a war', async () => {
    expect(await triples('Bolivia vowed to end the war between Chile and Peru.')).toEqual(expect.arrayContaining(both('chile', 'IN_CONFLICT_WITH', 'peru')));
  });
});

describe('parties named in one sentence, the talks in the next', () => {
  it('takes "delegations from A and the B" as the sides of the talks told next', async () => {
    const x = await read('Delegations from Chile and the ELN arrived in Quito on Saturday. The talks are mediated by Norway.');
    const event = x.entities.find((e) => e.kind === 'EVENT')?.id ?? '';
    const facts = x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(facts).toEqual(expect.arrayContaining([`chile PARTICIPATES_IN ${event}`, `eln PARTICIPATES_IN ${event}`, `norway MEDIATES ${event}`, ...both('chile', 'NEGOTIATES', 'eln')]));
  });

  it('takes two sides that sent delegations to the talks as their sides, but not two that only will', async () => {
    expect(await triples('Chile and Peru sent delegations to the talks in Quito.')).toEqual(expect.arrayContaining(both('chile', 'NEGOTIATES', 'peru')));
    expect(await triples('Chile and Peru will send delegations to the talks in Quito.')).not.toContain('chile NEGOTIATES peru');
  });

  it('reads every coordinated demonym before "mediators" as a mediator', async () => {
    const x = await read('Talks between Chile and Peru opened in Quito. Norwegian and Swiss mediators are attending the talks.');
    const event = x.entities.find((e) => e.kind === 'EVENT')?.id ?? '';
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(expect.arrayContaining([`norway MEDIATES ${event}`, `switzerland MEDIATES ${event}`]));
  });
});

describe('attendance told otherwise', () => {
  it('reads the members an "including" phrase names as the ones who attended', async () => {
    const x = await read('Leaders from 20 states, including Chile and Peru, attended the summit in Quito.');
    const event = x.entities.find((e) => e.kind === 'EVENT')?.id ?? '';
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(expect.arrayContaining([`chile PARTICIPATES_IN ${event}`, `peru PARTICIPATES_IN ${event}`]));
  });

  it('reads a sentence opening at the event as its subject (and whom it met) being there, but not a plan', async () => {
    const x = await read('At the summit in Quito, Chilean President Ana Ruiz met Peruvian President Luis Vega.');
    const event = x.entities.find((e) => e.kind === 'EVENT')?.id ?? '';
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(expect.arrayContaining([`ana-ruiz PARTICIPATES_IN ${event}`, `luis-vega PARTICIPATES_IN ${event}`]));
    const planned = await read('At the talks in Quito, Chile will demand guarantees.');
    expect(planned.relationships.filter((r) => r.type === 'PARTICIPATES_IN')).toEqual([]);
    expect((await read('At the time, Chile fought Peru.')).relationships.filter((r) => r.type === 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('hostility owned by a side, with describing words', () => {
  it('reads "A’s long-running border conflict with B" as conflict both ways, and a dispute as none', async () => {
    expect(await triples('Peru’s decades-old border conflict with Ecuador ended in 1998.')).toEqual(expect.arrayContaining(both('peru', 'IN_CONFLICT_WITH', 'ecuador')));
    expect(await triples('Chile’s long-running trade dispute with Peru dragged on.')).not.toContain('chile IN_CONFLICT_WITH peru');
  });

  it('reads "fought a five-day border war" as a war between the two', async () => {
    expect(await triples('Chile and Peru fought a five-day border war in July.')).toEqual(expect.arrayContaining(both('chile', 'IN_CONFLICT_WITH', 'peru')));
  });
});

describe('rounds, ceremonies and wars counted', () => {
  it('reads "held a fifth round of indirect talks" as negotiation', async () => {
    expect(await triples('Chile and Bolivia held a fifth round of indirect talks in Lima.')).toEqual(expect.arrayContaining(both('chile', 'NEGOTIATES', 'bolivia')));
  });

  it('reads the host of a signing ceremony or a round as the host of the talks', async () => {
    const x = await read('Talks between Chile and the ELN resumed in Quito. Ecuador hosted a new round of the talks.');
    const event = x.entities.find((e) => e.kind === 'EVENT')?.id ?? '';
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain(`ecuador HOSTS ${event}`);
  });

  it('reads "fought three wars" as foes, but not sides that fought together against a third', async () => {
    expect(await triples('Chile and Peru have fought three wars since 1879.')).toEqual(expect.arrayContaining(both('chile', 'IN_CONFLICT_WITH', 'peru')));
    expect(await triples('Chile and Peru have fought many battles together against Spain.')).not.toContain('chile IN_CONFLICT_WITH peru');
  });
});

describe('a summit named by its convener, then told as "the summit"', () => {
  it('takes "the summit" a sentence later as the same summit, with its host and attendees, and mints one event', async () => {
    const x = await read('The G20 summit opened in Johannesburg on Saturday. South Africa hosted the summit. Chile and Peru attended the summit.');
    const events = x.entities.filter((e) => e.kind === 'EVENT').map((e) => e.id);
    expect(events).toEqual(['g20-summit']);
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(expect.arrayContaining([
      'south-africa HOSTS g20-summit', 'chile PARTICIPATES_IN g20-summit', 'peru PARTICIPATES_IN g20-summit',
    ]));
  });

  it('reads a summit hosted in the passive, and not one only to be hosted', async () => {
    expect(await triples('Chile attended the BRICS summit, which was hosted by Brazil.')).toContain('brazil HOSTS brics-summit');
    expect((await read('Brazil will host the BRICS summit next year.')).relationships.filter((r) => r.type === 'HOSTS')).toEqual([]);
  });

  it('does not read the convener of a hosted summit as hosted itself', async () => {
    const t = await triples('Egypt hosted the Arab League summit in Cairo.');
    expect(t).toContain('egypt HOSTS arab-league-summit');
    expect(t).not.toContain('egypt HOSTS arab-league');
  });
});

describe('the sides’ names as wire news writes them', () => {
  it('reads "Congo" and "Congolese" as the Democratic Republic of the Congo, and "Republic of Congo" as the other', async () => {
    expect(await triples('Congolese troops fought the M23 near Goma.')).toEqual(expect.arrayContaining(both('democratic-republic-of-the-congo', 'IN_CONFLICT_WITH', 'm23')));
    expect((await read('The Republic of Congo held elections.')).entities.map((e) => e.id)).toEqual(['republic-of-the-congo']);
  });

  it('reads Central Asian demonyms as their states, in a fight between them', async () => {
    expect(await triples('Clashes between Kyrgyz and Tajik border guards killed 12 people.')).toEqual(expect.arrayContaining(both('kyrgyzstan', 'IN_CONFLICT_WITH', 'tajikistan')));
  });

  it('keeps "Serb" a people, not the state', async () => {
    expect((await read('Serb gunmen attacked a village.')).entities.map((e) => e.id)).not.toContain('serbia');
  });

  it('reads an armed group written with its hyphenated article, capitalised or not', async () => {
    expect(await triples('Somali forces battled Al-Shabaab near Mogadishu.')).toEqual(expect.arrayContaining(both('somalia', 'IN_CONFLICT_WITH', 'al-shabaab')));
    expect(await triples('Somali forces battled al-Shabaab militants near Mogadishu.')).toEqual(expect.arrayContaining(both('somalia', 'IN_CONFLICT_WITH', 'al-shabaab')));
    // An alias of that shape under another name is not read: "Al-Aqsa" is a mosque before it is a brigade.
    expect((await read('Worshippers gathered at Al-Aqsa on Friday.')).entities.filter((e) => e.kind === 'ORGANIZATION')).toEqual([]);
  });
});

describe('fighting told as a state one is in', () => {
  it('reads fire traded with describing words as fighting both ways, and views or prisoners exchanged as none', async () => {
    expect(await triples('Chile and Peru traded heavy fire across the border.')).toEqual(expect.arrayContaining(both('chile', 'IN_CONFLICT_WITH', 'peru')));
    expect(await triples('Chile exchanged artillery fire with Peru.')).toEqual(expect.arrayContaining(both('chile', 'IN_CONFLICT_WITH', 'peru')));
    expect(await triples('Chile and Peru exchanged views on trade.')).not.toContain('chile IN_CONFLICT_WITH peru');
  });

  it('reads "locked / embroiled in a war with" as fighting, also set off by commas after the side’s forces', async () => {
    expect(await triples('Ethiopia is embroiled in a conflict with Eritrea.')).toEqual(expect.arrayContaining(both('ethiopia', 'IN_CONFLICT_WITH', 'eritrea')));
    expect(await triples('The Chilean army, locked in a war with Peru since May, retook Arica.')).toEqual(expect.arrayContaining(both('chile', 'IN_CONFLICT_WITH', 'peru')));
    expect(await triples('Chile is involved in talks with Peru.')).not.toContain('chile IN_CONFLICT_WITH peru');
    expect(await triples('Chile was not involved in the conflict with Peru.')).not.toContain('chile IN_CONFLICT_WITH peru');
  });
});

describe('negotiation and agreement told otherwise', () => {
  it('reads being in talks, negotiations entered into and negotiations owned by a side as negotiation', async () => {
    expect(await triples('Chile is in talks with Bolivia over a border treaty.')).toEqual(expect.arrayContaining(both('chile', 'NEGOTIATES', 'bolivia')));
    expect(await triples('Chile and Bolivia are in talks on a border treaty.')).toEqual(expect.arrayContaining(both('chile', 'NEGOTIATES', 'bolivia')));
    expect(await triples('Chile entered into negotiations with Bolivia.')).toEqual(expect.arrayContaining(both('chile', 'NEGOTIATES', 'bolivia')));
    expect(await triples('Chile’s negotiations with Bolivia stalled.')).toEqual(expect.arrayContaining(both('chile', 'NEGOTIATES', 'bolivia')));
  });

  it('reads no talks that are denied or only possible', async () => {
    expect(await triples('Chile is not in talks with Bolivia.')).not.toContain('chile NEGOTIATES bolivia');
    expect(await triples('Chile could be in talks with Bolivia soon.')).not.toContain('chile NEGOTIATES bolivia');
  });

  it('reads a deal struck or inked as an agreement and never as a strike', async () => {
    const struck = await triples('Chile struck a new trade deal with Peru.');
    expect(struck).toEqual(expect.arrayContaining(both('chile', 'AGREES_WITH', 'peru')));
    expect(struck).not.toContain('chile STRUCK peru');
    expect(await triples('Chile and Peru inked a trade deal.')).toEqual(expect.arrayContaining(both('chile', 'AGREES_WITH', 'peru')));
    expect(await triples('Chile struck rebel positions in Peru.')).toContain('chile STRUCK peru');
  });
});

describe('talks denied or only asked for', () => {
  it('disputes the taking part along with the talks a side denies being in', async () => {
    const x = await read('Chile denied it was in talks with Peru.');
    expect(x.relationships.filter((r) => r.stance === 'SUPPORTS' && (r.type === 'NEGOTIATES' || r.type === 'PARTICIPATES_IN'))).toEqual([]);
    expect(x.relationships.filter((r) => r.stance === 'DISPUTES').map((r) => `${r.from} ${r.type}`)).toEqual(expect.arrayContaining(['chile NEGOTIATES', 'chile PARTICIPATES_IN']));
  });

  it('reads no talks that a third side called for or urged', async () => {
    // The call is an appeal to both sides (appealsBetween.ts), not talks held.
    expect((await triples('Chile called for talks between Peru and Bolivia.')).sort()).toEqual(['chile APPEALS_TO bolivia', 'chile APPEALS_TO peru']);
    expect(await triples('Chile urged talks between Peru and Bolivia.')).not.toContain('peru NEGOTIATES bolivia');
  });
});

describe('a side described by its fight', () => {
  it('reads a fighting participle set off after a side as that side’s fight', async () => {
    expect(await triples('The Arakan Army, battling Myanmar’s military, seized the town of Paletwa.')).toEqual(expect.arrayContaining(both('arakan-army', 'IN_CONFLICT_WITH', 'myanmar')));
    expect(await triples('The ELN, fighting Colombia since 1964, attacked a base.')).toEqual(expect.arrayContaining(both('eln', 'IN_CONFLICT_WITH', 'colombia')));
  });
});
