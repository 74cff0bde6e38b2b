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

async function dated(text: string, publishedAt = '2024-05-02'): Promise<string[]> {
  return triples(await readArticle({ title: 'Test', text, publishedAt }, EMPTY_DICTIONARY));
}

describe('diplomatic ruptures (diplomaticRuptures.ts)', () => {
  it('reads envoys expelled as a sanction on their state', async () => {
    expect(triples(await read('France expelled Russia’s ambassador on Tuesday.'))).toContain('france SANCTIONS russia');
    expect(triples(await read('Poland expelled two Belarusian diplomats after the incident.'))).toContain('poland SANCTIONS belarus');
    const listed = triples(await read('On Friday Bolivia ordered the expulsion of the ambassadors of Peru, Chile and Ecuador.'));
    expect(listed).toEqual(expect.arrayContaining(['bolivia SANCTIONS peru', 'bolivia SANCTIONS chile', 'bolivia SANCTIONS ecuador']));
  });

  it('takes an announced decision to expel as taken, but not a possible, denied or urged one', async () => {
    expect(triples(await read('Canada said on Monday it would expel Iran’s ambassador to Ottawa.'))).toContain('canada SANCTIONS iran');
    expect(triples(await read('Poland may expel Russian diplomats, officials said.'))).not.toContain('poland SANCTIONS russia');
    expect(triples(await read('Poland did not expel the Belarusian diplomats.'))).not.toContain('poland SANCTIONS belarus');
    expect(triples(await read('Brazil urged Peru to expel Russia’s ambassador.'))).not.toContain('peru SANCTIONS russia');
  });

  it('reads ties severed and an embassy shut as leaving relations with the other state', async () => {
    expect(triples(await read('Bolivia severed diplomatic ties with Israel.'))).toContain('bolivia WITHDREW_FROM israel');
    expect(triples(await read('Colombia broke off relations with Israel last year.'))).toContain('colombia WITHDREW_FROM israel');
    expect(triples(await read('Canada suspended operations at its embassy in Tehran last week.'))).toContain('canada WITHDREW_FROM iran');
  });

  it('leaves threats to cut ties, plain relations and an ambassador only recalled alone', async () => {
    expect(triples(await read('Chile threatened to sever ties with Peru.'))).not.toContain('chile WITHDREW_FROM peru');
    expect(triples(await read('Chile has strong relations with Peru.'))).toEqual([]);
    expect(triples(await read('Chile recalled its ambassador from Peru.'))).not.toContain('chile WITHDREW_FROM peru');
  });
});

describe('events named as analysts name them', () => {
  it('gives an election its year: the one written, else the article’s', async () => {
    expect(await dated('Venezuela’s electoral council said President Nicolas Maduro had won the presidential election.')).toContain('nicolas-maduro PARTICIPATES_IN venezuela-2024-presidential-election');
    expect(await dated('Brazilian President Jair Bolsonaro won the 2018 presidential election in Brazil.', '2025-09-12')).toContain('jair-bolsonaro PARTICIPATES_IN brazil-2018-presidential-election');
  });

  it('places a bare election in the one country named so far', async () => {
    const x = await dated('The new leader of Senegal, Bassirou Diomaye Faye, took office on Tuesday.\n\nFaye won the presidential election last month.\n\nGhana’s president came to the ceremony.');
    expect(x).toContain('bassirou-diomaye-faye PARTICIPATES_IN senegal-2024-presidential-election');
  });

  it('names an accord by what it settles when the article says', async () => {
    const x = triples(await read('Armenia and Azerbaijan signed a peace deal on Friday. The peace deal was hailed by Turkey.'));
    expect(x).toEqual(expect.arrayContaining(['armenia PARTICIPATES_IN armenia-azerbaijan-peace-agreement', 'turkey ENDORSES armenia-azerbaijan-peace-agreement']));
  });

  it('reads ties or tensions between two states as no talks', async () => {
    const x = triples(await read('The visit affirmed longtime ties between the two countries, India and Russia, officials said.'));
    expect(x.filter((t) => /NEGOTIATES|PARTICIPATES_IN/.test(t))).toEqual([]);
  });

  it('reads applause for a deal as endorsing it', async () => {
    expect(triples(await read('Germany applauded the deal between Turkey and Sweden.'))).toContain('germany ENDORSES turkey-sweden-agreement');
  });
});

