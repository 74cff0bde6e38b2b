// Measures and custody: sanctions, aid cut, arrests, releases, captives and withdrawals told the ways news wires
// tell them (src/reading/sanctionsTold.ts, aidRestricted.ts, captivity.ts, describedTargets.ts).
// Every sentence here is the team's own; none comes from an article.
import { readText as read, supportedTriples as triples } from '../fixtures/reading';

describe('people named after what they are', () => {
  it('reads the person after a description as the one detained, freed or kidnapped', async () => {
    expect(await triples('Russia detained Wall Street Journal reporter Evan Marsh in March.')).toContain('russia DETAINS evan-marsh');
    expect(await triples('Iranian authorities arrested French tourist Louis Arnaud in Tehran.')).toContain('iran DETAINS louis-arnaud');
    expect(await triples('Belarus pardoned and released opposition figure Maria Kolesnikova.')).toContain('belarus RELEASED maria-kolesnikova');
    expect(await triples('Al-Shabaab kidnapped Italian aid worker Silvia Romano in Kenya.')).toContain('al-shabaab HOLDS_CAPTIVE silvia-romano');
    expect(await triples('Saudi authorities have jailed women’s rights activist Loujain al-Hathloul.')).toContain('saudi-arabia DETAINS loujain-al-hathloul');
  });

  it('reads counted captives and people named in an apposition', async () => {
    expect(await triples('Hamas released three Israeli hostages on Saturday.')).toContain('hamas RELEASED israeli-hostages');
    expect(await triples('China has detained two Canadians, Michael Kovrig and Michael Spavor.'))
      .toEqual(expect.arrayContaining(['china DETAINS michael-kovrig', 'china DETAINS michael-spavor']));
    expect(await triples('Canada on Wednesday sanctioned four Iranian officials, including Interior Minister Ahmad Vahidi.')).toContain('canada SANCTIONS ahmad-vahidi');
  });

  it('reads the owner before a description as whose the person is, not the one acted on', async () => {
    const t = await triples('The US Treasury blacklisted Hezbollah financier Mohammed Bazzi.');
    expect(t).toContain('united-states SANCTIONS mohammed-bazzi');
    expect(t).not.toContain('united-states SANCTIONS hezbollah');
  });

  it('does not take the person out of a statement or a report', async () => {
    expect((await triples('Chile released a statement criticizing opposition leader Ana Ruiz.')).filter((x) => x.includes('RELEASED'))).toEqual([]);
  });

  it('recognises a person in custody told in the passive', async () => {
    expect(await triples('Evan Marsh was arrested by Russia in March.')).toContain('russia DETAINS evan-marsh');
    expect(await triples('Journalist Austin Tice was abducted by Syrian forces in 2012.')).toContain('syria HOLDS_CAPTIVE austin-tice');
    expect(await triples('Iran said it had arrested a British national, Craig Foreman.')).toContain('iran DETAINS craig-foreman');
  });
});

