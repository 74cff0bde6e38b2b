// Material support read as backing (eval/README.md rule 9: ENDORSES covers "backed" as material support):
// paying for, arming, or sending arms and money to a side (src/reading/patterns/verbs.ts, "07").
// Every sentence here is the team's own; none comes from an article.
import { readText as read, supportedTriples as triples } from '../fixtures/reading';

describe('material support', () => {
  it('reads paying for and arming a side as backing it', async () => {
    expect(await triples('Iran funds the Houthis, Western officials say.')).toContain('iran ENDORSES houthis');
    expect(await triples('Qatar armed the rebels in Libya, officials alleged.')).toContain('qatar ENDORSES rebels');
    expect(await triples('Hezbollah is financed by Iran.')).toContain('iran ENDORSES hezbollah');
  });

  it('reads arms and money sent to a side as backing it, however far the receiver comes', async () => {
    expect(await triples('Washington has provided more than $60 billion in military aid to Ukraine since 2022.')).toContain('united-states ENDORSES ukraine');
    expect(await triples('North Korea has shipped artillery shells to Russia, according to Seoul.')).toContain('north-korea ENDORSES russia');
    expect(await triples('Turkey sold drones to Ethiopia last year.')).toContain('turkey ENDORSES ethiopia');
    expect(await triples('China supplied Pakistan with fighter jets.')).toContain('china ENDORSES pakistan');
  });

  it('does not read relief, troops or hedged support as backing', async () => {
    expect(await triples('The European Union sent humanitarian aid to Gaza.')).not.toContain('european-union ENDORSES gaza-strip');
    expect((await triples('Russia sent troops to Ukraine in February 2022.')).filter((t) => t.includes('ENDORSES'))).toEqual([]);
    expect((await triples('Turkey may sell drones to Ethiopia next year.')).filter((t) => t.includes('ENDORSES'))).toEqual([]);
    expect((await triples('Iran denies funding the Houthis.')).filter((t) => t.includes('ENDORSES'))).toEqual([]);
  });
});

describe('forces sent to fight', () => {
  it('reads the sender as the one who fights, not the place the forces went', async () => {
    const t = await triples('Pyongyang has sent soldiers to Russia to fight against Ukraine.');
    expect(t).toContain('north-korea IN_CONFLICT_WITH ukraine');
    expect(t).not.toContain('russia IN_CONFLICT_WITH ukraine');
    expect(await triples('North Korea deployed about 11,000 troops to Russia to fight Ukrainian forces.')).toContain('north-korea IN_CONFLICT_WITH ukraine');
  });
});

describe('agreements and talks between two sides', () => {
  it('makes an agreement two sides sign an event of its own, which its broker mediates', async () => {
    const t = await triples('Armenia and Azerbaijan signed a peace agreement on Friday. The deal, brokered by Washington, ends decades of conflict.');
    expect(t).toEqual(expect.arrayContaining([
      'armenia PARTICIPATES_IN armenia-azerbaijan-peace-agreement', 'azerbaijan PARTICIPATES_IN armenia-azerbaijan-peace-agreement',
      'united-states MEDIATES armenia-azerbaijan-peace-agreement', 'armenia AGREES_WITH azerbaijan',
    ]));
  });

  it('prefers the agreement to the talks that led to it when the article speaks more of the agreement', async () => {
    const t = await triples('Chile and Peru agreed to restore relations after talks in Beijing. Brazil hailed the deal. Argentina welcomed the agreement.');
    expect(t).toEqual(expect.arrayContaining(['brazil ENDORSES chile-peru-agreement', 'argentina ENDORSES chile-peru-agreement']));
  });

  it('does not take the host of talks "between the two sides" for a side', async () => {
    const t = await triples('Thailand and Cambodia traded fire along the border. Malaysia hosted talks between the two sides on Monday.');
    expect(t).toEqual(expect.arrayContaining(['thailand NEGOTIATES cambodia', 'malaysia HOSTS thailand-cambodia-talks']));
    expect(t.filter((x) => x.startsWith('malaysia NEGOTIATES') || x.startsWith('malaysia PARTICIPATES_IN'))).toEqual([]);
  });

  it('reads rounds of talks held between two states as negotiation, and a courtesy call as none', async () => {
    expect(await triples('India and China have held more than 20 rounds of talks to ease tensions.')).toContain('india NEGOTIATES china');
    expect((await triples('Chile and Peru held talks on Monday.')).filter((x) => x.includes('NEGOTIATES'))).toEqual([]);
  });
});

