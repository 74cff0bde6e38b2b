// Step 1 of 5: rules meant for news the reader has not seen — titles of office worldwide, short forms, reading
// across sentences, blame in reported speech, talks and their parties. Every sentence here is the team's own.
import { type Extraction } from '../../src/reading';
import { readText as read, supportedTriples as facts } from '../fixtures/reading';

function triples(x: Extraction): string[] {
  return x.relationships.filter((r) => r.stance === 'SUPPORTS').map((r) => `${r.from} ${r.type} ${r.to}`).sort();
}

describe('titles of office worldwide', () => {
  it.each([
    ['Jordanian King Abdullah Hamdan said nothing.', 'abdullah-hamdan LEADS jordan'],
    ['Omani Sultan Haitham Tariq arrived in Muscat.', 'haitham-tariq LEADS oman'],
    ['Saudi Crown Prince Faisal Khalid spoke first.', 'faisal-khalid LEADS saudi-arabia'],
    ['German Chancellor Petra Lang met Italian Premier Marco Vitti.', 'petra-lang LEADS germany'],
    ['Qatar’s Emir Sheikh Nasser Fahad hosted the meeting.', 'nasser-fahad LEADS qatar'],
  ])('%s', async (text, fact) => {
    expect(triples(await read(text))).toContain(fact);
  });

  it('gives nothing for a president-elect or a former president', async () => {
    const x = await read('Freedonian President-elect Ana Ruiz and former Freedonian President Tomas Berg met.');
    expect(triples(x).filter((t) => t.includes(' LEADS '))).toEqual([]);
  });

  it('makes an organization’s ambassador its envoy, and a mayor the leader of the city', async () => {
    const x = await read('The European Union’s Ambassador to Chile Marta Solis met Lima Mayor Jorge Paz.');
    expect(triples(x)).toEqual(expect.arrayContaining(['marta-solis ENVOY_OF european-union', 'jorge-paz LEADS lima']));
  });

  it('reads a title set off by commas', async () => {
    const x = await read('Peru’s Foreign Minister, Jorge Paz, flew home.');
    expect(triples(x)).toContain('jorge-paz ENVOY_OF peru');
  });
});

describe('one person, one entity', () => {
  it('links "Sheikh <name>" to the full name the article gave before', async () => {
    const x = await read('Sheikh Nasser bin Fahad Al Kuwari arrived in Doha. Later, Sheikh Nasser praised Egypt.');
    const people = x.entities.filter((e) => e.kind === 'PERSON');
    expect(people.map((e) => e.id)).toEqual(['nasser-bin-fahad-al-kuwari']);
    expect(triples(x)).toContain('nasser-bin-fahad-al-kuwari ENDORSES egypt');
  });

  it('keeps a bracketed short name as the entity’s alias for the rest of the article', async () => {
    const x = await read('The Northern Liberation Front (NLF) attacked Mali. Later the NLF condemned Niger.');
    const front = x.entities.find((e) => e.name === 'Northern Liberation Front');
    expect(front?.aliases).toContain('NLF');
    expect(triples(x)).toContain(`${front?.id} CRITICIZES niger`);
  });

  it('never keeps a description as an alias', async () => {
    const x = await read('Talks between Chile and Peru resumed in Lima. The talks stalled. Peace negotiations followed.');
    for (const e of x.entities) for (const a of e.aliases) expect(a).toMatch(/^\p{Lu}/u);
    expect(x.entities.flatMap((e) => e.aliases)).not.toEqual(expect.arrayContaining(['The talks', 'Talks', 'Peace negotiations']));
  });
});

