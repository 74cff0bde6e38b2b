// Membership and accusations told in more ways: a body naming its members ("the bloc, made up of Peru and Chile,"),
// a rank among members and a seat acted on in the passive, a commander of a body named before its group noun;
// allegations of a present act, of a state's agents' plot or an attack bearing a state's hallmarks, and charges told
// in the passive with their agent after the charge. Every sentence here is the team's own; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

const of = async (text: string, type: string): Promise<string[]> => (await triples(text)).filter((x) => x.includes(` ${type} `));

describe('a body naming its members', () => {
  it('reads "which includes", "which groups" and "comprising" after the body', async () => {
    expect(await of('The Andean Community, which includes Peru and Bolivia, met in Lima.', 'MEMBER_OF')).toEqual(['bolivia MEMBER_OF andean-community', 'peru MEMBER_OF andean-community']);
    expect(await of('The 15-member Andean Community, which groups Peru, Bolivia and Chile, met in Lima.', 'MEMBER_OF')).toEqual(['bolivia MEMBER_OF andean-community', 'chile MEMBER_OF andean-community', 'peru MEMBER_OF andean-community']);
    expect(await of('The Andean Community, comprising Peru and Bolivia, met in Lima.', 'MEMBER_OF')).toEqual(['bolivia MEMBER_OF andean-community', 'peru MEMBER_OF andean-community']);
  });

  it('reads "made up of" after the body named again as "the bloc"', async () => {
    expect(await of('The Andean Community met in Quito. The bloc, made up of Peru, Bolivia and Chile, called for calm.', 'MEMBER_OF')).toEqual(['bolivia MEMBER_OF andean-community', 'chile MEMBER_OF andean-community', 'peru MEMBER_OF andean-community']);
  });

  it('reads "whose members include" and the body\'s member states named after it', async () => {
    expect(await of('The Pacific Alliance, whose members include Peru and Chile, met in Lima.', 'MEMBER_OF')).toEqual(['chile MEMBER_OF pacific-alliance', 'peru MEMBER_OF pacific-alliance']);
    expect(await of('The Pacific Alliance\'s member states, including Peru and Chile, condemned the coup.', 'MEMBER_OF')).toEqual(['chile MEMBER_OF pacific-alliance', 'peru MEMBER_OF pacific-alliance']);
    expect(await of('On Monday the Pacific Alliance member states, including Peru and Chile, condemned the coup.', 'MEMBER_OF')).toEqual(['chile MEMBER_OF pacific-alliance', 'peru MEMBER_OF pacific-alliance']);
  });

  it('makes no member of a name denied, not right after the verb, or of an event', async () => {
    expect(await of('The Andean Community, which does not include Chile, met in Lima.', 'MEMBER_OF')).toEqual([]);
    expect(await of('The Andean Community, which includes observers from Chile, met in Lima.', 'MEMBER_OF')).toEqual([]);
    expect(await of('The Andean Community, which Peru left in 2020, met in Lima.', 'MEMBER_OF')).toEqual([]);
    expect(await of('The summit, which included Peru and Chile, ended in Lima.', 'MEMBER_OF')).toEqual([]);
    expect(await of('The Andean Community, which criticized Peru, met in Lima.', 'MEMBER_OF')).toEqual([]);
    // A singular member noun names one member.
    expect(await of('The Pacific Alliance member Peru and Bolivia held talks.', 'MEMBER_OF')).not.toContain('bolivia MEMBER_OF pacific-alliance');
  });
});

describe('membership by rank and by a seat acted on', () => {
  it('reads "became the 30th / newest member of"', async () => {
    expect(await of('Peru became the 30th member of the Pacific Alliance.', 'MEMBER_OF')).toEqual(['peru MEMBER_OF pacific-alliance']);
    expect(await of('Peru became the newest member of the Pacific Alliance.', 'MEMBER_OF')).toEqual(['peru MEMBER_OF pacific-alliance']);
  });

  it('reads a membership suspended or reinstated in the passive as membership', async () => {
    expect(await of('Peru\'s membership in the Pacific Alliance was suspended last year.', 'MEMBER_OF')).toEqual(['peru MEMBER_OF pacific-alliance']);
    expect(await of('Chile\'s membership of the Andean Community has been reinstated.', 'MEMBER_OF')).toEqual(['chile MEMBER_OF andean-community']);
  });

  it('makes no member of a future, applied-for, denied, debated or former membership', async () => {
    expect(await of('Peru will become the 30th member of the Pacific Alliance.', 'MEMBER_OF')).toEqual([]);
    expect(await of('Peru applied to join the Pacific Alliance.', 'MEMBER_OF')).toEqual([]);
    expect(await of('Peru\'s membership in the Pacific Alliance was not suspended.', 'MEMBER_OF')).toEqual([]);
    expect(await of('Peru\'s membership in the Pacific Alliance could be suspended.', 'MEMBER_OF')).toEqual([]);
    expect(await of('Peru\'s membership in the Pacific Alliance was debated.', 'MEMBER_OF')).toEqual([]);
    expect(await of('Peru\'s bid for membership in the Pacific Alliance was rejected.', 'MEMBER_OF')).toEqual([]);
    expect(await of('Carlos Mendez, a former member of the Future Front, fled to Chile.', 'MEMBER_OF')).toEqual([]);
  });

  it('still reads suspending one\'s own membership as leaving', async () => {
    expect(await triples('Peru suspended its membership in the Pacific Alliance.')).toEqual(['peru WITHDREW_FROM pacific-alliance']);
  });
});

