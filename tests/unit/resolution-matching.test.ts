// The pure matching behind resolution against the graph: name words, short forms, event kinds and names, the
// choice among event candidates, and how decisions rewrite an extraction. Sentences and names are the tests' own.
import { eventHeadKey, eventKind, eventNameKey } from '../../src/facts/eventKinds';
import { eventName, eventPhrase } from '../../src/facts/eventNames';
import { isProperName, isRespelling, isShortFormName, isShortFormOf, nameWords, sameNameReordered, searchWords } from '../../src/facts/personNames';
import { applyResolutions } from '../../src/facts/resolution';
import { chooseEvent, eventReadings, type EventReading, PROCESS_WINDOW_DAYS, withinWindow } from '../../src/facts/resolveEvents';
import { personQuery, resolvePerson } from '../../src/facts/resolvePeople';
import { CANDIDATE_LIMIT, type CandidateEntity, type EventCandidate } from '../../src/graph/resolution';
import { nameWordsQuery } from '../../src/graph/lucene';
import type { ExtractedEntity, ExtractedRelationship, Extraction } from '../../src/reading/types';

const person = (id: string, name: string, aliases: string[] = []): CandidateEntity => ({ id, name, kind: 'PERSON', aliases });
const entity = (id: string, name: string, kind: ExtractedEntity['kind'] = 'PERSON', existing = false): ExtractedEntity =>
  ({ id, name, kind, aliases: [], existing, mentions: [], roles: [] });
const rel = (type: ExtractedRelationship['type'], from: string, to: string): ExtractedRelationship =>
  ({ type, from, to, quote: `${from} ${to}`, span: { start: 0, end: 1 }, confidence: 0.8, rule: 'test', stance: 'SUPPORTS' });

