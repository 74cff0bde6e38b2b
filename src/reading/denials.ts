// Denials as phrases: the cues that deny what follows ("denied that …", "dismissed reports that …", "called the
// claims baseless") and the complement each one covers. Found once per sentence, before relations are read, so
// the clause rules (who the denier is, a gerund's subject) and the stance stage read the same analysis.
// Only report-denials count: a plain negation ("did not strike") is dropped by the rules (`hedged`), not disputed.
import type { Mention } from './mentions';
import type { Token } from './tokens';
import type { TextSpan } from './types';

/**
 * Verbs (and their noun) that deny what follows: a that-clause, a report noun or (for deny) a gerund. Each one's
 * meaning in news is "say it is not so" whatever the topic: "denied that …", "refuted claims that …",
 * "rebutted reports that …", "disputed Witkoff's assessment that …". "Contest" is left out: it also means
 * running in an election.
 */
export const DENY = new Set([
  'deny', 'denies', 'denied', 'denying', 'denial', 'denials', 'refute', 'refutes', 'refuted', 'refuting', 'rebut',
  'rebuts', 'rebutted', 'rebutting', 'dispute', 'disputes', 'disputed', 'disputing',
]);
/** Only "deny" takes a gerund complement whose subject is the denier ("Iran denied supplying the Houthis"). */
export const DENY_GERUND = new Set(['deny', 'denies', 'denied', 'denying']);
/** Nouns that own an act: "denied any role in …", "bears responsibility for …" (relations.ts reads the act after them). */
export const OWNERSHIP_NOUNS = /^(responsibility|involvement|role|hand)$/;
/**
 * Verbs that deny only with a report noun: "rejected claims that …", "dismissed reports that …". Alone they mean
 * other things ("rejected the proposal", "dismissed the general"), so they need the noun.
 */
export const DISMISS = new Set(['reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'dismissing']);
/** Verbs that deny only with a report noun and a falsity word: "called reports that … baseless". */
export const CALL = new Set(['call', 'calls', 'called', 'calling', 'described', 'describes', 'describing', 'branded', 'brands', 'labelled', 'labeled', 'termed']);
/** What a source can be said to deny: the words news uses for a claim. */
export const REPORT_NOUNS = new Set([
  'report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion',
  'suggestions', 'assertion', 'assertions', 'assessment', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation',
  'charge', 'charges', 'account', 'accounts', 'story', 'stories', 'idea', 'notion',
]);
/** Words that call a claim false. "Wrong" and "misleading" are left out: they judge as often as they deny. */
const FALSE_WORDS = new Set([
  'false', 'untrue', 'baseless', 'groundless', 'unfounded', 'fabricated', 'fabrication', 'fabrications', 'lies', 'fake',
  'incorrect', 'inaccurate', 'bogus', 'nonsense', 'lie', 'fiction', 'disinformation', 'misinformation',
]);
/** After a copula, a denial in the passive: "reports that … were denied by the army". */
const DENIED_PARTICIPLES = new Set(['denied', 'rejected', 'dismissed', 'refuted', 'disputed', 'debunked']);
/** "There was no truth to reports that", "no evidence that": the noun after "no" that denies. */
export const NO_NOUNS = new Set(['truth', 'basis', 'evidence', 'foundation', 'substance']);
const COPULAS = new Set(['is', 'was', 'were', 'are', 'be', 'been']);
/** Words between a copula (or "as") and the falsity word: "were completely baseless", "as entirely false". */
const FALSITY_ADVERBS = new Set([
  'all', 'completely', 'entirely', 'totally', 'simply', 'utterly', 'categorically', 'flatly', 'being', 'as', 'both', 'a', 'an',
  'pure', 'complete', 'total', 'outright', 'absolutely', 'wholly',
]);
/** Quotation marks news puts around the falsity word it quotes: were "not true", as 'baseless'. */
export const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»']);
/** A cue under these denies nothing: "did not deny", "neither confirmed nor denied", "refused to deny". */
const CUE_NEGATORS = new Set(['not', 'never', 'nor', 'neither', 'refused', 'declined', 'failed', 'without']);
/** After "denied", before the gerund: "denied ever supplying", "denied having struck". */
const GERUND_LEAD = new Set(['ever', 'having', 'even']);
/**
 * Where a complement ends: a new clause the denier or someone else asserts ("…, but said it had hosted talks").
 * A dispute never reaches past them, so a relation told after them keeps its stance.
 */
export const CLAUSE_BREAKS = new Set([';', 'but', 'while', 'whereas', 'although', 'though', 'however', 'saying', 'adding', 'instead', 'said', 'says', 'told', 'added']);
/** Words between a denial verb and its report noun may not be these: they start another clause. */
export const NP_BREAKS = new Set(['that', 'which', 'who', 'said', 'says', 'and', 'but', 'while', 'after', 'before', 'as', 'because', 'when']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she']);
/** Words that open a that-less clause's verb: "denied it had struck …", "denied Israel was behind …". */
export const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'would', 'could', 'will']);
/** A capitalised word after a report noun that is a date, not the subject of its clause ("denied the reports Monday"). */
const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/**
 * Rules whose fact a noun phrase presupposes rather than asserts ("the Iran-backed group", "the Israel-Hezbollah
 * war", a title, a place): a denial of what the phrase's referent did does not deny them.
 */
export const DESCRIPTIVE_RULES = /^(title|place|backed|compound|delegation):|^event:(party|place)$/;

/** Part of a sentence whose relations are disputed (`scope`), and what a disputed quote must cover (`cue`). */
export interface DisputeScope {
  scope: TextSpan;
  cue: TextSpan;
  cueToken: number;
  /** The complement is a report noun's "of" phrase ("claims of a strike"): it names the claim, told elsewhere. */
  nominal: boolean;
  /** The named denier right before the cue, when there is one. */
  denier?: Mention;
}

const lower = (tokens: readonly Token[], k: number): string => tokens[k]?.lower ?? '';

export function negated(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j];
    if (!t || !t.isWord) return false;
    if (CUE_NEGATORS.has(t.lower) || t.lower.endsWith("n't")) return true;
  }
  return false;
}

