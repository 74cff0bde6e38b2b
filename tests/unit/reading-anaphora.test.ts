// Reference across sentences (src/reading/anaphora.ts, titleReferences.ts, pairs.ts): descriptions of a kind of
// state, the subject a pronoun takes, sentence-initial "It", numbered groups of states and offices named alone.
// Every sentence here is the team's own; none comes from an article.
import { readText as read, supportedTriples as triples } from '../fixtures/reading';

describe('descriptions of a kind of state', () => {
  it('reads "the kingdom" as the monarchy named before, not the republic named last', async () => {
    const facts = await triples('Morocco received the Egyptian foreign minister on Monday. The kingdom imposed sanctions on Iran on Tuesday.');
    expect(facts).toContain('morocco SANCTIONS iran');
    expect(facts).not.toContain('egypt SANCTIONS iran');
  });

  it('reads "the kingdom" as no one when only republics were named', async () => {
    const facts = await triples('Egypt hosted Tunisian officials in Cairo. The kingdom later condemned Israel.');
    expect(facts.filter((f) => f.includes('CRITICIZES'))).toEqual([]);
  });

  it('reads "the emirate" and "the island nation" as a state of that kind', async () => {
    expect(await triples('Qatar received a Sudanese delegation. The emirate urged the RSF to stop the shelling.')).toContain('qatar APPEALS_TO rapid-support-forces');
    expect(await triples('Sri Lanka welcomed the Indian navy chief. The island nation criticised China over its research ships.')).toContain('sri-lanka CRITICIZES china');
  });

  it('reads "the Islamic Republic" as Iran', async () => {
    expect(await triples('Washington tightened its oil embargo on Tehran. The Islamic Republic accused the United States of piracy.')).toContain('iran ACCUSES united-states');
  });

  it('does not read a hedged or negated act told of "the kingdom"', async () => {
    expect((await triples('Jordan condemned the raid. The kingdom may impose sanctions on Israel.')).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
    expect((await triples('Jordan condemned the raid. The kingdom did not impose sanctions on Israel.')).filter((f) => f.includes('SANCTIONS'))).toEqual([]);
  });
});

describe('the subject a reference takes', () => {
  it('reads "he" after a meeting of two men as the one who met, the sentence before’s subject', async () => {
    const facts = await triples('Narendra Modi met Vladimir Putin in Moscow on Tuesday. He praised Russia for its support.');
    expect(facts).toContain('narendra-modi ENDORSES russia');
    expect(facts).not.toContain('vladimir-putin ENDORSES russia');
  });

  it('reads "the country" as the state that acted, not the place it struck', async () => {
    const facts = await triples('Russia launched drones at Kyiv overnight. The country also accused Poland of arming Ukraine.');
    expect(facts).toContain('russia ACCUSES poland');
    expect(facts).not.toContain('ukraine ACCUSES poland');
  });

  it('reads a description as no one when it is not the subject and several states fit', async () => {
    const facts = await triples('Spain and Italy condemned the coup in Gabon. Both nations urged the junta to release the president.');
    expect(facts).not.toContain('italy APPEALS_TO spain');
    expect(facts).not.toContain('spain APPEALS_TO italy');
  });
});

describe('sentence-initial "It"', () => {
  it('reads "It" as the state or body the sentence before was about', async () => {
    expect(await triples('Nicaragua expelled the Spanish ambassador. It accused Madrid of meddling.')).toContain('nicaragua ACCUSES spain');
    expect(await triples('Hezbollah rejected the plan. It accused Israel of violating the truce.')).toContain('hezbollah ACCUSES israel');
  });

  it('reads "It" on from a subject a description named', async () => {
    expect(await triples('Hezbollah buried its commander on Friday. The group accused Israel of breaking the truce. It also urged Lebanon to act.')).toContain('hezbollah APPEALS_TO lebanon');
  });

  it('reads no one for "It" after a joined subject: two actors are "they"', async () => {
    expect((await triples('Turkey and Iraq signed a water accord. It criticised Syria over the dams.')).filter((f) => f.includes('CRITICIZES'))).toEqual([]);
  });

  it('reads no one for "It is" and after a person', async () => {
    expect((await triples('Iran fired missiles. It is not clear whether Israel struck back.')).filter((f) => f.startsWith('iran STRUCK israel'))).toEqual([]);
    expect((await triples('Emmanuel Macron arrived in Algiers. It accused Morocco of spying.')).filter((f) => f.includes('ACCUSES'))).toEqual([]);
  });
});

describe('groups of states named by number', () => {
  it('reads "the three countries" as the three states listed together before', async () => {
    const facts = await triples('Estonia, Latvia and Lithuania closed their borders. The three countries accused Belarus of staging provocations.');
    expect(facts).toEqual(expect.arrayContaining(['estonia ACCUSES belarus', 'latvia ACCUSES belarus', 'lithuania ACCUSES belarus']));
  });

  it('reads "the three juntas" only after a list of three states, never of two', async () => {
    const three = await triples('Mali, Niger and Burkina Faso quit the bloc. The three juntas criticised ECOWAS for its sanctions.');
    expect(three).toEqual(expect.arrayContaining(['mali CRITICIZES ecowas', 'niger CRITICIZES ecowas', 'burkina-faso CRITICIZES ecowas']));
    const two = await triples('Mali and Niger quit the bloc. The three juntas criticised ECOWAS for its sanctions.');
    expect(two.filter((f) => f.includes('CRITICIZES'))).toEqual([]);
  });

  it('reads "both nations" as the two states joined by "and", not a state named after them', async () => {
    const facts = await triples('Kenya and Tanzania condemned the raid in Somalia. Both nations criticised al-Shabaab for the attack.');
    expect(facts).toEqual(expect.arrayContaining(['kenya CRITICIZES al-shabaab', 'tanzania CRITICIZES al-shabaab']));
    expect(facts).not.toContain('somalia CRITICIZES al-shabaab');
  });

  it('reads "the two Gulf states" as the pair named before, not a collective of its own', async () => {
    const facts = await triples('Kuwait and Oman restored flights to Damascus. The two Gulf states were criticised by Israel.');
    expect(facts).toEqual(expect.arrayContaining(['israel CRITICIZES kuwait', 'israel CRITICIZES oman']));
  });

  it('reads "the neighbours" as a pair of states named together, and a mutual act both ways', async () => {
    const facts = await triples('Thailand and Cambodia exchanged artillery fire. The neighbours later agreed to a ceasefire.');
    expect(facts).toEqual(expect.arrayContaining(['thailand CEASEFIRE_WITH cambodia', 'cambodia CEASEFIRE_WITH thailand']));
  });
});

describe('two companies named together', () => {
  it('reads "both companies" as the two bodies joined by "and", and never a state and a body', async () => {
    const facts = await triples('Britain sanctioned Rosneft and Lukoil on Monday. Both companies criticised London for the decision.');
    expect(facts).toEqual(expect.arrayContaining(['rosneft CRITICIZES united-kingdom', 'lukoil CRITICIZES united-kingdom']));
    expect((await triples('Chile and Rosneft signed a deal. Both firms criticised Peru.')).filter((f) => f.includes('CRITICIZES'))).toEqual([]);
  });
});

describe('an office named alone', () => {
  it('reads "the prime minister" as the one prime minister named before', async () => {
    const facts = await triples('Prime Minister Keir Starmer met Chinese President Xi Jinping in Beijing. The prime minister urged China to free the activist.');
    expect(facts).toContain('keir-starmer APPEALS_TO china');
  });

  it('reads "the envoy" and "the minister" as the titled person, and keeps the quote in the sentence that tells the act', async () => {
    const x = await read('Foreign Minister Penny Wong arrived in Jakarta. The minister met President Prabowo Subianto.');
    const fact = x.relationships.find((r) => r.from === 'penny-wong' && r.type === 'MEETS_WITH');
    expect(fact?.quote).toMatch(/^The minister met/);
    expect(await triples('US special envoy Steve Witkoff flew to Doha. The envoy met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.')).toEqual(expect.arrayContaining(['steve-witkoff MEETS_WITH mohammed-bin-abdulrahman-al-thani']));
  });

  it('reads "the secretary-general" as the one titled so', async () => {
    expect(await triples('UN Secretary-General Antonio Guterres flew to Goma. The secretary-general urged Rwanda to withdraw its troops.')).toContain('antonio-guterres APPEALS_TO rwanda');
  });

  it('reads "the president" as no one when two presidents were named, and "the minister" never as a prime minister', async () => {
    expect((await triples('President Gustavo Petro met President Daniel Noboa in Quito. The president accused Peru of blocking the deal.')).filter((f) => f.includes('ACCUSES'))).toEqual([]);
    expect((await triples('Prime Minister Mark Carney flew to London. The minister criticised Russia.')).filter((f) => f.includes('CRITICIZES'))).toEqual([]);
  });

  it('reads "the president" as no one when a leader named untitled came after the titled one', async () => {
    const facts = await triples('President Cyril Ramaphosa spoke about trade. Vladimir Putin later visited Brasilia. The president criticised the United States.');
    expect(facts.filter((f) => f.includes('CRITICIZES'))).toEqual([]);
  });

  it('does not read "the president of" as the president named before', async () => {
    const facts = await triples('President Cyril Ramaphosa arrived in Kinshasa. The president of Rwanda accused Congo of backing rebels.');
    expect(facts).not.toContain('cyril-ramaphosa ACCUSES congo');
  });
});