describe('person names', () => {
  test('honorifics in front and particles are set aside, accents folded, hyphens split', () => {
    expect(nameWords('Sheikh Tamim')).toEqual(['tamim']);
    expect(nameWords('Tamim bin Hamad Al Thani')).toEqual(['tamim', 'hamad', 'thani']);
    expect(nameWords('Abdel-Fattah al-Burhan')).toEqual(['abdel', 'fattah', 'burhan']);
    expect(nameWords('Gen. al-Burhan')).toEqual(['burhan']);
    expect(nameWords('Recep Tayyip Erdoğan')).toEqual(['recep', 'tayyip', 'erdogan']);
    expect(nameWords('Dr')).toEqual(['dr']);
  });

  test('a short form is one or two name words found whole, in order, in a longer name', () => {
    expect(isShortFormOf('Sheikh Tamim', 'Tamim bin Hamad Al Thani')).toBe(true);
    expect(isShortFormOf('al-Burhan', 'Abdel-Fattah al-Burhan')).toBe(true);
    expect(isShortFormOf('El Burhan', 'Abdel-Fattah al-Burhan')).toBe(true);
    expect(isShortFormOf('Araghchi', 'Abbas Araghchi')).toBe(true);
    expect(isShortFormOf('Ahmed', 'Ahmed Hassan')).toBe(true);
    expect(isShortFormOf('Hassan Ahmed', 'Ahmed Hassan Ali')).toBe(false);
    expect(isShortFormOf('Burh', 'Abdel-Fattah al-Burhan')).toBe(false);
    expect(isShortFormOf('Tamim', 'Tamim')).toBe(true);
    expect(isShortFormOf('Abdel Fattah Burhan', 'Abdel-Fattah al-Burhan')).toBe(true);
    expect(isShortFormOf('Abdel Fattah Burhan', 'Abdel-Fattah al-Burhan Ahmed')).toBe(false);
    expect(isShortFormName('Sheikh Tamim')).toBe(true);
    expect(isShortFormName('Abbas Araghchi')).toBe(true);
    expect(isShortFormName('Tamim bin Hamad Al Thani')).toBe(false);
  });

  test('the same name words in another order are the same name (surname first), once each and two or more', () => {
    expect(sameNameReordered('Okoro Daniel', 'Daniel Okoro')).toBe(true);
    expect(isShortFormOf('Okoro Daniel', 'Daniel Okoro')).toBe(true);
    expect(sameNameReordered('Daniel Okoro', 'Daniel Okoro Eze')).toBe(false);
    expect(sameNameReordered('Okoro', 'Okoro')).toBe(false);
    expect(sameNameReordered('Ali Ali', 'Ali Ali')).toBe(false);
  });

  test('a respelling differs by one letter in a long word, keeps the first letter, and shares another word', () => {
    expect(isRespelling('Abdoulkarim Tanko', 'Abdoulkarime Tanko')).toBe(true);
    expect(isRespelling('Abdoulkarime Tanko', 'Abdulkarime Tanko')).toBe(true);
    expect(isRespelling('Mahamadou Issoufou', 'Mahamadou Issoufu')).toBe(true);
    expect(isRespelling('Omar Tanko', 'Amar Tanko')).toBe(false);
    expect(isRespelling('Abdoulkarim Tanko', 'Abdoulkarim Tanko')).toBe(false);
    expect(isRespelling('Abdoulkarim Tanko', 'Abdoulkarim Tankoo Bello')).toBe(false);
    expect(isRespelling('Abdoulkarim Tanko', 'Ibrahim Tanko')).toBe(false);
    expect(isRespelling('Abdoulkarim Tanko', 'Abdoulkarim Salou')).toBe(false);
    expect(isRespelling('Abdoulkarim Tanko', 'Abdoulkar Tanko')).toBe(false);
    expect(isRespelling('Tanko', 'Tankou')).toBe(false);
  });

  test('an alias is a proper name only when every word is capitalised (particles aside)', () => {
    expect(isProperName('Abdel-Fattah al-Burhan')).toBe(true);
    expect(isProperName('the Qatari emir')).toBe(false);
  });

  test('search words keep the spelling as written beside the folded one, and the query escapes them', () => {
    expect(searchWords('Sheikh Erdoğan')).toEqual([['erdogan', 'erdoğan']]);
    expect(nameWordsQuery([['tamim']], 'all', ['name', 'aliasText'])).toBe('name:(+tamim) aliasText:(+tamim)');
    expect(nameWordsQuery([['abbas'], ['araghchi']], 'any', ['name'])).toBe('name:(abbas araghchi)');
    expect(nameWordsQuery([['erdogan', 'erdoğan'], ['a:b']], 'all', ['name'])).toBe('name:(+(erdogan erdoğan) +a\\:b)');
    expect(nameWordsQuery([['--']], 'all', ['name'])).toBeNull();
  });
});