/** First token of the clause a report noun opens at `n` ("reports that X", "reports of X", "reports X had"). */
export function afterReportNoun(tokens: readonly Token[], n: number): number | null {
  const next = tokens[n + 1];
  if (!next) return null;
  if (next.lower === 'that' || next.lower === 'of') return n + 2;
  if (PRONOUNS.has(next.lower) || (next.capitalized && next.isWord && !DATE_WORDS.has(next.lower))) return n + 1; // "that" left out
  if (next.lower === 'by' || next.lower === 'from' || next.lower === 'made') { // "claims by Israel that …"
    for (let j = n + 2; j < Math.min(tokens.length, n + 7); j++) {
      if (lower(tokens, j) === 'that') return j + 1;
      if (!tokens[j]?.isWord) return null;
    }
  }
  return null;
}

/** The complement of a report noun phrase after a cue: "reports that", "Israel's claims that", "the allegations of". */
function reportComplement(tokens: readonly Token[], from: number): { noun: number; start: number } | null {
  for (let n = from; n < Math.min(tokens.length, from + 7); n++) {
    const t = tokens[n];
    if (!t || NP_BREAKS.has(t.lower)) return null;
    if (!t.isWord && t.text !== '-' && t.text !== '’s' && t.text !== "'s") return null;
    if (!REPORT_NOUNS.has(t.lower)) continue;
    const start = afterReportNoun(tokens, n);
    if (start !== null) return { noun: n, start };
  }
  return null;
}

/**
 * "dismissed as baseless the claims that …": the judgement may come before the report noun. Returns where the
 * noun phrase starts after "as" and up to three lowercase words, or `from` when there is no such phrase.
 */
export function afterAsPhrase(tokens: readonly Token[], from: number): number {
  if (lower(tokens, from) !== 'as') return from;
  for (let j = from + 1; j <= from + 3; j++) {
    const t = tokens[j];
    if (!t || !t.isWord || t.capitalized || NP_BREAKS.has(t.lower)) return from;
    // "dismissed as absurd claims that …": the report noun with no determiner.
    if (j > from + 1 && REPORT_NOUNS.has(t.lower)) return j;
    if (t.lower === 'the' || t.lower === 'these' || t.lower === 'those' || t.lower === 'such') return j > from + 1 ? j : from;
  }
  return from;
}

