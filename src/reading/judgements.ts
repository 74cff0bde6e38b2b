// Judgements spoken of an actor or of what it did: "Beijing called the US move illegal", "X described Y's terms as
// ultimatums" (111, CRITICIZES), "Poland called Russia a threat", "X views Y as an existential threat", "X said Y
// poses a threat" (WARNS_ABOUT). Calling a claim false is a denial (denials.ts), so claims are left to it.
import { ACT_NOUNS } from './actReferences';
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { CALL, gerundSubjectEnd, QUOTE_MARKS, REPORT_NOUNS } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** What a critic calls an actor's act: unlawful, dangerous, shameful, an ultimatum. Not falsity: that denies. */
const CENSURE_WORDS = new Set([
  'illegal', 'unlawful', 'illegitimate', 'provocative', 'provocation', 'provocations', 'irresponsible', 'dangerous',
  'unacceptable', 'aggressive', 'reckless', 'destabilizing', 'destabilising', 'hostile', 'regrettable', 'deplorable',
  'outrageous', 'shameful', 'unjustified', 'unjustifiable', 'absurd', 'hypocritical', 'disgraceful', 'barbaric',
  'criminal', 'cynical', 'ultimatum', 'ultimatums', 'blackmail', 'aggression', 'terrorism', 'terrorist', 'piracy',
  'violation', 'interference', 'heartbreaking', 'disappointing', 'unfair', 'undemocratic', 'inhumane', 'cruel',
  'brutal', 'genocidal', 'escalatory', 'counterproductive', 'counter-productive', 'unhelpful', 'bullying', 'coercive',
  'coercion', 'intimidation', 'insult', 'insulting', 'humiliating', 'unprovoked', 'senseless', 'atrocity',
  'massacre', 'genocide', 'crime', 'crimes', 'outrage', 'farce', 'sham',
  // Words for a process or ruling called unjust: "termed the verdict a witch hunt", "called the trial persecution".
  'witch', 'witch-hunt', 'persecution', 'travesty', 'mockery', 'injustice', 'unjust', 'politically-motivated', 'lawfare',
]);
const THREAT_WORDS = new Set(['threat', 'danger', 'menace']);
/** Words between "as"/the object and the judgement: "as deeply regrettable", "a clear act of aggression". */
const JUDGEMENT_LEAD = new Set([
  'a', 'an', 'the', 'deeply', 'highly', 'completely', 'totally', 'very', 'extremely', 'utterly', 'clear', 'blatant',
  'flagrant', 'gross', 'serious', 'grave', 'direct', 'major', 'real', 'existential', 'growing', 'act', 'acts', 'of',
  'form', 'new', 'big', 'biggest', 'greatest', 'serious', 'potential', 'security', 'strategic', 'long-term',
  'significant', 'outright', 'simply', 'both', 'and', 'an', 'unprecedented', 'open', 'naked', 'brazen', 'state',
]);
const VIEW_VERBS = /^(views|viewed|view|viewing|sees|saw|see|seeing|regards|regarded|regard|considers|considered|consider|perceives|perceived|describes|described|portrayed|portrays|branded|brands|labelled|labeled)$/;
const SAY_VERBS = /^(said|says|warned|warns|stressed|noted|added|argued|insisted|told|declared|believes|claimed|stating|saying|declaring)$/;
/** Documents that speak for whoever adopted them: "adopted a resolution stating that …". */
const DOCUMENTS = /^(resolution|statement|declaration|communique|communiqué|report|motion)$/;
const ISSUE_VERBS = /^(adopted|adopts|passed|passes|issued|issues|released|releases|published|publishes|approved|approves)$/;
/** Words between a possessive and the judged act: "Georgia's recent parliamentary election". */
const ACT_MODIFIERS = /^(recent|latest|last|disputed|presidential|parliamentary|general|local|national|snap|contested)$/;
const POSE_VERBS = /^(poses|posed|pose|posing|is|was|are|were|remains|remained|represents|represented|constitutes|constituted)$/;

/** What a critic says an act was not: "was not free or fair", "is not acceptable". */
const NOT_WORDS = new Set(['fair', 'free', 'legitimate', 'acceptable', 'democratic', 'credible', 'transparent', 'helpful', 'constructive', 'lawful', 'legal', 'serious', 'sincere']);

export function judgements(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const word = tokens[v]?.lower ?? '';
    if (word === 'what') whatItCalled(tokens, actors, all, v, add);
    if (hedged(tokens, v) || all.some((m) => m.first <= v && v < m.last)) continue;
    if (CALL.has(word) || VIEW_VERBS.test(word)) calledAs(tokens, actors, all, v, add);
    else if (SAY_VERBS.test(word)) saidJudged(tokens, actors, all, v, add);
  }
}

/**
 * "X expressed concern over what it described as “dangerous manoeuvres” by Chinese vessels": the doer after
 * "by" is criticised by the sentence's subject, when the words called are a censure.
 */
