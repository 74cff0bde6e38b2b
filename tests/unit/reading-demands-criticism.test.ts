// Demands and criticism told in more ways than "X demanded that Y …" or "X condemned Y": deadlines and ultimatums
// given, what X wants or told Y to do, X's demand named as a thing, what is demanded or requested back from Y, a
// criticism verb quoted in the speaker's own words, a reaction drawn by "a move that …", an envoy summoned to hear a
// protest and an act called "politically motivated". Every sentence here is the team's own; none comes from an
// article.
import { supportedTriples as triples } from '../fixtures/reading';

const only = (t: string[], type: string): string[] => t.filter((x) => x.includes(` ${type} `));
const demands = async (text: string): Promise<string[]> => only(await triples(text), 'DEMANDS_OF');
const criticism = async (text: string): Promise<string[]> => only(await triples(text), 'CRITICIZES');

describe('deadlines and ultimatums given', () => {
  it('reads a deadline given with the act it asks for', async () => {
    expect(await demands('Peru gave Bolivia a deadline of Friday to withdraw its troops.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru gave Bolivia until Friday to withdraw its troops.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru set a deadline for Bolivia to release the prisoners.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru issued an ultimatum to Bolivia.')).toEqual(['peru DEMANDS_OF bolivia']);
  });

  it('reads an ultimatum received, with its giver named after "by"', async () => {
    expect(await demands('Carlos Mendez was given a 45-minute ultimatum by Peru to resign.')).toEqual(['peru DEMANDS_OF carlos-mendez']);
    expect(await demands('Carlos Mendez was reportedly handed an ultimatum to resign by the Peruvian army.')).toEqual(['peru DEMANDS_OF carlos-mendez']);
  });

  it('does not read a deadline with no giver, no asked act, or one not given', async () => {
    expect(await demands('Carlos Mendez was given a 45-minute ultimatum to resign.')).toEqual([]);
    expect(await demands('Peru gave Bolivia a deadline extension.')).toEqual([]);
    expect(await demands('Peru missed a deadline to withdraw its troops from Bolivia.')).toEqual([]);
    expect(await demands('Peru did not give Bolivia a deadline to withdraw its troops.')).toEqual([]);
    expect(await demands('Peru may give Bolivia until Friday to withdraw its troops.')).toEqual([]);
    expect(await demands('Peru refused to give Bolivia a deadline to withdraw its troops.')).toEqual([]);
  });
});

describe('what X wants or told Y to do', () => {
  it('reads "wants Y to" and "told Y to" with an act a demand asks for', async () => {
    expect(await demands('Peru wants Bolivia to stop the shelling.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru told Bolivia to stop interfering in its affairs.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru told Bolivia again to withdraw its troops.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru ordered Bolivia to withdraw its troops.')).toEqual(['peru DEMANDS_OF bolivia']);
  });

  it('does not read a negated or hedged wish, a wish to join, or a telling asked of another', async () => {
    expect(await demands('Peru does not want Bolivia to stop the shelling.')).toEqual([]);
    expect(await demands('Peru never told Bolivia to withdraw its troops.')).toEqual([]);
    expect(await demands('Peru wants Bolivia to join the talks.')).toEqual([]);
    expect(await demands('Peru wants to stop Bolivia.')).toEqual([]);
    expect(await demands('Peru told reporters that Bolivia would withdraw.')).toEqual([]);
    expect(await demands('Peru urged Chile to tell Bolivia to withdraw its troops.')).not.toContain('peru DEMANDS_OF bolivia');
  });
});

