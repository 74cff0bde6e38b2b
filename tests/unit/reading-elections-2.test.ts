// Elections told in other words: the vote won in the passive past a date, the vote named again as "the vote", "the
// race" or "the first round", running for an office, candidates in apposition, and outcomes (defeats, concessions,
// declared winners, victories, places). Each contender takes part in the election (PARTICIPATES_IN, eval/README.md
// rule 12); speaking of the vote, other votes, and runs only meant or prevented give nothing. Every sentence here
// is the team's own, with invented people.
import { supportedTriples } from '../fixtures/reading';

const taking = (facts: string[]): string[] => facts.filter((f) => f.includes(' PARTICIPATES_IN '));
const HELD = 'Peru held a presidential election on Sunday.';
const PERU = 'peru-presidential-election';

async function partsOf(text: string): Promise<string[]> {
  return taking(await supportedTriples(text));
}

describe('the election won in the passive, past a date', () => {
  it('reads the winner after "in April", "on Sunday", and the one the winner defeated', async () => {
    const facts = await partsOf('Peru’s presidential election in April was won by Carlos Mendez, who defeated Ana Rojas.');
    expect(facts).toEqual(expect.arrayContaining([`carlos-mendez PARTICIPATES_IN ${PERU}`, `ana-rojas PARTICIPATES_IN ${PERU}`]));
    expect(await partsOf('Peru’s presidential election on Sunday was won by Ana Rojas.')).toContain(`ana-rojas PARTICIPATES_IN ${PERU}`);
  });

  it('reads "Sunday’s vote was won by X" as the election named before', async () => {
    expect(await partsOf(`${HELD} Sunday’s vote was won by Ana Rojas.`)).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`]);
  });
});

describe('the vote named again by a plain noun', () => {
  it.each(['the vote', 'the ballot', 'the race', 'the first round', 'the runoff'])('reads "X won %s" as the election named before', async (noun) => {
    const facts = await partsOf(`Brazil held a presidential election on Sunday. Carlos Mendez won ${noun}.`);
    expect(facts).toEqual(['carlos-mendez PARTICIPATES_IN brazil-presidential-election']);
  });

  it('gives the one defeated after the win a part too: ", defeating Y", ", who beat Y"', async () => {
    expect(await partsOf('Brazil held a general election on Sunday. Carlos Mendez won the vote, defeating Ana Rojas.')).toEqual([
      'ana-rojas PARTICIPATES_IN brazil-general-election',
      'carlos-mendez PARTICIPATES_IN brazil-general-election',
    ]);
    expect(await partsOf(`${HELD} The race was won by Ana Rojas, who beat Carlos Mendez.`)).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`, `carlos-mendez PARTICIPATES_IN ${PERU}`]);
  });

  it('does not take other votes for the election', async () => {
    expect(await partsOf(`${HELD} Carlos Mendez won the UN vote.`)).toEqual([]);
    expect(await partsOf(`${HELD} Carlos Mendez survived a no-confidence vote.`)).toEqual([]);
    expect(await partsOf(`${HELD} The Green Party won the vote in parliament.`)).toEqual([]);
    expect(await partsOf(`${HELD} The vote on the budget was won by the Green Party.`)).toEqual([]);
    expect(await partsOf(`${HELD} Ana Rojas won the arms race.`)).toEqual([]);
  });

  it('lets a vote told in between be the one "the vote" means', async () => {
    expect(await partsOf(`${HELD} Parliament later held a vote on the budget. Ana Rojas won the vote.`)).toEqual([]);
  });

  it('does not read leading the polls or a vote with no election named before', async () => {
    expect(await partsOf(`${HELD} Ana Rojas leads the polls.`)).toEqual([]);
    expect(await partsOf('Carlos Mendez won the vote, defeating Ana Rojas.')).toEqual([]);
  });
});

describe('running for an office', () => {
  it('reads "who ran for president in the March 3 election", a date between "the" and the noun', async () => {
    const facts = await partsOf('In Peru, opposition leader Ana Rojas, who ran for president in the March 3 election, said the vote was rigged.');
    expect(facts).toEqual(['ana-rojas PARTICIPATES_IN peru-election']);
  });

  it('reads "is running for president against Y" in an article that names the election', async () => {
    const facts = await partsOf('Peru holds a presidential election in May. Ana Rojas is running for president against Carlos Mendez.');
    expect(facts).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`, `carlos-mendez PARTICIPATES_IN ${PERU}`]);
  });

  it('reads standing for re-election', async () => {
    expect(await partsOf('Peru holds a presidential election in May. Ana Rojas, who is standing for re-election, visited Cusco.')).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`]);
  });

  it('reads no run that is meant, refused, prevented or hedged', async () => {
    expect(await partsOf(`${HELD} Ana Rojas may run for president.`)).toEqual([]);
    expect(await partsOf(`${HELD} Ana Rojas plans to run for president.`)).toEqual([]);
    expect(await partsOf(`${HELD} Ana Rojas refused to run for president.`)).toEqual([]);
    expect(await partsOf(`${HELD} Ana Rojas was barred from running for president.`)).toEqual([]);
    expect(await partsOf(`${HELD} The court barred Ana Rojas from running in the election.`)).toEqual([]);
  });

  it('reads no run for another office or in another campaign', async () => {
    expect(await partsOf('Peru held a parliamentary election on Sunday. Ana Rojas is running for president next year.')).toEqual([]);
    expect(await partsOf(`${HELD} Carlos Mendez, who ran for president in 2018, criticised the vote.`)).toEqual([]);
    expect(await partsOf(`${HELD} Carlos Mendez ran for president twice before.`)).toEqual([]);
  });
});