describe('across sentences', () => {
  it('reads "he", "the group" and "the kingdom" as the nearest entity of their kind', async () => {
    const x = await read('Chile rejected the offer. The group accused Peru of stalling. Jordan hosted the talks. The kingdom also condemned Syria. President Ana Ruiz of Peru spoke. He urged Bolivia to wait.');
    expect(triples(x)).toEqual(expect.arrayContaining(['jordan CRITICIZES syria', 'ana-ruiz APPEALS_TO bolivia']));
  });

  it('resolves "the <state> president" to the one person the article showed leading it', async () => {
    const x = await read('Chilean President Ana Ruiz arrived in Lima. The Chilean president met Peru’s foreign minister.');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.id)).toEqual(['ana-ruiz']);
  });

  it.each([
    ['Chilean Prime Minister Ana Ruiz flew to Lima. Peru praised Chile’s prime minister.', 'peru ENDORSES ana-ruiz'],
    ['Prime Minister Ana Ruiz of Chile flew to Lima. The Chilean prime minister accused Peru of meddling.', 'ana-ruiz ACCUSES peru'],
    ['President Marco Diaz of Chile spoke on Monday. The Chilean head of state accused Peru of meddling.', 'marco-diaz ACCUSES peru'],
  ])('resolves an office of more words ("prime minister", "head of state") to the one person shown holding it: %s', async (text, fact) => {
    expect(triples(await read(text))).toContain(fact);
  });

  it('leaves "<state>’s prime minister" to the state when two people lead it, or none was named', async () => {
    const two = triples(await read('Prime Minister Ana Ruiz of Chile and President Marco Diaz of Chile spoke. Chile’s prime minister criticized Peru.'));
    expect(two).toContain('chile CRITICIZES peru');
    expect(two.filter((t) => t.endsWith('CRITICIZES peru'))).toHaveLength(1);
    expect(triples(await read('Chile’s prime minister criticized Peru.'))).toEqual(['chile CRITICIZES peru']);
  });

  it.each([
    ['The Houthis fired missiles at a ship. The Yemeni rebels said they targeted Israel.', 'houthis STRUCK israel', 'yemen STRUCK israel'],
    ['Hezbollah fired rockets at Israel. The Iran-backed militant group said it struck Haifa.', 'hezbollah STRUCK haifa', 'iran STRUCK haifa'],
  ])('resolves a body described by its owner or backer to the one named before: %s', async (text, fact, not) => {
    const facts = triples(await read(text));
    expect(facts).toContain(fact);
    expect(facts).not.toContain(not);
  });

  it('keeps the demonym’s state when no body was named before ("the Yemeni rebels" alone)', async () => {
    expect(triples(await read('The Yemeni rebels said they targeted Israel.'))).toEqual(['yemen STRUCK israel']);
  });

  it.each([
    ['Peru expelled Chile’s ambassador. Santiago responded by expelling Peru’s envoy.', 'chile SANCTIONS peru'],
    ['Peru expelled Chile’s ambassador. Chile retaliated by expelling Peru’s envoy.', 'chile SANCTIONS peru'],
  ])('gives the means of a response ("responded by expelling") the response’s subject: %s', async (text, fact) => {
    expect(triples(await read(text))).toContain(fact);
  });

  it('does not read a response that did not happen', async () => {
    expect(triples(await read('Chile did not respond by expelling Peru’s envoy.'))).toEqual([]);
  });

  it.each([
    ['Peru warned that it would strike Chile if attacked.', 'peru THREATENS chile'],
    ['Iran vowed it will attack Israel.', 'iran THREATENS israel'],
  ])('reads a hostile act the speaker warns or vows it will do as a threat: %s', async (text, fact) => {
    expect(triples(await read(text))).toContain(fact);
  });

  it.each([
    'Peru warned that it would not attack Chile.',
    'Peru did not warn that it would strike Chile.',
  ])('reads no threat when the act or the warning is negated: %s', async (text) => {
    expect(triples(await read(text)).filter((t) => t.includes('THREATENS'))).toEqual([]);
  });

  it('does not resolve a description with no antecedent', async () => {
    const x = await read('The group accused Peru of stalling.');
    expect(triples(x)).toEqual([]);
  });
});

