// References that need one sure antecedent, unlike anaphora.ts's nearest-of-its-kind: a state's organs named bare
// ("the military", "authorities", "law enforcement personnel"), the plural pronoun "they", and references to a
// pair ("the two sides", "both countries", "the former", "the latter"). Each resolves only within the sentence and
// the one or two before it, and only when exactly one antecedent fits; a reference never makes an entity.
import { actReferenceAt } from './actReferences';
import { soleState } from './homeState';
import { openingActor, SUBORDINATORS } from './openingActors';
import { ACTOR_KINDS, type Mention, type SentenceTokens } from './mentions';
import { lastPairIn, pairReferenceAt, type Pair, stateGroupReferenceAt, statesReferredTo } from './pairs';
import type { Token } from './tokens';

/** Sentences back a state or pair may have been named: beyond that, news names it again. */
const STATE_REACH = 2;
/** Sentences back a plural antecedent of "they" may stand: only the one before. */
const PRONOUN_REACH = 1;

/** A state's organs, standing for the state (eval/README.md rule 8, 12): singular ones need "the". */
const SINGULAR_ORGANS = new Set(['military', 'army', 'government', 'regime']);
const PLURAL_ORGANS = new Set(['authorities', 'police']);
/** Nouns after "law enforcement" that keep it the state's forces: "law enforcement personnel". */
const ENFORCEMENT_NOUNS = new Set(['personnel', 'officers', 'officials', 'agencies', 'authorities', 'forces', 'units']);
/** Nouns for a state's or group's many people: after a name they make a plural actor ("Kosovo authorities"). */
const PLURAL_NOUNS = new Set(['authorities', 'officials', 'forces', 'troops', 'police', 'soldiers', 'fighters', 'militants', 'rebels', 'negotiators', 'delegates', 'diplomats', 'leaders', 'members', 'personnel']);
/**
 * Words that may stand right before a bare organ ("with police", "that authorities") and right after one ("police
 * said", "the military launched", "authorities in Lima"): any other word may make it a modifier ("a police officer",
 * "the international police organisation") or someone else's ("Kosovo's police").
 */
const ORGAN_BEFORE = /^(the|and|or|with|by|against|that|of|for|from|to|as|where|when|after|while|because|but|said|says|told|added|reported|between|on|at)$/;
const ORGAN_AFTER = /^(and|or|in|on|at|with|to|near|across|throughout|from|into|who|which|that|has|have|had|is|are|was|were|will|would|could|can|may|might|must|did|do|does|also|then|later|still|said|say|says|told|fought|struck|hit|shot|met|held|took|made|began|sent|seized|arrested|killed|fired|opened|launched|raided)$/;
/** Where a state named only as the place of something stands: "the road to Chile", "in Peru". */
const LOCATIVE = /^(in|to|into|near|across|from|at|toward|towards|inside|outside|within|through)$/;
/** Words after which a clause of its own begins, with its own subject: "said that they …". */
const CLAUSE_STARTS = /^(that|said|says|told|added|announced|revealed|reported|stated|claimed|confirmed)$/;

interface Candidate { ids: string[]; kind: Mention['kind']; at: number }

/**
 * Adds to each sentence's mentions the references it holds, resolved when exactly one antecedent fits. Runs after
 * anaphora.ts, over the article once; `mentions[i]` is sentence i's list, extended in place.
 */
const CIVIL_ORGANS = /^(authorities|police|government)$/;

