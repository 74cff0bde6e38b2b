// The lexicon compiled from the PETRARCH2 dictionaries: the generator on a sample dictionary written for these tests
// (tests/fixtures/petrarch2-sample, PETRARCH's formats), and the committed generated files under
// src/reading/lexicon/petrarch2 (their source lives outside the repository, so only their origin header is checked).
import fs from 'node:fs';
import path from 'node:path';
import { ALL_RELATIONSHIP_TYPES } from '../../src/graph/vocabulary';
import { generateLexicon } from '../../src/reading/lexicon/generate';
import {
  actorsByKey, agentPhrases, discardPhrases, LEXICON_FILES_DIR, lexiconOrigins, personsByKey, tokenPhrases, typeOfCameoCode, verbBlocks, verbForms,
  type VerbSense,
} from '../../src/reading/lexicon';
import type { ActorsFile, AgentsFile, DiscardsFile, VerbsFile } from '../../src/reading/lexicon/types';

const SAMPLE = path.join(__dirname, '..', 'fixtures', 'petrarch2-sample');

describe('the generator on a sample dictionary', () => {
  const generated = generateLexicon(SAMPLE);
  const json = <T>(name: string): T => JSON.parse(generated.files.get(name) ?? 'null') as T;
  const verbs = json<VerbsFile>('verbs.json');
  const actors = json<ActorsFile>('actors.json');
  const persons = json<ActorsFile>('persons.json');
  const agents = json<AgentsFile>('agents.json').agents;
  const discards = json<DiscardsFile>('discards.json').discards;

  test('a regular verb gets its -s, -ed and -ing forms, each coded with its block\'s CAMEO code and type', () => {
    for (const form of ['accuse', 'accuses', 'accused', 'accusing', 'blamed']) {
      expect(verbs.forms[form]?.map((s) => s.event)).toEqual([{ code: '112', type: 'ACCUSES' }]);
    }
  });

  test('a multi-word verb is indexed under its inflected word, irregular forms as listed, with its particle', () => {
    expect(verbs.forms['broke']).toEqual([{ block: 1, lemma: 'break off', event: null, particlesAfter: ['off'], objectVia: [] }]);
    expect(verbs.forms['broken']?.[0]?.particlesAfter).toEqual(['off']);
    expect(verbs.forms['breaked']).toBeUndefined();
    // No {…}: regular forms of the word marked `+`, the verb's own code (164 halt negotiations → WITHDREW_FROM).
    expect(verbs.forms['called']).toEqual([{ block: 1, lemma: 'call off', event: { code: '164', type: 'WITHDREW_FROM' }, particlesAfter: ['off'], objectVia: [''] }]);
  });

  test('a pattern keeps its words, prepositional phrase and target slot in order, and derives objectVia', () => {
    const breakOff = verbs.blocks[1];
    expect(breakOff?.patterns[0]).toEqual({
      event: { code: '164', type: 'WITHDREW_FROM' }, before: [],
      after: [{ word: 'talks' }, { prep: 'with', object: [{ slot: 'target' }] }], objectVia: 'with', needs: ['talks'], line: 24,
    });
    const meet = verbs.blocks[2];
    expect(meet?.patterns[0]).toMatchObject({ event: { code: '040', type: 'MEETS_WITH' }, reverse: { code: '040', type: 'MEETS_WITH' }, objectVia: 'with', needs: [] });
    expect(meet?.patterns[1]).toMatchObject({ before: [{ slot: 'source' }], event: { code: '042', type: 'VISITS' }, reverse: { code: '043', type: 'HOSTS' }, objectVia: '' });
    // The verb's own objectVia comes from its code's patterns that need no other words.
    expect(verbs.forms['met']?.[0]?.objectVia).toEqual(['with']);
  });

  test('a synset expands to its phrases with regular plurals, except phrases ending in _', () => {
    expect(verbs.synsets['&CEASEFIRE']).toEqual([['truce'], ['truces'], ['cease', 'fire']]);
    expect(verbs.blocks[0]?.patterns[0]?.after).toEqual([{ prep: 'of', object: [{ synset: '&CEASEFIRE' }, { word: 'violation' }] }]);
    expect(verbs.blocks[1]?.patterns[1]?.after).toEqual([{ phrase: [{ synset: '&CEASEFIRE' }, { word: 'talks' }] }]);
  });

  test('a [---] pattern is kept as "no event", overriding the verb\'s own code', () => {
    expect(verbs.blocks[0]?.patterns[1]).toMatchObject({ event: null, noEvent: true, after: [{ word: 'rumours' }], needs: ['rumours'] });
    expect(verbs.blocks[2]?.patterns[2]).toMatchObject({ event: null, noEvent: true, before: [{ synset: '&AUXVERB_' }] });
  });

  test('patterns naming an undefined synset and transformations are dropped and counted', () => {
    expect(verbs.blocks[2]?.patterns).toHaveLength(3);
    expect(generated.verbStats.dropped).toEqual({ 'pattern-unknown-synset': 1, transformation: 1 });
  });

  test('a country\'s synonyms become aliases, its adjective, its capital and places of it', () => {
    const france = actors.countries.find((a) => a.kind === 'COUNTRY');
    expect(france).toEqual({ name: 'France', kind: 'COUNTRY', codes: [{ code: 'FRA' }], adjectives: ['French'], capital: 'Paris', aliases: ['French Republic'] });
    const places = actors.countries.filter((a) => a.kind === 'PLACE').map((a) => [a.name, a.country]);
    expect(places).toEqual([['Marseille', 'FRA'], ['Paris', 'FRA']]);
  });

  test('a person keeps synonyms and codes with date ranges (YYMMDD: 95 → 1995, 07 → 2007)', () => {
    expect(persons.countries).toEqual([{
      name: 'Jean Example', kind: 'PERSON', aliases: ['President Example', 'J. Example'],
      codes: [{ code: 'FRAGOV', from: '1995-05-17', to: '2007-05-16' }, { code: 'FRAELI' }],
    }]);
  });

  test('organizations and armed groups get a kind and display names, acronyms kept in capitals', () => {
    expect(actors.countries.find((a) => a.name === 'French Armed Forces')).toMatchObject({ kind: 'ORGANIZATION', codes: [{ code: 'FRAMIL' }] });
    expect(actors.international).toEqual([{ name: 'North Atlantic Treaty Organization', kind: 'ORGANIZATION', codes: [{ code: 'IGOWSTNAT' }], aliases: ['NATO'] }]);
    expect(actors.nonstate).toEqual([{ name: 'Sample Liberation Front (SLF)', kind: 'GROUP', codes: [{ code: 'FRAREB' }], aliases: ['SLF'] }]);
  });

  test('agents: substitution markers, plurals (regular, listed, none), role codes and categories', () => {
    const byPhrase = new Map(agents.map((a) => [a.phrase, a]));
    expect(byPhrase.get('foreign minister')).toEqual({ phrase: 'foreign minister', code: 'GOVFRM', attach: 'after', category: 'MINISTER_OR_OFFICIAL' });
    expect(byPhrase.get('foreign ministers')?.code).toBe('GOVFRM');
    expect(byPhrase.get('prime minister')?.category).toBe('HEAD_OF_STATE_OR_GOVERNMENT');
    expect(byPhrase.get('prime ministers')?.plural).toBe(true);
    expect(byPhrase.get('police')?.category).toBe('OTHER');
    expect(byPhrase.has('polices')).toBe(false);
    expect(byPhrase.get('rebels')).toMatchObject({ code: 'REB', plural: true });
    expect(byPhrase.get('army chiefs')).toMatchObject({ code: 'MIL', category: 'MILITARY', plural: true });
    expect(byPhrase.get('human rights body')).toMatchObject({ code: 'NGO', attach: 'before' });
  });

  test('discards keep scope (story with +) and whether the phrase ends at a word boundary (_)', () => {
    expect(discards).toEqual([
      { phrase: 'baseball', scope: 'sentence', wholeWord: false },
      { phrase: 'world cup', scope: 'story', wholeWord: true },
    ]);
  });

  test('every file carries the origin header, and a second run is byte-identical', () => {
    for (const name of ['verbs.json', 'actors.json', 'persons.json', 'agents.json', 'discards.json']) {
      expect(json<{ origin: { repository: string; commit: string } }>(name).origin).toMatchObject({ repository: 'openeventdata/petrarch2', commit: '676801c' });
    }
    expect(generated.files.get('LICENSE')).toBe(fs.readFileSync(path.join(SAMPLE, 'LICENSE'), 'utf8'));
    expect(generateLexicon(SAMPLE).files).toEqual(generated.files);
  });
});

