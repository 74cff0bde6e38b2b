// Hostilities: wars, fighting, truces, strikes, arrests, releases and sanctions told in the general ways news
// tells them (src/reading/hostilities.ts). Every sentence here is the team's own; none comes from an article.
import { readText as read, supportedTriples as triples } from '../fixtures/reading';

describe('armed conflict', () => {
  it('reads a war waged on a side as conflict both ways, and an offensive as conflict one way, not a strike', async () => {
    expect(await triples('Eritrea waged war on Ethiopia in 1998.')).toEqual(expect.arrayContaining(['eritrea IN_CONFLICT_WITH ethiopia', 'ethiopia IN_CONFLICT_WITH eritrea']));
    const offensive = await triples('The Arakan Army launched a new offensive against Myanmar on Monday.');
    expect(offensive).toContain('arakan-army IN_CONFLICT_WITH myanmar');
    expect(offensive).not.toContain('arakan-army STRUCK myanmar');
    expect(offensive).not.toContain('myanmar IN_CONFLICT_WITH arakan-army');
  });

  it('reads an invasion dated by its year as the owner’s', async () => {
    expect(await triples('Russia’s 2022 invasion of Ukraine changed Europe.')).toContain('russia IN_CONFLICT_WITH ukraine');
  });

  it('reads war declared on a side as conflict both ways', async () => {
    expect(await triples('Germany declared war on Russia in 1914.')).toEqual(expect.arrayContaining(['germany IN_CONFLICT_WITH russia', 'russia IN_CONFLICT_WITH germany']));
  });

  it('reads a campaign as conflict only when it is called military', async () => {
    expect(await triples('Turkey began a military campaign against the PKK.')).toContain('turkey IN_CONFLICT_WITH pkk');
    expect(await triples('Chile began a campaign against Peru at the United Nations.')).not.toContain('chile IN_CONFLICT_WITH peru');
  });

  it('reads an exchange of fire, told with either verb, as fighting on both sides', async () => {
    expect(await triples('Hezbollah exchanged fire with Israel across the border.')).toEqual(expect.arrayContaining(['hezbollah IN_CONFLICT_WITH israel', 'israel IN_CONFLICT_WITH hezbollah']));
    const engaged = await triples('Armed gunmen engaged in a fierce gunbattle with Serbia on Sunday.');
    expect(engaged).toEqual(expect.arrayContaining(['armed-gunmen IN_CONFLICT_WITH serbia', 'serbia IN_CONFLICT_WITH armed-gunmen']));
  });

  it('reads coordinated sides that fought as fighting each other, but not sides that fought a third', async () => {
    expect(await triples('Ethiopia and Eritrea fought a border war.')).toEqual(expect.arrayContaining(['eritrea IN_CONFLICT_WITH ethiopia', 'ethiopia IN_CONFLICT_WITH eritrea']));
    expect(await triples('Ethiopia and Eritrea fought al-Shabaab.')).not.toContain('ethiopia IN_CONFLICT_WITH eritrea');
    expect(await triples('Ethiopia and Eritrea fought over Badme.')).toContain('ethiopia IN_CONFLICT_WITH eritrea');
    expect(await triples('Chile and Peru fought a common enemy.')).not.toContain('chile IN_CONFLICT_WITH peru');
    // Where they fought is not whom: "fought in Namibia".
    expect((await triples('Cuba and Angola fought in Namibia.')).filter((t) => t.includes('namibia'))).toEqual([]);
  });

  it('reads a state’s army in "fighting between" as the state', async () => {
    expect(await triples('Fighting between Sudan’s army and the Rapid Support Forces spread to Darfur.'))
      .toEqual(expect.arrayContaining(['sudan IN_CONFLICT_WITH rapid-support-forces', 'rapid-support-forces IN_CONFLICT_WITH sudan']));
  });

  it('reads a town that fell to a side, or whose control it took, as in conflict with that side', async () => {
    expect(await triples('Sanaa fell to the Houthis in 2014.')).toContain('houthis IN_CONFLICT_WITH sanaa');
    expect(await triples('The Houthis gained full control of Sanaa.')).toContain('houthis IN_CONFLICT_WITH sanaa');
  });

  it('reads a side’s fight, clashes or rivalry with another as conflict both ways', async () => {
    expect(await triples('Ukraine’s fight against Russia goes on.')).toEqual(expect.arrayContaining(['ukraine IN_CONFLICT_WITH russia', 'russia IN_CONFLICT_WITH ukraine']));
    expect(await triples('Iran’s rivalry with Saudi Arabia eased.')).toContain('saudi-arabia IN_CONFLICT_WITH iran');
  });

  it('reads sides at war, or trading fire, as fighting each other', async () => {
    expect(await triples('Israel has been at war with Hamas since October.')).toEqual(expect.arrayContaining(['israel IN_CONFLICT_WITH hamas', 'hamas IN_CONFLICT_WITH israel']));
    expect(await triples('Israel and Hezbollah have been trading fire for months.')).toEqual(expect.arrayContaining(['israel IN_CONFLICT_WITH hezbollah', 'hezbollah IN_CONFLICT_WITH israel']));
  });

  it('gives an attack or offensive led by a side to that side', async () => {
    expect(await triples('The Hamas-led attack on Israel shocked the region.')).toContain('hamas STRUCK israel');
    expect(await triples('The Saudi-led offensive against the Houthis stalled.')).toContain('saudi-arabia IN_CONFLICT_WITH houthis');
  });

  it('reads states named rivals or foes as in conflict, but not rival parties', async () => {
    expect(await triples('Kosovo’s bitter rival Serbia denied any role.')).toEqual(expect.arrayContaining(['kosovo IN_CONFLICT_WITH serbia', 'serbia IN_CONFLICT_WITH kosovo']));
    expect(await triples('India and its arch-rival Pakistan both tested missiles.')).toContain('india IN_CONFLICT_WITH pakistan');
    expect(await triples('Longtime foes Iran and Israel traded threats.')).toContain('israel IN_CONFLICT_WITH iran');
    expect((await triples('The Labour Party’s main rival the Conservative Party lost seats.')).filter((t) => t.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });

  it('reads a state’s violence against a collective as conflict, but not a strike’s casualties', async () => {
    expect(await triples('Iranian security forces killed dozens of protesters.')).toContain('iran IN_CONFLICT_WITH protesters');
    expect(await triples('Chilean police and militias under their command beat armed smugglers.')).toContain('chile IN_CONFLICT_WITH armed-smugglers');
    expect((await triples('Russian missiles killed 12 protesters.')).filter((t) => t.includes('IN_CONFLICT_WITH'))).toEqual([]);
  });

  it('makes "an alliance of armed groups" the collective that acts', async () => {
    const x = await read('An alliance of armed groups launched an offensive against Mali.');
    const alliance = x.entities.find((e) => e.name === 'Alliance of armed groups');
    expect(alliance?.kind).toBe('GROUP');
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain(`${alliance?.id} IN_CONFLICT_WITH mali`);
  });
});

describe('wars and fighting told by agent or by what broke out', () => {
  it('reads a war noun whose side is named after “by” as conflict, one way', async () => {
    const offensive = await triples('The offensive by Azerbaijan against Armenia began at dawn.');
    expect(offensive).toContain('azerbaijan IN_CONFLICT_WITH armenia');
    expect(offensive).not.toContain('armenia IN_CONFLICT_WITH azerbaijan');
    expect(await triples('The invasion of Ukraine by Russia began in 2022.')).toContain('russia IN_CONFLICT_WITH ukraine');
    expect(await triples('A military campaign by Turkey against the PKK continued.')).toContain('turkey IN_CONFLICT_WITH pkk');
  });

  it('does not read a campaign that is not military, or a war of words, as conflict', async () => {
    expect(await triples('A campaign by Turkey against Greece at the United Nations continued.')).not.toContain('turkey IN_CONFLICT_WITH greece');
    expect(await triples('The war of words by Iran against Israel escalated.')).not.toContain('iran IN_CONFLICT_WITH israel');
  });

  it('reads fighting that broke out or raged between two sides as conflict both ways', async () => {
    expect(await triples('Armed clashes broke out between India and China.')).toEqual(expect.arrayContaining(['india IN_CONFLICT_WITH china', 'china IN_CONFLICT_WITH india']));
    expect(await triples('Fighting has raged between Sudan and the Rapid Support Forces.')).toContain('rapid-support-forces IN_CONFLICT_WITH sudan');
    expect(await triples('Talks continued between India and China.')).not.toContain('india IN_CONFLICT_WITH china');
  });

  it('reads a state’s police or army named before “and” in a fight as the state', async () => {
    expect(await triples('Clashes erupted between Kosovo police and Serb gunmen.')).toEqual(expect.arrayContaining(['kosovo IN_CONFLICT_WITH gunmen', 'gunmen IN_CONFLICT_WITH kosovo']));
  });

  it('reads a counteroffensive owned by a side as conflict with its target', async () => {
    expect(await triples('Ukraine’s counteroffensive against Russia stalled.')).toContain('ukraine IN_CONFLICT_WITH russia');
  });
});

describe('protests put down', () => {
  it('reads police that dispersed the crowds as their state in conflict with the protesters named before', async () => {
    const text = 'Georgia froze its bid to join the EU. Crowds of protesters filled central Tbilisi on Friday. By midnight riot police were firing pepper spray and rubber bullets to disperse the crowds.';
    expect(await triples(text)).toContain('georgia IN_CONFLICT_WITH protesters');
  });

  it('takes the police’s state from their demonym', async () => {
    expect(await triples('Serbian police cracked down on student protesters in Belgrade.')).toContain('serbia IN_CONFLICT_WITH student-protesters');
  });

  it('reads force aimed at protesters (fired at, opened fire on, shot, killed, beat) as their state in conflict with them', async () => {
    expect(await triples('Peruvian police fired tear gas and rubber bullets at protesters in Lima.')).toContain('peru IN_CONFLICT_WITH lima-protesters');
    expect(await triples('Peru\'s police opened fire on protesters in Lima.')).toContain('peru IN_CONFLICT_WITH lima-protesters');
    expect(await triples('Peruvian soldiers shot dead three protesters in Cusco.')).toContain('peru IN_CONFLICT_WITH cusco-protesters');
    expect(await triples('Peruvian security forces killed at least 20 protesters in Lima.')).toContain('peru IN_CONFLICT_WITH lima-protesters');
    expect(await triples('Peruvian police beat protesters with batons in Lima.')).toContain('peru IN_CONFLICT_WITH lima-protesters');
  });

  it('does not read force the protesters used, or fire aimed elsewhere, as put down', async () => {
    const none = (t: string[]) => t.filter((x) => x.startsWith('peru IN_CONFLICT_WITH'));
    expect(none(await triples('Protesters in Lima attacked Peruvian police with stones.'))).toEqual([]);
    expect(none(await triples('Peruvian police said protesters in Lima fired flares into the air.'))).toEqual([]);
    expect(none(await triples('Peruvian police may fire tear gas at protesters in Lima.'))).toEqual([]);
  });

  it('does not read protesters who dispersed of their own accord as put down', async () => {
    const own = 'Georgia held elections. The protesters dispersed in Tbilisi after police asked them to leave.';
    expect((await triples(own)).filter((t) => t.includes('IN_CONFLICT_WITH'))).toEqual([]);
    expect(await triples('Organisers in Georgia said the protesters would disperse after police arrived.')).not.toContain('georgia IN_CONFLICT_WITH protesters');
  });
});

describe('armed opposition to a government', () => {
  it('reads armed collectives opposed to, or seeking to topple, a state’s government as in conflict with it, one way', async () => {
    const opposed = await triples('Rebels opposed to the government of Mali attacked a convoy.');
    expect(opposed).toContain('rebels IN_CONFLICT_WITH mali');
    expect(opposed).not.toContain('mali IN_CONFLICT_WITH rebels');
    expect(await triples('Insurgents who oppose the Syrian government seized the town.')).toContain('insurgents IN_CONFLICT_WITH syria');
    expect(await triples('Militants seeking to topple Niger’s government ambushed soldiers.')).toContain('militants IN_CONFLICT_WITH niger');
  });

  it('does not read protesters or parties opposed to a government, or rebels opposing a deal, as armed conflict', async () => {
    expect(await triples('Protesters opposed to the government of Chad marched.')).not.toContain('protesters IN_CONFLICT_WITH chad');
    expect(await triples('Rebels opposed the ceasefire in Mali.')).not.toContain('rebels IN_CONFLICT_WITH mali');
  });
});

describe('craft driven off', () => {
  it('reads vessels or boats driven off, named with their owner, as conflict with the owner, one way', async () => {
    const expelled = await triples('The China Coast Guard expelled Philippine vessels from the shoal.');
    expect(expelled).toContain('china-coast-guard IN_CONFLICT_WITH philippines');
    expect(expelled).not.toContain('philippines IN_CONFLICT_WITH china-coast-guard');
    expect(await triples('The China Coast Guard drove away Vietnamese fishing boats.')).toContain('china-coast-guard IN_CONFLICT_WITH vietnam');
  });

  it('finds who took measures to expel the craft', async () => {
    expect(await triples('On Monday the China Coast Guard took firm measures to expel Philippine ships near the reef.')).toContain('china-coast-guard IN_CONFLICT_WITH philippines');
  });

  it('does not read diplomats or officials expelled as craft driven off', async () => {
    expect(await triples('Russia expelled British diplomats.')).not.toContain('russia IN_CONFLICT_WITH united-kingdom');
    expect(await triples('China took measures to expel Philippine officials.')).not.toContain('china IN_CONFLICT_WITH philippines');
  });
});

describe('truces', () => {
  it('reads a truce agreed or signed with a side as a ceasefire both ways, not an agreement', async () => {
    const agreed = await triples('Israel agreed a truce with Hezbollah on Tuesday.');
    expect(agreed).toEqual(expect.arrayContaining(['israel CEASEFIRE_WITH hezbollah', 'hezbollah CEASEFIRE_WITH israel']));
    expect(agreed).not.toContain('israel AGREES_WITH hezbollah');
    expect(await triples('Israel signed a ceasefire agreement with Hamas.')).toEqual(expect.arrayContaining(['israel CEASEFIRE_WITH hamas', 'hamas CEASEFIRE_WITH israel']));
  });

  it('reads coordinated sides that reached a truce as a mutual ceasefire', async () => {
    expect(await triples('India and Pakistan reached a ceasefire on Saturday.')).toEqual(expect.arrayContaining(['india CEASEFIRE_WITH pakistan', 'pakistan CEASEFIRE_WITH india']));
  });

  it('reads a truce named by its sides as a ceasefire in force, and a sought one as none', async () => {
    expect(await triples('The Israel-Hezbollah ceasefire took effect on Wednesday.')).toEqual(expect.arrayContaining(['israel CEASEFIRE_WITH hezbollah', 'hezbollah CEASEFIRE_WITH israel']));
    expect(await triples('Israel’s ceasefire with Hezbollah is holding.')).toContain('hezbollah CEASEFIRE_WITH israel');
    expect(await triples('The truce between India and Pakistan held on Saturday.')).toContain('india CEASEFIRE_WITH pakistan');
    const sought = await triples('Efforts to reach a ceasefire between Israel and Hamas failed.');
    expect(sought).toContain('israel IN_CONFLICT_WITH hamas');
    expect(sought).not.toContain('israel CEASEFIRE_WITH hamas');
  });

  it('reads a truce between two sides as in force when it was agreed, is holding, or was brokered', async () => {
    expect(await triples('A ceasefire between Armenia and Azerbaijan was agreed on Monday.')).toEqual(expect.arrayContaining(['armenia CEASEFIRE_WITH azerbaijan', 'azerbaijan CEASEFIRE_WITH armenia']));
    expect(await triples('The ceasefire between India and Pakistan is holding.')).toContain('pakistan CEASEFIRE_WITH india');
    expect(await triples('The truce between Israel and Hamas, brokered by Qatar, held.')).toContain('hamas CEASEFIRE_WITH israel');
    expect(await triples('The ceasefire between India and Pakistan is fragile.')).not.toContain('pakistan CEASEFIRE_WITH india');
    expect(await triples('Talks on a ceasefire between Russia and Ukraine were agreed.')).not.toContain('russia CEASEFIRE_WITH ukraine');
  });

  it('reads a truce accepted, observed or lasting some days as in force, a unilateral one one way only', async () => {
    expect(await triples('Israel accepted a ceasefire with Hamas on Friday.')).toEqual(expect.arrayContaining(['israel CEASEFIRE_WITH hamas', 'hamas CEASEFIRE_WITH israel']));
    expect(await triples('Armenia and Azerbaijan have observed a ceasefire since November.')).toContain('armenia CEASEFIRE_WITH azerbaijan');
    const days = await triples('Russia and Ukraine agreed to a 30-day ceasefire.');
    expect(days).toContain('russia CEASEFIRE_WITH ukraine');
    expect(days).not.toContain('russia AGREES_WITH ukraine');
    const unilateral = await triples('Colombia declared a unilateral ceasefire with the ELN.');
    expect(unilateral).toContain('colombia CEASEFIRE_WITH eln');
    expect(unilateral).not.toContain('eln CEASEFIRE_WITH colombia');
    expect(await triples('Israel accepted a ceasefire proposal with Hamas.')).not.toContain('israel CEASEFIRE_WITH hamas');
  });
});

describe('strikes', () => {
  it('reads strikes by an agent on a target, and attacks on a target by an agent', async () => {
    expect(await triples('Air strikes by Israel on Damascus killed three people.')).toContain('israel STRUCK damascus');
    expect(await triples('Attacks on Israel by Hezbollah continued overnight.')).toContain('hezbollah STRUCK israel');
  });

  it('reads a place that came under attack from a side as struck by it', async () => {
    expect(await triples('Israel came under heavy attack from Iran overnight.')).toContain('iran STRUCK israel');
  });

  it('reads an attack a side claimed as its strike', async () => {
    expect(await triples('The Houthis claimed responsibility for an attack on Israel.')).toContain('houthis STRUCK israel');
    expect(await triples('Hamas claimed the rocket attack on Israel.')).toContain('hamas STRUCK israel');
  });

  it('reads a state’s aircraft shot down as the state struck', async () => {
    expect(await triples('Iran shot down a US drone over the Gulf.')).toContain('iran STRUCK united-states');
    const x = await read('The Houthis downed an American MQ-9 Reaper drone.');
    expect(x.relationships.find((r) => r.type === 'STRUCK')?.quote).toBe('Houthis downed an American MQ-9 Reaper drone');
  });

  it('reads a bombing carried out in a named place as a strike on the place', async () => {
    expect(await triples('Hezbollah carried out a bombing at a bus station in Bogota.')).toContain('hezbollah STRUCK bogota');
  });

  it('reads strikes a leader ordered as the led state’s too, but not a former leader’s nor a minister’s', async () => {
    expect(await triples('French President Emmanuel Macron ordered strikes on Islamic State positions in Syria.'))
      .toEqual(expect.arrayContaining(['emmanuel-macron STRUCK islamic-state', 'france STRUCK islamic-state', 'france STRUCK syria']));
    expect(await triples('Former French President Nicolas Sarkozy launched strikes on Libya in 2011.')).not.toContain('france STRUCK libya');
    expect(await triples('Russian Defence Minister Andrei Belousov ordered strikes on Ukraine.')).not.toContain('russia STRUCK ukraine');
  });

  it('reads a sentence opening on “the strikes” as the last strikers’ strikes on the places it says they hit', async () => {
    const x = await triples('The United States carried out strikes against the Houthis in Yemen. The strikes hit targets in the capital Sanaa.');
    expect(x).toContain('united-states STRUCK sanaa');
    expect(await triples('The United States carried out strikes against the Houthis in Yemen. The strikes hit Oman.')).toContain('united-states STRUCK oman');
    expect(await triples('The United States carried out strikes against the Houthis in Yemen. The strikes came after talks in Oman.')).not.toContain('united-states STRUCK oman');
    // Sides that struck each other leave "the strikes" without an owner.
    const mutual = await read('Israel struck Hezbollah in Lebanon after Hezbollah attacks on Israel. The strikes hit Beirut.');
    expect(mutual.relationships.filter((r) => r.rule === 'strike:recalled')).toEqual([]);
  });

  it('reads a bombardment or shelling of a target by its owner, or by the agent after “by”, as a strike', async () => {
    expect(await triples('Israel’s relentless bombardment of Rafah continued.')).toContain('israel STRUCK rafah');
    expect(await triples('The bombing of Rafah by Israel continued.')).toContain('israel STRUCK rafah');
    expect(await triples('Japan marked the anniversary of the bombing of Hiroshima.')).not.toContain('japan STRUCK hiroshima');
  });

  it('reads strikes or weapons owned by a side that hit a target as the side’s strike', async () => {
    expect(await triples('US airstrikes have hit Houthi targets in Yemen.')).toEqual(expect.arrayContaining(['united-states STRUCK houthis', 'united-states STRUCK yemen']));
    expect(await triples('Israeli missiles hit military targets in Syria.')).toContain('israel STRUCK syria');
    expect(await triples('The price of Russian missiles hit a record in Ukraine.')).not.toContain('russia STRUCK ukraine');
  });

  it('does not carry strikes told more than two sentences back', async () => {
    const far = 'The United States carried out strikes against the Houthis. Officials met in Oman. Talks continued. Delegates left. The strikes hit Sanaa.';
    expect(await triples(far)).not.toContain('united-states STRUCK sanaa');
  });
});

describe('places taken', () => {
  it('reads a stronghold taken in a place as conflict with the place', async () => {
    expect(await triples('Hamas captured the town of Rafah.')).toContain('hamas IN_CONFLICT_WITH rafah');
    expect(await triples('Hamas seized the army’s headquarters in Rafah on Monday.')).toContain('hamas IN_CONFLICT_WITH rafah');
  });

  it('reads a side’s claim to have taken a place at the confidence of a claim', async () => {
    const x = await read('Hamas claimed to have captured Rafah.');
    expect(x.relationships.find((r) => r.type === 'IN_CONFLICT_WITH' && r.to === 'rafah')?.confidence).toBe(0.6);
  });

  it('reads the capture, seizure or occupation of a place named with its taker', async () => {
    expect(await triples('The capture of Rafah by Hamas shocked the region.')).toContain('hamas IN_CONFLICT_WITH rafah');
    expect(await triples('Israel’s occupation of Rafah continued.')).toContain('israel IN_CONFLICT_WITH rafah');
  });

  it('does not read people captured in a place, or a decision taken there, as the place taken', async () => {
    expect(await triples('Israel captured Hamas fighters in Rafah.')).not.toContain('israel IN_CONFLICT_WITH rafah');
    expect(await triples('Israel took the decision in Rafah.')).not.toContain('israel IN_CONFLICT_WITH rafah');
    expect(await triples('The fall of Rafah worried Egypt.')).not.toContain('egypt IN_CONFLICT_WITH rafah');
  });
});

describe('arrests and releases', () => {
  it('gives an arrest without an agent to the state where it was made', async () => {
    expect(await triples('Former Belarusian minister Maria Kolesnikova was detained in Minsk on Monday.')).toContain('belarus DETAINS maria-kolesnikova');
    expect(await triples('Former Philippine president Rodrigo Duterte was arrested on Tuesday.')).toContain('philippines DETAINS rodrigo-duterte');
    // Minsk lies in Belarus, but a state the article never names is not made up.
    expect(await triples('Opposition figure Maria Kolesnikova was detained in Minsk on Monday.')).toEqual([]);
  });

  it('reads a person held in a state as detained by it, but not talks held there', async () => {
    expect(await triples('Former Prime Minister Imran Khan has been held in Pakistan since 2023.')).toContain('pakistan DETAINS imran-khan');
    expect((await triples('Talks between Chile and Peru were held in Bolivia.')).filter((t) => t.includes('DETAINS'))).toEqual([]);
  });

  it('gives an arrest on a court’s warrant to the court', async () => {
    const t = await triples('Former Philippine president Rodrigo Duterte was detained in Manila on an International Criminal Court warrant.');
    expect(t).toEqual(expect.arrayContaining(['international-criminal-court DETAINS rodrigo-duterte', 'philippines DETAINS rodrigo-duterte']));
    expect(await triples('Ex-minister Ana Ruiz was detained in Lima under a warrant issued by the ICC.')).toContain('international-criminal-court DETAINS ana-ruiz');
  });

  it('reads custody and arrest nouns with their agent', async () => {
    expect(await triples('Venezuelan police took opposition leader Juan Guaidó into custody.')).toContain('venezuela DETAINS juan-guaido');
    expect(await triples('The arrest of former Prime Minister Imran Khan by Pakistan sparked protests.')).toContain('pakistan DETAINS imran-khan');
  });

  it('reads the release of captives held by a side as that side’s release', async () => {
    expect(await triples('The release of Israeli hostages held by Hamas began on Sunday.')).toEqual(expect.arrayContaining(['hamas RELEASED israeli-hostages', 'hamas HOLDS_CAPTIVE israeli-hostages']));
  });

  it('reads captives taken by a side, or a side that took them, as held by it', async () => {
    expect(await triples('Hamas took 251 hostages on October 7.')).toContain('hamas HOLDS_CAPTIVE hostages');
    expect(await triples('The hostages taken by Hamas remain in Gaza.')).toContain('hamas HOLDS_CAPTIVE hostages');
  });

  it('makes a people’s demonym part of the collective it qualifies', async () => {
    expect(await triples('Israel freed 90 Palestinian prisoners.')).toContain('israel RELEASED palestinian-prisoners');
  });
});

describe('sanctions', () => {
  it('makes unknown names that sanctions fall on bodies, each sanctioned', async () => {
    const t = await triples('The United States imposed sanctions on Russian oil majors Rosneft and Lukoil.');
    expect(t).toEqual(expect.arrayContaining(['united-states SANCTIONS rosneft', 'united-states SANCTIONS lukoil']));
    expect(await triples('Britain sanctioned Sovcombank and Gazprombank on Friday.')).toEqual(expect.arrayContaining(['united-kingdom SANCTIONS sovcombank', 'united-kingdom SANCTIONS gazprombank']));
  });

  it('reads blacklisting and sanctions imposed by a side on another', async () => {
    expect(await triples('The United States blacklisted Sovcombank.')).toContain('united-states SANCTIONS sovcombank');
    expect(await triples('Sanctions imposed by the European Union on Belarus took effect.')).toContain('european-union SANCTIONS belarus');
  });

  it('reads a sanctions package against a state, and sanctions on what a state owns, as sanctions on the state', async () => {
    expect(await triples('The European Union adopted its 19th sanctions package against Russia.')).toContain('european-union SANCTIONS russia');
    expect(await triples('The United States announced new sanctions targeting Iran’s oil sector.')).toContain('united-states SANCTIONS iran');
  });

  it('reads a side under another’s sanctions as sanctioned by it', async () => {
    expect(await triples('Iran remains under American sanctions.')).toContain('united-states SANCTIONS iran');
    expect(await triples('Iran, already under US sanctions, denied it.')).toContain('united-states SANCTIONS iran');
  });

  it('does not make a sentence’s first word a sanctioned body', async () => {
    const x = await read('Sanctions on Iran remain. Officials said nothing more.');
    expect(x.entities.map((e) => e.name)).not.toContain('Officials');
  });
});

describe('a named place after a struck common-noun object is hit too', () => {
  it('"struck a clinic in Gaza", "shelled farms near Kharkiv": the place after the object', async () => {
    expect(await triples('Israel struck a clinic in Gaza on Friday.')).toContain('israel STRUCK gaza-strip');
    expect(await triples('Russian forces shelled two farms near Kharkiv.')).toContain('russia STRUCK kharkiv');
  });

  it('not the sea where ships were hit, nor a place past the end of the clause', async () => {
    expect(await triples('The Houthis struck a cargo ship in the Red Sea.')).not.toContain('houthis STRUCK red-sea');
    expect(await triples('Israel struck a clinic, doctors in Gaza said.')).not.toContain('israel STRUCK gaza-strip');
  });
});

describe('wars as events', () => {
  const war = async (text: string): Promise<string[]> => (await triples(text)).filter((t) => / (PARTICIPATES_IN|LOCATED_IN) /.test(t));

  it('names a war in a country by its place, with LOCATED_IN the place', async () => {
    expect(await war('The war in Yemen has killed thousands of people.')).toEqual(['yemen-war LOCATED_IN yemen']);
    expect(await war('The civil war in Sudan has displaced millions.')).toEqual(['sudan-war LOCATED_IN sudan']);
    expect(await war('The Syrian civil war began in 2011.')).toEqual(['syria-war LOCATED_IN syria']);
  });

  it('names a war by its two sides when the phrase names them, and both take part', async () => {
    const hyphen = await war('The Bolivia-Paraguay war ended in 1935.');
    expect(hyphen).toEqual(['bolivia PARTICIPATES_IN bolivia-paraguay-war', 'paraguay PARTICIPATES_IN bolivia-paraguay-war']);
    const owned = await war('Russia’s war in Ukraine entered its fourth year.');
    expect(owned).toEqual(['russia PARTICIPATES_IN russia-ukraine-war', 'ukraine PARTICIPATES_IN russia-ukraine-war']);
    expect(await war('Nigeria’s war against Boko Haram has lasted years.')).toContain('boko-haram PARTICIPATES_IN nigeria-boko-haram-war');
  });

  it('keeps one war per article: a later mention of its place or a side joins it', async () => {
    const x = await read('Russia’s war in Ukraine entered its fourth year. The war in Ukraine dominated the summit.');
    expect(x.entities.filter((e) => e.kind === 'EVENT').map((e) => e.id)).toEqual(['russia-ukraine-war']);
  });

  it('a side glued to a place takes part in the place’s war, which is not told to be located there', async () => {
    expect(await war('The Israel-Gaza war began in 2023.')).toEqual(['israel PARTICIPATES_IN gaza-war']);
  });

  it('makes no war of a name before "war" that is another thing', async () => {
    expect(await war('The Israel war cabinet met on Sunday.')).toEqual([]);
    expect(await war('Ukraine war crimes were documented.')).toEqual([]);
    expect(await war('Israel fighting Hamas in Gaza has drawn criticism.')).toEqual([]);
  });
});

describe('prisoner exchanges', () => {
  it('a swap someone brokered is an exchange event they mediate; each side released', async () => {
    const swap = await triples('Russia and Ukraine exchanged 150 prisoners of war in a swap brokered by the United Arab Emirates.');
    expect(swap).toEqual(expect.arrayContaining(['russia RELEASED prisoners-of-war', 'ukraine RELEASED prisoners-of-war', 'united-arab-emirates MEDIATES russia-ukraine-prisoner-exchange']));
    expect(await triples('A prisoner swap between Armenia and Azerbaijan was mediated by the European Union.')).toContain('european-union MEDIATES armenia-azerbaijan-prisoner-exchange');
    expect(await triples('Turkey mediated the prisoner exchange between Russia and the United States.')).toContain('turkey MEDIATES russia-united-states-prisoner-exchange');
    expect(await triples('Ukraine and Russia carried out a prisoner exchange mediated by Qatar on Saturday.')).toContain('qatar MEDIATES ukraine-russia-prisoner-exchange');
    expect(await triples('Chile and Peru swapped 32 soldiers in a deal brokered by Brazil.')).toEqual(expect.arrayContaining(['chile RELEASED soldiers', 'peru RELEASED soldiers', 'brazil MEDIATES chile-peru-prisoner-exchange']));
  });

  it('a swap nobody brokered, or one only hoped for, makes no exchange event', async () => {
    expect((await read('Russia and Ukraine exchanged 90 prisoners of war on Friday.')).entities.filter((e) => e.kind === 'EVENT')).toEqual([]);
    expect(await triples('Ukraine hopes to free more prisoners in a future swap mediated by Turkey.')).toEqual([]);
    expect(await triples('The rate of exchange was set by the central bank of Russia.')).toEqual([]);
  });

  it('each side freed its captives, told one after the other with a quantity', async () => {
    const both = await triples('Russia released 103 Ukrainian soldiers, and Ukraine freed the same number of Russian servicemen.');
    expect(both).toEqual(['russia RELEASED ukrainian-soldiers', 'ukraine RELEASED russian-servicemen']);
  });

  it('hostages told with where they were held are still the ones freed', async () => {
    expect(await triples('Hamas freed two Israeli hostages held in Gaza since October.')).toContain('hamas RELEASED israeli-hostages');
  });
});

describe('shows of force near a side', () => {
  it('weapons fired or craft sent near a side threaten it', async () => {
    expect(await triples('North Korea fired a ballistic missile into the sea off Japan on Sunday.')).toEqual(['north-korea THREATENS japan']);
    expect(await triples('China sent warships and fighter jets around Taiwan on Thursday.')).toContain('china THREATENS taiwan');
    expect(await triples('Russia massed troops near the border with Ukraine.')).toContain('russia THREATENS ukraine');
    expect(await triples('China conducted live-fire drills near the Philippines.')).toContain('china THREATENS philippines');
    expect(await triples('Iran test-fired a missile capable of reaching Israel.')).toContain('iran THREATENS israel');
  });

  it('fire aimed at a side is a strike, and a deployment that is only planned or sent elsewhere threatens nobody', async () => {
    expect(await triples('Iran fired missiles at Israel on Tuesday night.')).toEqual(['iran STRUCK israel']);
    expect(await triples('China will send warships near Taiwan next week.')).toEqual([]);
    expect(await triples('The United States sent an aircraft carrier to the Mediterranean.')).not.toContain('united-states THREATENS mediterranean');
  });
});

describe('fighting told through the forces and their names', () => {
  it('a coalition a state leads stands for the state', async () => {
    expect(await triples('A Saudi-led coalition fighting the Houthis intercepted a drone.')).toEqual(expect.arrayContaining(['saudi-arabia IN_CONFLICT_WITH houthis', 'houthis IN_CONFLICT_WITH saudi-arabia']));
    expect(await triples('The Houthis fought the Saudi-led coalition for years.')).toContain('houthis IN_CONFLICT_WITH saudi-arabia');
    // Backed is not led: the backer is no side.
    expect(await triples('Iran-backed militias attacked US forces.')).not.toContain('iran STRUCK united-states');
  });

  it('a demonym before a group’s name is where the group is from, not a second target', async () => {
    const pakistani = await triples('Pakistan’s army has been fighting the Pakistani Taliban in the northwest.');
    expect(pakistani).toEqual(['pakistan IN_CONFLICT_WITH taliban', 'taliban IN_CONFLICT_WITH pakistan']);
  });

  it('a military operation a side owns is conflict with its target; a campaign against a thing is not', async () => {
    expect(await triples('Turkey’s military operation against Kurdish militants drew criticism.')).toContain('turkey IN_CONFLICT_WITH kurdish-militants');
    expect(await triples('Brazil’s campaign against deforestation won praise.')).toEqual([]);
  });

  it('a town whose control a side regained was fought over', async () => {
    expect(await triples('Sudan’s army regained control of Khartoum in March.')).toContain('sudan IN_CONFLICT_WITH khartoum');
  });

  it('states called adversaries in an apposition are rivals; friends are not', async () => {
    expect(await triples('India and Pakistan, bitter rivals, met in Tashkent.')).toEqual(expect.arrayContaining(['india IN_CONFLICT_WITH pakistan', 'pakistan IN_CONFLICT_WITH india']));
    expect(await triples('Chile and Peru, old friends, met in Lima.')).not.toContain('chile IN_CONFLICT_WITH peru');
  });

  it('a ship’s owner glued to a hyphen makes no site of the sea it was attacked in', async () => {
    expect(await triples('The Houthis attacked a Greek-owned tanker in the Red Sea.')).not.toContain('houthis STRUCK red-sea');
  });
});

describe('captives named by a plural demonym, and custody told without its agent', () => {
  it('"freed 10 Americans", "detained two Israelis": the people are the captives, not their state', async () => {
    const freed = await triples('Venezuela freed 10 Americans in a swap with the United States.');
    expect(freed).toContain('venezuela RELEASED americans');
    expect(freed).not.toContain('venezuela RELEASED united-states');
    expect(await triples('Iran detained two Israelis on Monday.')).toEqual(['iran DETAINS israelis']);
  });

  it('a plural demonym that acts is its state', async () => {
    expect(await triples('The Americans struck Iran.')).toEqual(['united-states STRUCK iran']);
  });

  it('a passive without "by" gives its subject no act on the place after it', async () => {
    const detained = await triples('Two journalists were detained in Russia.');
    expect(detained).toContain('russia DETAINS journalists');
    expect(detained).not.toContain('journalists DETAINS russia');
  });
});