describe('a demand named as a thing', () => {
  it('reads the owner of "demand that Y …", "demands for Y to …" and "ultimatum to Y"', async () => {
    expect(await demands('Peru\'s demand that Bolivia withdraw its troops was rejected.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru\'s demands for Bolivia to pay were ignored.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru\'s latest demand that Bolivia release Carlos Mendez was turned down.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru\'s ultimatum to Bolivia expires on Friday.')).toEqual(['peru DEMANDS_OF bolivia']);
  });

  it('does not read a demand with no owner, no addressee, or a possible one', async () => {
    expect(await demands('Peru\'s demand that the talks resume was rejected.')).toEqual([]);
    expect(await demands('Bolivia rejected reports of a demand that Chile withdraw.')).toEqual([]);
    expect(await demands('Peru\'s possible demand that Bolivia withdraw worried Chile.')).toEqual([]);
    expect(await demands('Peru\'s demand for Bolivia\'s help was rejected.')).toEqual([]);
  });
});

describe('what is demanded or requested back from Y', () => {
  it('reads a return, release or extradition demanded from Y as DEMANDS_OF', async () => {
    expect(await demands('Peru is demanding the return of the seized ships from Bolivia.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru demanded the release of Carlos Mendez from Bolivia.')).toEqual(['peru DEMANDS_OF bolivia']);
    expect(await demands('Peru demanded the extradition of Carlos Mendez from Bolivia.')).toEqual(['peru DEMANDS_OF bolivia']);
  });

  it('reads an extradition requested or sought from Y as APPEALS_TO (a request, 020)', async () => {
    expect(only(await triples('Peru requested the extradition of Carlos Mendez from Bolivia.'), 'APPEALS_TO')).toEqual(['peru APPEALS_TO bolivia']);
    expect(only(await triples('Peru sought Carlos Mendez\'s extradition from Bolivia.'), 'APPEALS_TO')).toEqual(['peru APPEALS_TO bolivia']);
  });

  it('does not read a withdrawal from a place, a hedged demand, or a return welcomed', async () => {
    expect(await demands('Peru demanded the withdrawal of Chilean troops from Bolivia.')).not.toContain('peru DEMANDS_OF bolivia');
    expect(await demands('Peru did not demand the return of the ships from Bolivia.')).toEqual([]);
    expect(await demands('Peru may demand the return of the ships from Bolivia.')).toEqual([]);
    expect(await demands('Peru welcomed the return of the ships from Bolivia.')).toEqual([]);
    expect(only(await triples('Peru could seek the extradition of Carlos Mendez from Bolivia.'), 'APPEALS_TO')).toEqual([]);
    expect(only(await triples('Peru requested the extradition of Carlos Mendez.'), 'APPEALS_TO')).toEqual([]);
  });
});

describe('a criticism verb in the speaker\'s own quoted words', () => {
  it('reads "said it “strongly condemns” …" as the speaker\'s criticism', async () => {
    expect(await criticism('In a statement, Peru said it “strongly condemns” the Bolivian attack.')).toEqual(['peru CRITICIZES bolivia']);
    expect(await criticism('Peru said it "deplores" the attack by Bolivia.')).toEqual(['peru CRITICIZES bolivia']);
    expect(await criticism('Bolivia shelled Chile on Monday. Peru said it “strongly condemns” the attack.')).toEqual(['peru CRITICIZES bolivia']);
    expect(only(await triples('Peru said it “firmly rejects” the Bolivian proposal.'), 'REJECTS')).toEqual(['peru REJECTS bolivia']);
  });

  it('does not read a negated, future or self-directed quoted criticism', async () => {
    expect(await criticism('Peru said it “does not condemn” the Bolivian attack.')).toEqual([]);
    expect(await criticism('Peru said it would “strongly condemn” any Bolivian attack.')).toEqual([]);
    expect(await criticism('Peru said it “refuses to condemn” the Bolivian attack.')).toEqual([]);
    expect(await criticism('Peru said it “strongly condemns” the Peruvian attack.')).toEqual([]);
  });
});

