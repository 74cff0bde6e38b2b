// Entities and structural facts: places named by the words around them, leaders and members told by verbs and
// prepositions, where places and collectives lie. Every sentence here is the team's own; none comes from an article.
import { type Extraction } from '../../src/reading';
import { readText as read, supportedTriples } from '../fixtures/reading';

function triples(x: Extraction): string[] {
  return x.relationships.filter((r) => r.stance === 'SUPPORTS').map((r) => `${r.from} ${r.type} ${r.to}`).sort();
}

function entity(x: Extraction, id: string): { kind: string; name: string; aliases: string[] } | undefined {
  return x.entities.find((e) => e.id === id);
}

describe('places the data does not know', () => {
  it('names a region by the name before "province" or "region", without the descriptor as an alias', async () => {
    const x = await read('Troops entered Arvania province on Monday. Shelling hit the Morlak region overnight.');
    expect(entity(x, 'arvania')).toMatchObject({ kind: 'PLACE', name: 'Arvania', aliases: [] });
    expect(entity(x, 'morlak')?.kind).toBe('PLACE');
  });

  it('reads "X state" and "X air base" as places', async () => {
    const x = await read('Fighting spread in northern Kalin state. A drone hit the Tovar air base.');
    expect(entity(x, 'kalin-state')?.kind).toBe('PLACE');
    expect(entity(x, 'tovar-air-base')?.kind).toBe('PLACE');
  });

  it('makes each name of a list before "regions" a place, and each lies in the state after "of"', async () => {
    const x = await read('Russia claims the Arvania, Morlak and Tesin regions of eastern Ukraine.');
    expect(triples(x)).toEqual(expect.arrayContaining(['arvania LOCATED_IN ukraine', 'morlak LOCATED_IN ukraine', 'tesin LOCATED_IN ukraine']));
  });

  it('reads "the village of X" and a name after "<place> in" as places', async () => {
    const x = await read('Gunmen stormed a church in the village of Dolna. The jet landed at the Tovar air base in Upper Kalin.');
    expect(entity(x, 'dolna')?.kind).toBe('PLACE');
    expect(triples(x)).toContain('tovar-air-base LOCATED_IN upper-kalin');
  });

  it('places a city in the state named after a comma, but not inside a list of names', async () => {
    const x = await read('Clashes broke out in Dolna, Serbia, on Sunday.');
    expect(triples(x)).toContain('dolna LOCATED_IN serbia');
    const list = await read('Envoys from Kenya, Serbia and Chile met in Nairobi.');
    expect(triples(list).filter((t) => t.includes('LOCATED_IN'))).toEqual([]);
  });

  it('does not make a demonym before "state" a place', async () => {
    const x = await read('He spoke of a future Palestinian state.');
    expect(x.entities.filter((e) => e.kind === 'PLACE')).toEqual([]);
  });
});

describe('where collectives are', () => {
  it('puts protesters in the city named with them', async () => {
    const x = await read('In the capital, Tbilisi, thousands of protesters blocked a bridge.');
    expect(triples(x)).toContain('tbilisi-protesters LOCATED_IN tbilisi');
    const y = await read('Police dispersed protesters in Tbilisi.');
    expect(triples(y)).toContain('tbilisi-protesters LOCATED_IN tbilisi');
  });

  it('does not put a collective in a country ("gangs in Haiti" is where they act, not a place fact)', async () => {
    const x = await read('Police fought criminal gangs in Haiti.');
    expect(triples(x).filter((t) => t.includes('LOCATED_IN'))).toEqual([]);
  });
});

describe('leaders and members told without a title', () => {
  it('reads "X heads the Y" and "X, who leads the Y," as LEADS', async () => {
    const x = await read('Li Wei heads the Northern Alliance.');
    expect(triples(x)).toContain('li-wei LEADS northern-alliance');
    const y = await read('Ana Ruiz, who leads the Unity Front, spoke on Monday.');
    expect(triples(y)).toContain('ana-ruiz LEADS unity-front');
  });

  it('reads "the Y, led by X," as LEADS, but a delegation led by X stays an envoy', async () => {
    const x = await read('The Unity Front, led by Ana Ruiz, won the vote.');
    expect(triples(x)).toContain('ana-ruiz LEADS unity-front');
    const y = await read('A Kenyan delegation led by Foreign Minister Jo Marsh arrived.');
    expect(triples(y)).not.toContain('jo-marsh LEADS kenya');
  });

  it('reads "X was elected head of the Y" as LEADS, and not when the vote is only expected', async () => {
    const x = await read('Jo Marsh was elected head of the Unity Front on Friday.');
    expect(triples(x)).toContain('jo-marsh LEADS unity-front');
    const y = await read('Jo Marsh could be elected head of the Unity Front.');
    expect(triples(y)).not.toContain('jo-marsh LEADS unity-front');
  });

  it('reads "X of the Y Party" as MEMBER_OF the party', async () => {
    const x = await read('Tom Bell of the Freedom Party said the vote was rigged.');
    expect(triples(x)).toContain('tom-bell MEMBER_OF freedom-party');
  });
});

