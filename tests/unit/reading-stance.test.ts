// The reader's stance on sentences written for the test (none is from the dev articles): a relation told inside
// a denial's complement is DISPUTES with a quote that shows the denial; everything else keeps SUPPORTS.
import { readText as read } from '../fixtures/reading';
import { disputeScopes } from '../../src/reading/denials';
import { tokenize } from '../../src/reading/tokens';

/** "from TYPE to STANCE | quote", sorted; and every quote checked against the text at its span. */
async function facts(text: string): Promise<string[]> {
  const x = await read(text);
  for (const r of x.relationships) expect(r.quote).toBe(text.slice(r.span.start, r.span.end));
  return x.relationships.map((r) => `${r.from} ${r.type} ${r.to} ${r.stance} | ${r.quote}`).sort();
}

describe('denial verbs take a that-clause, a report noun or a gerund', () => {
  it('deny + that: the pronoun is the denier, and the quote starts at the denier', async () => {
    expect(await facts('Israel denied that it struck Lebanon on Tuesday.')).toEqual([
      'israel STRUCK lebanon DISPUTES | Israel denied that it struck Lebanon',
    ]);
  });

  it('deny + report noun + that, with the auxiliary ("has denied")', async () => {
    expect(await facts('Hamas has denied reports that Qatar mediated the Cairo talks.')).toContain(
      'qatar MEDIATES cairo-talks DISPUTES | Hamas has denied reports that Qatar mediated the Cairo talks',
    );
  });

  it('deny + gerund: the denier is the subject of the gerund ("denied ever attacking", "denied having shelled")', async () => {
    expect(await facts('Iran denied ever attacking Saudi Arabia.')).toEqual(['iran STRUCK saudi-arabia DISPUTES | Iran denied ever attacking Saudi Arabia']);
    expect(await facts('Syria denied having shelled Lebanon.')).toEqual(['syria STRUCK lebanon DISPUTES | Syria denied having shelled Lebanon']);
    expect(await facts('Israel denied carrying out strikes on Lebanon.')).toEqual([
      'israel STRUCK lebanon DISPUTES | Israel denied carrying out strikes on Lebanon',
    ]);
  });

  it('call … false: the pronoun opening the reports\' clause is the one who calls them false', async () => {
    expect(await facts('Moscow called the reports that it had bombed Kharkiv a fabrication.')).toEqual([
      'russia STRUCK kharkiv DISPUTES | Moscow called the reports that it had bombed Kharkiv a fabrication',
    ]);
    // With no one calling them false, "it" is nobody's denial: nothing is disputed by a missing denier.
    expect((await facts('Reports that it had bombed Kharkiv were false.')).filter((f) => f.includes('russia'))).toEqual([]);
  });

  it('refute, rebut and dispute take a report noun ("disputed the envoy\'s assessment that …")', async () => {
    expect(await facts('Jordan refuted accusations that it had attacked Syria.')).toEqual([
      'jordan STRUCK syria DISPUTES | Jordan refuted accusations that it had attacked Syria',
    ]);
    expect(await facts('Russia rebutted allegations that it had bombed Kyiv.')).toEqual([
      'russia STRUCK ukraine DISPUTES | Russia rebutted allegations that it had bombed Kyiv',
    ]);
    expect(await facts('A Jordanian diplomat disputed the envoy\'s assessment that Hamas had agreed with Israel.')).toEqual([
      'hamas AGREES_WITH israel DISPUTES | Jordanian diplomat disputed the envoy\'s assessment that Hamas had agreed with Israel',
      'israel AGREES_WITH hamas DISPUTES | Jordanian diplomat disputed the envoy\'s assessment that Hamas had agreed with Israel',
    ]);
  });
});