describe('resolving a new person', () => {
  test('a short form fitting one graph person links to them, keeping the graph name', () => {
    const r = resolvePerson(entity('tamim', 'Tamim'), { fuller: [person('tamim-bin-hamad-al-thani', 'Tamim bin Hamad Al Thani')], shorter: [] });
    expect(r).toEqual({ action: 'link', id: 'tamim-bin-hamad-al-thani', name: 'Tamim bin Hamad Al Thani', kind: 'PERSON', aliases: [] });
  });

  test('a proper alias counts; a description does not; a hit whose words do not fit is no candidate', () => {
    const viaAlias = resolvePerson(entity('burhan', 'Burhan'), { fuller: [person('x', 'General X', ['Abdel-Fattah al-Burhan'])], shorter: [] });
    expect(viaAlias).toMatchObject({ action: 'link', id: 'x' });
    expect(resolvePerson(entity('emir', 'Emir'), { fuller: [person('t', 'Tamim bin Hamad Al Thani', ['the Qatari Emir'])], shorter: [] })).toBeNull();
    expect(resolvePerson(entity('ahmed', 'Ahmed'), { fuller: [person('a', 'Ahmedov Ali')], shorter: [] })).toBeNull();
  });

  test('a short form fitting several graph people (or a list cut at the limit) is dropped', () => {
    const two = { fuller: [person('ahmed-hassan', 'Ahmed Hassan'), person('ahmed-karimi', 'Ahmed Karimi')], shorter: [] };
    expect(resolvePerson(entity('ahmed', 'Ahmed'), two)).toEqual({ action: 'drop' });
    const many = { fuller: [person('ahmed-hassan', 'Ahmed Hassan'), ...Array.from({ length: CANDIDATE_LIMIT - 1 }, (_, i) => person(`p${i}`, `Someone ${i}`, ['the ahmed']))], shorter: [] };
    expect(resolvePerson(entity('ahmed', 'Ahmed'), many)).toEqual({ action: 'drop' });
  });

  test('a full name fitting several fuller graph people is minted as it is, not dropped', () => {
    const same = { fuller: [person('a', 'Abdel-Fattah al-Burhan'), person('b', 'Abdel Fattah Burhan')], shorter: [] };
    expect(resolvePerson(entity('abdel-fattah-burhan', 'Abdel Fattah el-Burhan Mohamed'), same)).toBeNull();
  });

  test('a full name links to the one graph person whose whole name is a short form of it, and becomes its name', () => {
    const r = resolvePerson(entity('abbas-araghchi', 'Abbas Araghchi'), { fuller: [], shorter: [person('araghchi', 'Araghchi'), person('abbas-x', 'Abbas Ali Xu')] });
    expect(r).toEqual({ action: 'link', id: 'araghchi', name: 'Abbas Araghchi', kind: 'PERSON', aliases: ['Araghchi'] });
    expect(resolvePerson(entity('abbas-araghchi', 'Abbas Araghchi'), { fuller: [], shorter: [person('araghchi', 'Araghchi'), person('abbas', 'Abbas')] })).toBeNull();
  });

  test('a name written surname first links to the graph person with the same words in the usual order', () => {
    const r = resolvePerson(entity('okoro-daniel', 'Okoro Daniel'), { fuller: [person('daniel-okoro', 'Daniel Okoro')], shorter: [person('daniel-okoro', 'Daniel Okoro')] });
    expect(r).toEqual({ action: 'link', id: 'daniel-okoro', name: 'Daniel Okoro', kind: 'PERSON', aliases: [] });
  });

  test('a respelt name links to the one graph person it respells, under the graph spelling; two such stay apart', () => {
    const one = { fuller: [], shorter: [person('abdoulkarime-tanko', 'Abdoulkarime Tanko'), person('musa-tanko', 'Musa Tanko')] };
    expect(resolvePerson(entity('abdoulkarim-tanko', 'Abdoulkarim Tanko'), one)).toEqual({ action: 'link', id: 'abdoulkarime-tanko', name: 'Abdoulkarime Tanko', kind: 'PERSON', aliases: [] });
    const two = { fuller: [], shorter: [person('abdoulkarime-tanko', 'Abdoulkarime Tanko'), person('abdulkarim-tanko', 'Abdulkarim Tanko')] };
    expect(resolvePerson(entity('abdoulkarim-tanko', 'Abdoulkarim Tanko'), two)).toBeNull();
    expect(resolvePerson(entity('ibrahim-tanko', 'Ibrahim Tanko'), one)).toBeNull();
  });

  test('only new people are asked about; a long name asks for fuller and shorter forms', () => {
    expect(personQuery(entity('qatar', 'Qatar', 'COUNTRY'))).toBeNull();
    expect(personQuery(entity('x', 'Tamim', 'PERSON', true))).toBeNull();
    expect(personQuery(entity('tamim', 'Sheikh Tamim'))).toEqual({ id: 'tamim', shortWords: [['tamim']], fullWords: null });
    expect(personQuery(entity('abbas-araghchi', 'Abbas Araghchi'))?.fullWords).toEqual([['abbas'], ['araghchi']]);
  });
});

