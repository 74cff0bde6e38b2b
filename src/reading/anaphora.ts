// Reading across sentences: a pronoun or a definite description ("he", "the group", "the kingdom") that stands
// where an actor would, refers back to the nearest entity of its kind named before it. Each becomes a mention of
// that entity, so the sentence's rules see an actor there. Nothing is resolved when no antecedent of the kind
// was named within the last few sentences, so a text that opens with "the group" codes nothing.
import type { EntityKind } from '../generated/graphql';
import { gazetteer } from './gazetteer';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Token } from './tokens';
import { POSSESSIVE } from './hostileWords';

/** Sentences back an antecedent may lie: further than that, news has usually named it again. */
const REACH = 3;

/** A pronoun or description → the kinds it can refer to. Only words that name one actor in news. */
const PERSON_PRONOUNS = new Set(['he', 'she']);
/**
 * Object pronouns of a person, read only when the sentence names no person before them (in "X said Y had met him"
 * the nearest name is the wrong one): "soldiers took him captive", "placed her under house arrest". "her" must not
 * own a noun ("her visit"): only punctuation or one of these words may follow it.
 */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const AFTER_OBJECT_HER = /^(captive|hostage|prisoner|under|into|in|on|at|to|for|from|as|after|before|with|and|over|free|away|out|back|during|until|since|last|this|overnight|immediately)$/;
const DESCRIPTIONS: Record<string, readonly EntityKind[]> = {
  // A singular description names one body, never a plural collective ("the group" is not "armed groups").
  group: ['ORGANIZATION'], militia: ['ORGANIZATION'], movement: ['ORGANIZATION'],
  organization: ['ORGANIZATION'], organisation: ['ORGANIZATION'], bloc: ['ORGANIZATION'], alliance: ['ORGANIZATION'],
  rebels: ['ORGANIZATION', 'GROUP'], insurgents: ['ORGANIZATION', 'GROUP'], militants: ['ORGANIZATION', 'GROUP'],
  junta: ['ORGANIZATION', 'COUNTRY'], kingdom: ['COUNTRY'], country: ['COUNTRY'], nation: ['COUNTRY'],
  emirate: ['COUNTRY'], republic: ['COUNTRY'], sultanate: ['COUNTRY'], state: ['COUNTRY'], island: ['COUNTRY'],
};
/** What a body described by its owner or backer can be: "the Yemeni rebels" are a group or an organization. */
const BODY_KINDS: readonly EntityKind[] = ['ORGANIZATION', 'GROUP'];
/** "Iran-backed", "Russian-led", "US-allied": a compound that says who stands behind a body. */
const BACKING = /^(backed|led|allied|aligned|supported|funded|sponsored|linked|affiliated|armed)$/;

/**
 * "the Yemeni rebels", "the Iran-backed militant group": after "the" at `from`, a demonym or an "X-backed" compound,
 * at most one plain modifier, and the head of a description of a body (group, militia, rebels, …). Returns the head
 * and the demonym, which names whose the body is, not an actor.
 */
function describedBody(tokens: readonly Token[], own: readonly Mention[], taken: ReadonlySet<number>, from: number): { head: number; demonym?: Mention } | null {
  const m = own.find((x) => x.first === from);
  if (!m) return null;
  let j: number;
  let demonym: Mention | undefined;
  if (m.form === 'demonym' && m.last === from + 1) { j = m.last; demonym = m; }
  else if (tokens[m.last]?.text === '-' && BACKING.test(tokens[m.last + 1]?.lower ?? '')) j = m.last + 2;
  else return null;
  if (MODIFIERS.has(tokens[j]?.lower ?? '') && DESCRIPTIONS[tokens[j + 1]?.lower ?? '']) j++;
  const kinds = DESCRIPTIONS[tokens[j]?.lower ?? ''];
  if (!kinds || !kinds.some((k) => BODY_KINDS.includes(k)) || taken.has(j) || POSSESSIVE.test(tokens[j + 1]?.text ?? '')) return null;
  return { head: j, ...(demonym ? { demonym } : {}) };
}

/** Plain words that may stand between "the" and a description's head: "the guerrilla group". */
const MODIFIERS = new Set(['guerrilla', 'militant', 'armed', 'rebel', 'insurgent', 'islamist', 'jihadist', 'separatist', 'paramilitary', 'extremist', 'terrorist', 'terror', 'leftist', 'rightist', 'radical', 'military', 'ruling', 'gulf', 'oil-rich', 'small', 'african', 'island', 'communist', 'secretive', 'reclusive']);

