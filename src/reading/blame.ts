// Blame in speech (CAMEO 112, accuse): "X said Y was not acting in good faith", "X claimed that Y was behind the
// attack", and blame inside a quotation its speaker is named for ("“Y is stalling,” X said"). The words are the
// lexicon; the rules only find who speaks and who is blamed.
import { actorBefore, actorMentions, BOUNDARY_WORDS, targetAfter } from './clauses';
import { isNegation, NEGATIONS } from './hedges';
import { ACTOR_KINDS, type Mention, type SentenceTokens } from './mentions';
import { verbIndex } from './patterns/verbIndex';
import type { Token } from './tokens';

const SPEECH_VERBS = new Set(['said', 'says', 'say', 'claimed', 'claims', 'claim', 'alleged', 'alleges', 'allege', 'charged', 'charges', 'insisted', 'insists', 'stated', 'states', 'argued', 'argues', 'asserted', 'asserts', 'maintained', 'maintains', 'warned', 'warns', 'complained', 'complains']);
/** Verbs that attribute a quotation to its speaker ("…,” X said", "…,” X wrote on X"). */
export const ATTRIBUTION_VERBS = new Set([...SPEECH_VERBS, 'told', 'added', 'wrote', 'posted', 'tweeted', 'declared', 'stressed', 'noted']);
/**
 * Predicates that lay blame on their subject: "Y was responsible for", "Y violated the truce", "Y is not acting in
 * good faith", "Y was behind the attack". Words, not sentences: any of them after the subject.
 */
const BLAME_WORDS = new Set([
  'responsible', 'behind', 'blame', 'violated', 'violating', 'violates', 'breached', 'breaching', 'breaches',
  'sabotaged', 'sabotaging', 'sabotage', 'obstructed', 'obstructing', 'obstructs', 'stalling', 'stalled',
  'undermining', 'undermined', 'undermines', 'lying', 'lied', 'guilty', 'orchestrated', 'orchestrating', 'sponsoring',
  'sponsored', 'harbouring', 'harboring', 'harboured', 'harbored', 'aggression', 'provocation', 'provocations',
  'provoking', 'provoked', 'destabilizing', 'destabilising', 'interfering', 'interfered', 'meddling', 'meddled',
  'reneged', 'reneging', 'derailing', 'derailed', 'committed', 'committing', 'perpetrated', 'perpetrating', 'selfish',
  'violation', 'violations',
  // A campaign of lies waged: "Y was waging a smear campaign", "a disinformation campaign by Y".
  'disinformation', 'misinformation', 'smear', 'denigration', 'propaganda', 'incitement', 'destabilization', 'destabilisation',
]);
/** Verbs that make what follows an allegation: harm told after them is blame too ("claim that Y killed …"). */
const ALLEGING_VERBS = new Set(['claimed', 'claims', 'claim', 'alleged', 'alleges', 'allege', 'charged', 'charges', 'charge']);
const ALLEGE = /^(alleged|alleges|allege)$/;
/** A finite verb of a done act right after the alleged doer: "had used", "was", "secretly supplied". */
const DONE = /^(had|has|have|was|were|is|are|\w+ed)$/;
/** Speech and cognition, which an alleged doer does not "do": "alleged that Y says …" blames no one. */
const NOT_ACTS = /^(says|claims|denies|thinks|believes|hopes|wants|needs|seems|appears|remains)$/;
/** A present-tense act the reader knows ("alleged that Y funds the rebels", "… arms the militia"): done, alleged. */
const doneNow = (word: string): boolean => /[a-z]s$/.test(word) && !NOT_ACTS.test(word) && (verbIndex().get(word) ?? []).length > 0;
/**
 * A state's agents or organs after its demonym or possessive: "Bolivian agents had planned …", "Chile's intelligence
 * services were behind …". They are the state (eval/README.md rule 8), so what they are said to do blames it.
 */
const AGENT_NOUNS = /^(agents|agent|spies|spy|operatives|intelligence|services|service|forces|troops|military|army|security|government|authorities|officials|special|secret|police)$/;
/** Plotting an attack: "had planned the attack", "plotted the bombings", "masterminded the assassination". */
const PLOT_VERBS = /^(planned|plotted|masterminded|plotting|planning)$/;
/** Harm that, alleged, blames its doer: "alleged that Y tortured detainees". */
const HARM_WORDS = new Set([
  'killed', 'killing', 'murdered', 'murdering', 'tortured', 'torturing', 'massacred', 'executed', 'abducted', 'kidnapped',
  'raped', 'looted', 'rigged', 'rigging', 'attacked', 'attacking', 'targeted', 'targeting', 'shelled', 'bombed',
  'slaughtered', 'persecuted', 'persecuting', 'starved', 'starving', 'deported', 'supplied', 'supplying', 'armed', 'arming',
]);
/**
 * Wrongs named by a noun whose doer follows "by": "a clear escalation of terror by Russia", "an act of aggression
 * by Y". Said or quoted, the speaker blames the doer.
 */
