// Events, round 2: inaugurations, wars named by their place or told between their sides, summits named after their
// venue, accords named by region and subject, accession talks suspended by "the government".
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

const SWORN = 'Freedonia\'s opposition leader Ana Maria Ruiz was sworn in on Tuesday as the country\'s new president.';

describe('inaugurations as events', () => {
  it('reads those who attended an inauguration, by name, as taking part in it, and where it was held', async () => {
    const t = await triples(`${SWORN} The inauguration at the National Stadium in Nairobi was attended by several heads of state, including President Jorge Costa of Brazil, Ghana's President John Mahama, and United Nations Secretary-General Antonio Guterres.`);
    const event = t.find((x) => x.startsWith('jorge-costa PARTICIPATES_IN'))?.split(' ')[2] ?? '';
    expect(event).toMatch(/^ruiz-inauguration/);
    expect(t).toEqual(expect.arrayContaining([`john-mahama PARTICIPATES_IN ${event}`, `antonio-guterres PARTICIPATES_IN ${event}`, `${event} LOCATED_IN nairobi`]));
    // A body named in a guest's title is no guest.
    expect(t).not.toContain(`united-nations PARTICIPATES_IN ${event}`);
    expect(t).not.toContain(`ghana PARTICIPATES_IN ${event}`);
  });

  it('reads states "also present" right after the inauguration as taking part', async () => {
    const t = await triples(`${SWORN} The inauguration was attended by Kenyan President William Ruto. Delegations from the juntas of Mali, Niger and Burkina Faso were also present.`);
    expect(t.filter((x) => /^(mali|niger|burkina-faso) PARTICIPATES_IN ruiz-inauguration/.test(x))).toHaveLength(3);
  });

  it('reads attending a swearing-in named by its person', async () => {
    const t = await triples('Prime Minister Ana Ruiz attended the swearing-in of President Juan Perez in Lima on Sunday.');
    expect(t.some((x) => /^ana-ruiz PARTICIPATES_IN perez-inauguration/.test(x))).toBe(true);
    expect(t.some((x) => /^perez-inauguration\S* LOCATED_IN lima$/.test(x))).toBe(true);
  });

  it('reads nothing of an inauguration still to come, or of presence at other talks', async () => {
    expect((await triples('Ana Maria Ruiz is expected to be sworn in next week. Kenyan President William Ruto will attend the inauguration in Nairobi.')).filter((x) => x.includes('inauguration'))).toEqual([]);
    const t = await triples('Ana Maria Ruiz was sworn in as president on Monday. Delegates from France and Germany were also present at the talks in Paris.');
    expect(t.filter((x) => x.includes('inauguration'))).toEqual([]);
  });
});

describe('wars named by their place or their sides', () => {
  it('names a civil war between a state\'s army and a group by the state, placed where it broke out', async () => {
    const t = await triples('Sudan\'s army said on Tuesday it had repelled an attack by the Rapid Support Forces. Thousands have died in the war that began between the army and the Rapid Support Forces in the embattled capital Khartoum last year.');
    expect(t).toEqual(expect.arrayContaining(['sudan PARTICIPATES_IN sudan-war', 'rapid-support-forces PARTICIPATES_IN sudan-war', 'sudan-war LOCATED_IN khartoum']));
  });

  it('reads a war placed past describing words', async () => {
    expect(await triples('The militia once sided with federal soldiers during the civil war in the northern Tigray region.')).toContain('tigray-war LOCATED_IN tigray');
  });

  it('names the war in Ukraine for Russia when the article names Russia', async () => {
    expect(await triples('Finland joined NATO on Tuesday, angering Russia, a move prompted by the conflict in Ukraine.')).toContain('russia-ukraine-war LOCATED_IN ukraine');
    expect(await triples('Finland joined NATO on Tuesday, a move prompted by the conflict in Ukraine.')).toContain('ukraine-war LOCATED_IN ukraine');
  });

  it('does not make a war event of fighting between two states', async () => {
    const t = await triples('Markets fell as fighting between Israel and Iran continued for a third day.');
    expect(t.filter((x) => x.includes('PARTICIPATES_IN'))).toEqual([]);
  });
});

describe('summits named after their venue, and their owners', () => {
  it('names talks held in a town by the article\'s "<Town> Summit" and reads the two leaders\' meeting', async () => {
    const t = await triples('US President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday. This comes amid tensions between the two countries. It came months after the two leaders\' meeting in Geneva. The White House said they reviewed progress made at the Geneva Summit on climate.');
    expect(t).toEqual(expect.arrayContaining(['joe-biden PARTICIPATES_IN geneva-summit', 'xi-jinping PARTICIPATES_IN geneva-summit', 'geneva-summit LOCATED_IN geneva']));
  });

  it('keeps talks named by their venue when no summit is named so', async () => {
    expect(await triples('Russian President Vladimir Putin and US President Donald Trump met in Helsinki on Monday. Protesters gathered outside the Helsinki talks.')).toContain('helsinki-talks LOCATED_IN helsinki');
  });
});