describe('sanctions', () => {
  it('reads assets frozen as a sanction of their owner', async () => {
    expect(await triples('Britain froze the assets of Russian oligarch Roman Abramovich on Thursday.')).toContain('united-kingdom SANCTIONS roman-abramovich');
    expect(await triples('The EU imposed a travel ban and an asset freeze on Belarusian leader Alexander Lukashenko.')).toContain('european-union SANCTIONS alexander-lukashenko');
    expect(await triples('Britain said it would freeze the assets of Hamas leaders.')).toEqual([]);
  });

  it('reads a terrorist listing as a sanction, but not a terrorist label in speech', async () => {
    expect(await triples('The State Department designated the Houthis as a terrorist organization on Friday.')).toContain('united-states SANCTIONS houthis');
    expect(await triples('Argentina designated Hamas a terrorist group.')).toContain('argentina SANCTIONS hamas');
    expect(await triples('Hezbollah was designated a terrorist organization by the Arab League in 2016.')).toContain('arab-league SANCTIONS hezbollah');
    expect((await triples('The Netherlands called Hamas a terrorist group.')).filter((x) => x.includes('SANCTIONS'))).toEqual([]);
  });

  it('reads a state named a sponsor of terrorism as sanctioned', async () => {
    expect(await triples('The United States designated Cuba as a state sponsor of terrorism.')).toContain('united-states SANCTIONS cuba');
  });

  it('reads a side hit with sanctions by another, and an arms embargo', async () => {
    expect(await triples('Syria was hit with sanctions by the Arab League in 2011.')).toContain('arab-league SANCTIONS syria');
    expect(await triples('The UN Security Council imposed an arms embargo on South Sudan.')).toContain('un-security-council SANCTIONS south-sudan');
  });

  it('reads sanctions on a named body a state owns as sanctions on the body', async () => {
    const t = await triples('Officials said the EU had imposed sanctions on Iran’s Revolutionary Guards.');
    expect(t).toContain('european-union SANCTIONS islamic-revolutionary-guard-corps');
    expect(t).not.toContain('european-union SANCTIONS iran');
  });

  it('reads a second "on" phrase as a second side sanctioned', async () => {
    expect(await triples('The EU imposed sanctions on Iran and on Syria.')).toEqual(['european-union SANCTIONS iran', 'european-union SANCTIONS syria']);
    expect(await triples('The EU imposed sanctions on Iran and on Monday it also praised Syria.')).not.toContain('european-union SANCTIONS syria');
  });

  it('reads a company named after what it makes', async () => {
    const t = await triples('Washington blacklisted Chinese drone maker DJI last year.');
    expect(t).toContain('united-states SANCTIONS dji');
    expect(t).not.toContain('united-states SANCTIONS china');
  });

  it('codes no sanction that is considered, threatened, denied, or a tariff', async () => {
    for (const text of ['The EU is considering sanctions on Israel.', 'Washington will impose sanctions on Turkey if it buys the missiles.',
      'The United States imposed tariffs on China.', 'The EU did not sanction Hungary.', 'Kenya imposed an export ban on raw hides.']) {
      expect((await triples(text)).filter((x) => x.includes('SANCTIONS'))).toEqual([]);
    }
  });
});

describe('aid restricted', () => {
  it('reads aid suspended, cut, frozen, blocked or withheld as RESTRICTS_AID_TO', async () => {
    expect(await triples('The United States suspended military aid to Ukraine on Monday.')).toContain('united-states RESTRICTS_AID_TO ukraine');
    expect(await triples('Germany cut funding for UNRWA.')).toContain('germany RESTRICTS_AID_TO unrwa');
    expect(await triples('Washington withheld $95 million in aid to Egypt.')).toContain('united-states RESTRICTS_AID_TO egypt');
    expect(await triples('Israel blocked humanitarian aid to Gaza for weeks.')).toContain('israel RESTRICTS_AID_TO gaza-strip');
    expect(await triples('Sweden and the Netherlands paused their funding to UNRWA.'))
      .toEqual(expect.arrayContaining(['sweden RESTRICTS_AID_TO unrwa', 'netherlands RESTRICTS_AID_TO unrwa']));
    expect(await triples('The EU suspended budget support to Niger after the coup.')).toContain('european-union RESTRICTS_AID_TO niger');
  });

  it('reads aid frozen in the passive and a freeze owned by its author', async () => {
    expect(await triples('Military assistance to Pakistan was frozen by the United States in 2018.')).toContain('united-states RESTRICTS_AID_TO pakistan');
    expect(await triples('The US freeze on aid to Ukraine lasted a week.')).toContain('united-states RESTRICTS_AID_TO ukraine');
  });

  it('codes no restriction that is threatened, possible, undone, or of arms sales', async () => {
    for (const text of ['Washington threatened to cut aid to Colombia.', 'The United States may cut aid to Egypt.',
      'Germany resumed its funding for UNRWA.', 'Britain has halted arms exports to Israel.', 'Japan increased its aid to Ukraine.']) {
      expect((await triples(text)).filter((x) => x.includes('RESTRICTS_AID_TO'))).toEqual([]);
    }
  });
});