describe('what news says in other words', () => {
  it('reads blame told in reported speech as an accusation', async () => {
    const x = await read('Chile’s foreign ministry said on Monday that Peru had violated the truce. Bolivia said Peru was not acting in good faith.');
    expect(triples(x)).toEqual(expect.arrayContaining(['chile ACCUSES peru', 'bolivia ACCUSES peru']));
  });

  it('reads blame inside a quotation as the accusation of the speaker named after it', async () => {
    const x = await read('“We are leaving the talks. Peru is plainly not acting in good faith,” Chilean President Ana Ruiz said on Monday.');
    expect(triples(x)).toContain('ana-ruiz ACCUSES peru');
    const quote = x.relationships.find((r) => r.type === 'ACCUSES')?.quote;
    expect(quote).toBe('Peru is plainly not acting in good faith');
  });

  it.each([
    ['Chile is violating the ceasefire, Peru said.', 'peru ACCUSES chile'],
    ['Chile was to blame for the violence, according to Peru.', 'peru ACCUSES chile'],
    ['Chile has repeatedly violated the truce, Peru’s foreign ministry said on Monday.', 'peru ACCUSES chile'],
    ['Chile is violating the ceasefire, said Peru.', 'peru ACCUSES chile'],
  ])('reads blame told first and attributed after a comma: %s', async (text, fact) => {
    expect(triples(await read(text))).toContain(fact);
  });

  it.each([
    'Chile met Peru in Lima, Bolivia said.',
    'Chile is to blame, Peru said, but Bolivia disagreed.',
    'Chile violated the truce, and Peru responded, officials said.',
  ])('reads no trailing blame without a blame word, with more said after the attribution, or with no named speaker: %s', async (text) => {
    expect(triples(await read(text)).filter((t) => t.includes('ACCUSES'))).toEqual([]);
  });

  it.each([
    ['Peru’s foreign ministry, in a statement released on Monday evening, condemned Chile.', 'peru CRITICIZES chile'],
    ['The Peruvian foreign ministry, in a statement on Monday, condemned Chile.', 'peru CRITICIZES chile'],
    ['Peru’s military, citing intelligence reports, struck Chile.', 'peru STRUCK chile'],
  ])('reads the owner of a body as the subject across an aside set off by commas: %s', async (text, fact) => {
    expect(triples(await read(text))).toContain(fact);
  });

  it.each([
    ['Peru, Bolivia’s neighbour and long-time ally, condemned Chile.', 'peru CRITICIZES chile'],
    ['Chile, Peru’s rival, criticized Bolivia.', 'chile CRITICIZES bolivia'],
  ])('reads the subject across an apposition owned by a name: %s', async (text, fact) => {
    const facts = triples(await read(text));
    expect(facts).toContain(fact);
    expect(facts.filter((f) => f.includes('CRITICIZES'))).toHaveLength(1);
  });

  it('does not make the owner of a plain noun the subject across an aside', async () => {
    expect(triples(await read('Peru’s decision, announced on Monday, angered Chile.'))).toEqual([]);
  });

  it.each([
    ['Peru has been sharply critical of Chile.', 'peru CRITICIZES chile'],
    ['Peru, long critical of Chile, voted against the plan.', 'peru CRITICIZES chile'],
    ['Peru is one of the founding members of NATO.', 'peru MEMBER_OF nato'],
    ['Peru is among the members of the African Union.', 'peru MEMBER_OF african-union'],
  ])('reads criticism told as an adjective and membership as "one of the members": %s', async (text, fact) => {
    expect(triples(await read(text))).toContain(fact);
  });

  it('reads no criticism when being critical is negated', async () => {
    expect(triples(await read('Peru is not critical of Chile.'))).toEqual([]);
  });

  it('does not read plain reported speech as blame', async () => {
    const x = await read('Chile said Peru would attend the summit.');
    expect(triples(x).filter((t) => t.includes('ACCUSES'))).toEqual([]);
  });

  it('reads resumed peace talks as negotiation between the sides, who take part in the talks', async () => {
    const x = await read('The Chilean government and the leftist Northern Liberation Front (NLF) rebel group resumed peace talks in Lima on Monday.');
    const front = x.entities.find((e) => e.name === 'Northern Liberation Front')?.id;
    expect(triples(x)).toEqual(expect.arrayContaining([`chile NEGOTIATES ${front}`, `${front} NEGOTIATES chile`]));
    expect(triples(x).filter((t) => t.includes('PARTICIPATES_IN'))).toHaveLength(2);
  });

  it('reads efforts by third states to secure a truce as mediation, not the sides', async () => {
    const x = await read('Talks went on in Lima, with Brazil, Argentina, and Mexico working to secure a truce between Chile and Peru.');
    const mediators = triples(x).filter((t) => t.includes(' MEDIATES ')).map((t) => t.split(' ')[0]);
    expect(mediators.sort()).toEqual(['argentina', 'brazil', 'mexico']);
  });

  it('reads an invasion and a war waged by one side on another as conflict', async () => {
    const x = await read('Ruritania’s invasion of Borduria began in May. Chile condemned the Peruvian war in Bolivia.');
    expect(triples(x)).toEqual(expect.arrayContaining(['peru IN_CONFLICT_WITH bolivia', 'bolivia IN_CONFLICT_WITH peru']));
  });

  it('reads drones launched at a city as a strike', async () => {
    expect(triples(await read('Overnight, Peru launched 40 drones at Santiago.'))).toContain('peru STRUCK santiago');
  });

  it('makes unnamed collectives GROUP entities, a demonym part of their name', async () => {
    const x = await read('The rebels released Chilean hostages on Friday. Human rights groups accused Peru of abuses.');
    expect(x.entities.find((e) => e.id === 'chilean-hostages')?.kind).toBe('GROUP');
    expect(x.entities.map((e) => e.id)).not.toContain('chile');
    expect(triples(x)).toContain('human-rights-groups ACCUSES peru');
  });

  it('reads visits told without a verb of travel, and presence for a purpose', async () => {
    const x = await read('President Ana Ruiz, on a state visit to Lima, met the press. The Chilean team has been in Peru since June. Peru is in talks.');
    expect(triples(x)).toEqual(expect.arrayContaining(['ana-ruiz VISITS lima', 'chile VISITS peru']));
    expect(triples(x).filter((t) => t.startsWith('peru VISITS'))).toEqual([]);
  });

  it('reads buildings as places, not actors', async () => {
    const x = await read('Trump warned Iran from the Oval Office.');
    expect(x.entities.find((e) => e.name === 'Oval Office')?.kind).toBe('PLACE');
    expect(triples(x).filter((t) => t.startsWith('oval-office'))).toEqual([]);
  });
});