describe('titles of organizations no data knows', () => {
  it('reads "<Name> Party leader X" and "X, the leader of the <Name> Front" as LEADS', async () => {
    const x = await read('Freedom Party leader Jo Marsh spoke first. Ana Ruiz, the leader of the Unity Front, said on Monday that talks failed.');
    expect(triples(x)).toEqual(expect.arrayContaining(['jo-marsh LEADS freedom-party', 'ana-ruiz LEADS unity-front']));
  });

  it('reads "X, a member of the <Name> Alliance" as MEMBER_OF, and a state body stays the state', async () => {
    const x = await read('Tom Bell, a member of the Coastal Alliance, agreed. The Chilean Army spokesman Jo Diaz said.');
    expect(triples(x)).toEqual(expect.arrayContaining(['tom-bell MEMBER_OF coastal-alliance', 'jo-diaz ENVOY_OF chile']));
    expect(x.entities.some((e) => e.name === 'Chilean Army')).toBe(false);
  });

  it('reads "The head of the <Name> Mission (ABC), X" as LEADS, and the short name names the mission later', async () => {
    const x = await read('The head of the Coastal Support Mission (CSM), Ali Omar, attended. Officials praised the CSM operations.');
    expect(triples(x)).toContain('ali-omar LEADS coastal-support-mission');
    expect(entity(x, 'coastal-support-mission')?.aliases).toContain('CSM');
  });

  it('reads a lower-case title after a state’s possessive and before a comma ("Peru’s new president, X")', async () => {
    const x = await read('Peru’s new president, Ana Ruiz, met the envoys.');
    expect(triples(x)).toContain('ana-ruiz LEADS peru');
  });
});

describe('parties', () => {
  it('names a party by the words before a lower-case "party", not a demonym alone', async () => {
    const x = await read('Ana Ruiz of the ruling Harmony party spoke. The Chilean party split.');
    expect(entity(x, 'harmony')?.kind).toBe('ORGANIZATION');
    expect(triples(x)).toContain('ana-ruiz MEMBER_OF harmony');
    expect(x.entities.filter((e) => e.kind === 'ORGANIZATION')).toHaveLength(1);
  });

  it('makes "X’s party" the party the article named, X its member, and the party the actor', async () => {
    const x = await read('Prime Minister Jo Marsh leads the Harmony party. On Friday, Marsh’s party accused Chile of meddling.');
    expect(triples(x)).toEqual(expect.arrayContaining(['jo-marsh MEMBER_OF harmony', 'harmony ACCUSES chile']));
  });

  it('reads "X, leader of the opposition <Name> bloc" as LEADS', async () => {
    const x = await read('Tom Bell, leader of the opposition Dawn bloc, said the vote was rigged.');
    expect(triples(x)).toContain('tom-bell LEADS dawn');
  });
});

describe('places after a preposition', () => {
  it('makes an unknown name after "in" a place, but not a surname the article gave nor a possessive', async () => {
    const x = await read('Fighting raged in Varnok on Friday.');
    expect(entity(x, 'varnok')?.kind).toBe('PLACE');
    const y = await read('President Ana Ruiz spoke. Trust in Ruiz fell. Interest in Marsh’s plan grew.');
    expect(x.entities.length + y.entities.filter((e) => e.kind === 'PLACE').length).toBe(1);
  });
});

describe('collectives named by a modifier', () => {
  it('makes "Western powers", "student protest leaders" and "commercial shipping" groups, but "Israeli leaders" the state', async () => {
    const x = await read('Western powers urged calm. Student protest leaders met. Israeli leaders refused. Rebels attacked commercial shipping.');
    const groups = x.entities.filter((e) => e.kind === 'GROUP').map((e) => e.name);
    expect(groups).toEqual(expect.arrayContaining(['Western powers', 'Student protest leaders', 'Commercial shipping']));
    expect(groups.some((g) => g.includes('Israeli'))).toBe(false);
  });

  it('names "an alliance of ethnic armed groups" as the alliance', async () => {
    const x = await read('An alliance of ethnic armed groups seized the town.');
    expect(x.entities.some((e) => e.kind === 'GROUP' && e.name === 'Alliance of ethnic armed groups')).toBe(true);
  });

  it('does not make a capitalised word opening a sentence a party ("Opposition party members")', async () => {
    const x = await read('Opposition party members said the count was rigged.');
    expect(x.entities.filter((e) => e.kind === 'ORGANIZATION')).toEqual([]);
  });

  it('does not strike a sea where shipping was attacked', async () => {
    const x = await read('The Houthis again launched attacks on commercial shipping across the Red Sea.');
    expect(triples(x)).toContain('houthis STRUCK commercial-shipping');
    expect(triples(x).some((t) => t.includes('red-sea'))).toBe(false);
  });
});