/**
 * Words that say what kind of state is meant: "the kingdom" is a monarchy, never the republic named last
 * ("Saudi Arabia hosted Egypt's minister. The kingdom …"); "the island nation" an island state.
 */
const KINGDOMS = ['saudi-arabia', 'jordan', 'morocco', 'bahrain', 'united-kingdom', 'spain', 'netherlands', 'belgium', 'sweden', 'norway', 'denmark', 'thailand', 'cambodia', 'eswatini', 'lesotho', 'bhutan', 'tonga'];
const STATES_DESCRIBED: Record<string, ReadonlySet<string>> = {
  kingdom: new Set(KINGDOMS),
  emirate: new Set(['qatar', 'kuwait', 'united-arab-emirates']),
  sultanate: new Set(['oman', 'brunei']),
  island: new Set(['taiwan', 'japan', 'cuba', 'sri-lanka', 'philippines', 'indonesia', 'madagascar', 'cyprus', 'malta', 'iceland', 'ireland', 'singapore', 'haiti', 'dominican-republic', 'jamaica', 'new-zealand', 'bahrain', 'maldives', 'mauritius', 'fiji', 'papua-new-guinea', 'timor-leste', 'east-timor', 'comoros', 'seychelles', 'cape-verde', 'solomon-islands', 'vanuatu', 'samoa', 'tonga', 'barbados', 'trinidad-and-tobago', 'bahamas', 'united-kingdom']),
};
/** After "It", words that make it no pronoun of an actor: "It is unclear", "It was not immediately known". */
const EXPLETIVE_AFTER = /^(is|was|'s|’s|remains|remained|seems|seemed|appears|appeared|became|has|had|would|will|could|may|might|must|should)$/;
/** How many earlier mentions one anaphor may look through: bounds the work on texts of many names. */
const LOOKBACK = 40;

interface Antecedent { mention: Mention; sentence: number }

/** A sentence's own mentions in text order, and the tokens they cover (an anaphor never starts inside one). */
export function sentenceMentions(list: readonly Mention[] | undefined): { own: Mention[]; taken: Set<number> } {
  const own = [...(list ?? [])].sort((a, b) => a.first - b.first);
  const taken = new Set<number>();
  for (const m of own) for (let k = m.first; k < m.last; k++) taken.add(k);
  return { own, taken };
}

/**
 * Adds, to each sentence's mentions, the anaphors it holds, resolved against earlier mentions. Runs once over
 * the article after names are found; `mentions[i]` is sentence i's list, which this extends in place.
 */
export function resolveAnaphora(sentences: readonly SentenceTokens[], mentions: Mention[][]): void {
  const history: Antecedent[] = [];
  const subjects: (Mention | undefined)[] = [];
  sentences.forEach((s, i) => {
    const { own, taken } = sentenceMentions(mentions[i]);
    const added: Mention[] = [];
    // Demonyms that only said whose a resolved body is ("the Yemeni rebels"): not actors of their own. One whose
    // description found no body stays ("the Yemeni rebels" with no group named before are Yemen's).
    const demonyms = new Set<Mention>();
    let next = 0;
    for (let k = 0; k < s.tokens.length; k++) {
      // Names before k in this sentence are antecedents too ("Hamas said the group …" is rare but "X … he" is not).
      while (next < own.length && (own[next]?.last ?? Infinity) <= k) {
        const m = own[next++];
        if (m && !m.inTitle && m.form !== 'demonym') history.push({ mention: m, sentence: i });
      }
      if (taken.has(k)) continue;
      const t = s.tokens[k];
      if (!t) continue;
      let kinds: readonly EntityKind[] | undefined;
      let fits: ReadonlySet<string> | undefined;
      let first = k;
      let reach = REACH;
      let demonym: Mention | undefined;
      if (PERSON_PRONOUNS.has(t.lower)) kinds = unnamedSpeaker(s.tokens, own, k) ? undefined : ['PERSON'];
      else if (OBJECT_PRONOUNS.has(t.lower) && k > 0 && !own.some((m) => m.kind === 'PERSON' && m.first < k)
        && (t.lower === 'him' || !s.tokens[k + 1]?.isWord || AFTER_OBJECT_HER.test(s.tokens[k + 1]?.lower ?? ''))) kinds = ['PERSON'];
      else if (t.lower === 'it' && k === 0 && !EXPLETIVE_AFTER.test(s.tokens[1]?.lower ?? '')) {
        // "Venezuela expelled the envoy. It accused Bogota …": the state or body the sentence before was about.
        const subject = subjects[i - 1];
        if (subject && (subject.kind === 'COUNTRY' || subject.kind === 'ORGANIZATION')) kinds = [subject.kind];
        reach = 1;
      } else if (t.lower === 'the') {
        // "the group", and with one plain modifier: "the guerrilla group", "the island nation" (not "the island" alone).
        const modifier = s.tokens[k + 1]?.lower ?? '';
        const head = DESCRIPTIONS[s.tokens[k + 2]?.lower ?? ''] && MODIFIERS.has(modifier) ? k + 2 : DESCRIPTIONS[modifier] ? k + 1 : -1;
        const word = s.tokens[head]?.lower ?? '';
        // "the Organisation of Islamic Cooperation": a head inside a name is that name's word, not a description.
        if (head > 0 && !taken.has(head) && !POSSESSIVE.test(s.tokens[head + 1]?.text ?? '') && !(word === 'island' && s.tokens[head + 1]?.lower === 'of')) {
          kinds = DESCRIPTIONS[word];
          fits = STATES_DESCRIBED[word] ?? (head === k + 2 ? STATES_DESCRIBED[modifier] : undefined);
          first = k;
          k = head;
        } else {
          // "the Yemeni rebels", "the Iran-backed militant group": a body described by whose it is or who backs it.
          const described = describedBody(s.tokens, own, taken, k + 1);
          if (described) {
            kinds = BODY_KINDS;
            first = k;
            k = described.head;
            demonym = described.demonym;
          }
        }
      }
      if (!kinds) continue;
      // "Hamas rejected the plan. The group accused Israel. It also urged Egypt …": "It" goes on with the subject,
      // even one a description named.
      const chained = reach === 1 ? subjects[i - 1] : undefined;
      const bound = t.lower === 'the' ? clauseSubjectBefore(s.tokens, own, first) : undefined;
      const found = chained?.form === 'anaphor' ? chained : antecedentOf(history, i, kinds, fits, reach, opensSentence(s.tokens, first) ? subjects : [], bound);
      const last = s.tokens[k];
      if (!found || !last) continue;
      const start = s.tokens[first]?.start ?? last.start;
      added.push({ start, end: last.end, first, last: k + 1, entityId: found.entityId, kind: found.kind, form: 'anaphor', inTitle: false });
      if (demonym) demonyms.add(demonym);
    }
    mentions[i] = [...own.filter((m) => !demonyms.has(m)), ...added].sort((a, b) => a.first - b.first);
    for (const m of own.slice(next)) if (!m.inTitle && m.form !== 'demonym') history.push({ mention: m, sentence: i });
    subjects.push(subjectOf(s.tokens, mentions[i] ?? []));
  });
}

/** People told by office alone, who may speak of themselves: "the army chief said he …". */
const UNNAMED_SPEAKERS = /^(chief|commander|general|officer|official|spokesman|spokeswoman|spokesperson|minister|head|colonel|envoy|ambassador|diplomat|lawyer|judge|prosecutor)$/;
const SPEECH_BEFORE_PRONOUN = /^(said|says|told|added|insisted|claimed|stated|declared|announced)$/;
const SPEECH_FILLER = /^(has|had|have|now|since|also|later|then|previously|earlier|reportedly)$/;

/**
 * "The defence chief later said he supports the rebels": a person pronoun right after a speech verb whose subject is an
 * unnamed office-holder is that speaker, no one named earlier. Looks back a few words only.
 */
function unnamedSpeaker(tokens: readonly Token[], own: readonly Mention[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.lower === 'that') j--;
  if (!SPEECH_BEFORE_PRONOUN.test(tokens[j]?.lower ?? '')) return false;
  j--;
  for (let n = 0; n < 3 && SPEECH_FILLER.test(tokens[j]?.lower ?? ''); n++) j--;
  const noun = tokens[j];
  if (!noun || noun.capitalized || !UNNAMED_SPEAKERS.test(noun.lower)) return false;
  const at = j;
  if (own.some((m) => m.first <= at && at < m.last)) return false;
  // "the army chief", "the country's top prosecutor": an article opens the description within four words.
  for (let b = j - 1; b >= Math.max(0, j - 4); b--) if (/^(the|a|an)$/.test(tokens[b]?.lower ?? '')) return !own.some((m) => m.first > b && m.first < at);
  return false;
}

/**
 * The antecedent of an anaphor in sentence i: the nearest mention of its kind (and, for "the kingdom", of its kind of
 * state) within `reach` sentences. When that nearest lies in an earlier sentence that names two or more that fit,
 * an anaphor that is its own sentence's subject takes that sentence's subject if the subject fits ("Putin met Xi.
 * He …" is Putin; `subjects` is empty for any other anaphor), else no one ("… urged the junta" after three states).
 */
function antecedentOf(history: readonly Antecedent[], i: number, kinds: readonly EntityKind[], fits: ReadonlySet<string> | undefined, reach: number, subjects: readonly (Mention | undefined)[], bound?: Mention): Mention | undefined {
  const matches = (m: Mention): boolean => m !== bound && kinds.includes(m.kind) && (!fits || fits.has(m.entityId));
  let nearest: Antecedent | undefined;
  const inNearest = new Set<string>();
  for (let j = history.length - 1; j >= Math.max(0, history.length - LOOKBACK); j--) {
    const a = history[j];
    if (!a || i - a.sentence > reach || (nearest && a.sentence !== nearest.sentence)) break;
    if (!matches(a.mention)) continue;
    nearest ??= a;
    inNearest.add(a.mention.entityId);
  }
  if (!nearest) return undefined;
  if (nearest.sentence === i || inNearest.size === 1) return nearest.mention;
  const subject = subjects[nearest.sentence];
  return subject && matches(subject) && subject.form !== 'demonym' ? subject : undefined;
}

/** Words that end a clause or join another name: past them a description may refer back to the name. */
const CLAUSE_BREAKS = /^(said|says|told|that|which|who|whose|and|or|of|but|while|after|before|as|when|because|if)$/;

/**
 * "the army engaged the paramilitary group": a description that is the object of a verb never refers to that verb's
 * subject, named just before with only the verb between (a few lower-case words, no clause break).
 */
function clauseSubjectBefore(tokens: readonly Token[], own: readonly Mention[], first: number): Mention | undefined {
  const m = [...own].reverse().find((x) => x.last <= first);
  if (!m || first - m.last < 1 || first - m.last > 3) return undefined;
  const between = tokens.slice(m.last, first);
  return between.every((t) => t.isWord && !t.capitalized && !CLAUSE_BREAKS.test(t.lower)) ? m : undefined;
}

/** Words that may open a sentence before its subject: "But the group …", "On Monday, he …". */
const OPENERS = /^(but|and|yet|meanwhile|later|then|still|also|now|on|in|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|last|this|week|month|year|,)$/;

/** Whether the tokens before `k` are at most a short opening phrase, so what stands at k is the subject. */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k <= 4 && tokens.slice(0, k).every((t) => OPENERS.test(t.lower));
}

