// Denials with no complement of their own point back to the claim told before them (referredDenials.ts, stance.ts).
// Every sentence here was written for the test. The claim keeps its SUPPORTS relationship; the denial adds a
// DISPUTES copy whose quote lies in the denial's own sentence (where a reader, and the gold, find the dispute).
import { EMPTY_DICTIONARY, readArticle } from '../../src/reading';
import { referredDenials } from '../../src/reading/referredDenials';
import { disputeScopes } from '../../src/reading/denials';
import { tokenize } from '../../src/reading/tokens';

/** "from TYPE to STANCE | quote", sorted; and every quote checked against the text at its span. */
async function facts(text: string): Promise<string[]> {
  const x = await readArticle({ title: 'Test', text }, EMPTY_DICTIONARY);
  for (const r of x.relationships) expect(r.quote).toBe(text.slice(r.span.start, r.span.end));
  return x.relationships.map((r) => `${r.from} ${r.type} ${r.to} ${r.stance} | ${r.quote}`).sort();
}

async function disputed(text: string): Promise<string[]> {
  return (await facts(text)).filter((f) => f.includes(' DISPUTES | '));
}

/** The cues found in one sentence, as the text they quote. */
function cues(sentence: string): string[] {
  const tokens = tokenize(sentence);
  return referredDenials(tokens, [], disputeScopes(tokens)).map((r) => sentence.slice(r.cue.start, r.cue.end));
}

describe('a denial of "the reports" disputes the claim told in the sentence before', () => {
  it('"denied the reports": the claim keeps SUPPORTS, the copy is quoted at the denier', async () => {
    expect(await facts('Officials said Israel struck Lebanon on Monday. Hezbollah denied the reports.')).toEqual([
      'israel STRUCK lebanon DISPUTES | Hezbollah denied the reports',
      'israel STRUCK lebanon SUPPORTS | Israel struck Lebanon',
    ]);
  });

  it('refute, dismiss and reject with a pointing noun phrase ("these claims", "as fabricated the reports")', async () => {
    expect(await disputed('Witnesses said Syria shelled Lebanon. Damascus refuted these claims, saying its forces stayed home.')).toEqual([
      'syria STRUCK lebanon DISPUTES | Damascus refuted these claims',
    ]);
    expect(await disputed('Reports said Russia bombed Kyiv overnight. Moscow dismissed the reports as fabricated.')).toEqual([
      'russia STRUCK ukraine DISPUTES | Moscow dismissed the reports',
    ]);
    expect(await disputed('Ukraine said Russia shelled Kyiv. A spokesman dismissed as provocative the claims.')).toEqual([
      'russia STRUCK ukraine DISPUTES | dismissed as provocative the claims',
    ]);
  });

  it('a claim called false: "called the claims baseless", "the accusations were \'not true\'", "no truth to the reports"', async () => {
    expect(await disputed('Iraqi officials said Turkey bombed Iraq. Ankara called the claims baseless.')).toEqual([
      'turkey STRUCK iraq DISPUTES | Ankara called the claims baseless',
    ]);
    expect(await disputed('Egypt said Qatar met Israel. Doha said the accusations were \'not true\'.')).toEqual([
      'israel MEETS_WITH qatar DISPUTES | Doha said the accusations were \'not true',
      'qatar MEETS_WITH israel DISPUTES | Doha said the accusations were \'not true',
    ]);
    expect(await disputed('Officials said Russia backed Hamas. Hamas said the accusations “were not true”.')).toEqual([
      'russia ENDORSES hamas DISPUTES | Hamas said the accusations “were not true',
    ]);
    expect(await disputed('Iraqi officials said Turkey bombed Iraq. Ankara described them as a complete fabrication.')).toEqual([
      'turkey STRUCK iraq DISPUTES | Ankara described them as a complete fabrication',
    ]);
    expect(await disputed('Israel said Hamas attacked Israel. The claims were false, Hamas said.')).toEqual([
      'hamas STRUCK israel DISPUTES | The claims were false',
    ]);
    expect(await disputed('Officials said Iran struck Iraq. There was no truth to the reports, Tehran said.')).toEqual([
      'iran STRUCK iraq DISPUTES | no truth to the reports',
    ]);
  });

  it('a claim in the same sentence before a turn ("…, but Damascus denied them")', async () => {
    expect(await disputed('Reports said Israel struck Syria, but Damascus denied them.')).toEqual([
      'israel STRUCK syria DISPUTES | Damascus denied them',
    ]);
  });

  it('the claimant after the noun ("rejected the accusations by Ukraine") still points back', async () => {
    expect(await disputed('Ukraine said Russia shelled Kyiv. Moscow rejected the accusations by Ukraine.')).toEqual([
      'russia STRUCK ukraine DISPUTES | Moscow rejected the accusations',
    ]);
  });

  it('a weekday after the report noun opens no clause ("denied the reports Monday")', async () => {
    expect(await disputed('Officials said Iran struck Iraq. Iran denied the reports Monday.')).toEqual(['iran STRUCK iraq DISPUTES | Iran denied the reports']);
  });
});

