// Finding a verb's actor and target among a sentence's mentions: the nearest coordinated group of mentions to
// the left (the actor) or right (the target), across the few words that may stand between ("officials",
// "has been trying to"), never across a clause boundary.
import type { Mention } from './mentions';
import { pronounDenialCue } from './denials';
import type { Token } from './tokens';

/** Words that may stand between an actor and its verb without ending the clause. */
const BETWEEN_ACTOR_AND_VERB = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'can',
  'may', 'might', 'must', 'did', 'does', 'do', 'also', 'reportedly', 'jointly', 'then', 'already', 'recently',
  'later', 'now', 'again', 'once', 'allegedly', 'repeatedly', 'just', 'still', 'both', 'all', 'trying', 'to', 'tried',
  'began', 'begun', 'begin', 'continued', 'continue', 'sought', 'seek', 'seeking', 'expected', 'formally', 'officially',
  'officials', 'official', 'delegation', 'delegations', 'delegates', 'team', 'teams', 'forces', 'troops', 'military',
  'government', 'governments', 'warplanes', 'jets', 'ships', 'navy', 'army', 'negotiators', 'mediators', 'leaders',
  'cabinet', 'authorities', 'warships', 'bombers', 'drones', 'aircraft', 'fighter', 'presidency', 'administration',
  'side', 'sides', 'diplomats', 'envoys', 'ministry', 'court', 'courts', 'judge', 'judges', 'prosecutors', 'militants', 'fighters', 'rebels', 'militia', 'group', 'militant',
  'political', 'representatives', 'security', 'state', 'each', 'other', 'ministers', 'leadership', 'media', 'movement',
  'cease-fire', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'late', 'early',
  'last', 'this', 'week', 'night', 'earlier', 'previously', 'together', 'first', 'reported', 'said', 'meanwhile',
  'overnight', 'yesterday', 'today', 'separately', 'publicly', 'swiftly', 'quickly', 'immediately', 'initially',
  'foreign', 'defense', 'defence', 'interior', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'office',
  'presidential', 'officially', 'navy', 'air', 'force', 'junta', 'regime', 'parliament', 'police', 'rebel',
  'guerrilla', 'guerrillas', 'insurgents', 'insurgent', 'troops', 'soldiers', 'coast', 'guard', 'vessels', 'vessel',
  // "X was quick to condemn", "X went on to describe", "X has long supported"
  'quick', 'swift', 'went', 'long', 'firmly', 'openly', 'consistently', 'strongly',
  // "Pakistan's army chief accused …", "India's external affairs ministry said …": an unnamed official or organ
  // of a state speaks for it (eval/README.md rule 8).
  'chief', 'chiefs', 'commander', 'envoy', 'ambassador', 'embassy', 'mission', 'external', 'affairs', 'commerce',
  'trade', 'finance', 'justice', 'economy', 'ministries', 'staff',
  // "Hezbollah's leader accused …", "Lebanon's prime minister urged …": an unnamed head speaks for the body he heads.
  'leader', 'president', 'premier', 'prime', 'chancellor', 'supreme',
  // "the US Treasury blacklisted", "the US Commerce Department sanctioned": a state's departments are the state.
  'treasury', 'department',
  // "Russian security services took X into custody": a state's services and agents are the state.
  'services', 'agents',
  // "A Freedonian fighter jet bombed …", "Zenda militiamen seized …": the craft and men stand for their side.
  'jet', 'warplane', 'plane', 'planes', 'helicopter', 'helicopters', 'gunships', 'militiamen', 'gunmen',
]);
/** Nouns for a state's or group's armed men: "its troops" is the state. */
const FORCE_NOUNS = new Set(['forces', 'troops', 'army', 'military', 'soldiers', 'fighters', 'militants', 'jets', 'warplanes', 'drones', 'navy']);
/** "F-16", "Su-25", "MiG-29": a craft's model letters before a hyphen and a number ("a Freedonian F-16 jet"). */
function craftModel(tokens: readonly Token[], k: number): boolean {
  return /^[A-Z][A-Za-z]{0,2}$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '-' && NUMBER.test(tokens[k + 2]?.text ?? '');
}

/** Words in -ly that are not adverbs. */
const NOT_ADVERBS = new Set(['ally', 'rally', 'family', 'supply', 'reply', 'assembly', 'italy', 'july', 'fly', 'belly', 'bully', 'tally', 'daily', 'only', 'monopoly', 'anomaly']);

/** "sharply criticized", "strongly condemned": a manner adverb right before the verb. */
function mannerAdverb(t: Token, rightBeforeVerb: boolean): boolean {
  return rightBeforeVerb && t.isWord && !t.capitalized && t.lower.length > 4 && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower);
}

/** Descriptions that may stand between "and (the)" and the next coordinated name ("and the leftist NLF"). */
const DESCRIPTORS = new Set([
  'leftist', 'left-wing', 'rightist', 'right-wing', 'islamist', 'jihadist', 'separatist', 'militant', 'armed', 'rebel',
  'insurgent', 'opposition', 'ruling', 'paramilitary', 'powerful', 'main', 'largest', 'rival', 'breakaway', 'neighbouring',
  'neighboring', 'allied', 'militia', 'group', 'military',
  // "X and his Chinese counterpart, Y": the counterpart is the second of the pair.
  'his', 'her', 'counterpart',
  // The head noun after a demonym: "the Chilean government and …".
  'government', 'authorities', 'forces', 'army', 'officials', 'delegation', 'leadership', 'administration',
]);
const SKIP_ONLY_BEFORE_VERB = new Set(['said', 'reported']);

