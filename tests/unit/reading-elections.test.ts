// Elections, leaders and domestic politics, told the way news wires tell them: elections as events and who runs in
// them (PARTICIPATES_IN), taking and holding office (LEADS), parties and their people (LEADS, MEMBER_OF), sides
// taken (ENDORSES) and accession talks suspended (WITHDREW_FROM). Every sentence here is the team's own.
import { readText, supportedTriples } from '../fixtures/reading';

const of = (facts: string[], type: string): string[] => facts.filter((f) => f.includes(` ${type} `));

describe('elections as events', () => {
  it('makes the winner take part in the election its phrase names, whatever the title', async () => {
    const facts = await supportedTriples('The Party of Action and Solidarity (PAS) won Sunday’s parliamentary election in Moldova.');
    expect(facts).toEqual(expect.arrayContaining([
      'party-of-action-and-solidarity PARTICIPATES_IN moldova-parliamentary-election',
      'moldova-parliamentary-election LOCATED_IN moldova',
    ]));
  });

  it('reads a runoff won in the passive, and the two candidates of a runoff between them', async () => {
    expect(await supportedTriples('Romania’s presidential runoff was won by Nicusor Dan, who defeated George Simion.')).toContain('nicusor-dan PARTICIPATES_IN romania-presidential-election');
    const between = await supportedTriples('The presidential runoff in Turkey between Recep Tayyip Erdogan and Kemal Kilicdaroglu was tense.');
    expect(between).toContain('recep-tayyip-erdogan PARTICIPATES_IN turkey-presidential-election');
  });

  it('reads a landslide, a term and a majority won or lost in an election', async () => {
    expect(await supportedTriples('Claudia Sheinbaum won a landslide victory in Mexico’s presidential election.')).toContain('claudia-sheinbaum PARTICIPATES_IN mexico-presidential-election');
    expect(await supportedTriples('Hungary’s Fidesz party won a fourth straight term in the parliamentary elections.')).toContain('fidesz PARTICIPATES_IN hungary-parliamentary-elections');
  });

  it('reads the declared winner and the one who lost the election to another', async () => {
    expect(await supportedTriples('Alexander Lukashenko was declared the winner of Belarus’s presidential election.')).toContain('alexander-lukashenko PARTICIPATES_IN belarus-presidential-election');
    const lost = await supportedTriples('The Social Democratic Party (SPD) lost the German federal election to the Christian Democratic Union.');
    expect(lost).toEqual(expect.arrayContaining([
      'social-democratic-party PARTICIPATES_IN germany-federal-election',
      'christian-democratic-union PARTICIPATES_IN germany-federal-election',
    ]));
  });

  it('keeps one election per country and sort, named by the sort told later', async () => {
    const x = await readText('Voters in Chile went to the polls on Sunday. Jose Antonio Kast won the presidential runoff.');
    expect(x.entities.filter((e) => e.kind === 'EVENT').map((e) => e.id)).toEqual(['chile-presidential-election']);
    expect(x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain('jose-antonio-kast PARTICIPATES_IN chile-presidential-election');
  });

  it('codes no participation in an election that is only planned, expected or hedged', async () => {
    expect(of(await supportedTriples('Ireland will hold a presidential election in October, the government announced.'), 'PARTICIPATES_IN')).toEqual([]);
    expect(of(await supportedTriples('The Labour Party is expected to win the British general election, polls suggest.'), 'PARTICIPATES_IN')).toEqual([]);
    expect(of(await supportedTriples('The Social Democrats could win next year’s election in Denmark, analysts said.'), 'PARTICIPATES_IN')).toEqual([]);
  });

  it('does not take opinion polls for an election', async () => {
    const x = await readText('Polls suggest the Freedom Party leads in Chile.');
    expect(x.entities.filter((e) => e.kind === 'EVENT')).toEqual([]);
  });
});

describe('taking and holding office', () => {
  it('reads sworn in, elected, re-elected and appointed to a head’s office as LEADS', async () => {
    expect(await supportedTriples('Bassirou Diomaye Faye was sworn in as president of Senegal on Tuesday.')).toContain('bassirou-diomaye-faye LEADS senegal');
    expect(await supportedTriples('Shigeru Ishiba was elected prime minister of Japan by parliament.')).toContain('shigeru-ishiba LEADS japan');
    expect(await supportedTriples('Kais Saied was re-elected president of Tunisia with 90 percent of the vote.')).toContain('kais-saied LEADS tunisia');
    expect(await supportedTriples('Ousmane Sonko was appointed prime minister of Senegal.')).toContain('ousmane-sonko LEADS senegal');
    expect(await supportedTriples('Mark Rutte was appointed secretary-general of NATO in 2024.')).toContain('mark-rutte LEADS nato');
  });

  it('reads a state’s possessive office after the verb, and the object a parliament elects', async () => {
    expect(await supportedTriples('Prabowo Subianto became Indonesia’s president in October.')).toContain('prabowo-subianto LEADS indonesia');
    expect(await supportedTriples('Parliament elected Mark Carney as Canada’s prime minister.')).toContain('mark-carney LEADS canada');
  });

  it('reads "has ruled Y since" as still in office', async () => {
    expect(await supportedTriples('Paul Kagame has ruled Rwanda since 2000.')).toContain('paul-kagame LEADS rwanda');
  });

  it('gives no office for a hedged or future election, nor for another office', async () => {
    expect(of(await supportedTriples('Peter Pellegrini may be elected president of Slovakia next year.'), 'LEADS')).toEqual([]);
    expect(of(await supportedTriples('Sanae Takaichi could become Japan’s first female prime minister next week.'), 'LEADS')).toEqual([]);
    expect(of(await supportedTriples('Ana Ruiz, who was elected mayor of Santiago in 2021, resigned.'), 'LEADS')).toEqual([]);
    expect(of(await supportedTriples('Ana Ruiz was named chairman in Chile.'), 'LEADS')).toEqual([]);
  });

  it('reads rulers and strongmen, and a writer’s description between the state and the office', async () => {
    expect(await supportedTriples('Alexander Lukashenko, Belarus’s longtime ruler, pardoned several prisoners.')).toContain('alexander-lukashenko LEADS belarus');
    expect(await supportedTriples('Chad’s strongman Mahamat Idriss Deby dissolved the government.')).toContain('mahamat-idriss-deby LEADS chad');
    expect(await supportedTriples('Javier Milei, Argentina’s libertarian president, cut spending.')).toContain('javier-milei LEADS argentina');
    expect(await supportedTriples('Myanmar’s military ruler Min Aung Hlaing met Xi Jinping.')).toContain('min-aung-hlaing LEADS myanmar');
  });

  it('still gives former rulers and presidents-elect nothing', async () => {
    expect(of(await supportedTriples('Syria’s former ruler Bashar al-Assad fled.'), 'LEADS')).toEqual([]);
    expect(of(await supportedTriples('President-elect Donald Trump named his cabinet.'), 'LEADS')).toEqual([]);
  });
});

describe('parties and their people', () => {
  it('reads a party named as a person’s own as the one they lead', async () => {
    expect(await supportedTriples('Donald Tusk’s Civic Platform party formed a coalition.')).toContain('donald-tusk LEADS civic-platform');
    expect(await supportedTriples('Bidzina Ivanishvili, whose Georgian Dream party has ruled since 2012, denied the claims.')).toContain('bidzina-ivanishvili LEADS georgian-dream');
  });

  it('does not make a head of government the leader of the party named as theirs', async () => {
    const facts = await supportedTriples('Georgian Prime Minister Irakli Kobakhidze said on Monday that Kobakhidze’s Georgian Dream party would stay.');
    expect(facts).not.toContain('irakli-kobakhidze LEADS georgian-dream');
  });

  it('reads a party’s lawmaker, member of parliament and candidate as its member', async () => {
    expect(await supportedTriples('Mihai Rusu, a lawmaker from the Party of Socialists, was detained by police.')).toContain('mihai-rusu MEMBER_OF party-of-socialists');
    expect(await supportedTriples('Ana Ruiz, a member of parliament from the Freedom Party, was arrested.')).toContain('ana-ruiz MEMBER_OF freedom-party');
    expect(await supportedTriples('George Simion, the Alliance for the Union of Romanians candidate, conceded defeat.')).toContain('george-simion MEMBER_OF alliance-for-the-union-of-romanians');
  });

  it('gives a state’s candidate and a lawmaker from a country no office', async () => {
    expect(await supportedTriples('Calin Georgescu, Romania’s presidential candidate, spoke.')).toEqual([]);
    expect(await supportedTriples('Ana Ruiz, a lawmaker from Chile, spoke.')).toEqual([]);
  });

  it('names parties joined by "and" and parties opening with a demonym whole', async () => {
    const x = await readText('The Justice and Development Party (AKP) won the local elections in Turkey. The Serbian Progressive Party won too.');
    const ids = x.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['justice-and-development-party', 'serbian-progressive-party']));
    expect(ids).not.toContain('development-party');
  });
});