describe('what narrows the claim', () => {
  it('"denied any involvement" disputes only the denier\'s own acts', async () => {
    expect(await disputed('Egypt met Qatar on Sunday, and officials said Iran struck Iraq. Iran denied any involvement.')).toEqual([
      'iran STRUCK iraq DISPUTES | Iran denied any involvement',
    ]);
    expect(await disputed('Officials said Iran struck Iraq. Syria denied any involvement.')).toEqual([]);
  });

  it('"claims of a strike" looks back for a strike, past a sentence about something else', async () => {
    expect(await disputed('Officials said Iran struck Iraq. Egypt met Qatar on Sunday, reports said. Tehran rejected the claims of a strike.')).toEqual([
      'iran STRUCK iraq DISPUTES | Tehran rejected the claims of a strike',
    ]);
  });

  it('the accusation itself is not what is denied', async () => {
    // The backing it was accused of may be (the rebels are a collective now); the accusation itself never is.
    const found = await disputed('Sudan accused Chad of backing the rebels. Chad rejected the accusations.');
    expect(found.filter((d) => d.includes(' ACCUSES '))).toEqual([]);
  });
});

describe('a denial in apposition disputes the clause before it', () => {
  it('", allegations that the government has denied" and ", which Damascus denied"', async () => {
    expect(await facts('Rights groups say Israeli forces struck Lebanon on a large scale, allegations that the government has denied.')).toEqual([
      'israel STRUCK lebanon DISPUTES | Israeli forces struck Lebanon on a large scale, allegations that the government has denied',
      'israel STRUCK lebanon SUPPORTS | Israeli forces struck Lebanon',
    ]);
    expect(await disputed('Israel struck Syria last week, which Damascus denied.')).toEqual([
      'israel STRUCK syria DISPUTES | Israel struck Syria last week, which Damascus denied',
    ]);
  });

  it('a negated apposition, or one with a complement of its own, disputes nothing', async () => {
    expect(await disputed('Israel struck Syria, a claim that Damascus did not deny.')).toEqual([]);
    expect(await disputed('Israel struck Syria last week, which Damascus denied was an act of war.')).toEqual([]);
  });
});

describe('a denied truce with no relation of its own', () => {
  it('"denied that any ceasefire had been agreed": the sides are the pair the article shows negotiating', async () => {
    expect(await disputed('Israel and Hamas resumed talks in Cairo. Hamas later denied that any ceasefire had been agreed.')).toEqual([
      'hamas CEASEFIRE_WITH israel DISPUTES | Hamas later denied that any ceasefire had been agreed',
      'israel CEASEFIRE_WITH hamas DISPUTES | Hamas later denied that any ceasefire had been agreed',
    ]);
  });

  it('"denied reports of a truce with Israel": the denier and the side the complement names', async () => {
    expect(await disputed('Hamas denied reports of a truce with Israel.')).toEqual([
      'hamas CEASEFIRE_WITH israel DISPUTES | Hamas denied reports of a truce with Israel',
      'israel CEASEFIRE_WITH hamas DISPUTES | Hamas denied reports of a truce with Israel',
    ]);
  });
});

describe('what a referred denial does not reach', () => {
  it('a negated denial, a refusal and a rejected proposal dispute nothing', async () => {
    expect(await disputed('Officials said Iran struck Iraq. Tehran did not deny the reports.')).toEqual([]);
    expect(await disputed('Israel struck Gaza on Monday. Hamas denied them entry.')).toEqual([]);
    expect(await disputed('Hamas said Israel struck Gaza. Israel rejected the proposal.')).toEqual([]);
  });

  it('a sentence that tells no claim and does not involve the denier ends the search', async () => {
    expect(await disputed('Israel struck Gaza on Monday. The weather was cold. Hamas denied the reports.')).toEqual([]);
    expect(await disputed('Egypt met Qatar on Sunday, officials said. Israel struck Gaza on Monday. Qatar denied the reports.')).toEqual([]);
  });

  it('"a dispute over the claims" is a quarrel, not a denial', () => {
    expect(cues('Both sides remain in a dispute over the claims.')).toEqual([]);
    expect(cues('Hamas disputes the claims.')).toEqual(['disputes the claims']);
  });
});

describe('a that-clause without "that"', () => {
  it('"denied it had attacked", "denied Israel was behind": the complement is read in the sentence', async () => {
    expect(await facts('Iran denied it had attacked Israel.')).toEqual(['iran STRUCK israel DISPUTES | Iran denied it had attacked Israel']);
    expect(await facts('Syria denied Turkey had shelled Iraq.')).toEqual(['turkey STRUCK iraq DISPUTES | Syria denied Turkey had shelled Iraq']);
  });
});

describe('a falsity word quoted or strengthened after "called the claim"', () => {
  it('"called the claim “entirely false”" disputes the claim told before it', async () => {
    const text = 'Officials in Amman said Syria had shelled Jordan. Damascus called the claim “entirely false”.';
    expect((await disputed(text)).map((f) => f.split(' | ')[0])).toEqual(['syria STRUCK jordan DISPUTES']);
  });

  it('a plain "called the claim serious" disputes nothing', async () => {
    expect(await disputed('Officials in Amman said Syria had shelled Jordan. Damascus called the claim “very serious”.')).toEqual([]);
  });
});