function whatItCalled(tokens: readonly Token[], actors: Mention[], all: Mention[], w: number, add: Add): void {
  const pronoun = tokens[w + 1]?.lower ?? '';
  if (!/^(it|they|he|she)$/.test(pronoun)) return;
  let k = w + 2;
  if (!(CALL.has(tokens[k]?.lower ?? '') || /^(saw|sees|considered|considers)$/.test(tokens[k]?.lower ?? ''))) return;
  k++;
  if (tokens[k]?.lower === 'as') k++;
  let censure = -1;
  // "what it called Belarus's provocation", "what it called Chinese aggression": the doer owns the censured act.
  let owner: Mention | undefined;
  for (; k < Math.min(tokens.length, w + 16); k++) {
    const t = tokens[k];
    if (!t || t.text === ';' || (BOUNDARY_WORDS.has(t.lower) && t.lower !== 'as')) break;
    // "rejected what it described as threats from the United States": a threat named is a censure here too.
    if (CENSURE_WORDS.has(t.lower) || THREAT_WORDS.has(t.lower.replace(/s$/, ''))) censure = k;
    if ((t.lower === 'by' || t.lower === 'from') && censure >= 0) break;
    const m = censure < 0 && !owner ? actors.find((a) => a.first === k && ACTOR_KINDS.has(a.kind) && a.kind !== 'PLACE') : undefined;
    if (m && (m.form === 'demonym' || /^(’s|'s)$/.test(tokens[m.last]?.text ?? ''))) owner = m;
  }
  const byDoer = tokens[k]?.lower === 'by' || tokens[k]?.lower === 'from';
  if (!byDoer && !(owner && censure > owner.first)) return;
  const doers = byDoer ? targetAfter(actors, all, tokens, k + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind)) : owner ? [owner] : [];
  const person = pronoun === 'he' || pronoun === 'she';
  const critic = actors.find((m) => m.last <= w && ACTOR_KINDS.has(m.kind) && (person ? m.kind === 'PERSON' : m.kind !== 'PERSON'));
  if (!critic) return;
  for (const b of doers) add('CRITICIZES', critic, b, 0.75, 'judgement:what-it-called', [w, censure]);
}

/**
 * The judgement after `from`: skips quotation marks and leading words, returns the judging word's token and
 * whether it censures or names a threat.
 */
function judgementAt(tokens: readonly Token[], from: number): { at: number; threat: boolean } | null {
  let k = from;
  while (k < tokens.length && k - from <= 5 && (JUDGEMENT_LEAD.has(tokens[k]?.lower ?? '') || QUOTE_MARKS.has(tokens[k]?.text ?? ''))) k++;
  const w = tokens[k]?.lower ?? '';
  if (CENSURE_WORDS.has(w)) return { at: k, threat: false };
  if (twoWordCensure(tokens, k)) return { at: k + 1, threat: false };
  if (THREAT_WORDS.has(w)) return { at: k, threat: true };
  return null;
}

/** "called the arrests politically motivated": a censure in two words, starting at `k`. */
function twoWordCensure(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'politically' && /^(motivated|driven)$/.test(tokens[k + 1]?.lower ?? '');
}

/** After an object actor: its possessive and up to three plain words of the thing judged ("Y's peace terms"). */
function afterObject(tokens: readonly Token[], all: readonly Mention[], m: Mention): number | null {
  let k = m.last;
  const owned = tokens[k]?.text === '’s' || tokens[k]?.text === "'s";
  if (owned) k++;
  const start = k;
  while (k < tokens.length && k - start < 3) {
    const t = tokens[k];
    // "the Israeli operation in Gaza": where the act was done is part of it.
    const place = k > start && /^(in|on|against)$/.test(t?.lower ?? '') ? all.find((p) => p.first === k + 1) : undefined;
    if (place) { k = place.last; break; }
    if (!t || !t.isWord || t.capitalized || BOUNDARY_WORDS.has(t.lower) || t.lower === 'as' || JUDGEMENT_LEAD.has(t.lower) || CENSURE_WORDS.has(t.lower) || twoWordCensure(tokens, k)) break;
    // "called the claims by Y false" is a denial, read by denials.ts.
    if (REPORT_NOUNS.has(t.lower)) return null;
    k++;
  }
  // A demonym or possessive owner needs its noun ("the US move"); a bare actor is judged itself ("called Russia a threat").
  if ((owned || m.form === 'demonym') && k === start) return null;
  return k;
}

/** "called the US move illegal", "described Y's demands as ultimatums", "views Y as a threat". */
function calledAs(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  // "called the move by Lithuania a provocation": the act's agent after "by" is judged.
  const by = actByAgent(tokens, v + 1);
  const objects = targetAfter(actors, all, tokens, by > 0 ? by : v + 1, by > 0 ? 1 : 2).filter((m) => ACTOR_KINDS.has(m.kind));
  const last = objects[objects.length - 1];
  if (!last) return;
  let k = afterObject(tokens, all, last);
  if (k === null) return;
  k = pastInfinitive(tokens, last.last, k);
  if (tokens[k]?.lower === 'as') k++;
  else if (VIEW_VERBS.test(tokens[v]?.lower ?? '') && !CALL.has(tokens[v]?.lower ?? '')) return;
  const judged = judgementAt(tokens, k);
  if (!judged) return;
  const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
  for (const a of subjects) for (const b of objects) add(judged.threat ? 'WARNS_ABOUT' : 'CRITICIZES', a, b, 0.75, `judgement:${judged.threat ? 'threat' : 'censure'}`, [v, judged.at]);
}

/**
 * "described Y's decision to close the border as …", "called the move to expel the envoys a provocation": past
 * the act noun's infinitive to the "as" or judgement after it (a short clause with no comma or other verb's clause).
 */
function pastInfinitive(tokens: readonly Token[], from: number, k: number): number {
  const to = tokens.findIndex((t, j) => j >= from && j <= k && t.lower === 'to');
  if (to < 0 || !ACT_NOUNS.has(tokens[to - 1]?.lower ?? '')) return k;
  for (let j = to + 2; j < Math.min(tokens.length, to + 10); j++) {
    const t = tokens[j];
    if (t?.lower === 'as' || (t && (CENSURE_WORDS.has(t.lower) || THREAT_WORDS.has(t.lower) || /^(a|an)$/.test(t.lower)))) return j;
    if (!t || !t.isWord || BOUNDARY_WORDS.has(t.lower)) return k;
  }
  return k;
}

/** "the move by", "the latest missile test by": the token after "by" when an act noun opens at `k`, else 0. */
function actByAgent(tokens: readonly Token[], k: number): number {
  if (!/^(the|this|that)$/.test(tokens[k]?.lower ?? '')) return 0;
  for (let n = k + 1; n <= k + 3; n++) {
    if (ACT_NOUNS.has(tokens[n]?.lower ?? '')) return tokens[n + 1]?.lower === 'by' ? n + 2 : 0;
    if (!tokens[n]?.isWord || tokens[n]?.capitalized) return 0;
  }
  return 0;
}

/**
 * "X said Y poses a threat to", "X warned that Y's programme was a danger": a threat named in speech. "X said
 * Y's election was not fair", "X said Y's move was illegal": a censure.
 */
const ASIDE_LENGTH = 20;

/** Where the speaker ends: before "adopted a resolution" when the document is what says it. */
function speakerEnd(tokens: readonly Token[], v: number): number {
  if (!/^(stating|saying|declaring)$/.test(tokens[v]?.lower ?? '') || !DOCUMENTS.test(tokens[v - 1]?.lower ?? '')) return v;
  let j = v - 2;
  while (j > 0 && v - j <= 6 && /^(a|an|the|joint|non|-|binding|formal|new)$/.test(tokens[j]?.lower ?? '')) j--;
  return ISSUE_VERBS.test(tokens[j]?.lower ?? '') ? j : v;
}

function saidJudged(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let from = v + 1;
  while (from < tokens.length && from - v <= 4 && /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|in|a|statement)$/.test(tokens[from]?.lower ?? '')) from++;
  const objects = targetAfter(actors, all, tokens, from, 1).filter((m) => ACTOR_KINDS.has(m.kind));
  const last = objects[objects.length - 1];
  if (!last) return;
  let k = last.last;
  if (tokens[k]?.text === '’s' || tokens[k]?.text === "'s") {
    k++;
    while (ACT_MODIFIERS.test(tokens[k]?.lower ?? '') && k - last.last <= 3) k++;
    k++;
  }
  // "Y's election—widely seen as a test—was not fair": past an aside between dashes.
  if (/^[—–]$/.test(tokens[k]?.text ?? '')) {
    const close = tokens.findIndex((t, j) => j > k && j - k <= ASIDE_LENGTH && /^[—–]$/.test(t.text));
    if (close > k) k = close + 1;
  }
  while (k < tokens.length && /^(still|also|now|continues|continued|to|could|would|can|may)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!POSE_VERBS.test(tokens[k]?.lower ?? '')) return;
  const speakers = actorBefore(actors, all, tokens, speakerEnd(tokens, v), 5).filter((m) => ACTOR_KINDS.has(m.kind));
  const judged = judgementAt(tokens, k + 1);
  if (judged) {
    const type = judged.threat ? 'WARNS_ABOUT' : 'CRITICIZES';
    for (const a of speakers) for (const b of objects) add(type, a, b, 0.7, `judgement:said-${judged.threat ? 'threat' : 'censure'}`, [v, judged.at]);
    return;
  }
  // "was not free or fair": a copula, "not", and what the act should have been.
  if (/^(is|was|are|were)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'not' && NOT_WORDS.has(tokens[k + 2]?.lower ?? '')) {
    for (const a of speakers) for (const b of objects) add('CRITICIZES', a, b, 0.7, 'judgement:said-not', [v, k + 2]);
  }
}
