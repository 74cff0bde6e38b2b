// Diplomacy and participation: summits and elections as events of their own, who meets whom, pledges towards the
// article's deal. Every sentence here is the team's own; none comes from an article.
import { EMPTY_DICTIONARY, readArticle, type Extraction } from '../../src/reading';

async function read(text: string, title = 'Test'): Promise<Extraction> {
  return readArticle({ title, text }, EMPTY_DICTIONARY);
}

function triples(x: Extraction): string[] {
  return x.relationships.filter((r) => r.stance === 'SUPPORTS').map((r) => `${r.from} ${r.type} ${r.to}`).sort();
}

describe('summits named by their convener', () => {
  it('makes "the G20 summit" an event of its own that a speaker on its sidelines takes part in', async () => {
    const x = await read('Chancellor Olaf Scholz spoke to reporters on the sidelines of the G20 summit.');
    expect(x.entities.find((e) => e.id === 'g20-summit')?.kind).toBe('EVENT');
    expect(triples(x)).toContain('olaf-scholz PARTICIPATES_IN g20-summit');
  });

  it('reads attending an organization’s summit, and where it is held', async () => {
    const x = await read('Prime Minister Mark Rutte attended the NATO summit in Vilnius.');
    expect(triples(x)).toEqual(expect.arrayContaining(['mark-rutte PARTICIPATES_IN nato-summit', 'nato-summit LOCATED_IN vilnius']));
  });

  it('does not take the summit’s convener as whom two leaders met', async () => {
    const x = await read('President Emmanuel Macron and Chancellor Olaf Scholz met at the EU summit.');
    expect(triples(x)).toEqual(expect.arrayContaining(['emmanuel-macron MEETS_WITH olaf-scholz', 'olaf-scholz MEETS_WITH emmanuel-macron']));
    expect(triples(x).filter((t) => t.includes('MEETS_WITH european-union'))).toEqual([]);
  });
});

describe('the election an article is about', () => {
  it('makes the winner and the runner-up take part in the election the title names', async () => {
    const x = await read('The Party of Action and Solidarity (PAS) won Moldova’s parliamentary elections. The Socialist Party of Moldova came second in the elections.', 'Ruling party wins parliamentary elections');
    expect(triples(x)).toEqual(expect.arrayContaining([
      'party-of-action-and-solidarity PARTICIPATES_IN moldova-parliamentary-elections',
      'socialist-party-of-moldova PARTICIPATES_IN moldova-parliamentary-elections',
    ]));
  });

  it('mints the election from the text whatever the title, and none for an election no one is shown in', async () => {
    const x = await read('The Party of Action and Solidarity (PAS) won Moldova’s parliamentary elections.', 'Moldova signs trade deal');
    expect(triples(x)).toContain('party-of-action-and-solidarity PARTICIPATES_IN moldova-parliamentary-elections');
    const y = await read('Moldova held parliamentary elections in September.', 'Moldova signs trade deal');
    expect(y.entities.filter((e) => e.kind === 'EVENT')).toEqual([]);
  });

  it('keeps an election of another kind apart', async () => {
    const x = await read('The Party of Action and Solidarity (PAS) won Moldova’s parliamentary elections. Maia Sandu, who won the presidential election, hailed the result.', 'Ruling party wins parliamentary elections');
    expect(triples(x)).not.toContain('maia-sandu PARTICIPATES_IN moldova-parliamentary-elections');
  });
});

describe('meetings told through "they"', () => {
  it('makes the opening pair meet each other and whom "they met with"', async () => {
    const x = await read('Chilean President Gabriel Boric and Peruvian President Dina Boluarte shook hands as they met jointly with President Trump.');
    expect(triples(x)).toEqual(expect.arrayContaining([
      'gabriel-boric MEETS_WITH dina-boluarte', 'dina-boluarte MEETS_WITH gabriel-boric',
      'gabriel-boric MEETS_WITH donald-trump', 'donald-trump MEETS_WITH dina-boluarte',
    ]));
  });
});

describe('pledges of support', () => {
  it('reads a promise to help and a support said to continue as PLEDGED', async () => {
    const x = await read('Chile pledged to support Peru. Spain would continue to back Portugal in the dispute.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile PLEDGED peru', 'spain PLEDGED portugal']));
  });

  it('reads no pledge when it is denied, and none to the state of a possessive', async () => {
    const x = await read('Italy did not pledge to support Greece. Chile vowed to help Peru’s new president.');
    expect(triples(x).filter((t) => t.includes('PLEDGED'))).toEqual([]);
  });
});

describe('supporters in apposition', () => {
  it('makes "X, the key supporter of the government in <capital>" endorse the state', async () => {
    const x = await read('Iraq sent envoys. The talks included Iran, the main backer of the government in Baghdad.');
    expect(triples(x)).toContain('iran ENDORSES iraq');
  });
});

describe('praise of what someone did', () => {
  it('endorses the owner of a praised decision, with a participle taking the sentence’s subject', async () => {
    const x = await read('President Gabriel Boric of Chile joined by video, praising Peru’s decision to reopen the border.');
    expect(triples(x)).toContain('gabriel-boric ENDORSES peru');
  });
});