/** A sentence's subject, taken as its first mention outside a title ("On Monday, Putin met Xi"). */
function subjectOf(tokens: readonly Token[], mentions: readonly Mention[]): Mention | undefined {
  const subject = mentions.find((m) => !m.inTitle);
  // "Turkey and Syria signed an accord. It …": a joined subject is "they"; "it" is something else.
  return subject && !/^(and|&|,)$/.test(tokens[subject.last]?.lower ?? '') ? subject : undefined;
}

/** Heads of a leader's title that a definite description uses without the name ("the Chilean president"). */
const LEADER_WORDS = new Set(['president', 'leader', 'premier', 'chancellor', 'king', 'emir', 'sultan', 'monarch']);
/** Offices of more than one word that head a state or its government: "India's prime minister", "the Chilean head of state". */
const LEADER_PHRASES: readonly (readonly string[])[] = [['prime', 'minister'], ['head', 'of', 'state'], ['head', 'of', 'government'], ['supreme', 'leader']];

/** The index of the last word of a leader's office starting at token h ("prime minister" → its "minister"), or -1. */
function leaderOfficeEnd(tokens: readonly Token[], h: number): number {
  if (LEADER_WORDS.has(tokens[h]?.lower ?? '')) return h;
  const phrase = LEADER_PHRASES.find((words) => words.every((w, j) => tokens[h + j]?.lower === w));
  return phrase ? h + phrase.length - 1 : -1;
}