describe('a reaction drawn by "a move that …"', () => {
  it('reads the opening act\'s doer as criticised, in the sentence or the one before', async () => {
    expect(await criticism('Bolivia closed the border on Monday, a move that drew sharp criticism from Peru.')).toEqual(['peru CRITICIZES bolivia']);
    expect(await criticism('Bolivia closed the border on Monday in a move that sparked criticism from Peru.')).toEqual(['peru CRITICIZES bolivia']);
    expect(await criticism('Bolivia closed the border on Monday, a decision which drew condemnation from Peru and Chile.'))
      .toEqual(['chile CRITICIZES bolivia', 'peru CRITICIZES bolivia']);
    expect(await criticism('Bolivia closed the border on Monday. The move drew sharp criticism from Peru.')).toEqual(['peru CRITICIZES bolivia']);
  });

  it('does not read it when the doer is unsure, the reaction hedged, or the critic the doer', async () => {
    expect(await criticism('Bolivia and Chile closed the border on Monday, a move that drew sharp criticism from Peru.')).toEqual([]);
    expect(await criticism('Peru said Bolivia closed the border, a move that drew criticism from Chile.')).toEqual([]);
    expect(await criticism('Bolivia closed the border on Monday, a move that could draw criticism from Peru.')).toEqual([]);
    expect(await criticism('Bolivia closed the border on Monday. The move drew no criticism from Peru.')).toEqual([]);
    expect(await criticism('Bolivia closed the border on Monday. The move drew sharp criticism from Bolivia.')).toEqual([]);
  });
});

describe('an envoy summoned to hear a protest', () => {
  it('reads the protest as criticism of the envoy\'s state', async () => {
    expect(await criticism('Peru summoned Bolivia\'s ambassador to protest the arrests.')).toEqual(['peru CRITICIZES bolivia']);
    expect(await criticism('Peru summoned the Bolivian ambassador in protest at the arrests.')).toEqual(['peru CRITICIZES bolivia']);
    expect(await criticism('Peru summoned Bolivia\'s ambassador on Monday to lodge a formal protest.')).toEqual(['peru CRITICIZES bolivia']);
    expect(await criticism('Bolivia\'s ambassador was summoned by Peru to protest the arrests.')).toEqual(['peru CRITICIZES bolivia']);
  });

  it('does not read a summons alone, one for talks, one not made, or one\'s own envoy', async () => {
    expect(await criticism('Peru summoned Bolivia\'s ambassador over the arrests.')).toEqual([]);
    expect(await criticism('Peru summoned Bolivia\'s ambassador for consultations.')).toEqual([]);
    expect(await criticism('Peru summoned Bolivia\'s ambassador to discuss the arrests.')).toEqual([]);
    expect(await criticism('Peru did not summon Bolivia\'s ambassador to protest the arrests.')).toEqual([]);
    expect(await criticism('Peru may summon Bolivia\'s ambassador to protest the arrests.')).toEqual([]);
    expect(await criticism('Peru summoned its ambassador to Bolivia to protest the arrests.')).toEqual([]);
  });
});

describe('an act called politically motivated', () => {
  const ARREST = 'Bolivia arrested Carlos Mendez on Monday.';
  it('reads it as criticism of the act\'s doer named in the sentence before', async () => {
    expect(await criticism(`${ARREST} Peru called the arrests "politically motivated".`)).toEqual(['peru CRITICIZES bolivia']);
    expect(await criticism(`${ARREST} Peru called the arrests politically motivated.`)).toEqual(['peru CRITICIZES bolivia']);
  });

  it('does not read it negated, with two doers, of the critic\'s own act, or without a censure', async () => {
    expect(await criticism(`${ARREST} Peru did not call the arrests politically motivated.`)).toEqual([]);
    expect(await criticism('Bolivia and Chile arrested Carlos Mendez on Monday. Peru called the arrests politically motivated.')).toEqual([]);
    expect(await criticism('Peru arrested Carlos Mendez on Monday. Peru called the arrests politically motivated.')).toEqual([]);
    expect(await criticism(`${ARREST} Peru called the arrests lawful.`)).toEqual([]);
  });
});