const WRONG_NOUNS = new Set([
  'aggression', 'terror', 'terrorism', 'provocation', 'provocations', 'escalation', 'violation', 'violations', 'breach',
  'breaches', 'crime', 'crimes', 'atrocity', 'atrocities', 'genocide', 'massacre', 'sabotage', 'interference',
  'meddling', 'blackmail', 'lies', 'war-crimes',
]);
/** Attacks whose doer a speaker names: "said the bombing was carried out by Y". */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'blast', 'explosion', 'strike', 'strikes', 'assassination', 'killing', 'killings', 'shelling', 'raid', 'ambush', 'massacre', 'sabotage', 'hack', 'cyberattack']);
/** Participles between "was" and "by" that name the doer: "was carried out by", "had been ordered by". */
const DOER_PARTICIPLES = /^(been|carried|out|launched|staged|orchestrated|perpetrated|committed|ordered|masterminded|planned|organised|organized|conducted|mounted)$/;
const SAYING_ADJUNCTS = /^(on|in|late|early|earlier|later|today|yesterday|a|an|its|his|her|their|statement|interview|post|news|conference|briefing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|,)$/;
const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '’']);

/** Who is blamed and where the blaming word stands (for the quote). */
export type Blamed = (speaker: Mention, blamed: Mention, word: number) => void;

/** "not acting in good faith", "acting in bad faith": blame told through faith. */
function faithBlame(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'faith') return false;
  const before = tokens.slice(Math.max(0, k - 10), k).map((t) => t.lower);
  return before.includes('bad') || (before.includes('good') && before.some((x) => NEGATIONS.has(x) || x.endsWith("n't")));
}

/** The token of a blaming word after `from` in the same clause, or -1; `harm` counts harm words too. */
function blameAfter(tokens: readonly Token[], from: number, harm = false): number {
  let negated = false;
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === ';' || (BOUNDARY_WORDS.has(t.lower) && t.lower !== 'that')) return -1;
    // "not acting in good faith" blames; "Y was not behind the attack", "bears no responsibility" clear Y.
    if (faithBlame(tokens, k)) return k;
    // "Y was the victim / target of a smear campaign": the wrong befell Y.
    if (/^(victim|victims|target|targets|subject)$/.test(t.lower)) return -1;
    if (isNegation(t) && (t.lower.endsWith("n't") || tokens[k + 1]?.lower !== 'only')) negated = true;
    if (BLAME_WORDS.has(t.lower) || (harm && HARM_WORDS.has(t.lower)) || plottedAttack(tokens, k) || borneResponsibility(tokens, k) || involvedInAttack(tokens, k)) return negated ? -1 : k;
  }
  return -1;
}