describe('reject and dismiss dispute only with a report noun', () => {
  it('"rejected claims that it had fired at": the quote covers the cue and the relation', async () => {
    expect(await facts('Hezbollah rejected claims that it had fired rockets at Israel.')).toEqual([
      'hezbollah STRUCK israel DISPUTES | Hezbollah rejected claims that it had fired rockets at Israel',
    ]);
  });

  it('an unnamed denier ("the ministry dismissed reports that …"): the quote starts at the cue', async () => {
    const x = await read('The ministry dismissed reports that Egypt had met Qatar.');
    expect(x.relationships.map((r) => [r.stance, r.quote])).toEqual([
      ['DISPUTES', 'dismissed reports that Egypt had met Qatar'],
      ['DISPUTES', 'dismissed reports that Egypt had met Qatar'],
    ]);
  });

  it('"rejected the proposal" alone is a rejection, not a dispute', async () => {
    expect(await facts('Hamas rejected the Israeli proposal, and Egypt met Qatar.')).toEqual(expect.arrayContaining([
      'egypt MEETS_WITH qatar SUPPORTS | Egypt met Qatar',
    ]));
  });
});

describe('a claim called false', () => {
  it('"reports that … were denied by" and "… as entirely fabricated": the quote runs to the falsity word', async () => {
    expect(await facts('Reports that Russia had bombed Kyiv were denied by the Kremlin.')).toEqual([
      'russia STRUCK ukraine DISPUTES | Reports that Russia had bombed Kyiv were denied',
    ]);
    expect(await facts('Moscow described allegations that Russia had attacked Poland as entirely fabricated.')).toEqual([
      'russia STRUCK poland DISPUTES | Moscow described allegations that Russia had attacked Poland as entirely fabricated',
    ]);
  });

  it('"called reports that … baseless", "false reports that …", "no truth to reports that …"', async () => {
    expect(await facts('Qatar called reports that Israel struck Syria baseless.')).toEqual([
      'israel STRUCK syria DISPUTES | Qatar called reports that Israel struck Syria baseless',
    ]);
    expect(await facts('Hamas spread false reports that Israel struck Lebanon.')).toEqual([
      'israel STRUCK lebanon DISPUTES | Hamas spread false reports that Israel struck Lebanon',
    ]);
    expect(await facts('There was no truth to reports that Turkey bombed Iraq, officials said.')).toEqual([
      'turkey STRUCK iraq DISPUTES | no truth to reports that Turkey bombed Iraq',
    ]);
  });

  it('reports called accurate, or "not baseless", stay SUPPORTS', async () => {
    expect(await facts('Qatar said reports that Israel struck Syria were accurate.')).toEqual(['israel STRUCK syria SUPPORTS | Israel struck Syria']);
    expect(await facts('Analysts said reports that Israel struck Syria were not baseless.')).toEqual(['israel STRUCK syria SUPPORTS | Israel struck Syria']);
  });
});

