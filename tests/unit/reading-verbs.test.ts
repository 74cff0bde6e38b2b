// The reader's verb coverage: verbs taken from the PETRARCH2 lexicon (patterns/lexiconVerbs.ts), the hand-written
// overrides (patterns/verbs.ts), the merged index (patterns/verbIndex.ts) and acts told with a noun
// (patterns/actNouns.ts). Sentences written for the test.
import { EMPTY_DICTIONARY, readArticle } from '../../src/reading';
import { lexiconVerbRules } from '../../src/reading/patterns/lexiconVerbs';
import { verbIndex } from '../../src/reading/patterns/verbIndex';
import { lightVerbNouns } from '../../src/reading/patterns/actNouns';

async function triples(text: string): Promise<string[]> {
  const x = await readArticle({ title: 'Test', text }, EMPTY_DICTIONARY);
  return x.relationships.map((r) => `${r.from} ${r.type} ${r.to}`).sort();
}

describe('the verb index', () => {
  it('reads a form written by hand only as written there, whatever the lexicon says of it', () => {
    // PETRARCH codes bare "struck" as 190 and "warned" as 130; ours are a strike and a warning or threat.
    expect(verbIndex().get('struck')?.map((r) => r.type)).toEqual(['STRUCK']);
    expect(verbIndex().get('warned')?.every((r) => r.source !== 'lexicon')).toBe(true);
  });

  it('adds the lexicon verbs of the listed blocks with every form, and none of the blocks\' other verbs', () => {
    const rules = lexiconVerbRules();
    const lemma = (l: string): string[] => rules.filter((r) => r.lemma === l).map((r) => r.type);
    expect(lemma('lambaste')).toEqual(['CRITICIZES']);
    expect(lemma('kidnap')).toEqual(['HOLDS_CAPTIVE']);
    expect(lemma('imprison')).toEqual(['DETAINS']);
    expect(lemma('lecture')).toEqual([]);
    expect(lemma('charge')).toEqual([]);
    expect(verbIndex().get('castigated')?.[0]?.type).toBe('CRITICIZES');
  });

  it('takes the type of a light verb\'s noun from the lexicon pattern of that verb', () => {
    expect(lightVerbNouns().get('express')?.get('frustration')).toBe('CRITICIZES');
    expect(lightVerbNouns().get('voice')?.get('concern')).toBe('WARNS_ABOUT');
    expect(lightVerbNouns().get('pledge')?.get('support')).toBe('PLEDGED');
    expect(lightVerbNouns().get('express')?.get('surprise')).toBeUndefined();
  });
});

describe('verbs from the lexicon', () => {
  it('reads criticism verbs the hand list lacks, active and passive', async () => {
    expect(await triples('Jordan castigated Israel on Sunday.')).toEqual(['jordan CRITICIZES israel']);
    expect(await triples('Hamas lashed out at Egypt.')).toEqual(['hamas CRITICIZES egypt']);
    expect(await triples('Venezuela was rebuked by Brazil.')).toEqual(['brazil CRITICIZES venezuela']);
  });

  it('reads abductions and jailing of named people, not of a demonym', async () => {
    expect(await triples('Iran imprisoned Foreign Minister Ali Karimi last year.')).toContain('iran DETAINS ali-karimi');
    expect(await triples('Gunmen said Mali kidnapped Syrian workers.')).not.toContain('mali HOLDS_CAPTIVE syria');
  });

  it('reads the seizure of a place as conflict with the place, and seizing anything else as nothing', async () => {
    expect(await triples('Russia seized Crimea after weeks of unrest.')).toEqual(['russia IN_CONFLICT_WITH crimea']);
    expect(await triples('Ukraine took control of Crimea again.')).toEqual(['ukraine IN_CONFLICT_WITH crimea']);
    expect(await triples('Iran seized Greece’s tanker.')).toEqual([]);
  });

  it('reads "asked Y" as an appeal', async () => {
    expect(await triples('Egypt asked Israel to open the crossing.')).toEqual(['egypt APPEALS_TO israel']);
  });
});

