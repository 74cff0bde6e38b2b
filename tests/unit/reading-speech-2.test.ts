// Speech acts and reactions, round 2: speakers named after their quotation, criticism told by an adverb of wrong,
// demands for an account, threats of action, appeals lodged, a leader's government as the state.
// Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

const of = (t: readonly string[], type: string): string[] => t.filter((x) => x.includes(` ${type} `));

describe('a quotation whose speaker is named after it', () => {
  it('gives the quoted demand to the speaker named after the closing mark', async () => {
    expect(await triples('“Chile needs to pull its troops back from the border,” Bolivian Foreign Minister Ana Ruiz said.')).toContain('ana-ruiz DEMANDS_OF chile');
    expect(await triples('“Peru must free the detained fishermen at once,” said Ecuadorian Interior Minister Luis Vega.')).toContain('luis-vega DEMANDS_OF peru');
  });

  it('reads no demand from a quotation without an attributed speaker or without must', async () => {
    expect(of(await triples('“Chile needs to pull its troops back from the border.” The talks resumed on Monday.'), 'DEMANDS_OF')).toEqual([]);
    expect(of(await triples('“Chile wants to pull its troops back,” Bolivian Foreign Minister Ana Ruiz said.'), 'DEMANDS_OF')).toEqual([]);
  });

  it('keeps the subject outside a quotation opened right before its verb', async () => {
    expect(await triples('Cambodia said it "firmly condemns the military aggression of Thailand."')).toContain('cambodia CRITICIZES thailand');
  });
});

describe('criticism told by an adverb of wrong', () => {
  it('reads a speaker calling the subject’s act unjust or unlawful', async () => {
    expect(await triples('Chile said Bolivia had illegally detained two of its fishing crews.')).toContain('chile CRITICIZES bolivia');
    expect(await triples('Amnesty International said Turkey held the reporters arbitrarily.')).toContain('amnesty-international CRITICIZES turkey');
    expect(await triples('“Turkey jailed him unjustly,” Murat Ozel said.')).toContain('murat-ozel CRITICIZES turkey');
  });

  it('criticises the agent of a passive, never its patient, and nothing when negated', async () => {
    const passive = await triples('Chile said its fishing crews had been illegally detained by Bolivia.');
    expect(passive).toContain('chile CRITICIZES bolivia');
    expect(of(await triples('Chile said Bolivia had not acted illegally.'), 'CRITICIZES')).toEqual([]);
    expect(of(await triples('Chile said Bolivia had detained two fishing crews.'), 'CRITICIZES')).toEqual([]);
  });
});

describe('demands', () => {
  it('reads a call for an owned resignation or withdrawal', async () => {
    expect(await triples('Bolivia called for Peruvian President Carlos Mendez’s resignation on Monday.')).toContain('bolivia DEMANDS_OF carlos-mendez');
    expect(await triples('Armenia demanded Azerbaijan’s withdrawal from the border villages.')).toContain('armenia DEMANDS_OF azerbaijan');
  });

  it('reads a demand for an account from its addressee', async () => {
    expect(await triples('The Chilean government requested a recount of Bolivia’s vote tallies.')).toContain('chile DEMANDS_OF bolivia');
    expect(await triples('Turkey sought an explanation from Greece over the incident.')).toContain('turkey DEMANDS_OF greece');
  });

  it('reads no demand of an actor named only inside the thing asked for', async () => {
    expect(of(await triples('Chile requested a review of the vote by the Carter Center.'), 'DEMANDS_OF')).toEqual([]);
    expect(of(await triples('Chile demanded an investigation into the shooting.'), 'DEMANDS_OF')).toEqual([]);
  });
});

describe('threats of action', () => {
  it('reads action promised against someone as a threat', async () => {
    expect(await triples('Bolivia said it would take action against Chile if the raids went on.')).toContain('bolivia THREATENS chile');
    expect(await triples('Serbia warned it will take unspecified steps against Kosovo.')).toContain('serbia THREATENS kosovo');
  });

  it('reads no threat from action not promised, negated, or not against anyone', async () => {
    expect(of(await triples('Chile said it would not take action against Bolivia.'), 'THREATENS')).toEqual([]);
    expect(of(await triples('Chile will take measures to support Bolivia.'), 'THREATENS')).toEqual([]);
    expect(of(await triples('Chile took action against Bolivia last year.'), 'THREATENS')).toEqual([]);
  });
});

describe('participles and subordinate subjects', () => {
  it('gives a trailing accusation to the speaker whose speech names no other actor', async () => {
    expect(await triples('Bolivian officials said ten soldiers died, accusing Chile of shelling their posts.')).toContain('bolivia ACCUSES chile');
  });

  it('gives the pronoun of an "as" clause to the subject the sentence opens with', async () => {
    expect(await triples('Norway expelled Iran’s envoy, as it accused Tehran of plotting attacks.')).toContain('norway ACCUSES iran');
    expect(of(await triples('Norway’s envoy left Iran, as it accused Tehran of plotting attacks.'), 'ACCUSES')).not.toContain('norway ACCUSES iran');
  });
});

describe('judgements of an act', () => {
  it('reads an owned decision with its infinitive judged as regrettable', async () => {
    expect(await triples('Bolivia described Chile’s decision to shut the border crossing as “deeply regrettable”.')).toContain('bolivia CRITICIZES chile');
  });

  it('reads a ruling called a witch hunt as criticism of the court that gave it', async () => {
    expect(await triples('Peru’s Supreme Court convicted Carlos Mendez. Mendez called the ruling a “witch hunt”.')).toContain('carlos-mendez CRITICIZES peru-supreme-court');
  });
});

describe('appeals, warnings and criticism sharpened', () => {
  it('reads an appeal lodged with a court as an appeal to it', async () => {
    expect(await triples('The Civic Union said it had lodged another appeal with the International Court of Justice.')).toContain('civic-union APPEALS_TO international-court-of-justice');
  });

  it('reads the place a warned danger’s clause lands on', async () => {
    expect(await triples('Filippo Grandi warned of a famine that could force thousands to flee Chad.')).toContain('filippo-grandi WARNS_ABOUT chad');
    expect(of(await triples('Filippo Grandi warned of a famine that nobody could stop.'), 'WARNS_ABOUT')).toEqual([]);
  });

  it('reads intensified criticism of a leader’s government as criticism of the state he leads', async () => {
    const t = await triples('Peruvian President Ana Ruiz spoke on Monday. Lima Mayor Jorge Soto, 61, has intensified his criticism of Ruiz’s government.');
    expect(t).toContain('jorge-soto CRITICIZES peru');
    expect(t).not.toContain('jorge-soto CRITICIZES ana-ruiz');
  });
});

describe('bare authorities in an article that names one state', () => {
  it('reads authorities called upon as that state when no state was named lately', async () => {
    const t = await triples('Police in Zambia broke up a rally on Monday. Two reporters were hurt. Several shops were shut. The crowd scattered. The European Union condemned the violence and called on authorities to punish those responsible.');
    expect(t).toContain('european-union APPEALS_TO zambia');
  });

  it('does not guess among two states, nor read a bare military as the one state', async () => {
    const two = await triples('Zambia and Malawi held talks. Two reporters were hurt. Several shops were shut. The crowd scattered. The European Union called on authorities to punish those responsible.');
    expect(of(two, 'APPEALS_TO')).toEqual([]);
    const military = await triples('China hosted the talks. Two reporters were hurt. Several shops were shut. The crowd scattered. The rebels resumed their offensive against the military.');
    expect(military).not.toContain('rebels IN_CONFLICT_WITH china');
  });
});