describe('coups as events (coups.ts)', () => {
  it('names one coup per article with its country and year, led by and condemned by', async () => {
    const x = await dated('Bolivian President Luis Arce said the country faced an attempted coup d’état led by Juan Jose Zuniga.\n\nPresident Joe Biden condemned the coup.');
    expect(x).toEqual(expect.arrayContaining(['juan-jose-zuniga PARTICIPATES_IN bolivia-coup-attempt-2024', 'joe-biden CRITICIZES bolivia-coup-attempt-2024']));
  });

  it('reads who staged it, with a year written after the country', async () => {
    expect(triples(await read('Colonel Assimi Goita led a coup in Mali in 2020.'))).toContain('assimi-goita PARTICIPATES_IN mali-coup-2020');
  });

  it('does not read a condemnation withheld', async () => {
    expect((await dated('Colonel Assimi Goita led a coup in Mali in 2020.\n\nRussia did not condemn the coup.')).filter((t) => t.startsWith('russia'))).toEqual([]);
  });
});

describe('visits and meetings told with a noun', () => {
  it('reads a visit paid, owned or made by someone', async () => {
    expect(triples(await read('Australian Foreign Minister Penny Wong paid a short visit to Fiji in March.'))).toContain('penny-wong VISITS fiji');
    expect(triples(await read('Narendra Modi’s three-day visit to Moscow was criticised in Kyiv.'))).toContain('narendra-modi VISITS moscow');
    expect(triples(await read('A visit by Prime Minister Narendra Modi to Russia angered Kyiv.'))).toContain('narendra-modi VISITS russia');
  });

  it('does not read a visit promised or denied as made', async () => {
    expect(triples(await read('Secretary of State Antony Blinken will pay a visit to Niger next month.'))).not.toContain('antony-blinken VISITS niger');
    expect(triples(await read('Secretary of State Antony Blinken did not make a visit to Niger.'))).not.toContain('antony-blinken VISITS niger');
  });

  it('pairs a leader with his counterpart, and reads a telephonic conversation as a meeting', async () => {
    expect(triples(await read('On Friday Chinese leader Xi Jinping and his American counterpart Joe Biden had talks.'))).toEqual(expect.arrayContaining(['joe-biden MEETS_WITH xi-jinping', 'xi-jinping MEETS_WITH joe-biden']));
    expect(triples(await read('Joe Biden and Xi Jinping had a telephonic conversation late on Friday.'))).toContain('joe-biden MEETS_WITH xi-jinping');
  });
});

describe('mediation told with a noun (eventActs.ts)', () => {
  it('reads efforts aimed at a truce and a role in mediation as mediating the talks', async () => {
    const efforts = triples(await read('Hamas officials held talks in Cairo on a Gaza ceasefire. Egyptian efforts to reach a truce in Gaza are continuing, an official said.'));
    expect(efforts).toContain('egypt MEDIATES gaza-ceasefire-talks');
    const role = triples(await read('Hamas and Israel are negotiating a Gaza ceasefire. Qatar, which has played a central role in mediation efforts to secure a Gaza truce, condemned the strike.'));
    expect(role).toContain('qatar MEDIATES gaza-ceasefire-talks');
  });

  it('does not read efforts aimed elsewhere, or a side’s own, as mediation', async () => {
    const elsewhere = triples(await read('Hamas officials held talks in Cairo on a Gaza ceasefire. Egyptian efforts to rebuild the economy continued.'));
    expect(elsewhere).not.toContain('egypt MEDIATES gaza-ceasefire-talks');
    const own = triples(await read('Israel and Hamas held talks on a Gaza ceasefire in Cairo. Israeli efforts to reach a truce stalled.'));
    expect(own).not.toContain('israel MEDIATES gaza-ceasefire-talks');
  });
});

describe('backing told with a decision or a restrictive relative', () => {
  it('reads agreeing or deciding to support Y as backing Y, not when the agreement is denied', async () => {
    expect(triples(await read('Turkey has agreed to support Sweden’s membership application.'))).toContain('turkey ENDORSES sweden');
    expect(triples(await read('Turkey has not agreed to support Sweden.'))).not.toContain('turkey ENDORSES sweden');
    expect(triples(await read('Turkey agreed to attack Syria.'))).toEqual([]);
  });

  it('takes the name right before "which" as the relative clause’s actor', async () => {
    expect(triples(await read('Hezbollah which backs Hamas denied the claim.'))).toContain('hezbollah ENDORSES hamas');
  });
});

