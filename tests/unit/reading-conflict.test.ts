// Armed conflict and coercion by force told in the ways wire reports tell them: groups named by their fighters,
// operations and coups launched, forces engaging, warrants, captives, wars owned by a pronoun, strikes told in a
// relative clause (src/reading/armedGroupNames.ts, custodyTold.ts, engagements.ts, hostileActsOwned.ts, hostilities.ts).
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

describe('armed groups named by their fighters', () => {
  it('reads an unknown name before fighters or militiamen as an armed group', async () => {
    const t = await triples('There were clashes between Zenda fighters and the army of Chad near the border.');
    expect(t).toEqual(expect.arrayContaining(['zenda IN_CONFLICT_WITH chad', 'chad IN_CONFLICT_WITH zenda']));
    expect(await triples('Zenda militiamen seized the town of Kora on Monday.')).toContain('zenda IN_CONFLICT_WITH kora');
    expect(await triples('Mali’s army clashed with Zenda fighters in the north.')).toEqual(expect.arrayContaining(['mali IN_CONFLICT_WITH zenda']));
  });

  it('does not make a group of a people, a describing word or a demonym before fighters', async () => {
    expect(await triples('Clashes erupted between Kosovo police and Serb gunmen.')).toEqual(expect.arrayContaining(['kosovo IN_CONFLICT_WITH gunmen']));
    expect((await triples('Rebel fighters clashed with Chad’s army.')).join(' ')).not.toContain('rebel IN_CONFLICT_WITH');
    expect((await triples('Chad’s army clashed with Islamist militants near Lake Chad.')).join(' ')).not.toContain('IN_CONFLICT_WITH islamist ');
  });

  it('reads a named defense force as a body, and an air force as its state', async () => {
    const t = await triples('There were clashes between Zenda fighters and the Chadian National Defense Force near Abeche.');
    expect(t).toContain('zenda IN_CONFLICT_WITH chadian-national-defense-force');
    expect(await triples('The Israeli Air Force struck Hezbollah positions overnight.')).toContain('israel STRUCK hezbollah');
  });
});

describe('operations, coups and sieges', () => {
  it('reads an operation launched against a side as armed conflict', async () => {
    expect(await triples('Azerbaijan on Tuesday launched an operation against Armenia.')).toContain('azerbaijan IN_CONFLICT_WITH armenia');
    expect(await triples('Turkey launched an anti-terror operation against the PKK.')).toContain('turkey IN_CONFLICT_WITH pkk');
  });

  it('does not read an operation for something, or a campaign for votes, as conflict', async () => {
    expect(await triples('Chile launched an operation to rescue the miners.')).toEqual([]);
    expect(await triples('Senator Ana Ruiz led a campaign against the budget of Chile.')).toEqual([]);
  });

  it('reads a coup staged against a leader as conflict with the leader', async () => {
    expect(await triples('General Tomas Vidal staged a failed coup attempt against President Luis Arce.')).toContain('tomas-vidal IN_CONFLICT_WITH luis-arce');
    expect(await triples('Bolivia said the army attempted a coup against President Luis Arce.')).toContain('bolivia IN_CONFLICT_WITH luis-arce');
  });

  it('does not read a coup only feared or denounced as one staged', async () => {
    expect((await triples('Bolivia could stage a coup against President Luis Arce.')).join(' ')).not.toContain('IN_CONFLICT_WITH');
    expect((await triples('President Luis Arce denounced the coup against Bolivia.')).join(' ')).not.toContain('IN_CONFLICT_WITH');
  });

  it('reads a siege as conflict with the place besieged', async () => {
    expect(await triples('The RSF besieged the city of Kadugli for months.')).toContain('rapid-support-forces IN_CONFLICT_WITH kadugli');
  });
});