describe('detentions at home', () => {
  it('reads a counted group detained in the passive by a state’s police as the state’s detention', async () => {
    expect(await supportedTriples('Hundreds of protesters were detained by Russian police in Moscow.')).toContain('russia DETAINS moscow-protesters');
    expect(await supportedTriples('Georgian police detained dozens of protesters in Tbilisi on Thursday.')).toContain('georgia DETAINS tbilisi-protesters');
  });

  it('codes no detention that did not happen or may happen', async () => {
    expect(of(await supportedTriples('Police did not detain any protesters in Serbia, the ministry said.'), 'DETAINS')).toEqual([]);
    expect(of(await supportedTriples('Serbian police may arrest opposition leaders if protests continue.'), 'DETAINS')).toEqual([]);
  });
});

describe('sides taken and talks suspended', () => {
  it('reads "pro-<side>" before or in apposition to an actor as ENDORSES the side', async () => {
    expect(await supportedTriples('Pro-Russian candidate Calin Georgescu won the first round.')).toContain('calin-georgescu ENDORSES russia');
    expect(await supportedTriples('The pro-EU Party of Action and Solidarity kept its majority.')).toContain('party-of-action-and-solidarity ENDORSES european-union');
  });

  it('takes no pro- side for anti-, for a stance, or as a title’s principal', async () => {
    expect(of(await supportedTriples('The anti-Russian Party of Unity won.'), 'ENDORSES')).toEqual([]);
    expect(of(await supportedTriples('He took a pro-Russian stance toward Ukraine.'), 'ENDORSES')).toEqual([]);
    expect(await supportedTriples('The vote was won by PAS, the pro-EU party of President Maia Sandu.')).not.toContain('maia-sandu MEMBER_OF european-union');
  });

  it('reads accession talks suspended as leaving the talks, and not when only planned', async () => {
    expect(await supportedTriples('The Georgian government suspended talks on EU accession until 2028.')).toContain('georgia WITHDREW_FROM georgia-eu-accession-talks');
    expect(await supportedTriples('Georgia froze talks on joining the EU.')).toContain('georgia WITHDREW_FROM georgia-eu-accession-talks');
    expect(of(await supportedTriples('Georgia’s ruling party said it would suspend EU accession talks.'), 'WITHDREW_FROM')).toEqual([]);
  });
});
