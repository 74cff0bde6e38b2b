// Reactions and demands told the way news wires tell them: criticism and praise of an act whose doer the sentence
// before names, praise and rejection of what an actor did or offered, and reactions told from the receiving end.
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples } from '../fixtures/reading';

const of = (facts: string[], type: string): string[] => facts.filter((f) => f.includes(` ${type} `));

describe('an act named bare is the doer the sentence before opened with', () => {
  it.each([
    ['North Korea fired a ballistic missile on Sunday. Japan and South Korea condemned the launch.', ['japan CRITICIZES north-korea', 'south-korea CRITICIZES north-korea']],
    ['Israel carried out strikes on Beirut. Iran condemned the strikes.', ['iran CRITICIZES israel']],
    ['Azerbaijan shelled Armenian villages overnight. Armenia denounced the shelling.', ['armenia CRITICIZES azerbaijan']],
    ['Iran test-fired a new missile. France sharply criticised the test.', ['france CRITICIZES iran']],
    ['On Saturday, Hezbollah fired rockets at northern Israel. Washington condemned the attack.', ['united-states CRITICIZES hezbollah']],
    ['Russia expelled two Estonian diplomats. Estonia called the move unjustified.', ['estonia CRITICIZES russia']],
    ['The Taliban banned women from universities. The United Nations denounced the ban.', ['united-nations CRITICIZES taliban']],
    ['Saudi Arabia restored ties with Iran. The United States welcomed the move.', ['united-states ENDORSES saudi-arabia']],
    ['Russia annexed four Ukrainian regions. The move drew condemnation from the European Union.', ['european-union CRITICIZES russia']],
    ['Mali’s junta expelled the UN mission. The move was criticised by France.', ['france CRITICIZES mali-junta']],
    ['Ukraine’s drones struck a refinery in Russia. Moscow condemned the strikes.', ['russia CRITICIZES ukraine']],
    ['Turkey’s parliament approved Sweden’s NATO bid. Finland welcomed the decision.', ['finland ENDORSES turkey', 'turkey ENDORSES sweden']],
    ['Hamas released three hostages on Saturday. Israel welcomed the release.', ['israel ENDORSES hamas']],
    ['Russia held a military parade. The move was criticised by Ukraine.', ['ukraine CRITICIZES russia']],
  ])('reads "%s"', async (text, expected) => {
    expect(await supportedTriples(text)).toEqual(expect.arrayContaining(expected));
  });

  it('reads the doer of a clause the sentence opens with', async () => {
    expect(await supportedTriples('After North Korea fired a missile on Sunday, Japan condemned the launch.')).toContain('japan CRITICIZES north-korea');
  });

  it('reads no doer from a later clause of the same sentence', async () => {
    const facts = await supportedTriples('Peru recalled its envoy after Chile criticised the move.');
    expect(facts).not.toContain('chile CRITICIZES peru');
  });

  it('names no doer when the sentence before opens with its speaker or a place', async () => {
    expect(of(await supportedTriples('Ukraine’s air force said Russia launched 100 drones. Kyiv condemned the attack.'), 'CRITICIZES')).toEqual([]);
    expect(of(await supportedTriples('Israel was hit by rockets from Lebanon. Israel condemned the attack.'), 'CRITICIZES')).toEqual([]);
  });

  it('names no doer when two actors opened the sentence before', async () => {
    const facts = await supportedTriples('Chile and Peru signed a fishing accord. Bolivia criticised the move.');
    expect(of(facts, 'CRITICIZES')).toEqual([]);
  });

  it('names no doer after speech, a passive or a reaction of its own', async () => {
    expect(of(await supportedTriples('Turkey said Sweden had failed to act. Greece criticised the decision.'), 'CRITICIZES')).toEqual([]);
    expect(of(await supportedTriples('Georgia was attacked overnight. Moldova condemned the attack.'), 'CRITICIZES')).toEqual([]);
    expect(of(await supportedTriples('Spain condemned the attack. Italy also condemned the attack.'), 'CRITICIZES')).toEqual([]);
  });

  it('does not read an act named bare elsewhere in the sentence as its doer', async () => {
    const facts = await supportedTriples('Poland sent troops to the border. The deployment lasted three weeks.');
    expect(facts.filter((f) => / (CRITICIZES|ENDORSES) /.test(f))).toEqual([]);
  });

  it('reads no reaction that is hedged, negated or future', async () => {
    for (const text of [
      'Iran seized a tanker. Britain may condemn the seizure.',
      'Iran seized a tanker. Britain did not condemn the seizure.',
      'Iran seized a tanker. Britain will criticise the seizure.',
    ]) expect(of(await supportedTriples(text), 'CRITICIZES')).toEqual([]);
  });
});