describe('forces engaged, sides locked in conflict, invasions repelled', () => {
  it('reads one force engaging another as fighting, both ways', async () => {
    const t = await triples('Sudan’s army engaged RSF fighters near the town on Friday.');
    expect(t).toEqual(expect.arrayContaining(['sudan IN_CONFLICT_WITH rapid-support-forces', 'rapid-support-forces IN_CONFLICT_WITH sudan']));
  });

  it('does not read engaging a state in talks or diplomacy as fighting', async () => {
    expect(await triples('Egypt engaged Iran in talks last year.')).toEqual([]);
    expect((await triples('The United States engaged China diplomatically.')).join(' ')).not.toContain('IN_CONFLICT_WITH');
  });

  it('reads two sides locked in conflict as fighting each other, past an apposition', async () => {
    const t = await triples('Armenia and Azerbaijan, neighbours in the Caucasus, have been locked in a bitter conflict for decades.');
    expect(t).toEqual(expect.arrayContaining(['armenia IN_CONFLICT_WITH azerbaijan', 'azerbaijan IN_CONFLICT_WITH armenia']));
    expect(await triples('Armenia and Azerbaijan are locked in talks over the border.')).not.toContain('armenia IN_CONFLICT_WITH azerbaijan');
    expect(await triples('Israel and the United States are engaged in a war against Iran.')).not.toContain('israel IN_CONFLICT_WITH united-states');
  });

  it('reads an invasion repelled as fighting between the invader and the defender', async () => {
    const t = await triples('In 1939, Finland repelled the attempted invasion by the Soviet Union.');
    expect(t).toEqual(expect.arrayContaining(['finland IN_CONFLICT_WITH soviet-union', 'soviet-union IN_CONFLICT_WITH finland']));
    expect(await triples('Estonia fought off an offensive by Russia.')).toContain('russia IN_CONFLICT_WITH estonia');
  });

  it('reads a war owned by a pronoun as the war of the side named before it', async () => {
    expect(await triples('Canada sanctioned Russia over its invasion of Ukraine.')).toContain('russia IN_CONFLICT_WITH ukraine');
    expect(await triples('Canada criticised Hungary for its stance on Ukraine.')).not.toContain('hungary IN_CONFLICT_WITH ukraine');
    // A speaker's own war across "said" is left alone: the pronoun may be anyone's.
    expect((await triples('Canada said its war on drugs was working.')).join(' ')).not.toContain('IN_CONFLICT_WITH');
  });
});

describe('strikes told by a relative clause, a craft, a quantity or a place list', () => {
  it('reads what strikes targeted as struck by their owner', async () => {
    const t = await triples('Israel’s airstrikes on Lebanon that targeted Hezbollah commanders drew criticism.');
    expect(t).toEqual(expect.arrayContaining(['israel STRUCK lebanon', 'israel STRUCK hezbollah']));
    expect(await triples('Israeli airstrikes which hit Hezbollah depots killed five people.')).toContain('israel STRUCK hezbollah');
  });

  it('reads a jet named by its model as its state’s', async () => {
    expect(await triples('An Indian Su-30 jet bombed positions in Pakistan late on Monday.')).toContain('india STRUCK pakistan');
  });

  it('reads fire on a target, even with the weapon quoted, and not tear gas fired at a crowd', async () => {
    expect(await triples('Eritrean troops fired "heavy mortars" on a Sudanese army base.')).toContain('eritrea STRUCK sudan');
    expect((await triples('Israel fired tear gas on protesters in Jerusalem.')).join(' ')).not.toContain('STRUCK');
  });

  it('does not read a counted or kind-named plural as a verb', async () => {
    const t = await triples('Residents reported air strikes by the Israeli military around Gaza.');
    expect(t.join(' ')).not.toContain('residents STRUCK');
    expect(await triples('Residents reported several air strikes by Myanmar’s military around Lashio.')).toContain('myanmar STRUCK lashio');
  });

  it('reads attacks carried out in a list of places as strikes on each', async () => {
    const t = await triples('Australia accused Iran of directing two attacks in the cities of Sydney and Melbourne.');
    expect(t).toEqual(expect.arrayContaining(['iran STRUCK sydney', 'iran STRUCK melbourne']));
  });
});

describe('warrants and captives', () => {
  it('reads a warrant issued for a person as detention by the issuing state or its court', async () => {
    expect(await triples('Peru’s prosecutors said judges issued an arrest warrant against former leader Pedro Castillo.')).toContain('peru DETAINS pedro-castillo');
    expect(await triples('The ICC issued a warrant for the arrest of Vladimir Putin in March.')).toContain('international-criminal-court DETAINS vladimir-putin');
  });

  it('does not read a warrant sought, expected, or issued by a court of two states as detention', async () => {
    expect((await triples('Prosecutors in Peru sought an arrest warrant for Pedro Castillo.')).join(' ')).not.toContain('DETAINS');
    expect((await triples('A court in Lima could issue an arrest warrant for Pedro Castillo.')).join(' ')).not.toContain('DETAINS');
    expect((await triples('Peru and Chile said judges issued an arrest warrant against Pedro Castillo.')).join(' ')).not.toContain('DETAINS');
  });

  it('reads a person taken captive or hostage as held by the takers', async () => {
    expect(await triples('Hamas took Israeli soldier Gilad Shalit captive in 2006.')).toContain('hamas HOLDS_CAPTIVE gilad-shalit');
    expect(await triples('Al-Shabaab took journalist Amanda Lindhout hostage.')).toContain('al-shabaab HOLDS_CAPTIVE amanda-lindhout');
  });

  it('does not read a release demanded of rebels as a release', async () => {
    const t = await triples('ECOWAS demanded that the rebels release President Mohamed Bazoum.');
    expect(t.join(' ')).not.toContain('RELEASED');
  });

  it('names a person in custody after "the detention of"', async () => {
    expect(await triples('Protests followed the detention of Ekrem Imamoglu. Turkish police arrested Imamoglu at dawn.')).toContain('turkey DETAINS ekrem-imamoglu');
  });
});

