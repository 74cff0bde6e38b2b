// Sanctions told in more ways (CAMEO 163, SANCTIONS): lists and blacklists, sanctions as a subject, restrictive
// measures and trade bans, passives, lists of the sanctioned, and a sanctioner carried to the next sentence. Every
// sentence here is the team's own, with invented names; none comes from an article.
import { supportedTriples as triples } from '../fixtures/reading';

const sanctions = async (text: string): Promise<string[]> => (await triples(text)).filter((t) => t.includes(' SANCTIONS '));

describe('names put on a sanctions list', () => {
  it('reads "added X and Y to its sanctions list" as the lister sanctioning each', async () => {
    const found = await sanctions('The European Union added Carlos Mendez and the Red Star Bank to its sanctions list.');
    expect(found).toContain('european-union SANCTIONS carlos-mendez');
    expect(found).toContain('european-union SANCTIONS red-star-bank');
  });

  it('reads a blacklist, the list of sanctioned entities and a sanctions regime', async () => {
    expect(await sanctions('Peru added Carlos Mendez to its blacklist.')).toEqual(['peru SANCTIONS carlos-mendez']);
    expect(await sanctions('Peru added the Andean Shipping Company to the list of sanctioned entities.')).toEqual(['peru SANCTIONS andean-shipping-company']);
    expect(await sanctions('Peru listed Carlos Mendez under its sanctions regime.')).toEqual(['peru SANCTIONS carlos-mendez']);
    expect(await sanctions('Peru put Bolivian banker Carlos Mendez on its sanctions list.')).toEqual(['peru SANCTIONS carlos-mendez']);
    expect(await sanctions('Peru added Carlos Mendez, Bolivia\'s interior minister, to its sanctions list.')).toEqual(['peru SANCTIONS carlos-mendez']);
  });

  it('reads the passive, with the list\'s owner or an agent', async () => {
    expect(await sanctions('Carlos Mendez was added to Peru\'s sanctions list.')).toEqual(['peru SANCTIONS carlos-mendez']);
    const found = await sanctions('Carlos Mendez and the Red Star Bank were added to the blacklist by Peru.');
    expect(found).toContain('peru SANCTIONS carlos-mendez');
    expect(found).toContain('peru SANCTIONS red-star-bank');
  });

  it('reads names added as sanctions widen: ", adding X and Y"', async () => {
    const found = await sanctions('The United States expanded its sanctions on Bolivia, adding forty companies and Carlos Mendez.');
    expect(found).toContain('united-states SANCTIONS bolivia');
    expect(found).toContain('united-states SANCTIONS carlos-mendez');
    expect(await sanctions('Peru tightened its sanctions, adding the Red Star Bank to its blacklist.')).toEqual(['peru SANCTIONS red-star-bank']);
  });

  it('does not read a listing planned, undone, refused, asked for, or on another list', async () => {
    expect(await sanctions('Peru plans to add Carlos Mendez to its sanctions list.')).toEqual([]);
    expect(await sanctions('Peru removed Carlos Mendez from its sanctions list.')).toEqual([]);
    expect(await sanctions('Peru did not add Carlos Mendez to its blacklist.')).toEqual([]);
    expect(await sanctions('Peru called for Carlos Mendez to be added to the sanctions list.')).toEqual([]);
    expect(await sanctions('Peru added Chile to the list of countries it trusts.')).toEqual([]);
    expect(await sanctions('Peru expanded its trade with Bolivia, adding Carlos Mendez to its delegation.')).toEqual([]);
    expect(await sanctions('Peru said it would expand sanctions, adding that Carlos Mendez had fled.')).toEqual([]);
  });
});