describe('a reaction trailing the act it answers', () => {
  it('gives the sentence’s doer what a participle set off after it received', async () => {
    expect(await supportedTriples('Iran seized a tanker in the Gulf on Friday, drawing condemnation from Britain and France.'))
      .toEqual(expect.arrayContaining(['united-kingdom CRITICIZES iran', 'france CRITICIZES iran']));
    expect(await supportedTriples('Niger expelled the French ambassador, prompting sharp criticism from Paris.')).toContain('france CRITICIZES niger');
  });

  it('reads a capital after a word of speech as its government', async () => {
    expect(await supportedTriples('Moscow rebuffed a proposal from Paris for a ceasefire.')).toContain('russia REJECTS france');
  });
});

describe('the act’s agent inside the object', () => {
  it.each([
    ['Japan welcomed the release of the prisoners by Iran.', 'japan ENDORSES iran'],
    ['Indonesia praised the efforts by Malaysia to end the crisis.', 'indonesia ENDORSES malaysia'],
    ['Kenya hailed the decision by Ethiopia to withdraw troops from Somalia.', 'kenya ENDORSES ethiopia'],
    ['Britain endorsed the plan put forward by Egypt.', 'united-kingdom ENDORSES egypt'],
    ['Cuba denounced the sanctions imposed by the United States.', 'cuba CRITICIZES united-states'],
    ['Colombia condemned the killing of the activist by ELN rebels.', 'colombia CRITICIZES eln'],
    ['Venezuela rejected the demands of the United States.', 'venezuela REJECTS united-states'],
    ['China called the move by Lithuania a provocation.', 'china CRITICIZES lithuania'],
    ['Russia called the decision by Finland regrettable.', 'russia CRITICIZES finland'],
    ['Spain called the Israeli operation in Gaza a massacre.', 'spain CRITICIZES israel'],
  ])('reads "%s"', async (text, triple) => {
    expect(await supportedTriples(text)).toContain(triple);
  });

  it('reads no agent after a hedged or negated reaction', async () => {
    expect(of(await supportedTriples('Brazil would welcome the decision by Argentina.'), 'ENDORSES')).toEqual([]);
    expect(of(await supportedTriples('Germany could criticise the sanctions imposed by China.'), 'CRITICIZES')).toEqual([]);
  });
});

describe('passive reactions to an actor’s act or offer', () => {
  it.each([
    ['The plan proposed by France was rejected by Germany.', 'germany REJECTS france'],
    ['The proposal put forward by Qatar was welcomed by Egypt and Jordan.', 'jordan ENDORSES qatar'],
    ['Syria’s new government was praised by Saudi Arabia.', 'saudi-arabia ENDORSES syria'],
    ['Russia’s decision to pull out of the grain deal was criticised by Turkey.', 'turkey CRITICIZES russia'],
    ['Russia’s strikes on Ukraine’s grid were condemned by France.', 'france CRITICIZES russia'],
    ['Israel’s strikes on Iran were condemned by Saudi Arabia.', 'saudi-arabia CRITICIZES israel'],
  ])('reads "%s"', async (text, triple) => {
    expect(await supportedTriples(text)).toContain(triple);
  });

  it('does not read the target of a condemned act as criticised', async () => {
    expect(of(await supportedTriples('The strike on Iran’s port was condemned by France.'), 'CRITICIZES')).toEqual([]);
    expect(of(await supportedTriples('The attack on Israel was condemned by France.'), 'CRITICIZES')).toEqual([]);
  });

  it('does not read the one who condemns an attack as struck by it', async () => {
    const facts = await supportedTriples('Israel’s attack on Iran’s nuclear sites was condemned by Russia.');
    expect(facts).toEqual(expect.arrayContaining(['russia CRITICIZES israel', 'israel STRUCK iran']));
    expect(facts).not.toContain('israel STRUCK russia');
  });

  it('reads a welcome of people received as no endorsement', async () => {
    expect(of(await supportedTriples('The Hamas delegation was welcomed by Egypt.'), 'ENDORSES')).toEqual([]);
    expect(of(await supportedTriples('Hamas’s delegation was welcomed by Egypt.'), 'ENDORSES')).toEqual([]);
    expect(of(await supportedTriples('Ukraine’s president was welcomed by Emmanuel Macron in Paris.'), 'ENDORSES')).toEqual([]);
    expect(of(await supportedTriples('Vladimir Putin’s visit was welcomed by China.'), 'ENDORSES')).toEqual([]);
  });

  it('reads praise of an accord told from its end as praise of the accord', async () => {
    expect(await supportedTriples('Israel and Hamas agreed a truce on Sunday. The truce was hailed by Egypt.')).toContain('egypt ENDORSES israel-hamas-ceasefire');
  });
});