describe('a capital addressed', () => {
  it('reads a capital called on or appealed to as its government, and one arrived in as the city', async () => {
    expect(await triples('Cairo called on Addis Ababa to sign a binding agreement.')).toContain('egypt APPEALS_TO ethiopia');
    expect(await triples('Chile appealed to Moscow to free the sailors.')).toContain('chile APPEALS_TO russia');
    expect(await triples('The Chilean delegation arrived in Moscow on Monday.')).not.toContain('chile VISITS russia');
  });
});

describe('what an act is done for is not its target', () => {
  it('stops the targets at "in solidarity with", "in support of", "on behalf of"', async () => {
    expect(await triples('Houthi rebels have attacked ships in the Red Sea in solidarity with Hamas.')).not.toContain('houthis STRUCK hamas');
    expect(await triples('The Houthis attacked a tanker in support of Hamas.')).not.toContain('houthis STRUCK hamas');
    expect(await triples('Israel struck Hezbollah in Lebanon in retaliation for rocket fire.')).toContain('israel STRUCK hezbollah');
  });

  it('reads a side past what it is said to be ("the paramilitary Rapid Support Forces")', async () => {
    expect(await triples('The Sudanese army has been at war with the paramilitary Rapid Support Forces since April 2023.'))
      .toEqual(expect.arrayContaining(['sudan IN_CONFLICT_WITH rapid-support-forces', 'rapid-support-forces IN_CONFLICT_WITH sudan']));
  });
});

describe('warrants, and titled people after a preposition', () => {
  it('reads an arrest warrant issued for someone as a charge against the person, not their country', async () => {
    const t = await triples('The ICC issued an arrest warrant for Russian President Vladimir Putin.');
    expect(t).toContain('international-criminal-court ACCUSES vladimir-putin');
    expect(t).not.toContain('international-criminal-court ACCUSES russia');
    expect(await triples('Chile appealed to Peruvian President Ana Ruiz to reopen the border.')).toContain('chile APPEALS_TO ana-ruiz');
  });

  it('does not take the place a participle follows for its subject', async () => {
    expect(await triples('South Africa filed a case at the International Court of Justice accusing Israel of genocide.'))
      .not.toContain('international-court-of-justice ACCUSES israel');
  });
});

describe('blocs founded and left', () => {
  it('reads founders of a body as its members, and "found" as finding', async () => {
    expect(await triples('Mali, Burkina Faso and Niger formed the Alliance of Sahel States last year.'))
      .toEqual(expect.arrayContaining(['mali MEMBER_OF alliance-of-sahel-states', 'niger MEMBER_OF alliance-of-sahel-states']));
    expect(await triples('Ana Ruiz founded the Civic Renewal Party in 2010.')).toContain('ana-ruiz MEMBER_OF civic-renewal-party');
    const found = await triples('Israel found Hamas responsible for the attack.');
    expect(found).toContain('israel ACCUSES hamas');
    expect(found).not.toContain('israel MEMBER_OF hamas');
  });

  it('reads a withdrawal announced with a manner word ("their immediate withdrawal")', async () => {
    expect(await triples('Mali, Burkina Faso and Niger announced their immediate withdrawal from ECOWAS.'))
      .toEqual(expect.arrayContaining(['mali WITHDREW_FROM ecowas', 'burkina-faso WITHDREW_FROM ecowas', 'niger WITHDREW_FROM ecowas']));
  });
});