/** The complement of a deny-family cue at `k`: a that-clause, a gerund, or a report noun's clause. */
function denyComplement(tokens: readonly Token[], k: number): number | null {
  if (lower(tokens, k + 1) === 'that') return k + 2;
  if (DENY_GERUND.has(lower(tokens, k))) {
    // "denied it had struck …", "denied Israel was behind …": the that left out, known by the auxiliary.
    const subject = tokens[k + 1];
    // "denied its forces had struck …": a possessive and one noun are the subject too.
    const owned = subject !== undefined && (subject.lower === 'its' || subject.lower === 'their');
    const names = subject && (PRONOUNS.has(subject.lower) || owned || (subject.capitalized && subject.isWord));
    for (let j = k + 2; names && j <= k + 4; j++) {
      if (AUXILIARIES.has(lower(tokens, j))) return k + 1;
      if (!tokens[j]?.capitalized && !(owned && j === k + 2)) break;
    }
    // "denied any role in …", "denied responsibility for …": the act after the noun is what is denied.
    let n = k + 1;
    while (n <= k + 3 && /^(any|all|direct|its|their)$/.test(lower(tokens, n))) n++;
    if (OWNERSHIP_NOUNS.test(lower(tokens, n)) && /^(for|in)$/.test(lower(tokens, n + 1))) return k + 1;
    let j = k + 1;
    while (GERUND_LEAD.has(lower(tokens, j))) j++;
    // "denied being behind …": "being" is a gerund too short for the pattern.
    if ((j > k + 1 && lower(tokens, j - 1) === 'having') || lower(tokens, j) === 'being' || /^[a-z]{3,}ing$/.test(lower(tokens, j))) return k + 1;
  }
  return reportComplement(tokens, afterAsPhrase(tokens, k + 1))?.start ?? null;
}

/** The falsity predicate in tokens [from, to): a copula ("were baseless") or, with `bare`, the word alone. */
export function falsityIn(tokens: readonly Token[], from: number, to: number, bare: boolean): { at: number; last: number } | null {
  for (let j = from; j < to; j++) {
    const opener = COPULAS.has(lower(tokens, j)) || (bare && lower(tokens, j) === 'as');
    let f = opener ? j + 1 : j;
    // "is simply untrue", "called the claim “completely false”": adverbs and quote marks before the falsity word.
    while ((opener || bare) && (FALSITY_ADVERBS.has(lower(tokens, f)) || QUOTE_MARKS.has(tokens[f]?.text ?? ''))) f++;
    const word = lower(tokens, f);
    const notTrue = word === 'not' && /^(true|accurate|correct)$/.test(lower(tokens, f + 1));
    const falsity = FALSE_WORDS.has(word) || notTrue || (opener && lower(tokens, j) !== 'as' && DENIED_PARTICIPLES.has(word));
    if ((opener || bare) && falsity) return { at: j, last: notTrue ? f + 1 : f };
  }
  return null;
}

function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let j = from; j < tokens.length; j++) if (CLAUSE_BREAKS.has(lower(tokens, j))) return j;
  return tokens.length;
}

/** Where a cue at `k` opens a disputed complement: its first token, and whether a falsity word must close it. */
function cueAt(tokens: readonly Token[], k: number): { start: number; falsity: 'none' | 'copula' | 'bare'; cueFirst: number } | null {
  const w = lower(tokens, k);
  if (DENY.has(w)) { const start = denyComplement(tokens, k); return start === null ? null : { start, falsity: 'none', cueFirst: k }; }
  if (w === 'no' && NO_NOUNS.has(lower(tokens, k + 1))) {
    const start = lower(tokens, k + 2) === 'that' ? k + 3 : reportComplement(tokens, k + 2)?.start ?? null;
    return start === null ? null : { start, falsity: 'none', cueFirst: k };
  }
  const report = DISMISS.has(w) || CALL.has(w) ? reportComplement(tokens, DISMISS.has(w) ? afterAsPhrase(tokens, k + 1) : k + 1) : null;
  if (report) return { start: report.start, falsity: DISMISS.has(w) ? 'none' : 'bare', cueFirst: k };
  // "reports that … were false"; "false reports that …"
  if (REPORT_NOUNS.has(w) && lower(tokens, k + 1) === 'that') {
    const adjective = [k - 1, k - 2].find((j) => j >= 0 && FALSE_WORDS.has(lower(tokens, j)) && !COPULAS.has(lower(tokens, j - 1)));
    return adjective === undefined ? { start: k + 2, falsity: 'copula', cueFirst: k } : { start: k + 2, falsity: 'none', cueFirst: adjective };
  }
  return null;
}