describe('sanctions as the subject', () => {
  it('reads the owner of sanctions that target, cover or are aimed at Y', async () => {
    expect(await sanctions('Peru\'s new sanctions target twelve Bolivian banks and the Andean Shipping Company.')).toContain('peru SANCTIONS andean-shipping-company');
    expect(await sanctions('Chilean sanctions now cover the Red Star Bank.')).toEqual(['chile SANCTIONS red-star-bank']);
    expect(await sanctions('Peru\'s sanctions are aimed at the Red Star Bank.')).toEqual(['peru SANCTIONS red-star-bank']);
  });

  it('reads the agent of sanctions "announced by X", set off by commas or not', async () => {
    expect(await sanctions('The sanctions, announced by Peru on Monday, target Bolivia\'s oil exports.')).toEqual(['peru SANCTIONS bolivia']);
    expect(await sanctions('The sanctions imposed by Peru target Carlos Mendez and Ana Rojas.')).toEqual(['peru SANCTIONS ana-rojas', 'peru SANCTIONS carlos-mendez']);
  });

  it('does not read a committee, a future target, a negation or an economy hurt', async () => {
    expect(await sanctions('Peru\'s sanctions committee met Carlos Mendez.')).toEqual([]);
    expect(await sanctions('Peru\'s sanctions will target the Red Star Bank.')).toEqual([]);
    expect(await sanctions('Chile\'s sanctions did not target Carlos Mendez.')).toEqual([]);
    expect(await triples('The sanctions on Bolivia hit Chile\'s economy.')).not.toContain('bolivia STRUCK chile');
  });
});

describe('measures named by their kind', () => {
  it('reads restrictive measures, export restrictions and controls, travel bans placed on Y', async () => {
    expect(await sanctions('The European Union imposed restrictive measures on Carlos Mendez, Bolivia\'s interior minister.')).toEqual(['european-union SANCTIONS carlos-mendez']);
    expect(await sanctions('The EU also placed export restrictions on the Andean Shipping Company.')).toEqual(['european-union SANCTIONS andean-shipping-company']);
    expect(await sanctions('Peru introduced export controls on the Red Star Bank.')).toEqual(['peru SANCTIONS red-star-bank']);
    expect(await sanctions('Peru placed sanctions on Carlos Mendez.')).toEqual(['peru SANCTIONS carlos-mendez']);
    expect(await sanctions('Peru imposed an arms embargo on Bolivia.')).toEqual(['peru SANCTIONS bolivia']);
    expect(await sanctions('Peru responded by imposing sanctions on Bolivia.')).toEqual(['peru SANCTIONS bolivia']);
  });

  it('reads sanctions targeting or aimed at Y, and every name "including" lists', async () => {
    expect(await sanctions('The United Kingdom announced sanctions targeting Bolivian officials, including Carlos Mendez.')).toContain('united-kingdom SANCTIONS carlos-mendez');
    expect(await sanctions('Peru announced sanctions aimed at the Red Star Bank.')).toEqual(['peru SANCTIONS red-star-bank']);
    const both = await sanctions('Peru imposed sanctions against Bolivian officials, including Carlos Mendez and Ana Rojas.');
    expect(both).toContain('peru SANCTIONS carlos-mendez');
    expect(both).toContain('peru SANCTIONS ana-rojas');
  });

  it('does not read measures threatened, lifted, called for, refused or supposed', async () => {
    expect(await sanctions('Peru threatened sanctions on Bolivia.')).toEqual([]);
    expect(await sanctions('Peru lifted sanctions on Bolivia.')).toEqual([]);
    expect(await sanctions('Peru called for sanctions on Bolivia.')).toEqual([]);
    expect(await sanctions('Sanctions could be imposed on Bolivia.')).toEqual([]);
    expect(await sanctions('Bolivia evaded sanctions.')).toEqual([]);
    expect(await sanctions('Peru refused to impose sanctions on Bolivia.')).toEqual([]);
    expect(await sanctions('Peru may place export restrictions on the Andean Shipping Company.')).toEqual([]);
    expect(await sanctions('Peru lifted its travel ban on Carlos Mendez.')).toEqual([]);
    // A denial is disputed, not stated (docs/reading.md, "Stance").
    expect(await sanctions('Peru denied imposing sanctions on Bolivia.')).toEqual([]);
  });
});