describe('a commander of a body named before its group noun', () => {
  it('makes "a (senior) commander / leader of the Red Hand rebels" a member, and "the commander of" its leader', async () => {
    expect(await triples('Carlos Mendez, a senior commander of the Red Hand rebels, was killed.')).toContain('carlos-mendez MEMBER_OF red-hand');
    expect(await triples('Carlos Mendez, a commander of the Red Flag militia, was killed.')).toContain('carlos-mendez MEMBER_OF red-flag');
    expect(await triples('Carlos Mendez, a senior leader of the Red Flag militia, was killed.')).toContain('carlos-mendez MEMBER_OF red-flag');
    expect(await triples('Carlos Mendez, the commander of the Red Flag militia, was killed.')).toContain('carlos-mendez LEADS red-flag');
    expect(await triples('Carlos Mendez, the commander of the Red Flag militia, was killed.')).not.toContain('carlos-mendez MEMBER_OF red-flag');
  });

  it('reads "the Red Hand rebels" as the body elsewhere too', async () => {
    expect(await triples('Bolivian troops attacked the Red Hand rebels.')).toContain('bolivia STRUCK red-hand');
  });

  it('names no body by a demonym or a describing word before the men', async () => {
    expect(await of('Carlos Mendez, a commander of the Bolivian rebels, was killed.', 'MEMBER_OF')).toEqual([]);
    expect(await of('Carlos Mendez, a commander of the Islamist fighters, was killed.', 'MEMBER_OF')).toEqual([]);
  });
});

describe('allegations', () => {
  it('reads "alleged (that) Y <present act>" as blame', async () => {
    expect(await of('Peru has alleged that Bolivia funds the rebels.', 'ACCUSES')).toEqual(['peru ACCUSES bolivia']);
    expect(await of('Peru alleges Bolivia armed the rebels.', 'ACCUSES')).toEqual(['peru ACCUSES bolivia']);
  });

  it('blames the state whose agents or intelligence are said to have planned the attack', async () => {
    expect(await of('Peru claimed that Bolivian agents had planned the attack.', 'ACCUSES')).toEqual(['peru ACCUSES bolivia']);
    expect(await of('Peru alleged that Chile\'s intelligence services had planned the attack.', 'ACCUSES')).toEqual(['peru ACCUSES chile']);
    expect(await of('Peru said the attack bore the hallmarks of Bolivian intelligence.', 'ACCUSES')).toEqual(['peru ACCUSES bolivia']);
    expect(await of('Peru said the bombing had all the hallmarks of a Bolivian operation.', 'ACCUSES')).toEqual(['peru ACCUSES bolivia']);
  });

  it('blames no one for speech, a plan that is no attack, a denial, a negation or an adjective', async () => {
    expect(await of('Peru alleged that Bolivia says it will attack.', 'ACCUSES')).toEqual([]);
    expect(await of('Peru said Bolivia planned a visit to Lima.', 'ACCUSES')).toEqual([]);
    expect(await of('Peru claimed that Bolivian agents had visited Lima.', 'ACCUSES')).toEqual([]);
    expect(await of('Peru said the plan bore the hallmarks of Chilean diplomacy.', 'ACCUSES')).toEqual([]);
    expect(await of('Peru said the attack did not bear the hallmarks of Bolivian intelligence.', 'ACCUSES')).toEqual([]);
    expect(await of('Peru denied that Bolivia funds the rebels.', 'ACCUSES')).toEqual([]);
    expect(await of('Peru did not allege that Bolivia funds the rebels.', 'ACCUSES')).toEqual([]);
    expect(await of('Peru did not accuse Bolivia of anything.', 'ACCUSES')).toEqual([]);
    expect(await of('The alleged plot by Carlos Mendez was uncovered in Lima.', 'ACCUSES')).toEqual([]);
  });
});

describe('charges told in the passive with their agent after the charge', () => {
  it('reads "was charged with / accused of / indicted on … by Y"', async () => {
    expect(await of('Carlos Mendez was charged with treason by a Peruvian court.', 'ACCUSES')).toEqual(['peru ACCUSES carlos-mendez']);
    expect(await of('Carlos Mendez was accused of spying by Peru.', 'ACCUSES')).toEqual(['peru ACCUSES carlos-mendez']);
    expect(await of('Ana Rojas has been indicted on corruption charges by Chile.', 'ACCUSES')).toEqual(['chile ACCUSES ana-rojas']);
    expect(await of('Carlos Mendez was accused by Peru of spying.', 'ACCUSES')).toEqual(['peru ACCUSES carlos-mendez']);
  });

  it('names no accuser without "by", past a negation or hedge, past a name in the charge, or for a participle\'s "by"', async () => {
    expect(await of('Carlos Mendez was charged with treason on Monday.', 'ACCUSES')).toEqual([]);
    expect(await of('Carlos Mendez, who is accused of plotting a coup, fled to Chile.', 'ACCUSES')).toEqual([]);
    expect(await of('Carlos Mendez was not charged with treason by the court in Peru.', 'ACCUSES')).toEqual([]);
    expect(await of('Carlos Mendez could be charged with treason by Peru.', 'ACCUSES')).toEqual([]);
    expect(await of('Carlos Mendez was accused of working for Bolivia by Peru.', 'ACCUSES')).toEqual([]);
    expect(await of('Carlos Mendez was charged with leading the attack carried out by the Red Flag militia.', 'ACCUSES')).toEqual([]);
  });
});