describe('CAMEO code → relationship type', () => {
  test('the longest listed prefix decides; unlisted codes map to null', () => {
    expect(typeOfCameoCode('1952')).toBe('STRUCK');
    expect(typeOfCameoCode('036')).toBe('PLEDGED');
    expect(typeOfCameoCode('0841')).toBe('RELEASED');
    expect(typeOfCameoCode('0842')).toBeNull();
    expect(typeOfCameoCode('161')).toBeNull();
    expect(typeOfCameoCode('1124')).toBe('ACCUSES');
  });
});

describe('the committed lexicon', () => {
  const types = (sense: VerbSense): string[] => [sense.event?.type ?? '', ...sense.block.patterns.map((p) => p.event?.type ?? '')];

  test('verb forms load with senses in the expected numbers', () => {
    const forms = verbForms();
    expect(forms.size).toBeGreaterThan(6000);
    expect(forms.size).toBeLessThan(8000);
    const patterns = verbBlocks().reduce((n, b) => n + b.patterns.length, 0);
    expect(patterns).toBeGreaterThan(4500);
    expect(patterns).toBeLessThan(4800);
    expect(forms.get('accused')?.map((s) => s.event?.type)).toEqual(['ACCUSES']);
  });

  test('"mediated" and "struck" reach MEDIATES and STRUCK through their blocks\' patterns', () => {
    expect(verbForms().get('mediated')?.flatMap(types)).toContain('MEDIATES');
    expect(verbForms().get('struck')?.flatMap(types)).toContain('STRUCK');
    expect(verbForms().get('carried')?.some((s) => s.lemma === 'carry out' && s.particlesAfter.join(' ') === 'out')).toBe(true);
  });

  test('every mapped type is in the vocabulary, and synset tokens expand to phrases', () => {
    const vocabulary = new Set<string>(ALL_RELATIONSHIP_TYPES);
    const mapped = new Set<string>();
    for (const senses of verbForms().values()) for (const s of senses) for (const t of types(s)) if (t) mapped.add(t);
    expect([...mapped].filter((t) => !vocabulary.has(t))).toEqual([]);
    expect(mapped.size).toBeGreaterThan(20);
    expect(tokenPhrases({ synset: '&CEASEFIRE' })).toContainEqual(['truce']);
  });

  test('agents, actors, persons and discards load in the expected numbers', () => {
    expect(agentPhrases().get('foreign minister')?.[0]).toMatchObject({ category: 'MINISTER_OR_OFFICIAL' });
    expect(agentPhrases().get('rebels')?.[0]?.code).toBe('REB');
    const usa = actorsByKey().get('unitedstates')?.find((m) => m.actor.kind === 'COUNTRY');
    expect(usa?.actor.codes).toEqual([{ code: 'USA' }]);
    expect(actorsByKey().get('afghan')?.[0]).toMatchObject({ form: 'adjective' });
    expect(actorsByKey().size).toBeGreaterThan(8000);
    expect(personsByKey().size).toBeGreaterThan(15000);
    expect(personsByKey().get('barackobama')?.[0]?.actor.codes.some((c) => c.code === 'USAGOV' && c.from === '2009-01-20')).toBe(true);
    expect(discardPhrases().size).toBeGreaterThan(400);
  });

  test('the generated files carry the origin header and PETRARCH2\'s licence', () => {
    const origins = lexiconOrigins() as Record<string, { repository: string; commit: string; files: Array<{ name: string; sha256: string }> }>;
    for (const origin of Object.values(origins)) {
      expect(origin).toMatchObject({ repository: 'openeventdata/petrarch2', commit: '676801c', commitDate: '2019-03-18' });
      for (const f of origin.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(origins['verbs.json']?.files.map((f) => f.name)).toEqual(['CAMEO.2.0.txt']);
    expect(fs.readFileSync(path.join(LEXICON_FILES_DIR, 'LICENSE'), 'utf8')).toContain('Copyright (c) 2014 Open Event Data');
    expect(fs.readFileSync(path.join(LEXICON_FILES_DIR, 'ORIGIN.md'), 'utf8')).toContain('676801c');
  });
});