describe('trade banned with a state', () => {
  it('reads a ban on imports from, or exports to, a state as SANCTIONS the state', async () => {
    expect(await sanctions('Peru announced a ban on imports of Bolivian gas.')).toEqual(['peru SANCTIONS bolivia']);
    expect(await sanctions('Peru banned all imports from Bolivia.')).toEqual(['peru SANCTIONS bolivia']);
    expect(await sanctions('Peru halted copper exports to Bolivia.')).toEqual(['peru SANCTIONS bolivia']);
    expect(await sanctions('Peru imposed an export ban on Bolivia.')).toEqual(['peru SANCTIONS bolivia']);
    expect(await sanctions('Peru banned imports of gas from Bolivia and Chile.')).toEqual(['peru SANCTIONS bolivia', 'peru SANCTIONS chile']);
  });

  it('does not read a ban with no state, lifted, threatened, refused, or of people', async () => {
    expect(await sanctions('Peru banned imports of plastic bags.')).toEqual([]);
    expect(await sanctions('Peru lifted its ban on Bolivian gas imports.')).toEqual([]);
    expect(await sanctions('Peru threatened to ban imports from Bolivia.')).toEqual([]);
    expect(await sanctions('Peru may ban imports from Bolivia.')).toEqual([]);
    expect(await sanctions('Peru refused to ban imports from Bolivia.')).toEqual([]);
    expect(await sanctions('Peru banned Bolivian journalists from the summit.')).toEqual([]);
    expect(await sanctions('Peru halted its offensive in Bolivia.')).toEqual([]);
  });
});

describe('the sanctioned in the passive', () => {
  it('reads "among those sanctioned by X were Y and Z" and its turns', async () => {
    const among = await sanctions('Among those sanctioned by Peru were Carlos Mendez and the Red Star Bank.');
    expect(among).toContain('peru SANCTIONS carlos-mendez');
    expect(among).toContain('peru SANCTIONS red-star-bank');
    expect(await sanctions('Those sanctioned by Peru on Monday include Carlos Mendez.')).toEqual(['peru SANCTIONS carlos-mendez']);
    expect(await sanctions('Carlos Mendez was among those sanctioned by Peru.')).toEqual(['peru SANCTIONS carlos-mendez']);
    expect(await sanctions('Carlos Mendez, who was sanctioned by Peru in 2022, denied the charges.')).toEqual(['peru SANCTIONS carlos-mendez']);
  });

  it('reads "Y was hit by Chilean sanctions" as Chile sanctioning Y, and no strike', async () => {
    const hit = await triples('Peru was hit by Chilean sanctions.');
    expect(hit).toContain('chile SANCTIONS peru');
    expect(hit).not.toContain('chile STRUCK peru');
    expect(hit).not.toContain('peru SANCTIONS chile');
  });

  it('reads "X hit Y with new sanctions" as a sanction, and keeps arms a strike and tariffs no strike', async () => {
    const sanctioned = await triples('Peru hit Bolivia with new sanctions.');
    expect(sanctioned).toContain('peru SANCTIONS bolivia');
    expect(sanctioned).not.toContain('peru STRUCK bolivia');
    expect(await triples('Peru hit Bolivia with missiles.')).toContain('peru STRUCK bolivia');
    expect(await triples('Peru hit Bolivia with tariffs.')).toEqual([]);
  });

  it('does not read what those sanctioned said, those struck, or a committee', async () => {
    expect(await sanctions('Carlos Mendez said those sanctioned by Peru were innocent.')).toEqual([]);
    expect(await sanctions('Among those targeted by Peru were Bolivian rebels.')).toEqual([]);
    expect(await sanctions('Peru\'s sanctions committee met on Monday.')).toEqual([]);
  });
});

describe('a sanctioner carried to the next sentence', () => {
  it('reads "The measures include … on Y" as the one sanctioner of the sentence before', async () => {
    const found = await sanctions('Peru imposed sanctions on Bolivia on Monday. The measures include an asset freeze and a travel ban on Carlos Mendez.');
    expect(found).toContain('peru SANCTIONS carlos-mendez');
    const target = await sanctions('Peru imposed sanctions on Bolivia on Monday. The sanctions target Ana Rojas.');
    expect(target).toContain('peru SANCTIONS ana-rojas');
  });

  it('does not carry it when two sanctioned, or none', async () => {
    expect(await sanctions('Peru and Chile imposed sanctions on Bolivia. The measures include a travel ban on Carlos Mendez.')).not.toContain('peru SANCTIONS carlos-mendez');
    expect(await sanctions('Bolivia held talks with Chile. The measures include a travel ban on Carlos Mendez.')).toEqual([]);
  });
});