/** "Y bears full responsibility", "Y bore the responsibility": blame told as a burden borne, at token `k`. */
function borneResponsibility(tokens: readonly Token[], k: number): boolean {
  if (!/^(responsibility|blame)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokens[j]?.lower ?? '';
    if (/^(bears|bear|bore|borne|bearing|shoulders|shouldered)$/.test(w)) return !tokens.slice(j - 2, j).some(isNegation);
    if (!/^(full|the|sole|primary|direct|entire|all|[“"‘])$/.test(w)) return false;
  }
  return false;
}

/** "Y's agents were involved in the plot / the killing": involvement in an attack or plot at token `k`. */
function involvedInAttack(tokens: readonly Token[], k: number): boolean {
  if (!/^(involved|implicated|complicit)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'in') return false;
  return tokens.slice(k + 2, k + 6).some((t) => ATTACK_NOUNS.has(t.lower) || WRONG_NOUNS.has(t.lower) || /^(plot|plots|coup|murder|assassination|killing)$/.test(t.lower));
}

/** "planned the attack", "plotted last week's bombings": a plot of a definite attack at token `k`. */
function plottedAttack(tokens: readonly Token[], k: number): boolean {
  if (!PLOT_VERBS.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 4; j++) {
    const w = tokens[j]?.lower ?? '';
    if (ATTACK_NOUNS.has(w)) return j > k + 1;
    if (!/^(the|a|an|last|this|week|month|year|['’]s|deadly|recent|failed|suicide|car|bomb|drone|rocket|latest)$/.test(w)) return false;
  }
  return false;
}

/** Past a state's agents after its demonym or possessive ("Bolivian secret agents", "Chile's intelligence"). */
function pastAgents(tokens: readonly Token[], m: Mention): number {
  let k = m.last;
  if (m.form !== 'demonym' && !/^['’]s$/.test(tokens[k]?.text ?? '')) return k;
  if (m.form !== 'demonym') k++;
  const start = k;
  while (k - start < 3 && AGENT_NOUNS.test(tokens[k]?.lower ?? '')) k++;
  return k > start ? k : m.last;
}

/**
 * A wrong and its doer between `from` and `end`: "escalation of terror by Russia" gives the wrong's token and the
 * actors after "by" (at most two words between the noun and "by").
 */
function wrongsBy(tokens: readonly Token[], actors: readonly Mention[], all: readonly Mention[], from: number, end: number): { word: number; doers: Mention[] } | null {
  for (let k = from; k < end; k++) {
    const wrong = WRONG_NOUNS.has(tokens[k]?.lower ?? '');
    if (!wrong && !ATTACK_NOUNS.has(tokens[k]?.lower ?? '')) continue;
    // An attack is a wrong laid on its doer only when said to be done by it: "the attack was carried out by Y".
    const done = /^(was|were|had|has|been)$/.test(tokens[k + 1]?.lower ?? '');
    if (!wrong && !done) continue;
    for (let b = k + 1; b <= Math.min(end - 1, k + (done ? 5 : 3)); b++) {
      const t = tokens[b];
      if (!t || !t.isWord) break;
      if (done && b > k + 1 && t.lower !== 'by' && !DOER_PARTICIPLES.test(t.lower)) break;
      if (t.lower !== 'by') continue;
      const doers = targetAfter(actors, all, tokens, b + 1, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.last <= end);
      if (doers.length > 0) return { word: k, doers };
    }
  }
  return null;
}

/**
 * "the attack bore the hallmarks of Bolivian intelligence", "the bombing had all the hallmarks of a Chilean
 * operation": an attack said to bear an actor's marks is laid on that actor. The attack is named before the marks.
 */
function hallmarksOf(tokens: readonly Token[], actors: readonly Mention[], all: readonly Mention[], from: number, end: number): { word: number; doers: Mention[] } | null {
  const attack = tokens.findIndex((t, k) => k >= from && k < end && (ATTACK_NOUNS.has(t.lower) || WRONG_NOUNS.has(t.lower)));
  if (attack < 0) return null;
  for (let k = attack + 1; k < end; k++) {
    if (!/^(hallmarks|hallmark|fingerprints|signature)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') continue;
    if (tokens.slice(attack, k).some(isNegation)) return null;
    const doers = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.last <= end);
    return doers.length > 0 ? { word: k, doers } : null;
  }
  return null;
}

/** The end of the clause a saying verb opens: the first ";", or a closing quotation mark. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 25); k++) if (tokens[k]?.text === ';' || CLOSING_QUOTES.has(tokens[k]?.text ?? '')) return k;
  return Math.min(tokens.length, from + 25);
}

/** "X said Y was not acting in good faith", "X claimed that Y was behind the attack": X accuses Y. */
export function reportedBlame(tokens: readonly Token[], actors: Mention[], all: Mention[], blamed: Blamed): void {
  for (let v = 0; v < tokens.length; v++) {
    const according = accordingTo(tokens, actors, v);
    if (!SPEECH_VERBS.has(tokens[v]?.lower ?? '') && !according) continue;
    const speakers = according ? [according] : actorBefore(actors, all, tokens, v, 3).filter((m) => ACTOR_KINDS.has(m.kind));
    if (speakers.length === 0) continue;
    let from = according ? according.last + 1 : v + 1;
    // "said on Sunday that", "said in a statement that": the time or channel of the saying.
    while (from < tokens.length && from - v <= 6 && SAYING_ADJUNCTS.test(tokens[from]?.lower ?? '')) from++;
    if (tokens[from]?.lower === 'that') from++;
    // "said it had evidence that Y …", "said there was proof that Y …": what follows is alleged.
    const evidence = evidenceThat(tokens, from);
    if (evidence > 0) from = evidence;
    const subjects = targetAfter(actors, all, tokens, from, 2).filter((m) => ACTOR_KINDS.has(m.kind));
    const last = subjects[subjects.length - 1];
    const end = last ? pastAgents(tokens, last) : -1;
    let k = last ? blameAfter(tokens, end, ALLEGING_VERBS.has(tokens[v]?.lower ?? '') || evidence > 0) : -1;
    // "X alleged that Y had used …", "X alleges Y funds the rebels": an allegation of any act done is blame (112);
    // "claimed" is not always one.
    const alleged = last && ALLEGE.test(tokens[v]?.lower ?? '') && (tokens[from - 1]?.lower === 'that' || from === v + 1);
    if (k < 0 && alleged && (DONE.test(tokens[end]?.lower ?? '') || doneNow(tokens[end]?.lower ?? ''))) k = end;
    if (k >= 0) for (const a of speakers) for (const b of subjects) blamed(a, b, k);
    else {
      // "X said the strike was an act of aggression by Y".
      const wrong = wrongsBy(tokens, actors, all, from, clauseEnd(tokens, from)) ?? hallmarksOf(tokens, actors, all, from, clauseEnd(tokens, from));
      if (wrong) for (const a of speakers) for (const b of wrong.doers) if (b.entityId !== a.entityId) blamed(a, b, wrong.word);
    }
  }
  trailingBlame(tokens, actors, blamed);
  linkedToAttack(tokens, actors, all, blamed);
}

/** "X linked Y to the killing", "X tied Y to the bombing": an attack or wrong laid on Y by X (112). */
function linkedToAttack(tokens: readonly Token[], actors: Mention[], all: Mention[], blamed: Blamed): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!/^(linked|links|tied|ties|connected|connects)$/.test(tokens[v]?.lower ?? '') || NEGATIONS.has(tokens[v - 1]?.lower ?? '')) continue;
    const linked = targetAfter(actors, all, tokens, v + 1, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    const end = linked[linked.length - 1]?.last ?? -1;
    if (end < 0 || tokens[end]?.lower !== 'to') continue;
    const wrong = tokens.slice(end + 1, end + 5).findIndex((t) => ATTACK_NOUNS.has(t.lower) || WRONG_NOUNS.has(t.lower) || /^(plot|coup|murder|assassination)$/.test(t.lower));
    if (wrong < 0) continue;
    for (const a of actorBefore(actors, all, tokens, v).filter((m) => ACTOR_KINDS.has(m.kind))) for (const b of linked) if (a.entityId !== b.entityId) blamed(a, b, end + 1 + wrong);
  }
}

/** "According to Chile, Peru was behind …" opening the sentence: the source named, when the token at `v` opens it. */
function accordingTo(tokens: readonly Token[], actors: Mention[], v: number): Mention | undefined {
  if (tokens[v]?.lower !== 'according' || tokens[v + 1]?.lower !== 'to' || (v > 0 && tokens[v - 1]?.text !== ',')) return undefined;
  const source = actors.find((m) => m.first === v + 2 && !m.inTitle && ACTOR_KINDS.has(m.kind));
  return source && tokens[source.last]?.text === ',' ? source : undefined;
}

/** "it had evidence that", "there was proof that", "it has evidence Y …": where the alleged clause starts, or -1. */
function evidenceThat(tokens: readonly Token[], from: number): number {
  let k = from;
  if (/^(it|they|he|she|there|we)$/.test(tokens[k]?.lower ?? '')) k++;
  if (/^(had|has|have|was|were|is|are)$/.test(tokens[k]?.lower ?? '')) k++;
  while (k - from < 5 && /^(clear|strong|credible|new|concrete|solid|firm|irrefutable)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(evidence|proof)$/.test(tokens[k]?.lower ?? '') || k === from) return -1;
  return tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1;
}

/** Words that may stand between a state and its "said": its body ("Peru's foreign ministry said"). */
const SPEAKER_BODY = /^(['’]s|foreign|interior|defence|defense|ministry|government|military|army|spokesman|spokeswoman|spokesperson|office|officials|presidency|embassy|authorities)$/;
/** Words an attribution may end on: "…, Peru said on Monday.", "…, Peru said in a statement." */
const ATTRIBUTION_TAIL = /^(on|in|at|a|an|the|its|their|his|her|statement|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|late|early|last|week|night|evening|morning|also|earlier|later|\.)$/;

/**
 * "Chile is violating the ceasefire, Peru said.", "Chile was to blame for the violence, according to Peru.": blame
 * told first and attributed after a comma, without quotation marks (quotedBlame reads those). The blamed side is the
 * clause's subject, the first actor of the sentence.
 */
function trailingBlame(tokens: readonly Token[], actors: Mention[], blamed: Blamed): void {
  const comma = tokens.map((t) => t.text).lastIndexOf(',');
  if (comma < 2 || tokens.slice(0, comma).some((t) => OPENING_QUOTES.has(t.text) || CLOSING_QUOTES.has(t.text))) return;
  let speaker: Mention | undefined;
  if (tokens[comma + 1]?.lower === 'according' && tokens[comma + 2]?.lower === 'to') {
    speaker = actors.find((m) => m.first === comma + 3 && !m.inTitle && ACTOR_KINDS.has(m.kind));
    if (!speaker || !tokens.slice(speaker.last).every((t) => ATTRIBUTION_TAIL.test(t.lower))) return;
  } else {
    const verb = tokens.findIndex((t, k) => k > comma && ATTRIBUTION_VERBS.has(t.lower));
    speaker = verb < 0 ? undefined : speakerAfter(tokens, actors, comma + 1);
    if (!speaker) return;
    // "…, X said on Monday." or "…, said X.": the speaker's name (and its body: "X's foreign ministry") next to the
    // verb, and nothing after them but when and where it was said.
    const inverted = speaker.first > verb;
    const besideVerb = inverted ? speaker.first === verb + 1 : tokens.slice(speaker.last, verb).every((t) => SPEAKER_BODY.test(t.text.toLowerCase()));
    if (!besideVerb || !tokens.slice(inverted ? speaker.last : verb + 1).every((t) => ATTRIBUTION_TAIL.test(t.lower))) return;
  }
  const subject = actors.find((m) => !m.inTitle && ACTOR_KINDS.has(m.kind) && m.last <= comma);
  if (!subject || subject.first > 3 || subject.entityId === speaker.entityId) return;
  const k = blameAfter(tokens, subject.last);
  if (k >= 0 && k < comma) blamed(speaker, subject, k);
}

/**
 * "“… Y does not appear to be acting in good faith,” Special Envoy X said": blame inside a quotation, said by
 * the speaker named right after its closing mark. The quotation may run over several sentences; only those up to
 * five back from the attribution, after its opening mark, are read.
 */
export function quotedBlame(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], blamed: (speaker: Mention, blamedIn: Mention, sentence: number, word: number) => void): void {
  sentences.forEach((s, i) => {
    const close = s.tokens.findIndex((t, k) => CLOSING_QUOTES.has(t.text) && k > 0 && attributedAt(s.tokens, k + 1));
    if (close < 0) return;
    const speaker = speakerAfter(s.tokens, mentions[i] ?? [], close + 1);
    if (!speaker) return;
    for (let j = i; j >= Math.max(0, i - 5); j--) {
      const tokens = sentences[j]?.tokens ?? [];
      const end = j === i ? close : tokens.length;
      const open = tokens.findIndex((t, k) => k < end && OPENING_QUOTES.has(t.text));
      const from = open >= 0 ? open : 0;
      const ms = mentions[j] ?? [];
      for (const m of ms) {
        if (m.first < from || m.last > end || m.inTitle || !ACTOR_KINDS.has(m.kind) || m.entityId === speaker.entityId) continue;
        const k = blameAfter(tokens, m.last);
        if (k >= 0 && k < end) blamed(speaker, m, j, k);
      }
      // "“… an escalation of terror by Y,” X said": the doer named after the wrong.
      const wrong = wrongsBy(tokens, actorMentions(ms, tokens), ms, from, end);
      if (wrong) for (const m of wrong.doers) if (m.entityId !== speaker.entityId) blamed(speaker, m, j, wrong.word);
      // The quotation opens here: the sentences before it are not part of it.
      if (open >= 0) break;
    }
  });
}

/** After a closing quotation mark: ", X said", "X said", "said X". */
function attributedAt(tokens: readonly Token[], from: number): boolean {
  const window = tokens.slice(from, from + 8).map((t) => t.lower);
  return window.some((w) => ATTRIBUTION_VERBS.has(w));
}

export function speakerAfter(tokens: readonly Token[], ms: readonly Mention[], from: number): Mention | undefined {
  const verb = tokens.findIndex((t, k) => k >= from && ATTRIBUTION_VERBS.has(t.lower));
  if (verb < 0) return undefined;
  const between = ms.filter((m) => !m.inTitle && ACTOR_KINDS.has(m.kind) && m.first >= from && m.last <= verb);
  if (between.length > 0) return between[between.length - 1];
  // "…,” said X"
  return ms.find((m) => !m.inTitle && ACTOR_KINDS.has(m.kind) && m.first > verb && m.first <= verb + 4);
}