describe('event kinds and names', () => {
  test('the kind is the head noun before the first preposition', () => {
    expect(eventKind('Gaza ceasefire negotiations in Doha')).toBe('talks');
    expect(eventKind('Israel–Hamas ceasefire')).toBe('ceasefire');
    expect(eventKind('Israel–Hamas talks on a ceasefire')).toBe('talks');
    expect(eventKind('Russia-Ukraine peace deal')).toBe('agreement');
    expect(eventKind('the Gaza war')).toBe('war');
    expect(eventKind('G7 summit in Rome')).toBe('summit');
    expect(eventKind('prisoner exchange')).toBe('exchange');
    expect(eventKind('Israeli cease-fire')).toBe('ceasefire');
    expect(eventKind('Doha')).toBeNull();
  });

  test('the name key sets aside articles, spelling and synonyms', () => {
    expect(eventNameKey('the Gaza cease-fire negotiations')).toBe(eventNameKey('Gaza ceasefire talks'));
    expect(eventNameKey('Gaza truce')).toBe(eventNameKey('Gaza ceasefire'));
  });

  test('a generic name is rebuilt from the parties and place; a name with a party is kept', () => {
    expect(eventPhrase('Gaza ceasefire talks')).toBe('ceasefire talks');
    expect(eventName('Gaza ceasefire talks', ['Israel', 'Hamas'], 'Doha')).toBe('Israel–Hamas ceasefire talks in Doha');
    expect(eventName('Cairo talks', ['Israel', 'Hamas'], null)).toBe('Israel–Hamas talks');
    expect(eventName('Israel–Hamas talks in Doha', ['Israel', 'Hamas'], 'Doha')).toBeNull();
    expect(eventName('Cairo talks', ['Israel'], null)).toBeNull();
  });
});

describe('choosing an event', () => {
  const talks = (id: string, parties: string[], more: Partial<EventCandidate> = {}): EventCandidate =>
    ({ id, name: `${id} talks`, kind: 'EVENT', aliases: [], parties, places: [], helpers: [], firstReported: '2025-06-01', lastReported: '2025-07-01', ...more });
  const reading = (more: Partial<EventReading> = {}): EventReading =>
    ({ id: 'new-talks', name: 'Israel–Hamas talks in Doha', parties: ['israel', 'hamas'], place: 'doha', helpers: ['qatar'], date: '2025-07-10', ...more });

  test('the one candidate of the same kind between the same parties is chosen', () => {
    expect(chooseEvent(reading(), [talks('a', ['hamas', 'israel'])])?.id).toBe('a');
  });

  test('another kind, other parties, another place or another time is no fit', () => {
    expect(chooseEvent(reading(), [{ ...talks('a', ['israel', 'hamas']), name: 'Israel–Hamas ceasefire' }])).toBeNull();
    expect(chooseEvent(reading(), [talks('a', ['israel', 'hezbollah'])])).toBeNull();
    expect(chooseEvent(reading(), [talks('a', ['israel', 'hamas'], { places: ['cairo'] })])).toBeNull();
    expect(chooseEvent(reading({ date: '2001-01-01' }), [talks('a', ['israel', 'hamas'])])).toBeNull();
    expect(chooseEvent(reading({ parties: ['israel'] }), [talks('a', ['israel', 'hamas'])])).toBeNull();
  });

  test('the same name and kind fits without parties', () => {
    expect(chooseEvent(reading({ parties: [] }), [talks('a', [], { name: 'Israel-Hamas negotiations in Doha' })])?.id).toBe('a');
  });

  test('of several, the clearly best is chosen; two about as good leave the event new', () => {
    const inDoha = talks('doha', ['israel', 'hamas'], { places: ['doha'], aliases: ['Israel–Hamas talks in Doha'] });
    expect(chooseEvent(reading(), [talks('plain', ['israel', 'hamas']), inDoha])?.id).toBe('doha');
    expect(chooseEvent(reading(), [talks('a', ['israel', 'hamas']), talks('b', ['israel', 'hamas'])])).toBeNull();
  });

  test('a name with nothing after its head names the process: its rounds elsewhere and months away are it', () => {
    const round = talks('gaza-talks', ['israel', 'hamas'], { name: 'Gaza ceasefire negotiations in Doha', places: ['doha'] });
    const process = reading({ name: 'Gaza ceasefire talks', parties: [], place: 'cairo', date: '2026-03-01' });
    expect(chooseEvent(process, [round])?.id).toBe('gaza-talks');
    expect(chooseEvent({ ...process, date: '2030-01-01' }, [round])).toBeNull();
    // A round of another venue is another round.
    expect(chooseEvent(reading({ name: 'Gaza ceasefire talks in Cairo', parties: [], place: 'cairo', date: '2026-03-01' }), [round])).toBeNull();
    expect(eventHeadKey('Gaza ceasefire negotiations in Doha')).toEqual({ key: 'gaza ceasefire talks', tail: true });
    expect(eventHeadKey('Gaza cease-fire talks')).toEqual({ key: 'gaza ceasefire talks', tail: false });
  });

  test('a graph event\'s id counts as one of its names', () => {
    const c = talks('oslo-ceasefire-talks', [], { name: 'Ceasefire negotiations in Norway' });
    expect(chooseEvent(reading({ name: 'Oslo ceasefire talks', parties: [] }), [c])?.id).toBe('oslo-ceasefire-talks');
  });

  test('the window runs from before the first report to after the last, and is open when undated', () => {
    expect(withinWindow('2027-01-01', { firstReported: '2025-06-01', lastReported: '2025-07-01' }, PROCESS_WINDOW_DAYS)).toBe(true);
    const c = { firstReported: '2025-06-01', lastReported: '2025-07-01' };
    expect(withinWindow('2025-02-15', c)).toBe(true);
    expect(withinWindow('2025-01-01', c)).toBe(false);
    expect(withinWindow('2025-10-20', c)).toBe(true);
    expect(withinWindow('2026-01-01', c)).toBe(false);
    expect(withinWindow(null, c)).toBe(true);
    expect(withinWindow('2026-01-01', { firstReported: null, lastReported: null })).toBe(true);
  });

  test('a reading\'s parties are the graph actors taking part, else an unambiguous pair that is not a mediator', () => {
    const x: Extraction = {
      sourceId: 's',
      entities: [entity('talks', 'Cairo talks', 'EVENT'), entity('israel', 'Israel', 'COUNTRY', true), entity('hamas', 'Hamas', 'ORGANIZATION', true),
        entity('egypt', 'Egypt', 'COUNTRY', true), entity('cairo', 'Cairo', 'PLACE', true), entity('newland', 'Newland', 'COUNTRY')],
      relationships: [rel('NEGOTIATES', 'israel', 'hamas'), rel('NEGOTIATES', 'hamas', 'israel'), rel('MEDIATES', 'egypt', 'talks'),
        rel('LOCATED_IN', 'talks', 'cairo'), rel('PARTICIPATES_IN', 'newland', 'talks')],
    };
    expect(eventReadings(x, '2025-01-02')).toEqual([{ id: 'talks', name: 'Cairo talks', parties: ['israel', 'hamas'], place: 'cairo', helpers: ['egypt'], date: '2025-01-02' }]);
  });
});