/** Words that may stand between a verb (or preposition) and its target. */
const BETWEEN_VERB_AND_TARGET = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'both', 'all', 'several', 'dozens', 'of', 'at', 'least', 'more',
  'than', 'some', 'multiple', 'various', 'other', 'targets', 'target', 'positions', 'sites', 'areas', 'area',
  'delegations', 'delegation', 'officials', 'leaders', 'representatives', 'forces', 'troops', 'locations', 'city',
  'capital', 'southern', 'northern', 'eastern', 'western', 'central', 'parts', 'part', 'across', 'in', 'on', 'against',
  'counterparts', 'counterpart', 'team', 'negotiators', 'also', 'again', 'militants', 'fighters', 'military',
  'government', 'new', 'wide', 'range', 'with', 'any', 'authorities',
  // The settlement a name is said to be: "struck the village of X", "captured the towns of X and Y".
  'town', 'towns', 'village', 'villages', 'cities', 'settlement', 'settlements', 'hamlet',
  // A quantity before the people meant: "freed the same number of Russian servicemen", "a number of officials".
  'same', 'similar', 'number', 'hundreds',
  // The Arabic article written lowercase before a name the gazetteer knows without it ("al-Shabaab").
  'al', 'el', 'ash',
  // What a named side is, said before its name: "at war with the paramilitary Rapid Support Forces".
  'paramilitary', 'rebel', 'militant', 'armed', 'rival', 'islamist', 'jihadist', 'separatist', 'insurgent',
  'neighbouring', 'neighboring', 'longtime', 'powerful', 'breakaway', 'rebel-held', 'disputed', 'occupied', 'contested', 'besieged',
]);
const NUMBER = /^\d[\d,.]*$/;
/** Days of the week, as "on Tuesday" stands between a verb and its object or after an act. */
export const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Counts written out: "sanctions on five Peruvian officials". */
const NUMBER_WORDS = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundreds|thousands)$/;

/** Nouns whose "from X" / "of X" names the actor itself ("delegations from Hamas", "officials of Qatar"). */
export const DELEGATION_NOUNS = new Set([
  'delegation', 'delegations', 'delegates', 'officials', 'team', 'teams', 'representatives', 'negotiators', 'envoys',
  'diplomats', 'leaders', 'mediators', 'forces', 'troops', 'ministers',
]);

export const BOUNDARY_WORDS = new Set([
  'said', 'says', 'told', 'added', 'stated', 'announced', 'that', 'which', 'who', 'whom', 'whose', 'while', 'after',
  'before', 'because', 'but', 'although', 'though', 'if', 'when', 'where', 'as', 'since', 'until', 'unless', 'whether',
  'following', 'according', 'amid', 'despite', 'so', 'response', 'ending', 'raising', 'marking', 'during',
]);

/** Mentions that can be actors or targets: not inside a title, not a modifier ("Iran-backed"). */
export function actorMentions(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  return mentions.filter((m) => !m.inTitle && !isModifier(m, tokens)).sort((a, b) => a.first - b.first);
}

/** "Iran-backed", "Hezbollah-controlled", "Russia-Ukraine": a name glued to a hyphen modifies what follows. */
export function isModifier(m: Mention, tokens: readonly Token[]): boolean {
  const after = tokens[m.last];
  return after !== undefined && after.text === '-' && after.start === m.end && !ledForces(tokens, m.last + 1);
}

/** Armed bodies a state leads: "the Saudi-led coalition", "US-led forces" stand for the leader (rule 8, as its forces do). */
const LED_FORCES = /^(coalition|alliance|forces|force|troops|army|military)$/;

/** Whether token k is "led" before a force a leader stands for ("Saudi-led coalition"). */
function ledForces(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'led' && LED_FORCES.test(tokens[k + 1]?.lower ?? '');
}

/** "the Pakistani Taliban", "the Lebanese Hezbollah": a demonym right before a group's name says where it is from; the group is meant. */
function nationalOf(actors: readonly Mention[], idx: number, tokens: readonly Token[]): number {
  const m = actors[idx];
  if (!m || m.form !== 'demonym') return idx;
  const group = actors.findIndex((x) => x.first === m.last && x.kind === 'ORGANIZATION');
  if (group >= 0) return group;
  // "the Lebanese armed group Hezbollah", "the Russian oil giant Rosneft": the name after the descriptor is meant.
  const named = describedName(actors, tokens, m.last);
  return named >= 0 ? named : idx;
}

/** Head nouns that describe the named organization right after them: "the regional bloc ECOWAS". */
export const DESCRIPTOR_HEADS = /^(group|groups|movement|militia|bloc|alliance|organisation|organization|company|firm|giant|conglomerate|maker|manufacturer|producer|exporter|operator|lender|bank|party|faction|coalition|network|outfit|body|agency)$/;

/**
 * The index in `actors` of a name that follows lowercase describing words from `from` and a descriptor head ("armed
 * group Hezbollah", "oil giant Rosneft", "regional bloc ECOWAS", "the militant group, Hamas,"), or -1.
 */
export function describedName(actors: readonly Mention[], tokens: readonly Token[], from: number): number {
  for (let j = from; j < tokens.length && j - from <= 4; j++) {
    const t = tokens[j];
    if (!t) return -1;
    if (DESCRIPTOR_HEADS.test(t.lower)) {
      let k = j + 1;
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.lower === 'the') k++;
      return actors.findIndex((x) => x.first === k && x.form !== 'demonym' && x.kind !== 'PLACE' && x.kind !== 'COUNTRY');
    }
    // Lowercase describing words, or a capitalised one that names nothing itself ("the Kurdish militant group PKK").
    const describing = /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !actors.some((x) => x.first <= j && j < x.last));
    if (!describing || t.lower === 'and' || t.lower === 'of') return -1;
  }
  return -1;
}

/** The first token of a mention's noun phrase: a titled person starts at the title. */
export function outerFirst(m: Mention, all: readonly Mention[], tokens?: readonly Token[]): number {
  let first = m.np ?? m.first;
  if (m.form === 'person' && m.np === undefined) {
    for (const t of all) {
      if (!t.inTitle || t.last > m.first || t.first >= first || m.first - t.last > 6) continue;
      // "the Futuro party which backs Ana Ruiz": a relative clause between, so the body is no title of hers.
      if (tokens?.slice(t.last, m.first).some((w) => /^(which|who|that)$/.test(w.lower))) continue;
      // "Hamas official Osama Hamdan blamed Netanyahu": a title that already has its person is not Netanyahu's.
      if (all.some((o) => o.kind === 'PERSON' && o !== m && o.first >= t.last && o.last <= m.first)) continue;
      first = t.first;
    }
  }
  return first;
}