describe('praise of what an actor did', () => {
  it('reads a return welcomed as praise of the one returning', async () => {
    expect(await supportedTriples('Saudi Arabia welcomed Syria’s return to the Arab League.')).toContain('saudi-arabia ENDORSES syria');
  });

  it('does not endorse a collective the welcomed act was done to', async () => {
    expect(of(await supportedTriples('Qatar welcomed the return of the hostages.'), 'ENDORSES')).toEqual([]);
    expect(await supportedTriples('Japan welcomed the release of the prisoners by Iran.')).not.toContain('japan ENDORSES prisoners');
  });
});

describe('accusations in reported speech', () => {
  it('reads an attack said to be done by Y as blame of Y', async () => {
    expect(await supportedTriples('The Kremlin said the attack was carried out by Ukraine.')).toContain('russia ACCUSES ukraine');
  });

  it('reads an allegation of a done act as blame', async () => {
    expect(await supportedTriples('Israel alleged that Hamas had used the hospital as a base.')).toContain('israel ACCUSES hamas');
  });

  it('does not read a reported attack or one’s own strikes as blame', async () => {
    expect(of(await supportedTriples('Ukraine said the attack by Russia killed five people.'), 'ACCUSES')).toEqual([]);
    expect(of(await supportedTriples('The Pentagon said the strikes were carried out by US forces.'), 'ACCUSES')).toEqual([]);
  });
});

describe('demands and appeals to people and states', () => {
  it('reads a person named by what is demanded for them', async () => {
    expect(await supportedTriples('The United States called for Evan Gershkovich’s release.')).toContain('united-states DEMANDS_OF evan-gershkovich');
    expect(await supportedTriples('Germany demanded Alexei Navalny’s release.')).toContain('germany DEMANDS_OF alexei-navalny');
  });

  it('does not make the titled person a state acts on that state’s leader', async () => {
    expect(await supportedTriples('Chile urged President Ana Ruiz to resign.')).toEqual(['chile APPEALS_TO ana-ruiz']);
    expect(await supportedTriples('Chile criticised President Ana Ruiz.')).not.toContain('ana-ruiz LEADS chile');
    expect(await supportedTriples('Chile’s army said President Ana Ruiz had ordered the strikes.')).toContain('ana-ruiz LEADS chile');
  });

  it('reads an appeal with a time between the addressee and the act asked for', async () => {
    expect(await supportedTriples('Egypt pressed Israel on Tuesday to reopen the crossing.')).toContain('egypt APPEALS_TO israel');
  });

  it('reads a state’s unnamed supreme leader as the state', async () => {
    expect(await supportedTriples('Iran’s supreme leader accused the United States of plotting unrest.')).toContain('iran ACCUSES united-states');
  });
});

describe('warnings of a danger somewhere', () => {
  it('reads more dangers, and one owned by a demonym, before the place', async () => {
    expect(await supportedTriples('The World Health Organization warned of a cholera outbreak in Yemen.')).toContain('world-health-organization WARNS_ABOUT yemen');
    expect(await supportedTriples('Egypt warned against an Israeli offensive in Rafah.')).toContain('egypt WARNS_ABOUT rafah');
  });

  it('reads no warning that is only possible', async () => {
    expect(of(await supportedTriples('The United Nations may warn of famine in Sudan.'), 'WARNS_ABOUT')).toEqual([]);
  });
});

describe('appeals, accusations and their negatives', () => {
  it('does not read "called … on Y" far from the verb as an appeal', async () => {
    const facts = await supportedTriples('Russia called the US strikes on Yemen illegal.');
    expect(facts).toContain('russia CRITICIZES united-states');
    expect(of(facts, 'APPEALS_TO')).toEqual([]);
  });

  it('gives a gerund after a passive accusation to the accused, not the accuser', async () => {
    const facts = await supportedTriples('Serbia was accused by Kosovo of backing the gunmen.');
    expect(facts).toContain('kosovo ACCUSES serbia');
    expect(facts.filter((f) => f.startsWith('kosovo ENDORSES'))).toEqual([]);
  });

  it('reads no appeal or accusation that is future, hedged or negated', async () => {
    expect(of(await supportedTriples('Japan will urge China to resume talks.'), 'APPEALS_TO')).toEqual([]);
    expect(of(await supportedTriples('Armenia did not accuse Azerbaijan of the attack.'), 'ACCUSES')).toEqual([]);
    expect(of(await supportedTriples('Ethiopia might blame Egypt for the unrest.'), 'ACCUSES')).toEqual([]);
  });
});