describe('who engaged whom, who took what', () => {
  it('never reads a description as the subject of the verb it is the object of', async () => {
    const t = await triples('The Rapid Support Forces took the town. The Sudanese Armed Forces engaged the paramilitary group for hours.');
    expect(t).toEqual(expect.arrayContaining(['sudanese-armed-forces IN_CONFLICT_WITH rapid-support-forces']));
    expect(t).not.toContain('sudanese-armed-forces IN_CONFLICT_WITH sudanese-armed-forces');
  });

  it('reads an unknown name whose initials spell its bracketed short form as one body', async () => {
    const t = await triples('The Front for Sahel Unity (FSU) took control of the Tessit camp on Friday. FSU fighters later withdrew.');
    expect(t).toContain('front-for-sahel-unity IN_CONFLICT_WITH tessit-camp');
    expect((await triples('Talks in Doha (TBD) went on.')).join(' ')).not.toContain('tbd');
  });

  it('reads control taken, taken back, or taken of a base in a town', async () => {
    expect(await triples('The RSF said that it has taken control of a military airbase near Nyala.')).toContain('rapid-support-forces IN_CONFLICT_WITH nyala');
    expect(await triples('Azerbaijan took back full control of Nagorno-Karabakh in 2023.')).toContain('azerbaijan IN_CONFLICT_WITH nagorno-karabakh');
    expect(await triples('Azerbaijan launched an operation against the breakaway Karabakh region.')).toContain('azerbaijan IN_CONFLICT_WITH nagorno-karabakh');
  });

  it('does not take a place after a noun and "in" as the subject', async () => {
    const t = await triples('A militia fighting the army in Chad seized control of a village in Darfur.');
    expect(t.join(' ')).not.toContain('chad IN_CONFLICT_WITH');
  });
});

describe('attacks owned and truces declared', () => {
  it('reads responsibility claimed or asserted for targeting a place as a strike on it', async () => {
    expect(await triples('JNIM claimed responsibility for targeting an army camp in Tessit.')).toContain('jnim STRUCK tessit');
    expect(await triples('The Houthis took responsibility for attacking Israel.')).toContain('houthis STRUCK israel');
  });

  it('does not read a sea where a ship was hit, or responsibility for something else, as a strike', async () => {
    expect((await triples('The Houthis took responsibility for attacking a tanker in the Red Sea.')).join(' ')).not.toContain('STRUCK red-sea');
    expect((await triples('Iran accepted responsibility for its role in the crisis in Iraq.')).join(' ')).not.toContain('STRUCK');
  });

  it('reads a truce declared by one side as a truce with the one side the article shows it bargaining with', async () => {
    const t = await triples('Colombia and the ELN resumed peace talks in Mexico. Colombian President Gustavo Petro declared a ceasefire on Sunday.');
    expect(t).toContain('colombia CEASEFIRE_WITH eln');
    expect(t).not.toContain('eln CEASEFIRE_WITH colombia');
  });

  it('does not give a declared truce a side when the article shows none, or two, or the truce is denied', async () => {
    expect((await triples('Colombian President Gustavo Petro declared a ceasefire on Sunday.')).join(' ')).not.toContain('CEASEFIRE_WITH');
    expect((await triples('Colombia resumed talks with the ELN and fought the FARC. Colombian President Gustavo Petro declared a ceasefire.')).join(' ')).not.toContain('CEASEFIRE_WITH');
    expect((await triples('Colombia and the ELN resumed peace talks. Colombian President Gustavo Petro has not declared a ceasefire.')).join(' ')).not.toContain('CEASEFIRE_WITH');
  });
});