/** Whether the words from token k (up to four) include a word of `name`: "…, bin Salman" for "Mohammed bin Salman". */
function namesPerson(tokens: readonly Token[], k: number, name: string): boolean {
  const words = new Set(name.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 3));
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || !t.isWord) return false;
    if (t.capitalized && words.has(t.lower)) return true;
  }
  return false;
}

/** Words between a state and a leader's title that keep the title the same office: "Peru's new president". */
const CURRENT_WORDS = new Set(['new', 'newly', 'elected', 'interim', 'transitional', 'current', 'incumbent', 'sitting']);

let leadersOfData: { id: string; country: string }[] | undefined;

/** The built-in people whose office leads a state, found once: every article would otherwise scan all names. */
function builtinLeaders(): readonly { id: string; country: string }[] {
  leadersOfData ??= [...gazetteer().entities.values()].flatMap((e) => (e.kind === 'PERSON' && e.role === 'LEADS' && e.country ? [{ id: e.id, country: e.country }] : []));
  return leadersOfData;
}

/**
 * "The Chilean president", "the U.S. leader", "Peru's president": the one person the article has shown leading
 * that state (by a title, or the built-in data's office holders) before. The state's name becomes part of the
 * description, not an actor of its own. None or two such people, and nothing is resolved.
 */