describe('hand-written overrides', () => {
  it('reads warning someone as a threat, and warning of something as a warning', async () => {
    expect(await triples('Iran warned Israel against any further attack.')).toEqual(['iran THREATENS israel']);
    expect(await triples('Iran warned Israeli tourists.')).toEqual([]);
  });

  it('reads demands: on whom, with "that", and a call for someone\'s resignation', async () => {
    expect(await triples('Russia demanded that Ukraine pull back its troops.')).toEqual(['russia DEMANDS_OF ukraine']);
    expect(await triples('Armenia demanded Azerbaijan’s withdrawal.')).toEqual(['armenia DEMANDS_OF azerbaijan']);
    expect(await triples('Russia demanded the release of its sailors.')).toEqual([]);
    expect(await triples('Kenya called for Uganda to reopen the border.')).toEqual(['kenya APPEALS_TO uganda']);
  });

  it('reads pledges and offers to someone, not condolences', async () => {
    expect(await triples('Japan offered food and fuel to Sudan.')).toEqual(['japan PLEDGED sudan']);
    expect(await triples('Japan offered condolences to Morocco.')).toEqual([]);
  });

  it('reads rejections, sharp criticism and support', async () => {
    expect(await triples('Ukraine rebuffed Russia’s latest offer.')).toEqual(['ukraine REJECTS russia']);
    expect(await triples('Chile turned down Peru’s request.')).toEqual(['chile REJECTS peru']);
    expect(await triples('Jordan slammed Israel over the raid.')).toEqual(['jordan CRITICIZES israel']);
    expect(await triples('Turkey supports Somalia.')).toEqual(['turkey ENDORSES somalia']);
  });

  it('reads an act done to "each other" in both directions', async () => {
    expect(await triples('Armenia and Azerbaijan accused each other of shelling.')).toEqual([
      'armenia ACCUSES azerbaijan', 'azerbaijan ACCUSES armenia',
    ]);
  });

  it('does not code a hedged or negated act', async () => {
    expect(await triples('Jordan did not condemn Israel.')).toEqual([]);
    expect(await triples('Iran could threaten Israel.')).toEqual([]);
  });
});

describe('acts told with a noun', () => {
  it('reads concern over a place as a warning, and over an actor\'s conduct as criticism', async () => {
    expect(await triples('France expressed deep concern over the humanitarian situation in Gaza.')).toEqual(['france WARNS_ABOUT gaza-strip']);
    expect(await triples('Japan voiced concern over Chinese naval drills.')).toEqual(['japan CRITICIZES china']);
  });

  it('reads frustration with someone as criticism, and support for or of someone as praise or a pledge', async () => {
    expect(await triples('Brazil expressed frustration with Argentina.')).toEqual(['brazil CRITICIZES argentina']);
    expect(await triples('Spain reiterated its support for Morocco.')).toEqual(['spain ENDORSES morocco']);
    expect(await triples('Germany pledged support for Ukraine.')).toEqual(['germany PLEDGED ukraine']);
  });

  it('reads owned act nouns: support, condemnation, accusations and threats', async () => {
    expect(await triples('Turkey’s support for Somalia has grown.')).toEqual(['turkey ENDORSES somalia']);
    expect(await triples('The EU’s condemnation of Belarus was swift.')).toEqual(['european-union CRITICIZES belarus']);
    expect(await triples('Iran made fresh threats against Israel.')).toEqual(['iran THREATENS israel']);
    expect(await triples('Serbia made accusations against Croatia.')).toEqual(['serbia ACCUSES croatia']);
  });

  it('reads a capital after an act noun\'s preposition as its government, and after a plain place preposition as the city', async () => {
    expect(await triples('The EU imposed sanctions on Moscow.')).toEqual(['european-union SANCTIONS russia']);
    expect(await triples('Kosovo made accusations against Belgrade.')).toEqual(['kosovo ACCUSES serbia']);
    expect(await triples('The Hamas delegation arrived in Cairo.')).toEqual(['hamas VISITS cairo']);
  });
});