function isCoordinator(t: Token): boolean {
  return t.text === ',' || t.lower === 'and' || t.lower === 'the' || t.lower === 'both' || t.text === '&';
}

/** The coordinated group containing `index` in `actors` ("Egypt, Qatar, and the United States"). */
export function groupAround(actors: readonly Mention[], index: number, tokens: readonly Token[], all: readonly Mention[]): Mention[] {
  const gap = (a: Mention, b: Mention): boolean => {
    // One phrase standing for two actors ("both countries", "the two sides": anaphora.ts, pairs.ts) is a coordinated pair.
    if (a.first === b.first && a.last === b.last) return true;
    const between = tokens.slice(a.last, outerFirst(b, all));
    // "Sudan's army and the RSF": the owner's mark right after the first name, before its forces' noun.
    const described = between.filter((t, i) => !isCoordinator(t) && !(i === 0 && /^['’]s$/.test(t.text)));
    return between.length > 0 && between.length <= 5 && described.length <= 2 && described.every((t) => DESCRIPTORS.has(t.lower))
      && between.some((t) => t.text === ',' || t.lower === 'and' || t.text === '&');
  };
  let lo = index;
  let hi = index;
  while (lo > 0) {
    const a = actors[lo - 1];
    const b = actors[lo];
    if (!a || !b || !gap(a, b)) break;
    lo--;
  }
  while (hi < actors.length - 1) {
    const a = actors[hi];
    const b = actors[hi + 1];
    if (!a || !b || !gap(a, b)) break;
    hi++;
  }
  const group = actors.slice(lo, hi + 1);
  // A list is closed by "and": names set apart by commas alone are a phrase and a clause ("Speaking at the United
  // Nations, Brazil's President X criticised …") or an apposition, not coordinated actors.
  const joined = group.length < 2 || group.some((m, i) => i > 0 && joinedByAnd(tokens, group[i - 1] as Mention, m, all));
  return joined ? group : actors.slice(index, index + 1);
}

/** "and", "&" or "both" between two names, or one phrase standing for both ("the two sides"). */
function joinedByAnd(tokens: readonly Token[], a: Mention, b: Mention, all: readonly Mention[]): boolean {
  if (a.first === b.first && a.last === b.last) return true;
  return tokens.slice(a.last, outerFirst(b, all)).some((t) => t.lower === 'and' || t.text === '&' || t.lower === 'both');
}

/** The actor group ending nearest before token `v`, with only filler words between. */
/** Words that count a group: "dozens of protesters", "hundreds of activists". */
const QUANTITIES = /^(dozens|hundreds|thousands|scores|tens|millions|several|many|some|handful)$/;
/** "the town of Pokrovsk was captured": after a settlement noun, the name after "of" is the subject itself. */
const NAMING_NOUNS = /^(towns?|city|cities|villages?|port|region|province|district|enclave|island|settlements?|hamlet)$/;

/** An opening mark one or two words before the verb, right after a word (a closing mark follows punctuation). */
function quoteOpenedAtVerb(tokens: readonly Token[], k: number, v: number): boolean {
  const text = tokens[k]?.text ?? '';
  return (text === '“' || text === '"') && k >= v - 2 && tokens[k - 1]?.isWord === true;
}

/**
 * 'said it “strongly condemns” the attack': past the mark that closes a quotation opened one or two words before the
 * verb at `v` (the speaker's own verb quoted), to where the verb's object starts; else the token after the verb.
 */
export function pastQuotedVerb(tokens: readonly Token[], v: number): number {
  if (!/^[”"]$/.test(tokens[v + 1]?.text ?? '')) return v + 1;
  for (let k = v - 1; k >= v - 2; k--) {
    if (quoteOpenedAtVerb(tokens, k, v)) return v + 2;
    if (!tokens[k]?.isWord) break;
  }
  return v + 1;
}

/** Crowds that open a sentence, capitalised by place only: "Protesters in Lima denounced …". */
const CROWD_HEADS = /^(protesters|protestors|demonstrators|crowds|supporters|activists|students)$/;

export function actorBefore(actors: readonly Mention[], all: readonly Mention[], tokens: readonly Token[], v: number, limit = 7, depth = 0): Mention[] {
  let k = v - 1;
  let skipped = 0;
  while (k >= 0 && skipped <= limit) {
    const idx = actors.findIndex((m) => m.last - 1 === k);
    if (idx >= 0) {
      const m = actors[idx];
      if (!m) return [];
      const group = groupAround(actors, idx, tokens, all);
      const head = group[0] ? outerFirst(group[0], all) : m.first;
      // "Hezbollah militant group of Lebanon began …": the actor is the group, not the country it is "of".
      const prep = tokens[head - 1]?.lower;
      // "X sent troops to Russia to fight Ukraine": the ones sent act, so the sender is the subject, not the destination.
      const sender = prep === 'to' && tokens[v - 1]?.lower === 'to' && m.last === v - 1 && depth === 0 ? sendingVerbBefore(tokens, head - 1) : -1;
      if (sender >= 0) return actorBefore(actors, all, tokens, sender, limit, 1);
      // "South Africa filed a case at the court accusing Israel": a participle's subject is not a preposition's object.
      const placePrep = tokens[head - 1]?.lower === 'the' ? tokens[head - 2]?.lower : prep;
      const participleAfterPlace = /^(at|in|before|into)$/.test(placePrep ?? '') && /ing$/.test(tokens[v]?.lower ?? '') && depth === 0;
      // "Hundreds of protesters were detained": a number before "of" counts the actor, it names no other.
      const counted = prep === 'of' && (QUANTITIES.test(tokens[head - 2]?.lower ?? '') || (m.kind === 'PLACE' && NAMING_NOUNS.test(tokens[head - 2]?.lower ?? '')));
      // "a militia fighting the army in Chad seized …", "Israeli troops in Gaza killed …": a place after a common
      // noun and "in" says where that noun is; the actor, if any, stands further left. A crowd opening the sentence
      // is capitalised by place only: "Protesters in Lima denounced …".
      const before = tokens[head - 2];
      const locative = (prep === 'in' || prep === 'near') && (m.kind === 'PLACE' || m.kind === 'COUNTRY') && depth === 0
        && before !== undefined && before.isWord && (!before.capitalized || (head - 2 === 0 && CROWD_HEADS.test(before.lower))) && !/ed$/.test(before.lower) && tokens[v]?.text !== ',';
      // "Supporters of the Futuro party attacked …": people around a body, past "the" too, act, not the body.
      const around = prep === 'the' && /^(of|from)$/.test(tokens[head - 2]?.lower ?? '') && OUTSIDERS.test(tokens[head - 3]?.lower ?? '') && depth === 0;
      if (around) { k = head - 3; skipped++; continue; }
      // "The foreign ministry of Chile condemned …": a state's organ named before "of" is the state acting.
      const organOf = prep === 'of' && m.kind === 'COUNTRY' && ORGAN_OF.test(tokens[head - 2]?.lower ?? '');
      if (((prep === 'of' || prep === 'from') && !DELEGATION_NOUNS.has(tokens[head - 2]?.lower ?? '') && !counted && !organOf) || participleAfterPlace || locative) {
        k = participleAfterPlace && placePrep !== prep ? head - 3 : head - 2;
        skipped++;
        continue;
      }
      return group;
    }
    const t = tokens[k];
    if (!t) return [];
    const inside = all.some((m) => m.first <= k && k < m.last);
    if (!inside) {
      const person = t.lower === 'he' || t.lower === 'she';
      // "denied that its troops had …": the owner of forces stands for it ("its", "their").
      const owner = (t.lower === 'its' || t.lower === 'their') && FORCE_NOUNS.has(tokens[k + 1]?.lower ?? '');
      if (person || t.lower === 'it' || t.lower === 'they' || owner) {
        // "Qatar denied reports that it had …": the pronoun is the denier (stance.ts).
        const cue = pronounDenialCue(tokens, k);
        if (cue < 0) return speakerOf(actors, tokens, k, person);
        return actorBefore(actors, all, tokens, cue, limit).filter((m) => (person ? m.kind === 'PERSON' : m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
      }
      if (t.text === '’s' || t.text === "'s" || t.text === '’' || t.text === '-' || NUMBER.test(t.text) || craftModel(tokens, k)) { k--; skipped++; continue; }
      // "X, 54, has …": an age set off by commas after the name.
      if (t.text === ',' && NUMBER.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',') { k -= 3; skipped++; continue; }
      // 'X said it "strongly condemns Y"': a quotation opened right before its verb keeps the subject outside it.
      if (quoteOpenedAtVerb(tokens, k, v)) { k--; skipped++; continue; }
      // "the Saudi-led coalition fighting Y": past the force to its leader.
      if (ledForces(tokens, k - 1) && tokens[k - 2]?.text === '-') { k -= 3; skipped++; continue; }
      // "Oman, which had been hosting talks": the relative pronoun's antecedent is the actor.
      if ((t.lower === 'which' || t.lower === 'who') && tokens[k - 1]?.text === ',') {
        const idx2 = actors.findIndex((m) => m.last === k - 1);
        if (idx2 >= 0) return groupAround(actors, idx2, tokens, all);
        return t.lower === 'which' ? titlePrincipalEndingAt(all, k - 1) : [];
      }
      // "the small Harmony party which backs Ruiz": a restrictive relative right after its antecedent's name.
      // "the Futuro party that backs Ruiz": "that" opens a relative clause too, right after a body's noun ("the
      // strikes on Qatar that targeted …" are what "that" is about, not Qatar).
      const bodyNoun = BODY_NOUNS.test(tokens[k - 1]?.lower ?? '');
      const relativeThat = t.lower === 'that' && bodyNoun && all.some((m) => m.last === k && m.kind === 'ORGANIZATION');
      if ((t.lower === 'which' || t.lower === 'who' || relativeThat) && tokens[k - 1]?.text !== ',') {
        const named = k - 1 - (bodyNoun ? 1 : 0);
        const idx2 = actors.findIndex((m) => m.last === named + 1 || m.last === k);
        if (idx2 >= 0) return groupAround(actors, idx2, tokens, all);
        const principal = titlePrincipalEndingAt(all, k, named + 1);
        if (principal.length > 0) return principal;
        // "Ana Ruiz, a retired general who staged …": who's antecedent is the person the description follows.
        return t.lower === 'who' ? describedPerson(actors, tokens, k) : [];
      }
      // "The Arakan Army, battling Myanmar's military, …": a fighting participle set off right after a name is that
      // side's fight (other participles there are often the writer's gloss: +1 fp on the tuning half).
      if (t.text === ',' && k === v - 1 && /^(fighting|battling|clashing|waging)$/.test(tokens[v]?.text ?? '') && depth === 0) {
        const described = actors.findIndex((m) => m.last === k);
        if (described >= 0) return groupAround(actors, described, tokens, all);
      }
      // "Ukraine's allies, including Britain and France, condemned …": the members named in the aside act.
      if (t.text === ',') {
        const members = namedMembers(actors, all, tokens, k);
        if (members.length > 0) return members;
      }
      // "Peru's foreign minister, Luis Vega, met …": the person named between commas after a description acts.
      if (t.text === ',') {
        const named = actors.find((m) => m.last === k && m.kind === 'PERSON' && tokens[m.first - 1]?.text === ',');
        if (named) return [named];
      }
      // "Iran, which has long opposed the plan, condemned …", "Iran, a close ally of Syria, condemned …".
      if (t.text === ',') {
        const open = parentheticalOpen(tokens, k);
        // "Several states, including Chile and Peru, condemned …": the named members are the actors.
        if (open >= 0 && tokens[open + 1]?.lower === 'including') {
          const members = targetAfter(actors, all, tokens, open + 2, 1);
          return members[members.length - 1]?.last === k ? members : [];
        }
        let idx3 = open < 0 ? -1 : actors.findIndex((m) => m.last === open);
        // "Peru's foreign ministry, in a statement, condemned …": the owner of the body named before the aside.
        if (open >= 0 && idx3 < 0) {
          let j = open;
          while (j > 0 && open - j < 6 && (BETWEEN_ACTOR_AND_VERB.has(tokens[j - 1]?.lower ?? '') || ORGAN_WORDS.test(tokens[j - 1]?.text.toLowerCase() ?? ''))) j--;
          if (j < open) idx3 = actors.findIndex((m) => m.last === j);
        }
        const group = idx3 >= 0 ? groupAround(actors, idx3, tokens, all) : [];
        let head = group[0] ? organPhraseStart(tokens, outerFirst(group[0], all)) : -1;
        // "The Andean Front, which …, condemned": the article opens the subject's phrase.
        if (tokens[head - 1]?.lower === 'the') head--;
        if (head >= 0 && CLAUSE_OPENERS.has(tokens[head - 1]?.text.toLowerCase() ?? '')) return group;
      }
      // "X in a televised address on Monday accused Y": the medium of the speech stands between subject and verb.
      const medium = SPEECH_MEDIA.test(t.lower) ? mediumOpening(tokens, all, k) : -1;
      if (medium >= 0) { skipped += k - medium; k = medium - 1; continue; }
      // "Iran condemned the strike and warned Israel": a verb after "and" shares the first verb's subject.
      if ((t.lower === 'and' || t.lower === 'but') && depth === 0) {
        const first = coordinatedVerb(tokens, all, k);
        return first < 0 ? [] : actorBefore(actors, all, tokens, first, limit, 1);
      }
      if (!t.isWord || BOUNDARY_WORDS.has(t.lower) && !(SKIP_ONLY_BEFORE_VERB.has(t.lower) && k === v - 1)) return [];
      if (!BETWEEN_ACTOR_AND_VERB.has(t.lower) && !(t.lower === 'from' || t.lower === 'of') && !mannerAdverb(t, k === v - 1)) return [];
    }
    k--;
    skipped++;
  }
  return [];
}

/**
 * "X, a candidate of the Futuro party which backs Ruiz": the body ending at `end` (or `alsoEnd`) is the principal of
 * X's title, yet a relative clause after it is about the body, so the body acts there.
 */
function titlePrincipalEndingAt(all: readonly Mention[], end: number, alsoEnd = end): Mention[] {
  const principal = all.find((m) => m.inTitle && (m.last === end || m.last === alsoEnd) && (m.kind === 'ORGANIZATION' || m.kind === 'COUNTRY'));
  return principal ? [{ ...principal, inTitle: false }] : [];
}

/** Verbs that send forces somewhere: "sent", "deployed", "dispatched". */
const SENDING_VERBS = /^(sent|send|sends|sending|deployed|deploy|deploys|deploying|dispatched|dispatch|dispatching)$/;

/** The sending verb before the "to" at `to` with forces as its object ("sent 10,000 troops to"), or -1. */
function sendingVerbBefore(tokens: readonly Token[], to: number): number {
  if (!FORCE_NOUNS.has(tokens[to - 1]?.lower ?? '')) return -1;
  for (let j = to - 2; j >= Math.max(0, to - 7); j--) {
    if (SENDING_VERBS.test(tokens[j]?.lower ?? '')) return j;
  }
  return -1;
}

/** Words that open an aside naming the members of a collective: "…, including X and Y,", "…, among them X,". */
const MEMBER_CUES = /^(including|notably|especially|among|such)$/;

/** The group closed by the comma at `close` when an aside of members opens it: "allies, including Britain and France,". */
function namedMembers(actors: readonly Mention[], all: readonly Mention[], tokens: readonly Token[], close: number): Mention[] {
  const idx = actors.findIndex((m) => m.last === close);
  const group = idx >= 0 ? groupAround(actors, idx, tokens, all) : [];
  if (!group[0]) return [];
  let c = outerFirst(group[0], all) - 1;
  if (/^(them|as)$/.test(tokens[c]?.lower ?? '')) c--;
  return MEMBER_CUES.test(tokens[c]?.lower ?? '') && tokens[c - 1]?.text === ',' ? group : [];
}

/** Past-tense verbs that do not end in -ed. */
const IRREGULAR_PAST = /^(met|held|struck|hit|led|sent|took|gave|made|began|fought|won|left|said|told|spoke|sought|brought|kept|threw|drew|put|set|beat|shot|withdrew|overran|swore|vowed)$/;
/** How far back the first of two coordinated verbs may stand: "condemned the deadly strike on the capital and". */
const COORDINATED_REACH = 12;

/** The past-tense verb before the "and" at `and`, in the same clause, or -1: "X condemned Y and warned Z". */
function coordinatedVerb(tokens: readonly Token[], all: readonly Mention[], and: number): number {
  for (let j = and - 1; j >= 0 && and - j <= COORDINATED_REACH; j--) {
    const t = tokens[j];
    if (!t || t.text === '.' || t.text === ';' || t.text === ':' || BOUNDARY_WORDS.has(t.lower)) return -1;
    if (all.some((m) => m.first <= j && j < m.last) || !t.isWord || t.capitalized) continue;
    if (t.lower === 'and' || t.lower === 'but') return -1;
    if ((t.lower.endsWith('ed') && t.lower.length > 4) || IRREGULAR_PAST.test(t.lower)) return j;
  }
  return -1;
}

/** People around a body who are not it: "supporters of the Futuro party" (its members and fighters are it, rule 8). */
const OUTSIDERS = /^(supporters|followers|sympathisers|sympathizers|opponents|critics|rivals|enemies|relatives|families|victims)$/;
/** Lower-case nouns a body's name may stand before: "the Futuro party", "the Red Flag militia". */
const BODY_NOUNS = /^(party|group|movement|coalition|alliance|bloc|militia|gang|cartel|faction|front|brigade|network|organisation|organization)$/;
/** What may stand right before a clause's subject: the sentence start (''), a comma, "that", "but". */
const CLAUSE_OPENERS = new Set(['', ',', 'that', 'but', 'while', '“', '"', 'said', 'says']);
/** Words of a state's organ around its name: "Chile's Ministry of Foreign Affairs", "the foreign ministry of Chile". */
const ORGAN_WORDS = /^(foreign|interior|defence|defense|ministry|affairs|of|the|office|presidential|presidency|government|['’]s)$/;
/** An organ named before "of <state>": "the foreign ministry of Chile", "the Ministry of Foreign Affairs of Chile". */
const ORGAN_OF = /^(ministry|affairs|government|presidency|cabinet|embassy|office|leadership|authorities)$/;

/** Where a state's name starting at `head` really opens its phrase: before "the foreign ministry of", else `head`. */
function organPhraseStart(tokens: readonly Token[], head: number): number {
  if (tokens[head - 1]?.lower !== 'of' || !ORGAN_OF.test(tokens[head - 2]?.lower ?? '')) return head;
  let p = head - 2;
  while (p > 0 && head - p < 7 && /^(foreign|interior|defence|defense|ministry|affairs|of|presidential)$/.test(tokens[p - 1]?.lower ?? '')) p--;
  return p;
}
/** The person named right before ", a|an|the <up to 5 words> who": "X, a former general who …" → X. */
function describedPerson(actors: readonly Mention[], tokens: readonly Token[], who: number): Mention[] {
  for (let j = who - 1; j >= 0 && who - j <= 6; j--) {
    const w = tokens[j];
    if (!w || /^[;:.!?"“”]$/.test(w.text) || BOUNDARY_WORDS.has(w.lower)) return [];
    if (!/^(a|an|the)$/.test(w.lower)) continue;
    if (tokens[j - 1]?.text !== ',') return [];
    const named = actors.find((m) => m.last === j - 1 && m.kind === 'PERSON');
    return named ? [named] : [];
  }
  return [];
}

/** First words of a parenthetical that describes the name before it: a relative clause or an apposition. */
const PARENTHETICAL_STARTS = /^(including|which|who|whose|a|an|the|one|itself|himself|herself|once|long|formerly|now|already|previously|widely|whom|in|on|at|for|like|along|together|after|through|via|citing|led|headed|accompanied|flanked|backed|supported|funded|armed|sponsored|neighbours|neighbors|rivals|allies|foes|enemies|adversaries|both|two)$/;
/** Tokens a parenthetical may hold: enough for "which has been fighting the army since 2011". */
const PARENTHETICAL_LENGTH = 16;

/**
 * The comma that opens the parenthetical closed by the comma at `close`, or -1: "Iran, which …, condemned"
 * and "Iran, a close ally of Syria, condemned" (a description or relative clause; a participle, "speaking in
 * Paris", too).
 */
function parentheticalOpen(tokens: readonly Token[], close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= PARENTHETICAL_LENGTH; j--) {
    const t = tokens[j];
    if (!t || t.text === '.' || t.text === ';' || t.text === '“' || t.text === '”' || t.text === '"') return -1;
    if (t.text !== ',') continue;
    const first = tokens[j + 1];
    if (!first || j + 1 === close) return -1;
    const participle = first.isWord && !first.capitalized && first.lower.endsWith('ing');
    // "Peru, Bolivia's neighbour and long-time ally, …": an apposition owned by a name.
    const owned = first.capitalized && [j + 2, j + 3].some((p) => p < close && /^['’]s$/.test(tokens[p]?.text ?? ''));
    return PARENTHETICAL_STARTS.test(first.lower) || participle || owned ? j : -1;
  }
  return -1;
}

/**
 * "the minister said that he had met …", "The Israeli military said it struck …": a pronoun right after
 * the speaker's "said" is the speaker (a person for he/she, a state or organization for it/they).
 */
/** Where a speech is made: "in a statement", "in a televised address", "in his speech to parliament". */
const SPEECH_MEDIA = /^(statement|address|speech|interview|briefing|post|message|letter|communique|communiqué|reply|remarks|broadcast)$/;

/** The "in" that opens the medium phrase ending at `k` ("in a televised address"), within four words; -1 if none. */
function mediumOpening(tokens: readonly Token[], all: readonly Mention[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = tokens[j];
    if (!t || !t.isWord || all.some((m) => m.first <= j && j < m.last)) return -1;
    if (t.lower === 'in') return /^(a|an|the|his|her|its|their)$/.test(tokens[j + 1]?.lower ?? '') ? j : -1;
  }
  return -1;
}

/** Verbs after which "it" or "he" is the speaker: "X said it …", "X warned it would …". */
const SPEAKING = /^(said|says|added|told|announced|claimed|warned|warns)$/;
/** How far back the speech verb of "…, and that it …" may stand. */
const SECOND_CLAUSE_REACH = 30;

/** How far into the sentence its subject may open (past a dateline such as "Sydney:" or "On Monday,"). */
const SUBJECT_OPENING = 4;

/**
 * "X expelled Y's envoy, as it accused Z of …": the pronoun subject of a clause joined by "as", "while" or
 * "because" is the subject the sentence opens with, when that fits the pronoun.
 */
function subordinateSubject(actors: readonly Mention[], tokens: readonly Token[], pronoun: number, person: boolean): Mention[] {
  if (!/^(as|while|because|since|after)$/.test(tokens[pronoun - 1]?.lower ?? '') || tokens[pronoun - 2]?.text !== ',') return [];
  const fits = (m: Mention): boolean => (person ? m.kind === 'PERSON' : m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
  const first = actors.find((m) => m.kind !== 'PLACE');
  if (!first || !fits(first) || first.first > SUBJECT_OPENING || /^(’s|'s)$/.test(tokens[first.last]?.text ?? '')) return [];
  return [first];
}

/** Words between a state and its "said" that name its organ or the saying: "Chile's commerce ministry said on Monday". */
const SPEAKER_FILLER = /^(that|military|army|government|officials|forces|ministry|foreign|defense|defence|interior|commerce|trade|economy|finance|justice|energy|industry|presidential|press|department|presidency|cabinet|embassy|spokesman|spokeswoman|spokesperson|office|’s|'s|on|in|a|statement|,|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|also|later|late|last|week|night)$/;

/** Words of where and when something was said: "in a statement published on its official website late on Friday". */
const SAYING_MEDIUM = /^(in|on|at|a|an|the|its|their|his|her|statement|statements|published|posted|issued|released|official|website|account|social|media|platform|news|conference|briefing|interview|televised|address|speech|late|early|earlier|friday|monday|tuesday|wednesday|thursday|saturday|sunday|night|morning|evening|that|,)$/;

function speakerOf(actors: readonly Mention[], tokens: readonly Token[], pronoun: number, person: boolean): Mention[] {
  // "X said the jets struck a road, and that it condemns …": a second that-clause of the same speech verb.
  if (tokens[pronoun - 1]?.lower === 'that' && tokens[pronoun - 2]?.lower === 'and') {
    for (let j = pronoun - 3; j >= 0 && pronoun - j <= SECOND_CLAUSE_REACH; j--) {
      const w = tokens[j]?.text ?? '';
      if (/^[.;:“”"]$/.test(w)) break;
      if (SPEAKING.test(w.toLowerCase())) return speakerOf(actors, tokens, j + 1, person);
    }
  }
  // "X said in a statement that it …": the speech verb may stand a few words before the pronoun, or further when
  // only the saying's medium and time stand between ("said in a statement published on its website on Friday that it").
  let verb = -1;
  for (let j = pronoun - 1; j >= Math.max(0, pronoun - 14); j--) {
    if (SPEAKING.test(tokens[j]?.lower ?? '')) { verb = j; break; }
    if (pronoun - j > 5 && !SAYING_MEDIUM.test(tokens[j]?.lower ?? '')) break;
  }
  if (verb < 0) return subordinateSubject(actors, tokens, pronoun, person);
  const speaker = [...actors].reverse().find((m) => m.last <= verb && m.last >= verb - 8
    && (person ? m.kind === 'PERSON' : m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
  if (!speaker) return [];
  // Only the nearest named actor before "said", with nothing but filler between ("The Israeli military said").
  const between = tokens.slice(speaker.last, verb);
  const medium = tokens.slice(verb + 1, pronoun);
  return between.every((t) => SPEAKING.test(t.lower) || SPEAKER_FILLER.test(t.lower)) && medium.every((t) => SPEAKER_FILLER.test(t.lower) || SAYING_MEDIUM.test(t.lower)) ? [speaker] : [];
}

/** The target group starting nearest after token `from`, with only determiners and the like between. */
export function targetAfter(actors: readonly Mention[], all: readonly Mention[], tokens: readonly Token[], from: number, limit = 7): Mention[] {
  let k = from;
  let skipped = 0;
  while (k < tokens.length && skipped <= limit) {
    const idx = actors.findIndex((m) => outerFirst(m, all, tokens) === k);
    if (idx >= 0) return groupAround(actors, nationalOf(actors, idx, tokens), tokens, all);
    const t = tokens[k];
    if (!t) return [];
    const described = describedName(actors, tokens, k);
    if (described >= 0) return groupAround(actors, described, tokens, all);
    const inside = all.some((m) => m.first <= k && k < m.last);
    if (!inside) {
      const delegationFrom = (t.lower === 'from' || t.lower === 'of') && DELEGATION_NOUNS.has(tokens[k - 1]?.lower ?? '');
      if (!(NUMBER.test(t.text) || NUMBER_WORDS.test(t.lower) || t.text === '-' || BETWEEN_VERB_AND_TARGET.has(t.lower) || delegationFrom)) return [];
    }
    k++;
    skipped++;
  }
  return [];
}

/**
 * Every target from `from` to the end of the clause: the actors hit and the places where ("dozens of Houthi
 * targets in Yemen"). A place counts only right after the verb or after another name, so "attacks on cargo ships
 * off the coast of Norway" does not make Norway a target.
 */
export function targetsInClause(actors: readonly Mention[], tokens: readonly Token[], from: number, all: readonly Mention[] = actors): Mention[] {
  // 'struck "terrorist infrastructure" in Peru': a quoted object of plain words is passed over, not a clause's end.
  if (/^[“"]$/.test(tokens[from]?.text ?? '')) {
    let q = from + 1;
    while (q - from < 8 && tokens[q]?.isWord && !tokens[q]?.capitalized) q++;
    if (q > from + 1 && /^[”"]$/.test(tokens[q]?.text ?? '')) from = q + 1;
  }
  let end = tokens.length;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) break;
    const listComma = t.text === ',' && actors.some((m) => m.first === k + 1 && !FINITE_AFTER.test(tokens[m.last]?.lower ?? ''));
    // "Israel's attack on Iran was condemned by Russia": a finite verb ends the noun phrase the targets are in.
    const finite = /^(was|were)$/.test(t.lower) && k > from;
    if ((t.text === ',' && !listComma) || t.text === ';' || t.text === '.' || t.text === '“' || t.text === '"' || BOUNDARY_WORDS.has(t.lower) || finite || onBehalfAt(tokens, k)) { end = k; break; }
  }
  const direct = new Set(targetAfter(actors, all, tokens, from));
  // "the Lebanese armed group Hezbollah": the demonym says whose the group is; the group is the target.
  return actors.filter((m) => m.first >= from && m.last <= end && !(m.form === 'demonym' && describedName(actors, tokens, m.last) >= 0)
    // "attacked Israel from Lebanon", "attacked ships off Yemen": where the blow came from or passed by, not what it hit.
    && (direct.has(m) || !ORIGINS.test(tokens[tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1]?.lower ?? ''))
    // A name glued to a hyphen ("a Greek-owned tanker in the Red Sea") is no target the place could be the site of.
    && (m.kind !== 'PLACE' || direct.has(m) || all.some((o) => !o.inTitle && o.kind !== 'PLACE' && !isModifier(o, tokens) && o.first >= from && o.last <= m.first)
      || placeOfObject(tokens, all, from, m)));
}

/**
 * A word right after a name that makes the name a new clause's subject, not one more of a list: "When Russia attacked
 * Ukraine in 2022, Finland applied …", "Even if Iran strikes Israel, Washington will …".
 */
const FINITE_AFTER = /^(has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|shall|did|does|do|said|says|told|applied|joined|responded|announced|vowed|warned|called|urged|condemned|struck|hit|sent|began|launched|agreed|refused|rejected|declined|denied)$/;

/** Prepositions that name where an attack came from or passed by. */
const ORIGINS = /^(from|off)$/;

/**
 * "in solidarity with Hamas", "in support of Y", "on behalf of Y", "in retaliation for Y's attack": whom or what an
 * act is done for or answers, never its target.
 */
function onBehalfAt(tokens: readonly Token[], k: number): boolean {
  const phrase = `${tokens[k]?.lower ?? ''} ${tokens[k + 1]?.lower ?? ''} ${tokens[k + 2]?.lower ?? ''}`;
  return /^(in solidarity with|in support of|on behalf of|in retaliation for|in response to|in revenge for|in sympathy with) /.test(`${phrase} `);
}

/** Words after a place that make it an accord's or a process's name, not a place left: "the Paris Agreement", "the
 * Black Sea grain deal", "the Istanbul talks". */
export const ACCORD_WORDS = /^(agreement|accord|accords|deal|treaty|pact|initiative|protocol|convention|declaration|format|framework|process|grain|climate|nuclear|peace|arms|talks)$/;

/** Seas, gulfs and straits: where ships are attacked, never what is hit ("attacks on shipping in the Red Sea"). */
export const WATERS = /(^|-)(sea|ocean|strait|straits|gulf|channel)$|^gulf-of-/;

/** Prepositions that place a struck object: "a hospital in Gaza", "villages near Kharkiv". */
const PLACING = new Set(['in', 'near', 'outside', 'across', 'around', 'inside']);

/**
 * "struck a hospital in Gaza", "shelled villages in the Kharkiv region": the object is a short common noun phrase
 * (no name, no verb-like break) and the place after its preposition is where the blow fell (eval/README.md: each
 * named place hit gets its own STRUCK).
 */
export function placeOfObject(tokens: readonly Token[], all: readonly Mention[], from: number, place: Mention): boolean {
  if (WATERS.test(place.entityId)) return false;
  let prep = place.first - 1;
  if (tokens[prep]?.lower === 'the') prep--;
  while (prep > from && /^(eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|occupied|besieged)$/.test(tokens[prep]?.lower ?? '')) prep--;
  if (!PLACING.has(tokens[prep]?.lower ?? '') || prep - from < 1 || prep - from > 5) return false;
  for (let k = from; k < prep; k++) {
    const t = tokens[k];
    // "a children's hospital in Kyiv": a possessive inside the common noun phrase is part of it.
    const possessive = (t?.text === "'s" || t?.text === '’s') && k > from && !tokens[k - 1]?.capitalized;
    if (!t || (!t.isWord && !possessive) || t.capitalized || all.some((o) => o.first <= k && k <= o.last)) return false;
  }
  return true;
}

/** A deal or talks spoken of as promised, offered or still to come ("offered to host another round of negotiations"). */
export function hypothetical(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 6), index).some((t) => HYPOTHETICAL.has(t.lower)) || unrealized(tokens, index);
}

/** Judgements of a deal or talks that say they have not come about: "remains distant", "is not expected", "is possible". */
const UNREALIZED = /^(expected|likely|unlikely|possible|distant|elusive|uncertain|planned|scheduled|unclear|doubtful|far)$/;
const COPULAS = /^(is|are|was|were|remains|remain|remained|seems|seemed|looks|looked|appears|appeared)$/;
/** How far after the noun the phrase's copula may stand: "a deal between the Freedonian government and the rebels remains …". */
const UNREALIZED_REACH = 12;

/**
 * "There are no talks between X and Y", "A deal between X and Y remains distant", "Talks between X and Y are not
 * expected soon": the noun phrase at `index` is denied or judged still to come, so no talks or deal is told.
 */
function unrealized(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.lower === 'no' || tokens[index - 2]?.lower === 'no') return true;
  for (let k = index + 1; k < Math.min(tokens.length, index + UNREALIZED_REACH); k++) {
    const w = tokens[k]?.lower ?? '';
    if (/^[,;:.]$/.test(w) || w === 'that' || w === 'which' || w === 'who') return false;
    if (!COPULAS.test(w)) continue;
    const next = tokens[k + 1]?.lower === 'not' || tokens[k + 1]?.lower === 'still' ? tokens[k + 2]?.lower : tokens[k + 1]?.lower;
    return UNREALIZED.test(next ?? '');
  }
  return false;
}

/**
 * A war or fighting spoken of as a danger, not as happening ("fears of a war between X and Y", "to avert a war").
 * Promises do not count: a war someone vows to end is a real war.
 */
export function feared(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 4), index).some((t) => FEARED.has(t.lower));
}

const FEARED = new Set([
  'fear', 'fears', 'feared', 'fearing', 'risk', 'risks', 'risked', 'risking', 'avert', 'averted', 'averting', 'prevent',
  'prevented', 'preventing', 'avoid', 'avoided', 'avoiding', 'spark', 'sparking', 'trigger', 'triggering', 'threat',
  'danger', 'prospect', 'spectre', 'specter', 'possible', 'potential', 'looming',
]);

const HYPOTHETICAL = new Set([
  'promise', 'promised', 'promises', 'pledge', 'pledged', 'vowed', 'vow', 'hopes', 'hoped', 'expected', 'offered',
  'offers', 'offer', 'proposed', 'another', 'possible', 'potential', 'future', 'would', 'could', 'will', 'may', 'might',
  // Asked for, not held: "called for talks between X and Y", "urged talks between".
  'called', 'calls', 'calling', 'urged', 'urges', 'urging',
]);