describe('what a denial does not reach', () => {
  it('a denial after the relation, in another clause, does not flip it (an apposition adds a DISPUTES copy)', async () => {
    expect(await facts('Israel struck Lebanon on Monday, a claim Hezbollah later denied.')).toEqual([
      'israel STRUCK lebanon DISPUTES | Israel struck Lebanon on Monday, a claim Hezbollah later denied',
      'israel STRUCK lebanon SUPPORTS | Israel struck Lebanon',
    ]);
    expect(await facts('Israel struck Syria on Monday; Iran denied that it had attacked Iraq.')).toEqual([
      'iran STRUCK iraq DISPUTES | Iran denied that it had attacked Iraq',
      'israel STRUCK syria SUPPORTS | Israel struck Syria',
    ]);
  });

  it('the complement ends at "but said": what follows is asserted', async () => {
    expect(await facts('Egypt denied reports that it had met Israel but said Qatar met Hamas.')).toEqual([
      'egypt MEETS_WITH israel DISPUTES | Egypt denied reports that it had met Israel',
      'hamas MEETS_WITH qatar SUPPORTS | Qatar met Hamas',
      'israel MEETS_WITH egypt DISPUTES | Egypt denied reports that it had met Israel',
      'qatar MEETS_WITH hamas SUPPORTS | Qatar met Hamas',
    ]);
  });

  it('a negated cue denies nothing ("did not deny", "neither confirmed nor denied")', async () => {
    expect(await facts('Egypt did not deny reports that Qatar had met Israel.')).toEqual([
      'israel MEETS_WITH qatar SUPPORTS | Qatar had met Israel',
      'qatar MEETS_WITH israel SUPPORTS | Qatar had met Israel',
    ]);
    expect((await read('Egypt has neither confirmed nor denied that Qatar met Israel.')).relationships.map((r) => r.stance)).toEqual(['SUPPORTS', 'SUPPORTS']);
  });

  it('a plain negation is dropped, not disputed', async () => {
    expect(await facts('Israel did not strike Lebanon. Israel didn’t strike Syria. Iran has never attacked Egypt.')).toEqual([]);
  });

  it('an article that reports a fact and tells of its denial keeps one relationship of each stance', async () => {
    expect(await facts('Israel struck Lebanon. Hezbollah denied that Israel struck Lebanon.')).toEqual([
      'israel STRUCK lebanon DISPUTES | Hezbollah denied that Israel struck Lebanon',
      'israel STRUCK lebanon SUPPORTS | Israel struck Lebanon',
    ]);
  });

  it('"deny" meaning refuse, and "disputed" as an adjective, open no complement', () => {
    expect(disputeScopes(tokenize('Israel denied aid workers entry to Gaza on Monday.'))).toEqual([]);
    expect(disputeScopes(tokenize('Israel struck the disputed territory that Syria claims.'))).toEqual([]);
  });

  it('a title inside a denial is not disputed: only the act is', async () => {
    expect(await facts('Hamas denied that Egyptian Foreign Minister Sameh Shoukry had met Israel.')).toEqual(expect.arrayContaining([
      expect.stringMatching(/^sameh-shoukry ENVOY_OF egypt SUPPORTS/),
      expect.stringMatching(/^sameh-shoukry MEETS_WITH israel DISPUTES \| Hamas denied that/),
    ]));
  });
});

describe('an act owned by its author: "was behind", "responsible for", "denied any role in"', () => {
  it.each([
    ['Peru was behind the attack on Chile.', 'peru STRUCK chile SUPPORTS | Peru was behind the attack on Chile'],
    ['Peru is responsible for the raids on Chile.', 'peru STRUCK chile SUPPORTS | Peru is responsible for the raids on Chile'],
    ['Peru bears full responsibility for the strikes on Chile, Bolivia said.', 'peru STRUCK chile SUPPORTS | Peru bears full responsibility for the strikes on Chile'],
  ])('reads the author of the act: %s', async (text, fact) => {
    expect(await facts(text)).toContain(fact);
  });

  it.each([
    ['Peru denied any role in the attack on Chile.', 'peru STRUCK chile DISPUTES | Peru denied any role in the attack on Chile'],
    ['Peru denied responsibility for the raids on Chile.', 'peru STRUCK chile DISPUTES | Peru denied responsibility for the raids on Chile'],
    ['Peru denied being behind the attack on Chile.', 'peru STRUCK chile DISPUTES | Peru denied being behind the attack on Chile'],
  ])('disputes the act its author denies owning: %s', async (text, fact) => {
    expect(await facts(text)).toContain(fact);
  });

  it.each([
    'Peru played no role in the attack on Chile.',
    'Officials said Peru was not behind the attack on Chile.',
    'Peru’s role in the attack on Chile remains unclear.',
    'The group behind the attack on Chile was unknown.',
  ])('claims nothing when the author is negated, only owns a role, or is no actor: %s', async (text) => {
    expect((await facts(text)).filter((f) => f.includes('STRUCK'))).toEqual([]);
  });
});