describe('custody, release and captivity', () => {
  it('reads people rounded up and captives seized', async () => {
    expect(await triples('Georgian police rounded up dozens of protesters in Tbilisi.')).toContain('georgia DETAINS tbilisi-protesters');
    expect(await triples('Houthi rebels seized the crew of a cargo ship in the Red Sea.')).toContain('houthis HOLDS_CAPTIVE crew');
  });

  it('reads a person seized by a state as detained, and one held as a captive as held', async () => {
    expect(await triples('Ecuador’s police seized former vice president Jorge Glas at an embassy.')).toContain('ecuador DETAINS jorge-glas');
    expect(await triples('Islamic Jihad said it was holding Israeli captive Sasha Troufanov.')).toContain('palestinian-islamic-jihad HOLDS_CAPTIVE sasha-troufanov');
    expect(await triples('Chile held talks with President Ana Ruiz.')).not.toContain('chile HOLDS_CAPTIVE ana-ruiz');
    expect(await triples('Russian security services took American teacher Marc Fogel into custody.')).toContain('russia DETAINS marc-fogel');
  });

  it('reads crew members and captives named by an -i demonym as collectives', async () => {
    expect(await triples('The Houthis are holding 25 crew members of the cargo ship.')).toContain('houthis HOLDS_CAPTIVE crew-members');
    expect(await triples('Hamas released four Thai farm workers.')).toContain('hamas RELEASED thai-farm-workers');
    expect((await triples('The ruling party members said the Houthis were holding them.')).filter((x) => x.includes('HOLDS_CAPTIVE'))).toEqual([]);
  });

  it('makes soldiers, women or citizens a collective only when they are taken or freed', async () => {
    expect(await triples('Hezbollah captured two Israeli soldiers in 2006.')).toContain('hezbollah HOLDS_CAPTIVE israeli-soldiers');
    expect(await triples('The Taliban freed two American citizens in a prisoner exchange.')).toContain('taliban RELEASED american-citizens');
    const x = await read('Israeli soldiers killed two men in Jenin.');
    expect(x.entities.filter((e) => e.kind === 'GROUP')).toEqual([]);
  });

  it('prefers the people an apposition names to the collective it describes', async () => {
    const t = await triples('Iran detained two French citizens, Cecile Kohler and Tom Bell.');
    expect(t).toEqual(expect.arrayContaining(['iran DETAINS cecile-kohler', 'iran DETAINS tom-bell']));
    expect(t).not.toContain('iran DETAINS french-citizens');
  });

  it('reads a prisoner swap as each side releasing captives', async () => {
    expect(await triples('Russia and Ukraine exchanged prisoners of war on Friday.'))
      .toEqual(expect.arrayContaining(['russia RELEASED prisoners-of-war', 'ukraine RELEASED prisoners-of-war']));
    expect(await triples('Russia said it would exchange prisoners with Ukraine.')).toEqual([]);
  });

  it('reads an owned release or abduction of a described person', async () => {
    expect(await triples('Iran’s release of British-Iranian aid worker Nazanin Zaghari-Ratcliffe ended a long dispute.')).toContain('iran RELEASED nazanin-zaghari-ratcliffe');
    expect((await triples('Chile condemned the abduction of aid worker Tom Bell.')).filter((x) => x.includes('HOLDS_CAPTIVE'))).toEqual([]);
    expect(await triples('Boko Haram’s abduction of activist Ana Ruiz shocked Chile.')).toContain('boko-haram HOLDS_CAPTIVE ana-ruiz');
  });

  it('codes no custody that is expected, denied or negated', async () => {
    for (const text of ['Pakistan is expected to arrest Imran Khan.', 'Uganda did not arrest Kizza Besigye.', 'Russia denied that it had detained the journalist.']) {
      expect((await triples(text)).filter((x) => x.includes('DETAINS'))).toEqual([]);
    }
  });
});