describe('a capitalised office with its portfolio after "of", set off by commas', () => {
  it.each([
    ['Peru’s Secretary of State, Marco Tellez, criticized Bolivia.', 'marco-tellez ENVOY_OF peru'],
    ['The Peruvian Minister of Defence, Marco Tellez, criticized Bolivia.', 'marco-tellez ENVOY_OF peru'],
    ['Peru’s Minister of Foreign Affairs, Marco Tellez, criticized Bolivia.', 'marco-tellez ENVOY_OF peru'],
    // A given name the reader has no list for: the office alone makes the name a person's.
    ['The Chilean Secretary of Defense, Tavo Quenta, criticized Bolivia.', 'tavo-quenta ENVOY_OF chile'],
  ])('names its holder: %s', async (text, fact) => {
    const found = await facts(text);
    expect(found).toContain(fact);
    expect(found.some((f) => / CRITICIZES bolivia$/.test(f) && f.startsWith(fact.split(' ')[0] ?? ''))).toBe(true);
  });

  it.each([
    // The portfolio is a state, not an office word: the existing "of <principal>" reading decides, not this one.
    'The President of Peru, Marco Tellez, criticized Bolivia.',
    // No name between the commas.
    'Peru’s Minister of Defence, in a statement, criticized Bolivia.',
  ])('adds no envoy from the portfolio rule: %s', async (text) => {
    expect((await facts(text)).filter((f) => / ENVOY_OF /.test(f))).toEqual([]);
  });
});

describe('a civic body named after a region or city', () => {
  it.each([
    ['The Loma Verde Bar Association condemned the arrests by Bolivian police.', 'loma-verde-bar-association CRITICIZES bolivia'],
    ['The Oruro Regional Council accused Bolivia of neglect.', 'oruro-regional-council ACCUSES bolivia'],
  ])('is one organization, not the place and a remainder: %s', async (text, fact) => {
    expect(await facts(text)).toContain(fact);
  });

  it('leaves the place itself a place where no body follows', async () => {
    const x = await read('Rebels attacked the Oruro region, the Oruro Regional Council said.');
    expect(x.entities.find((e) => e.id === 'oruro')?.kind).toBe('PLACE');
    expect(x.entities.find((e) => e.id === 'oruro-regional-council')?.kind).toBe('ORGANIZATION');
  });
});