describe('threats told as retaliation promised', () => {
  it.each([
    ['Russia said it would take countermeasures in response to Finland’s accession.', 'russia THREATENS finland'],
    ['Russia warned it would take retaliatory measures against Norway.', 'russia THREATENS norway'],
    ['The Kremlin said Russia would be obliged to adopt "counter-measures" against Sweden.', 'russia THREATENS sweden'],
    ['Iran said it would respond firmly to any attack by Israel.', 'iran THREATENS israel'],
    ['North Korea said it was ready to strike back if South Korea attacked.', 'north-korea THREATENS south-korea'],
    ['China reserves the right to take military action against Taiwan.', 'china THREATENS taiwan'],
    ['The Thai government is prepared to intensify its self-defence measures if Cambodia continues its attacks.', 'thailand THREATENS cambodia'],
    ['Serbia warned of serious consequences if Kosovo deployed police to the north.', 'serbia THREATENS kosovo'],
    ['Russia said it would not hesitate to use force against Ukraine.', 'russia THREATENS ukraine'],
  ])('reads "%s"', async (text, expected) => {
    expect(await supportedTriples(text)).toContain(expected);
  });

  it.each([
    'India said it would not retaliate against Pakistan.',
    'Analysts asked whether Iran would retaliate against Israel.',
    'Israel will take all necessary measures to protect its citizens.',
    'The EU will respond to the request from Ukraine next week.',
    'Turkey said it would take action if talks with Greece fail.',
  ])('finds no threat in "%s"', async (text) => {
    expect(of(await supportedTriples(text), 'THREATENS')).toEqual([]);
  });
});

describe('criticism of conduct, of a visit, and in a resolution', () => {
  it.each([
    ['Egypt strongly condemned the brutal aggression of Israel against Lebanon.', 'egypt CRITICIZES israel'],
    ['Poland denounced the provocations of Belarus on the border.', 'poland CRITICIZES belarus'],
    ['Ukraine denounced a trip by Prime Minister Narendra Modi to Beijing.', 'ukraine CRITICIZES narendra-modi'],
    ['Egypt’s foreign ministry said the drones hit a school in the north, and that it condemned the aggression of Israel.', 'egypt CRITICIZES israel'],
    ['The European Parliament passed a non-binding resolution saying Serbia’s recent election was not fair or free.', 'european-parliament CRITICIZES serbia'],
    ['France said Niger’s snap election—seen by many as a formality—was not free.', 'france CRITICIZES niger'],
  ])('reads "%s"', async (text, expected) => {
    expect(await supportedTriples(text)).toContain(expected);
  });

  it.each([
    ['France condemned the invasion of Ukraine.', 'ukraine'],
    ['Germany condemned the occupation of Crimea.', 'crimea'],
    ['Kyiv denounced a trip by Hungary’s prime minister to Beijing.', 'hungary'],
    ['Germany said Poland’s election was free and fair.', 'poland'],
  ])('criticises no victim or office owner in "%s"', async (text, notTarget) => {
    expect(of(await supportedTriples(text), 'CRITICIZES').filter((f) => f.endsWith(` ${notTarget}`))).toEqual([]);
  });

  it('reads a welcomed visit as no backing', async () => {
    expect(of(await supportedTriples('Kenya welcomed the visit by the Ethiopian prime minister.'), 'ENDORSES')).toEqual([]);
  });
});

describe('demands and appeals', () => {
  it.each([
    ['Kenya said Ethiopia needs to respect Somalia’s sovereignty.', 'kenya DEMANDS_OF ethiopia'],
    ['Kenya said Ethiopia has to withdraw its troops from Somalia.', 'kenya DEMANDS_OF ethiopia'],
    ['The European Union called on the authorities in Ghana to find the culprits.', 'european-union APPEALS_TO ghana'],
    ['The European Union and the United Nations condemned the killing and called on authorities in Ghana to find the culprits.', 'united-nations APPEALS_TO ghana'],
    ['Armenia in a televised statement on Monday accused Azerbaijan of ethnic cleansing.', 'armenia ACCUSES azerbaijan'],
  ])('reads "%s"', async (text, expected) => {
    expect(await supportedTriples(text)).toContain(expected);
  });

  it('reads no withdrawal in a demand to withdraw', async () => {
    expect(of(await supportedTriples('Kenya said Ethiopia has to withdraw its troops from Somalia.'), 'WITHDREW_FROM')).toEqual([]);
  });

  it('reads no demand in a need of the speaker itself', async () => {
    expect(of(await supportedTriples('Kenya said it needs to respect Somalia’s sovereignty.'), 'DEMANDS_OF')).toEqual([]);
  });
});