describe('withdrawals', () => {
  it('reads leaving an accord named by a place as leaving the accord, not the place', async () => {
    expect(await triples('Russia pulled out of the Black Sea grain deal in July.')).toEqual([]);
    const x = await read('The United States quit the Paris Agreement. Officials said the Paris Agreement had failed.');
    const facts = x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(facts).toContain('united-states WITHDREW_FROM paris-agreement');
    expect(facts).not.toContain('united-states WITHDREW_FROM paris');
  });

  it('reads an accord named once and left as an event of its own name', async () => {
    expect(await triples('North Korea has pulled out of the Nuclear Non-Proliferation Treaty.')).toEqual(['north-korea WITHDREW_FROM nuclear-non-proliferation-treaty']);
    expect(await triples('Russia’s withdrawal from the Open Skies Treaty alarmed NATO.')).toContain('russia WITHDREW_FROM open-skies-treaty');
    expect(await triples('Hungary said it would leave the Kyoto Protocol.')).toEqual([]);
    expect(await triples('Iran signed the Vienna Agreement.')).toEqual([]);
  });

  it('reads peacekeepers expelled or ordered out as leaving the body that sent them', async () => {
    expect(await triples('Mali expelled the UN peacekeeping mission, MINUSMA, in June.')).toContain('mali WITHDREW_FROM united-nations');
    expect(await triples('Mali ordered UN peacekeepers to leave.')).toContain('mali WITHDREW_FROM united-nations');
    for (const text of ['Mali ordered UN peacekeepers to patrol the north.', 'Mali expelled UN officials.', 'Mali may expel UN peacekeepers.']) {
      expect((await triples(text)).filter((x) => x.includes('WITHDREW_FROM'))).toEqual([]);
    }
  });

  it('reads walking out of talks as leaving them', async () => {
    expect(await triples('Iran walked out of the talks in Geneva.')).toContain('iran WITHDREW_FROM geneva-talks');
  });
});

describe('what only looks like a measure', () => {
  it('codes no measure or custody for reports, funds, talks, relief, lifted sanctions, trade or ties', async () => {
    for (const text of ['Germany released a report on Iran’s nuclear programme.', 'The EU freed up funds for Ukraine’s reconstruction.',
      'Egypt held talks with Hamas leaders in Cairo.', 'Washington lifted sanctions on Syria’s central bank.',
      'Iran demanded sanctions relief from the United States.', 'Qatar called for the release of all hostages held in Gaza.',
      'The United Nations warned that aid cuts to Sudan could cause famine.', 'Turkey suspended trade with Israel in May.',
      'Canada froze its diplomatic ties with India.', 'Iran left the meeting without a statement.', 'Hamas freed Gaza from Fatah rule in 2007.']) {
      expect((await triples(text)).filter((x) => /SANCTIONS|RESTRICTS_AID_TO|DETAINS|RELEASED|WITHDREW_FROM/.test(x))).toEqual([]);
    }
  });

  it('reads civilians held by a side as its captives', async () => {
    expect(await triples('Ukraine said Russia was holding thousands of Ukrainian civilians.')).toContain('russia HOLDS_CAPTIVE ukrainian-civilians');
  });
});

describe('negotiators called home leave the talks or their city (negotiatorsRecalled.ts)', () => {
  it('"recalled its negotiating team from Muscat", "pulling its negotiators out of Cairo"', async () => {
    expect(await triples('Iran recalled its negotiating team from Muscat on Sunday.')).toContain('iran WITHDREW_FROM muscat');
    expect(await triples('Israel is pulling its negotiators out of Cairo, officials said.')).toContain('israel WITHDREW_FROM cairo');
  });

  it('not an ambassador, not a recall only considered, not the city that names the talks', async () => {
    expect(await triples('Chile recalled its ambassador from Peru.')).not.toContain('chile WITHDREW_FROM peru');
    expect((await triples('Iran may recall its team from Muscat.')).filter((t) => t.includes('WITHDREW_FROM'))).toEqual([]);
    expect(await triples('Ukraine withdrew its negotiators from the Istanbul talks.')).not.toContain('ukraine WITHDREW_FROM istanbul');
  });
});