export function resolveLeaderDescriptions(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: Mention[][]): void {
  const leaders = new Map<string, Set<string>>();
  for (const f of ctx.roleFacts) if (f.type === 'LEADS') leaders.set(f.principal, (leaders.get(f.principal) ?? new Set()).add(f.person));
  // Office holders the built-in data knows, when the article names them ("Putin … The Russian president").
  for (const e of builtinLeaders()) {
    if (!ctx.table.get(e.id)) continue;
    leaders.set(e.country, (leaders.get(e.country) ?? new Set()).add(e.id));
  }
  sentences.forEach((s, i) => {
    const own = mentions[i] ?? [];
    const described = new Set<Mention>();
    for (const state of [...own]) {
      if (state.kind !== 'COUNTRY' || state.inTitle) continue;
      const poss = s.tokens[state.last]?.text === '’s' || s.tokens[state.last]?.text === "'s" ? 1 : 0;
      // "Peru's new president", "the newly elected Chilean president": words of how the office is held now.
      let h = state.last + poss;
      while (h - state.last - poss < 2 && CURRENT_WORDS.has(s.tokens[h]?.lower ?? '')) h++;
      const end = leaderOfficeEnd(s.tokens, h);
      const head = s.tokens[h];
      const last = s.tokens[end];
      const next = s.tokens[end + 1];
      const opener = s.tokens[state.first - 1]?.lower;
      if (!head || !last || end < 0 || (next && next.isWord && next.capitalized)) continue;
      if (poss === 0 && opener !== 'the') continue;
      const known = [...(leaders.get(state.entityId) ?? [])].filter((p) => ctx.table.get(p)?.mentions.some((m) => m.start < state.start));
      const person = known.length === 1 ? known[0] : undefined;
      if (!person) continue;
      const first = poss === 0 ? state.first - 1 : state.first;
      described.add(state);
      // The description says the office: "the Russian president" leads Russia; "Peru's leader" only when the
      // name follows it set off ("Peru's leader, Torres,"), since a state's "leader" may be loosely said.
      const named = next?.text === ',' && namesPerson(s.tokens, end + 2, ctx.table.get(person)?.name ?? '');
      if (head.lower !== 'leader' || poss === 0 || named) ctx.roleFacts.push({ person, type: 'LEADS', principal: state.entityId, span: { start: s.tokens[first]?.start ?? state.start, end: last.end }, how: 'title' });
      own.push({ start: s.tokens[first]?.start ?? state.start, end: last.end, first, last: end + 1, entityId: person, kind: 'PERSON', form: 'anaphor', inTitle: false });
    }
    // The state's name is part of the description now, not a mention of its own.
    mentions[i] = own.filter((m) => !described.has(m)).sort((a, b) => a.first - b.first);
  });
}