describe('applying resolutions', () => {
  test('links rewrite ids everywhere, drops take their relationships along, renames keep the id', () => {
    const x: Extraction = {
      sourceId: 's',
      entities: [entity('tamim', 'Tamim'), entity('ahmed', 'Ahmed'), entity('talks', 'Cairo talks', 'EVENT'), entity('qatar', 'Qatar', 'COUNTRY', true)],
      relationships: [rel('LEADS', 'tamim', 'qatar'), rel('MEMBER_OF', 'ahmed', 'qatar'), rel('HOSTS', 'qatar', 'talks')],
    };
    const out = applyResolutions(x, new Map([
      ['tamim', { action: 'link', id: 'tamim-bin-hamad-al-thani', name: 'Tamim bin Hamad Al Thani', kind: 'PERSON', aliases: [] }],
      ['ahmed', { action: 'drop' }],
      ['talks', { action: 'rename', name: 'Israel–Hamas talks in Cairo', aliases: [] }],
    ] as const));
    expect(out.entities.map((e) => [e.id, e.name, e.existing, e.aliases])).toEqual([
      ['tamim-bin-hamad-al-thani', 'Tamim bin Hamad Al Thani', true, ['Tamim']],
      ['talks', 'Israel–Hamas talks in Cairo', false, ['Cairo talks']],
      ['qatar', 'Qatar', true, []],
    ]);
    expect(out.relationships.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(['tamim-bin-hamad-al-thani LEADS qatar', 'qatar HOSTS talks']);
  });
});