export function resolveReferences(sentences: readonly SentenceTokens[], mentions: Mention[][]): void {
  const states: Set<string>[] = [];
  const plurals: Candidate[][] = [];
  const pairs: (Pair | null)[] = [];
  const actsDone: (Mention | null)[] = [];
  // "… called on authorities to find the attackers": with no state named lately, an article that names one state
  // only means that one.
  const onlyState = soleState(mentions);
  sentences.forEach((s, i) => {
    const own = [...(mentions[i] ?? [])].sort((a, b) => a.first - b.first);
    const taken = new Set<number>();
    for (const m of own) for (let k = m.first; k < m.last; k++) taken.add(k);
    const added: Mention[] = [];
    // A pair this sentence refers to ("the two leaders held talks") stays the pair a later one may refer to.
    let referredPair: Pair | null = null;
    const window = <T>(list: readonly T[], reach: number): T[] => list.slice(Math.max(0, i - reach), i);
    for (let k = 0; k < s.tokens.length; k++) {
      if (taken.has(k)) continue;
      // Only a reference needs the mentions before it: most tokens are none.
      const here = (): Mention[] => own.filter((m) => m.last <= k);
      // "Japan condemned the launch": the act named bare is the one actor that did something in the sentence before,
      // or in a clause this sentence opens with ("After North Korea fired a missile, Japan condemned the launch").
      const actEnd = actReferenceAt(s.tokens, k, taken);
      if (actEnd > 0) {
        const doer = (SUBORDINATORS.test(s.tokens[0]?.lower ?? '') ? openingActor(s.tokens, here()) : null) ?? actsDone[i - 1];
        if (doer) added.push(reference(s.tokens, k, actEnd, doer.entityId, doer.kind));
        k = actEnd - 1;
        continue;
      }
      const organ = organAt(s.tokens, k);
      if (organ) {
        let ids = new Set([...window(states, STATE_REACH).flatMap((set) => [...set]), ...statesIn(s.tokens, here())]);
        // "Freedonian Prime Minister X said the government is …": failing a state named before, the one state
        // whose official speaks earlier in the sentence.
        if (ids.size === 0) ids = new Set(here().filter((m) => m.kind === 'COUNTRY' && m.inTitle && m.last <= k).map((m) => m.entityId));
        // Only civil organs: an article on one state's neighbour may say "the military" of a state it never names.
        const civil = s.tokens.slice(k, organ.last).some((t) => CIVIL_ORGANS.test(t.lower));
        const [state] = ids.size === 0 && onlyState && civil ? [onlyState] : ids;
        if (ids.size <= 1 && state) added.push(reference(s.tokens, k, organ.last, state, 'COUNTRY'));
        k = organ.last - 1;
        continue;
      }
      // "both countries", "the three juntas": states listed together before this sentence (for two, failing a
      // list, the two named last). Their mentions count as the sentence's own from here on, as names would.
      const stateGroup = stateGroupReferenceAt(s.tokens, k);
      // A collective the names found inside it ("the two Gulf states") gives way to the states it refers to.
      const inside = stateGroup ? own.filter((m) => m.first >= k && m.last <= stateGroup.last) : [];
      const referred = stateGroup && inside.every((m) => m.kind === 'GROUP') ? statesReferredTo(sentences, mentions, i, stateGroup) : null;
      if (stateGroup && referred) {
        own.splice(0, own.length, ...own.filter((m) => !inside.includes(m)));
        for (const m of referred) own.push(reference(s.tokens, k, stateGroup.last, m.entityId, 'COUNTRY'));
        own.sort((a, b) => a.first - b.first);
        for (let j = k; j < stateGroup.last; j++) taken.add(j);
        k = stateGroup.last - 1;
        continue;
      }
      const pairRef = pairReferenceAt(s.tokens, k);
      if (pairRef) {
        // "the two leaders" passes over a pair of states named since ("tensions between the two countries").
        const fitting = (p: typeof pairs[number]): boolean => p !== null && (!pairRef.kind || p.every((m) => m.kind === pairRef.kind));
        const nearest = [lastPairIn(s, here(), k), ...window(pairs, STATE_REACH).reverse()];
        const fits = nearest.find(fitting) ?? null;
        const chosen = fits ? (pairRef.which === 'both' ? [...fits] : [fits[pairRef.which === 'first' ? 0 : 1]]) : [];
        for (const m of chosen) added.push(reference(s.tokens, k, pairRef.last, m.entityId, m.kind));
        if (fits && pairRef.which === 'both') referredPair = fits;
        k = pairRef.last - 1;
        continue;
      }
      if (s.tokens[k]?.lower !== 'they' || insideQuote(s.tokens, k)) continue;
      const found = theyRefersTo(s.tokens, k, [...pluralsIn(s.tokens, here()), ...added.filter((m) => m.last <= k && pluralWord(s.tokens[m.last - 1])).map(asCandidate)], window(plurals, PRONOUN_REACH).flat());
      for (const id of found?.ids ?? []) added.push(reference(s.tokens, k, k + 1, id, found?.kind ?? 'GROUP'));
    }
    const all = [...own, ...added].sort((a, b) => a.first - b.first);
    mentions[i] = all;
    states.push(statesIn(s.tokens, all));
    plurals.push(pluralsIn(s.tokens, all));
    pairs.push(lastPairIn(s, all) ?? referredPair);
    actsDone.push(openingActor(s.tokens, all));
  });
}