describe('officials placed by the article', () => {
  it('makes a government official titled without a state the envoy of the article’s own state', async () => {
    const x = await read('Chile and the rebels resumed talks. Chile said the talks were useful. Chile thanked the hosts. Chief government delegate Ana Ruiz said a truce was near.');
    expect(triples(x)).toContain('ana-ruiz ENVOY_OF chile');
  });

  it('places "Prime Minister X" in the one state the article names the office of ("the Prime Minister of Kosovo")', async () => {
    const x = await read('Prime Minister Ana Ruiz said that Serbia was to blame. “It is a hard day,” said the Prime Minister of Kosovo.');
    expect(triples(x)).toContain('ana-ruiz LEADS kosovo');
  });

  it('does not place the prime minister when the article names the office of two states', async () => {
    const x = await read('Prime Minister Ana Ruiz said Serbia was to blame. The Prime Minister of Kosovo and the Prime Minister of Serbia met.');
    expect(triples(x).filter((t) => t.startsWith('ana-ruiz LEADS'))).toEqual([]);
  });
});

describe('bodies of a state', () => {
  it('reads a state’s lower-case coast guard as its Coast Guard, a member of the state, with no descriptive alias', async () => {
    const x = await read('On Monday, Chile’s coast guard said it expelled the boats.');
    expect(triples(x)).toContain('chile-coast-guard MEMBER_OF chile');
    expect(entity(x, 'chile-coast-guard')?.aliases).toEqual([]);
  });

  it('makes an organization a state’s government includes its member', async () => {
    const x = await read('Chile’s government, which includes the Green Party, approved the deal.');
    expect(triples(x)).toContain('green-party MEMBER_OF chile');
  });
});

describe('more forms of place and office', () => {
  it('places a name in the side of a state ("Varnok in northeastern Ukraine") and a city described as a capital', async () => {
    const x = await read('Shelling hit Varnok in northeastern Ukraine. Tbilisi, the capital of Georgia, was calm.');
    expect(triples(x)).toEqual(expect.arrayContaining(['varnok LOCATED_IN ukraine', 'tbilisi LOCATED_IN georgia']));
  });

  it('places an organization "based" in a city', async () => {
    const x = await read('The Beirut-based Hezbollah said it fired rockets.');
    expect(triples(x)).toContain('hezbollah LOCATED_IN beirut');
  });

  it('reads "X’s <demonym-glued> Party of …" and "X, from the Y Party" as MEMBER_OF', async () => {
    const x = await read('President Ana Ruiz spoke. Ruiz’s pro-European Party of Renewal won the vote. Tom Bell, from the Freedom Party, spoke.');
    expect(triples(x)).toEqual(expect.arrayContaining(['ana-ruiz MEMBER_OF party-of-renewal', 'tom-bell MEMBER_OF freedom-party']));
  });

  it('reads a company’s chief executive and "X became the leader of Y" as LEADS', async () => {
    const x = await read('Gulf Oil CEO Jo Marsh said. Li Wei became the leader of the Unity Front.');
    expect(triples(x)).toEqual(expect.arrayContaining(['jo-marsh LEADS gulf-oil', 'li-wei LEADS unity-front']));
  });
});

describe('names the article introduced', () => {
  it('finds a place or party again by its bare name after the article introduced it with a cue', async () => {
    const x = await read('Fighting raged in Varnok on Friday. The rebels shelled Varnok again. Members of the ruling Harmony party met. Later, Harmony accused Chile of meddling.');
    expect(entity(x, 'varnok')?.kind).toBe('PLACE');
    expect(x.entities.find((e) => e.id === 'varnok')).toBeDefined();
    expect(triples(x)).toContain('harmony ACCUSES chile');
  });
});

describe('the larger cities of the world are places in their country (data/cities.json)', () => {
  it('"shelled Kharkiv", "bombed Lahore": a city that is no capital is still the place struck', async () => {
    expect(await supportedTriples('Russian forces shelled Kharkiv overnight.')).toContain('russia STRUCK kharkiv');
    const x = await read('India bombed Lahore, Pakistani officials said.');
    expect(x.entities.find((e) => e.id === 'lahore')?.kind).toBe('PLACE');
  });

  it('a name that is also a surname stays a person\'s: "Austin" is no city here', async () => {
    const x = await read('Defense Secretary Lloyd Austin met Israeli officials. Austin said the talks went well.');
    expect(x.entities.filter((e) => e.kind === 'PLACE').map((e) => e.name)).not.toContain('Austin');
  });
});