describe('agreements reached and meetings held', () => {
  it('reads "X and Y reached an agreement" and "X struck a deal with Y" as agreeing, both ways', async () => {
    const x = await read('Chile and Peru reached an agreement on fishing. Later, Bolivia struck a deal with Paraguay.');
    expect(triples(x)).toEqual(expect.arrayContaining([
      'chile AGREES_WITH peru', 'peru AGREES_WITH chile', 'bolivia AGREES_WITH paraguay', 'paraguay AGREES_WITH bolivia',
    ]));
  });

  it('leaves a truce reached to the ceasefire rules', async () => {
    const x = await read('Chile and Peru reached a ceasefire agreement.');
    expect(triples(x).filter((t) => t.includes('AGREES_WITH'))).toEqual([]);
  });

  it('reads "X and Y held talks" as a meeting, both ways, and a reception of a leader too', async () => {
    const x = await read('Chile and Peru held talks in Lima. President Xi Jinping received Chilean President Gabriel Boric in Beijing.');
    expect(triples(x)).toEqual(expect.arrayContaining([
      'chile MEETS_WITH peru', 'peru MEETS_WITH chile', 'xi-jinping MEETS_WITH gabriel-boric', 'gabriel-boric MEETS_WITH xi-jinping',
    ]));
  });

  it('reads no meeting in receiving support', async () => {
    const x = await read('Chile received support from Peru.');
    expect(triples(x).filter((t) => t.includes('MEETS_WITH'))).toEqual([]);
  });
});

describe('promises about the article’s deal', () => {
  it('reads "will work with both sides to maintain peace" as a pledge to the ceasefire', async () => {
    const x = await read('Chile and Peru agreed to a ceasefire on Monday. The ceasefire, brokered by Brazil, took effect at dawn. Brazil and Argentina will work with Chile and Peru to maintain peace along the border.');
    const truce = x.entities.find((e) => e.kind === 'EVENT')?.id;
    expect(truce).toBeDefined();
    expect(triples(x)).toEqual(expect.arrayContaining([`brazil PLEDGED ${truce}`, `argentina PLEDGED ${truce}`]));
  });

  it('does not carry a pledge across a comma to another deal’s peace', async () => {
    const x = await read('Chile and Peru agreed to a ceasefire on Monday. The ceasefire, brokered by Brazil, took effect. Argentina pledged to end the fighting, and to broker peace elsewhere.');
    const truce = x.entities.find((e) => e.kind === 'EVENT')?.id;
    expect(triples(x)).not.toContain(`argentina PLEDGED ${truce}`);
  });
});

describe('taking part told through a delegation or presence', () => {
  const opening = 'Chile and Peru held peace talks in Lima on Friday. ';

  it('reads a delegation sent to the talks and a state represented at them', async () => {
    const x = await read(`${opening}Bolivia sent a delegation to the talks. Brazil was represented at the talks by its foreign minister.`);
    expect(triples(x)).toEqual(expect.arrayContaining(['bolivia PARTICIPATES_IN chile-peru-lima-talks', 'brazil PARTICIPATES_IN chile-peru-lima-talks']));
  });

  it('reads a state’s negotiators at the talks and the parties to them', async () => {
    const x = await read(`${opening}Bolivian negotiators at the talks asked for a pause. Both Ecuador and Brazil are parties to the talks.`);
    expect(triples(x)).toEqual(expect.arrayContaining([
      'bolivia PARTICIPATES_IN chile-peru-lima-talks', 'ecuador PARTICIPATES_IN chile-peru-lima-talks', 'brazil PARTICIPATES_IN chile-peru-lima-talks',
    ]));
  });

  it('reads no part in talks a delegation will only be sent to', async () => {
    const x = await read(`${opening}Bolivia will send a delegation to the talks.`);
    expect(triples(x)).not.toContain('bolivia PARTICIPATES_IN chile-peru-lima-talks');
  });
});

describe('counterparts and names given again', () => {
  const opening = 'Secretary of State Antony Blinken flew to Lima. Peruvian Foreign Minister Ana Ruiz waited. ';

  it('meets the named counterpart, not the counterpart’s state', async () => {
    const x = await read(`${opening}Blinken met his Peruvian counterpart, Ana Ruiz, on Monday.`);
    expect(triples(x)).toEqual(expect.arrayContaining(['antony-blinken MEETS_WITH ana-ruiz', 'ana-ruiz MEETS_WITH antony-blinken']));
    expect(triples(x)).not.toContain('antony-blinken MEETS_WITH peru');
  });

  it('reads no one in an unnamed counterpart', async () => {
    const x = await read(`${opening}Blinken met his Peruvian counterpart on Monday.`);
    expect(triples(x).filter((t) => t.includes('MEETS_WITH'))).toEqual([]);
  });

  it('knows a full name written again as the person named before', async () => {
    const x = await read(`${opening}Later, Blinken met Ana Ruiz again.`);
    expect(triples(x)).toContain('antony-blinken MEETS_WITH ana-ruiz');
  });
});

describe('meetings told in a phrase', () => {
  const opening = 'Secretary of State Antony Blinken flew to Lima. Peruvian Foreign Minister Ana Ruiz waited. ';

  it('makes the speaker after "In a phone call with Y," meet Y, both ways', async () => {
    const x = await read(`${opening}In a phone call with Ruiz, Blinken raised the border dispute.`);
    expect(triples(x)).toEqual(expect.arrayContaining(['antony-blinken MEETS_WITH ana-ruiz', 'ana-ruiz MEETS_WITH antony-blinken']));
  });

  it('reads attending the meeting with Y as meeting Y', async () => {
    const x = await read(`${opening}Blinken also attended the meeting with Ruiz.`);
    expect(triples(x)).toContain('antony-blinken MEETS_WITH ana-ruiz');
  });

  it('does not make a speaker after "the meeting with Y," a party to it', async () => {
    const x = await read(`${opening}After the meeting with Ruiz, Chile said it would respond.`);
    expect(triples(x)).not.toContain('chile MEETS_WITH ana-ruiz');
  });
});