/** Every disputed complement of a sentence, with the cue a disputed quote must show. */
export function disputeScopes(tokens: readonly Token[], mentions: readonly Mention[] = []): DisputeScope[] {
  const out: DisputeScope[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const cue = cueAt(tokens, k);
    if (!cue || cue.start >= tokens.length || negated(tokens, cue.cueFirst)) continue;
    let end = clauseEnd(tokens, cue.start);
    const falsity = cue.falsity === 'none' ? null : falsityIn(tokens, cue.start, tokens.length, cue.falsity === 'bare');
    if (cue.falsity !== 'none' && !falsity) continue;
    if (falsity) end = falsity.at;
    const first = tokens[cue.start];
    const last = tokens[end - 1];
    const cueFirst = tokens[cue.cueFirst];
    const cueLast = tokens[falsity ? falsity.last : k];
    if (!first || !last || !cueFirst || !cueLast || end <= cue.start) continue;
    const denier = denierBefore(tokens, mentions, cue.cueFirst);
    const nominal = lower(tokens, cue.start - 1) === 'of' && REPORT_NOUNS.has(lower(tokens, cue.start - 2));
    out.push({ scope: { start: first.start, end: last.end }, cue: { start: denier?.start ?? cueFirst.start, end: cueLast.end }, cueToken: k, nominal, ...(denier ? { denier } : {}) });
  }
  return out;
}

/** The named denier right before a cue ("Qatar denied", "Hamas has flatly rejected"), for the quote. */
export function denierBefore(tokens: readonly Token[], mentions: readonly Mention[], cue: number): Mention | undefined {
  let j = cue - 1;
  const skippable = (t: Token | undefined): boolean => !!t && ((t.isWord && !t.capitalized) || t.text === '’s' || t.text === "'s");
  while (j >= 0 && cue - j <= 4 && skippable(tokens[j]) && !mentions.some((m) => m.last === j + 1)) j--;
  return mentions.find((m) => m.last === j + 1 && !m.inTitle);
}

/**
 * "Iran denied supplying the Houthis", "Israel denied having struck Gaza": when the verb at `v` is the gerund of
 * a denial, its subject is the denier's, so the actor is searched before the cue (returned); else `v`.
 */
export function gerundSubjectEnd(tokens: readonly Token[], v: number): number {
  let j = v - 1;
  if (!/ing$/.test(lower(tokens, v)) && lower(tokens, j) !== 'having') return v;
  while (j >= 0 && GERUND_LEAD.has(lower(tokens, j))) j--;
  if (DENY_GERUND.has(lower(tokens, j)) && !negated(tokens, j)) return j;
  // "Chile responded by expelling Peru's envoy", "Israel hit back by striking …": the means of a response has the
  // response's subject.
  if (lower(tokens, j) === 'by' && /ing$/.test(lower(tokens, v))) {
    const back = lower(tokens, j - 1) === 'back' ? 1 : 0;
    if (RESPONSE_VERBS.test(lower(tokens, j - 1 - back)) && !negated(tokens, j - 1 - back)) return j - 1 - back;
  }
  return v;
}

/** Verbs of responding whose means follows "by": "retaliated by", "responded by", "hit back by". */
const RESPONSE_VERBS = /^(responded|respond|responds|responding|retaliated|retaliate|retaliates|retaliating|reacted|react|reacts|replied|reply|replies|answered|hit|hits|struck|fought|fights|fight)$/;

/**
 * "Qatar denied reports that it had expelled …", "Moscow called reports that it had struck … a fabrication": a
 * pronoun that opens a denial's complement is the denier (not after "reports that it … were false": no denier).
 * Returns the cue's token (the denier is searched before it), or -1.
 */
export function pronounDenialCue(tokens: readonly Token[], pronoun: number): number {
  for (let k = pronoun - 1; k >= Math.max(0, pronoun - 9); k--) {
    const cue = cueAt(tokens, k);
    if (cue && cue.start === pronoun && cue.falsity !== 'copula' && cue.cueFirst === k && !negated(tokens, k)) return k;
  }
  return -1;
}