describe('a war named by its place', () => {
  it('names the war after the one state the article shows striking the place\'s country', async () => {
    const x = await read('Russia launched 400 drones at Kyiv overnight. Russian missiles also struck Kharkiv. Talks to end the war in Ukraine have stalled.');
    expect(x.entities.map((e) => e.id)).toContain('russia-ukraine-war');
  });

  it('keeps the place\'s name when no single foreign state fights there', async () => {
    const x = await read('Saudi Arabia has fought the Houthis for years. The war in Yemen has killed thousands.');
    expect(x.entities.map((e) => e.id)).toContain('yemen-war');
  });
});

describe('arms sent to a capital', () => {
  it('reads arms sent to a capital as sent to its government, and disputes a denied supply', async () => {
    expect(await triples('Iran shipped missiles to Moscow last year.')).toContain('iran ENDORSES russia');
    const x = await read('Tehran denied that it had supplied drones to Moscow.');
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to} ${r.stance}`)).toContain('iran ENDORSES russia DISPUTES');
  });
});

describe('another accord signed in passing', () => {
  it('does not make a memorandum signed with a third party part of the article\'s agreement', async () => {
    const x = await read('Chile and Peru agreed to restore ties on Monday. '
      + 'The dispute began when Peru signed a memorandum with the breakaway region of Arica to lease a port.');
    const facts = x.relationships.map((r) => `${r.from} ${r.type} ${r.to} | ${r.quote}`);
    expect(facts.some((f) => f.startsWith('chile PARTICIPATES_IN chile-peru-agreement'))).toBe(true);
    expect(facts.filter((f) => f.includes('memorandum'))).toEqual([]);
  });
});

describe('an accord set apart', () => {
  it('keeps "a separate agreement between A and C" out of the article\'s A–B accord', async () => {
    const x = await read('Chile and the Andean Front signed a ceasefire declaration in Lima on Saturday. '
      + 'The deal, mediated by Qatar, follows a separate peace agreement between Chile and Peru signed in Quito last month.');
    const facts = x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(facts).toContain('qatar MEDIATES chile-andean-front-ceasefire');
    expect(facts.filter((f) => f.startsWith('peru PARTICIPATES_IN') || f.includes('LOCATED_IN quito'))).toEqual([]);
  });
});

describe('weapons that hit a place, and visits told with a pronoun', () => {
  it('reads a common object hit in a named place as a strike on the place', async () => {
    expect(await triples('A Russian missile struck a children\'s hospital in Kyiv on Monday.')).toContain('russia STRUCK kyiv');
    expect(await triples('Russian missiles struck a power plant near Kharkiv.')).toContain('russia STRUCK kharkiv');
  });

  it('reads "his first visit to Y" as a visit by the one person the sentence names before', async () => {
    expect(await triples('Narendra Modi made his first visit to Russia since 2019.')).toContain('narendra-modi VISITS russia');
    expect((await triples('Narendra Modi said Joe Biden made his visit to Russia in 2011.')).filter((t) => t.includes('VISITS'))).toEqual([]);
  });
});

describe('house arrest and suspended members', () => {
  it('reads "placed X under house arrest" as a detention, and "under pressure" as none', async () => {
    expect(await triples('Army officers in Gabon seized power and placed President Ali Bongo under house arrest.')).toContain('gabon DETAINS ali-bongo');
    expect((await triples('Russia placed Ukraine under pressure.')).filter((t) => t.includes('DETAINS'))).toEqual([]);
  });

  it('reads a body acting on a state\'s membership as the state\'s membership of it', async () => {
    expect(await triples('The African Union suspended Gabon\'s membership.')).toContain('gabon MEMBER_OF african-union');
    expect((await triples('Russia suspended Ukraine\'s membership.')).filter((t) => t.includes('MEMBER_OF'))).toEqual([]);
  });
});

describe('commitments restated', () => {
  it('reads "reaffirmed its commitment to defend Y" as a pledge, and a questioned or negated one as none', async () => {
    expect(await triples('The United States reaffirmed its commitment to defend the Philippines.')).toContain('united-states PLEDGED philippines');
    expect(await triples('Japan reiterated its ironclad commitment to supporting Ukraine.')).toContain('japan PLEDGED ukraine');
    expect((await triples('China questioned its commitment to defend the Philippines.')).filter((t) => t.includes('PLEDGED'))).toEqual([]);
    expect((await triples('France did not reaffirm its commitment to defend Mali.')).filter((t) => t.includes('PLEDGED'))).toEqual([]);
  });
});

// Round 3 (support, meetings and criticism): a call made by "calling up" someone, and a crowd named by its city
// ("Protesters in <City>") as the one who acts. Our own sentences.
describe('calls made by calling someone up', () => {
  it('reads "called up" a person as a call both ways', async () => {
    const t = await triples('Foreign Minister Ana Reyes called up Rafael Ruiz on Monday to discuss the border.');
    expect(t).toContain('ana-reyes MEETS_WITH rafael-ruiz');
    expect(t).toContain('rafael-ruiz MEETS_WITH ana-reyes');
    expect(await triples('Chilean President Gabriel Boric called up Javier Milei after the vote.')).toContain('gabriel-boric MEETS_WITH javier-milei');
  });

  it('does not read reservists or troops called up as a call', async () => {
    expect((await triples('Peru called up 5,000 reservists on Monday.')).filter((x) => x.includes('MEETS_WITH'))).toEqual([]);
    expect((await triples('Chile called up its reserves after the clash.')).filter((x) => x.includes('MEETS_WITH'))).toEqual([]);
    expect((await triples('Ana Reyes called on Rafael Ruiz to resign.')).filter((x) => x.includes('MEETS_WITH'))).toEqual([]);
  });
});

describe('a crowd named by its city acts', () => {
  it('reads "Protesters in <City>" at the head of a sentence as the actor', async () => {
    expect(await triples('Protesters in Lima denounced Rafael Ruiz on Sunday.')).toContain('lima-protesters CRITICIZES rafael-ruiz');
    expect(await triples('Demonstrators in Caracas condemned the government of Venezuela.')).toContain('caracas-protesters CRITICIZES venezuela');
  });

  it('still does not make the place the actor', async () => {
    const t = await triples('Protesters in Lima denounced Rafael Ruiz on Sunday.');
    expect(t).not.toContain('lima CRITICIZES rafael-ruiz');
    expect(t).not.toContain('peru CRITICIZES rafael-ruiz');
    expect((await triples('Fighting in Sudan has displaced millions of people.')).filter((x) => x.startsWith('sudan '))).toEqual([]);
  });
});

describe('an unnamed office-holder speaking of himself', () => {
  it('does not give "he" after "the defence chief said" to a person named earlier', async () => {
    expect((await triples('Rafael Ruiz was ousted on Monday. The defence chief has since said he supports Gabriel Boric.')).filter((x) => x.includes('ENDORSES'))).toEqual([]);
    expect((await triples('Rafael Ruiz was ousted on Monday. A military spokesman said he supported Gabriel Boric.')).filter((x) => x.includes('ENDORSES'))).toEqual([]);
  });

  it('still gives "he" to the named speaker or a leader described', async () => {
    expect(await triples('Rafael Ruiz was ousted on Monday. He said he backs Gabriel Boric.')).toContain('rafael-ruiz ENDORSES gabriel-boric');
    expect(await triples('Rafael Ruiz was ousted on Monday. The ousted president said he backs Gabriel Boric.')).toContain('rafael-ruiz ENDORSES gabriel-boric');
  });
});