/** A bare organ of a state at token `k` ("the military", "authorities", "law enforcement personnel") and its end. */
function organAt(tokens: readonly Token[], k: number): { last: number } | null {
  const t = tokens[k];
  if (!t || !t.isWord) return null;
  let first = k;
  let last = k + 1;
  if (t.lower === 'law' && tokens[k + 1]?.lower === 'enforcement') {
    last = ENFORCEMENT_NOUNS.has(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
  } else if (t.lower === 'security' && tokens[k + 1]?.lower === 'forces') {
    last = k + 2;
  } else if (t.lower === 'the' && SINGULAR_ORGANS.has(tokens[k + 1]?.lower ?? '')) {
    first = k + 1;
    last = k + 2;
  } else if (!PLURAL_ORGANS.has(t.lower)) {
    return null;
  }
  // Someone's organ ("Peru's army", "its government", "Chilean police") is that owner's, read elsewhere.
  const opener = tokens[first - 1];
  if (opener && opener.isWord && !ORGAN_BEFORE.test(opener.lower)) return null;
  if (opener && !opener.isWord && (opener.text === '’s' || opener.text === "'s" || opener.text === '-')) return null;
  const next = tokens[last];
  if (next && (next.isWord ? !(ORGAN_AFTER.test(next.lower) || next.lower === 'further' || (/(ed|ly)$/.test(next.lower) && next.lower.length > 4)) : next.text === '’s' || next.text === "'s" || next.text === '-')) return null;
  return { last };
}

/** The states a sentence names as actors: by name, or by a demonym that owns an organ ("Israeli forces"). */
function statesIn(tokens: readonly Token[], mentions: readonly Mention[]): Set<string> {
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'COUNTRY' || m.inTitle) continue;
    // "the road to Chile" names a place; "authorities in Chile" names the state's own.
    if (LOCATIVE.test(tokens[m.first - 1]?.lower ?? '') && !pluralWord(tokens[m.first - 2])) continue;
    if (m.form === 'demonym' && !PLURAL_NOUNS.has(tokens[m.last]?.lower ?? '') && !/^(army|military|government|navy|police)$/.test(tokens[m.last]?.lower ?? '')) continue;
    ids.add(m.entityId);
  }
  return ids;
}

/** Plural actors a sentence names: collectives, "Kosovo authorities", coordinated names ("Armenia and Azerbaijan"). */
function pluralsIn(tokens: readonly Token[], mentions: readonly Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const actors = mentions.filter((m) => !m.inTitle && ACTOR_KINDS.has(m.kind));
  for (let j = 0; j < actors.length; j++) {
    const m = actors[j];
    if (!m) continue;
    // Names joined by "and": one plural antecedent standing for all of them.
    const joined: Mention[] = [m];
    while (j + 1 < actors.length && tokens.slice(joined[joined.length - 1]?.last ?? 0, actors[j + 1]?.first ?? 0).every((t) => t.lower === 'and' || t.text === ',' || t.lower === 'the') && tokens.slice(joined[joined.length - 1]?.last ?? 0, actors[j + 1]?.first ?? 0).some((t) => t.lower === 'and')) {
      const next = actors[++j];
      if (next) joined.push(next);
    }
    const last = joined[joined.length - 1] ?? m;
    const ids = [...new Set(joined.map((x) => x.entityId))];
    if (ids.length > 1) out.push({ ids, kind: m.kind, at: last.last });
    else if (m.kind === 'GROUP' || pluralWord(tokens[m.last]) || (m.form === 'anaphor' && pluralWord(tokens[m.last - 1]))) out.push({ ids, kind: m.kind, at: m.last });
  }
  return out;
}

function pluralWord(t: Token | undefined): boolean {
  return t !== undefined && (PLURAL_NOUNS.has(t.lower) || PLURAL_ORGANS.has(t.lower) || ENFORCEMENT_NOUNS.has(t.lower));
}

function asCandidate(m: Mention): Candidate {
  return { ids: [m.entityId], kind: m.kind, at: m.last };
}

/**
 * "they" at `k`: the one plural antecedent in its own clause ("revealed that the gunmen … where they"), else in the
 * sentence before it ("Kosovo officials said they"), else in the sentence before. Two candidates, and it is no one.
 */
function theyRefersTo(tokens: readonly Token[], k: number, here: readonly Candidate[], before: readonly Candidate[]): Candidate | null {
  let opens = 0;
  for (let j = k - 1; j >= 0; j--) if (CLAUSE_STARTS.test(tokens[j]?.lower ?? '')) { opens = j + 1; break; }
  const scopes = [here.filter((c) => c.at > opens), here, before];
  for (const scope of scopes) {
    const distinct = new Map(scope.map((c) => [c.ids.join(' '), c]));
    if (distinct.size === 1) return [...distinct.values()][0] ?? null;
    if (distinct.size > 1) return null;
  }
  return null;
}

/** Inside a quotation: "they" there is the speaker's, whoever that means. */
function insideQuote(tokens: readonly Token[], k: number): boolean {
  let straight = 0;
  let open = 0;
  for (let j = 0; j < k; j++) {
    const t = tokens[j]?.text;
    if (t === '"') straight++;
    else if (t === '“') open++;
    else if (t === '”') open--;
  }
  return straight % 2 === 1 || open > 0;
}

function reference(tokens: readonly Token[], first: number, last: number, entityId: string, kind: Mention['kind']): Mention {
  const a = tokens[first];
  const b = tokens[last - 1];
  return { start: a?.start ?? 0, end: b?.end ?? 0, first, last, entityId, kind, form: 'anaphor', inTitle: false };
}