describe('candidates in apposition', () => {
  it('reads the candidate named after "candidate in <election>,"', async () => {
    expect(await partsOf('The ruling party’s candidate in Peru’s presidential election, Carlos Mendez, spoke on Monday.')).toEqual([`carlos-mendez PARTICIPATES_IN ${PERU}`]);
  });

  it('reads "X, the candidate of Y", "X, the ruling party’s candidate" and "opposition candidate X"', async () => {
    expect(await partsOf('Peru holds a presidential election in May. Carlos Mendez, the candidate of the ruling coalition, spoke on Monday.')).toEqual([`carlos-mendez PARTICIPATES_IN ${PERU}`]);
    expect(await partsOf(`${HELD} Carlos Mendez, the ruling party’s candidate, spoke on Monday.`)).toEqual([`carlos-mendez PARTICIPATES_IN ${PERU}`]);
    expect(await partsOf(`${HELD} Opposition candidate Ana Rojas voted in Lima.`)).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`]);
  });

  it('reads no former candidate, no candidate of another sort and no "a candidate" of some race', async () => {
    expect(await partsOf(`${HELD} Former presidential candidate Ana Rojas voted in Lima.`)).toEqual([]);
    expect(await partsOf('Peru held a parliamentary election on Sunday. Presidential candidate Ana Rojas voted in Lima.')).toEqual([]);
    expect(await partsOf(`${HELD} Ana Rojas, a candidate from the small Green party, was injured.`)).toEqual([]);
  });
});

describe('outcomes told of a contender', () => {
  it('reads "X defeated Y in the first round of voting", with an apposition on Y', async () => {
    const facts = await partsOf(`${HELD} Carlos Mendez defeated Ana Rojas, the governing alliance’s candidate, by a wide margin in the final round of voting.`);
    expect(facts).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`, `carlos-mendez PARTICIPATES_IN ${PERU}`]);
    expect(await partsOf(`${HELD} Ana Rojas beat Carlos Mendez in the runoff.`)).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`, `carlos-mendez PARTICIPATES_IN ${PERU}`]);
  });

  it('reads conceding defeat (and to whom), being declared the winner, a victory over Y and a place', async () => {
    expect(await partsOf(`${HELD} Ana Rojas conceded defeat.`)).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`]);
    expect(await partsOf(`${HELD} Ana Rojas conceded defeat to Carlos Mendez.`)).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`, `carlos-mendez PARTICIPATES_IN ${PERU}`]);
    expect(await partsOf(`${HELD} Carlos Mendez was declared the winner.`)).toEqual([`carlos-mendez PARTICIPATES_IN ${PERU}`]);
    expect(await partsOf(`${HELD} Carlos Mendez’s narrow victory over Ana Rojas angered the opposition.`)).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`, `carlos-mendez PARTICIPATES_IN ${PERU}`]);
    expect(await partsOf(`${HELD} Ana Rojas finished second.`)).toEqual([`ana-rojas PARTICIPATES_IN ${PERU}`]);
  });

  it('reads no outcome asked for, refused, or of something else', async () => {
    expect(await partsOf(`${HELD} Carlos Mendez urged Ana Rojas to concede defeat.`)).toEqual([]);
    expect(await partsOf(`${HELD} Ana Rojas refused to concede defeat.`)).toEqual([]);
    expect(await partsOf(`${HELD} Carlos Mendez was declared the winner of the Nobel prize.`)).toEqual([]);
    expect(await partsOf(`${HELD} Carlos Mendez came second in the marathon.`)).toEqual([]);
    expect(await partsOf(`${HELD} Carlos Mendez’s victory in court angered Ana Rojas.`)).toEqual([]);
    expect(await partsOf(`${HELD} The army defeated the Red Brigade in the north.`)).toEqual([]);
  });

  it('reads no outcome without an election, or when the article names two', async () => {
    expect(await partsOf('Ana Rojas conceded defeat to Carlos Mendez.')).toEqual([]);
    expect(await partsOf('Peru’s presidential election and Chile’s parliamentary election were held on Sunday. Ana Rojas conceded defeat.')).toEqual([]);
  });
});

describe('speaking of the election is not taking part', () => {
  it('gives no part for saying the vote was rigged, urging voters, an election body or a time before the vote', async () => {
    expect(await partsOf(`${HELD} Ana Rojas said the election was rigged.`)).toEqual([]);
    expect(await partsOf(`${HELD} Carlos Mendez urged voters to back Ana Rojas.`)).toEqual([]);
    expect(await partsOf('Peru’s election commission said turnout was high.')).toEqual([]);
    expect(await partsOf(`${HELD} Ahead of the election, Bolivia closed its border.`)).toEqual([]);
  });
});