describe('accords named by region and subject', () => {
  const ARTICLE = 'The Kremlin said on Monday the Caspian gas agreement was over. Russia had threatened for months to pull out of the gas deal. Moscow had previously suspended its participation in the deal in March. Kazakhstan has agreed to two extensions of the Caspian gas agreement since 2021.';

  it('reads leaving and extending the accord, not a threat to leave it', async () => {
    const t = await triples(ARTICLE);
    expect(t).toEqual(expect.arrayContaining(['russia WITHDREW_FROM caspian-gas-agreement', 'russia PARTICIPATES_IN caspian-gas-agreement', 'kazakhstan PARTICIPATES_IN caspian-gas-agreement']));
    expect(t).not.toContain('kazakhstan WITHDREW_FROM caspian-gas-agreement');
  });

  it('reads no accord named once without its subject alone, and a negated exit as none', async () => {
    expect((await triples('Russia quit the Caspian gas agreement on Monday.')).filter((x) => x.includes('caspian'))).toEqual([]);
    const t = await triples('The Caspian gas agreement was renewed. Turkmenistan did not withdraw from the gas deal.');
    expect(t).not.toContain('turkmenistan WITHDREW_FROM caspian-gas-agreement');
  });
});

describe('accession talks and agreements between two sides', () => {
  it('reads "the government" after a state\'s titled official as that state suspending accession talks', async () => {
    const t = await triples('Moldovan Prime Minister Ion Rusu announced that the government had frozen its talks on European Union accession.');
    expect(t).toContain('moldova WITHDREW_FROM moldova-eu-accession-talks');
  });

  it('reads an agreement between two sides as negotiation only when it is sought', async () => {
    expect((await triples('The text reflects an agreement between Armenia and Azerbaijan, Pashinyan wrote.')).filter((x) => x.includes('NEGOTIATES'))).toEqual([]);
    expect(await triples('Qatar is working to reach an agreement between Israel and Hamas.')).toContain('israel NEGOTIATES hamas');
  });
});

describe('meetings convened on a subject', () => {
  it('names the meeting by its subject; its chair mediates it, those attending or present take part', async () => {
    const t = await triples('Late on Monday, Mexican President Karl Berg chaired an emergency meeting on the formation of a national unity government. The session was attended by army chief General Omar Saleh and Foreign Minister Ana Ruiz. Delegates from Chile were also present.');
    expect(t).toEqual(expect.arrayContaining(['karl-berg MEDIATES unity-government-meeting', 'omar-saleh PARTICIPATES_IN unity-government-meeting', 'ana-ruiz PARTICIPATES_IN unity-government-meeting', 'chile PARTICIPATES_IN unity-government-meeting']));
  });

  it('reads a convener as the host, and nothing of a meeting still to be chaired', async () => {
    expect(await triples('Kenya convened a meeting on regional security in Nairobi on Friday.')).toContain('kenya HOSTS regional-security-meeting');
    expect((await triples('The prime minister will chair a meeting on border security next week. Officials from Chile were also present at the talks.')).filter((x) => x.includes('meeting'))).toEqual([]);
  });
});

describe('a coup reacted to in the passive, or named again as a takeover', () => {
  it.each([
    ['The coup in Peru was condemned by Chile.', 'chile CRITICIZES peru-coup'],
    ['Soldiers seized power in Peru in a coup in July. The coup was widely condemned by Chile and France.', 'france CRITICIZES peru-coup'],
    ['Soldiers seized power in Peru in a coup in July. The takeover was welcomed by Bolivia.', 'bolivia ENDORSES peru-coup'],
    ['Since the July coup in Peru, the junta has ruled by decree. Chile condemned the takeover.', 'chile CRITICIZES peru-coup'],
  ])('%s', async (text, fact) => {
    // No date in a test article: the coup's id carries no year.
    expect(await triples(text)).toContain(fact);
  });

  it.each([
    // Denied reactions are none.
    'Soldiers seized power in Peru in a coup in July. The coup was not condemned by Chile.',
    // A takeover in an article that never calls anything a coup is a company's, not a coup.
    'Peru’s state oil firm completed the takeover of a Chilean refinery. Chile condemned the takeover.',
  ])('is no reaction to a coup: %s', async (text) => {
    expect((await triples(text)).filter((f) => /coup/.test(f))).toEqual([]);
  });
});