describe('meetings told jointly, by briefing or consultation', () => {
  it('makes two who met a third together meet each other', async () => {
    const x = triples(await read('Azerbaijan’s President Ilham Aliyev and Armenia’s Prime Minister Nikol Pashinyan met President Donald Trump in Washington on Friday.'));
    expect(x).toEqual(expect.arrayContaining(['ilham-aliyev MEETS_WITH nikol-pashinyan', 'nikol-pashinyan MEETS_WITH ilham-aliyev', 'donald-trump MEETS_WITH ilham-aliyev']));
  });

  it('does not pair states that met a delegation as people who met', async () => {
    expect(triples(await read('France and Germany met Ukraine’s delegation in Paris.'))).not.toContain('france MEETS_WITH germany');
  });

  it('reads briefing and consulting someone as a meeting, both ways, and the passive too', async () => {
    expect(triples(await read('Foreign Minister Wang Yi briefed Russian President Vladimir Putin on the talks.'))).toEqual(expect.arrayContaining(['wang-yi MEETS_WITH vladimir-putin', 'vladimir-putin MEETS_WITH wang-yi']));
    expect(triples(await read('Indian Prime Minister Narendra Modi was briefed by External Affairs Minister S. Jaishankar on the situation.'))).toEqual(expect.arrayContaining(['s-jaishankar MEETS_WITH narendra-modi', 'narendra-modi MEETS_WITH s-jaishankar']));
    expect(triples(await read('President Joe Biden consulted French President Emmanuel Macron on Monday.'))).toContain('joe-biden MEETS_WITH emmanuel-macron');
  });

  it('does not read briefing the press as meeting anyone', async () => {
    expect(triples(await read('President Joe Biden briefed reporters on the talks.')).filter((t) => t.includes('MEETS_WITH'))).toEqual([]);
  });
});

describe('pledges to each other, and a decision to call a team home', () => {
  it('reads a promise to each other as a pledge both ways, with a trailing participle too', async () => {
    const x = triples(await read('Armenia and Azerbaijan signed an accord in Abu Dhabi, pledging to honour each other’s borders.'));
    expect(x).toEqual(expect.arrayContaining(['armenia PLEDGED azerbaijan', 'azerbaijan PLEDGED armenia']));
  });

  it('reads no mutual pledge when it is refused', async () => {
    expect(triples(await read('Armenia and Azerbaijan did not pledge to respect each other’s borders.')).filter((t) => t.includes('PLEDGED'))).toEqual([]);
  });

  it('reads a team called home by decision as leaving the talks’ city', async () => {
    expect(triples(await read('The US decided to bring its team home from Doha for consultations.'))).toContain('united-states WITHDREW_FROM doha');
    expect(triples(await read('The US may decide to bring its team home from Doha.'))).not.toContain('united-states WITHDREW_FROM doha');
  });
});

describe('a quoted "we" of an official', () => {
  it('is the state the official’s title names', async () => {
    expect(triples(await read('“We have brought our negotiators home from Geneva,” US envoy Steve Witkoff said.'))).toContain('united-states WITHDREW_FROM geneva');
  });

  it('is no one when the title names no state', async () => {
    expect(triples(await read('“We have brought our negotiators home from Geneva,” Special Envoy Steve Witkoff said.')).filter((t) => t.includes('WITHDREW_FROM'))).toEqual([]);
  });
});

describe('a place left after a visit', () => {
  it('was visited', async () => {
    expect(triples(await read('A French trade delegation left Kenya, after a two-day visit to sign contracts.'))).toContain('france VISITS kenya');
  });

  it('is no visit when the stay was something else, or the place a body', async () => {
    expect(triples(await read('The Chinese delegation left Moscow after talks with Russian officials.')).filter((t) => t.includes('VISITS'))).toEqual([]);
    expect(triples(await read('France left the alliance after a vote in parliament.')).filter((t) => t.includes('VISITS'))).toEqual([]);
  });
});

describe('a bloc in an event’s name', () => {
  it('goes by its known acronym even when the article spells it out', async () => {
    expect(triples(await read('Moldova’s prime minister said the government was freezing its talks on European Union accession until next year.'))).toContain('moldova WITHDREW_FROM moldova-eu-accession-talks');
  });
});
