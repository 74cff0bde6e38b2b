// Denials with no complement of their own: "Hamas denied the reports.", "Moscow called the claims baseless.",
// "The allegations were not true, he said.", "…, a claim the army denied." What they deny was told before them:
// in the same sentence before the denial, or in the sentences just before it. Found here per sentence, as token
// analysis; stance.ts finds the claim they point back to and records its relations as disputed.
import type { RelationshipType } from '../generated/graphql';
import {
  CALL, CLAUSE_BREAKS, DENY, DISMISS, NO_NOUNS, NP_BREAKS, QUOTE_MARKS, REPORT_NOUNS,
  afterAsPhrase, denierBefore, falsityIn, negated, type DisputeScope,
} from './denials';
import type { Mention } from './mentions';
import type { Token } from './tokens';
import type { TextSpan } from './types';

/** A denial whose claim lies before it: what a disputed copy quotes, and what narrows the claim. */
export interface ReferredDenial {
  /** From the denier (or the cue) to the end of the denial's words: the disputed copy's quote. */
  cue: TextSpan;
  /** "…, allegations the army denied": the claim is this sentence before `cue.start`, not an earlier one. */
  apposition: boolean;
  denier?: Mention;
  /** "denied any involvement": only the denier's own acts are denied. */
  ownActs: boolean;
  /** "denied the strike reports": only relations of this type are meant. */
  hint?: RelationshipType;
}

/** Nouns that name the act a claim was about ("reports of a strike", "the truce claims"). */
const ACT_NOUNS: Readonly<Record<string, RelationshipType>> = {
  strike: 'STRUCK', strikes: 'STRUCK', airstrike: 'STRUCK', airstrikes: 'STRUCK', attack: 'STRUCK', attacks: 'STRUCK',
  bombing: 'STRUCK', bombings: 'STRUCK', shelling: 'STRUCK', bombardment: 'STRUCK', raid: 'STRUCK', raids: 'STRUCK',
  ceasefire: 'CEASEFIRE_WITH', truce: 'CEASEFIRE_WITH', armistice: 'CEASEFIRE_WITH',
  talks: 'NEGOTIATES', negotiations: 'NEGOTIATES', meeting: 'MEETS_WITH', meetings: 'MEETS_WITH',
  invasion: 'IN_CONFLICT_WITH', sanctions: 'SANCTIONS', mediation: 'MEDIATES', visit: 'VISITS',
};
/** What a denier can deny of itself: only its own acts are meant ("Iran denied any involvement"). */
const OWN_ROLE = new Set(['involvement', 'responsibility', 'role', 'participation', 'wrongdoing', 'complicity', 'presence']);
/** Pronouns that stand for a claim just told: "denied it", "refuted them". */
const OBJECT_PRONOUNS = new Set(['it', 'them']);
/** Demonstratives that stand for a claim when nothing follows them: "denied this.", "called these lies". */
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);
/** Words after a pronoun object that close its clause: "denied it outright", "rejected them on Monday". */
const PRONOUN_CLOSERS = new Set([
  'and', 'as', 'on', 'in', 'at', 'earlier', 'later', 'outright', 'strongly', 'flatly', 'categorically', 'vehemently',
  'immediately', 'too', 'repeatedly', 'again', 'publicly',
]);
/** Words that open a noun phrase pointing back: "the claims", "these reports", "such allegations". */
const POINTERS = new Set(['the', 'these', 'those', 'this', 'that', 'such', 'his', 'her', 'its', 'their', 'all', 'any', 'both']);
/** Verbs that deny a claim named by a noun: deny, refute, rebut, dispute, reject, dismiss (not "deny" as refuse). */
const REFERRING = new Set([...DENY, ...DISMISS]);
/** The cue words that are also nouns, and what before them makes them nouns. */
const NOUN_FORMS = new Set(['dispute', 'disputes', 'denial', 'denials']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', '’s', "'s"]);
const lower = (tokens: readonly Token[], k: number): string => tokens[k]?.lower ?? '';

/** The act type named in tokens [from, to), if any. */
export function actHint(tokens: readonly Token[], from: number, to: number): RelationshipType | undefined {
  for (let j = from; j < to; j++) {
    const hint = ACT_NOUNS[lower(tokens, j)];
    if (hint) return hint;
  }
  return undefined;
}

interface ObjectPhrase { last: number; ownActs: boolean; hint?: RelationshipType }

/** The object of a denial verb that names a claim told before: "the U.S. claims", "these reports", "it", "any role". */
function claimObject(tokens: readonly Token[], from: number, pronouns: boolean, own: boolean): ObjectPhrase | null {
  const first = tokens[from];
  if (!first) return null;
  // A pronoun stands for the claim only when its clause ends there: "denied them entry" is a refusal.
  const after = tokens[from + 1];
  const ends = !after || !after.isWord || CLAUSE_BREAKS.has(after.lower) || PRONOUN_CLOSERS.has(after.lower);
  if (pronouns && OBJECT_PRONOUNS.has(first.lower)) return ends ? { last: from, ownActs: false } : null;
  if (pronouns && DEMONSTRATIVES.has(first.lower) && ends) return { last: from, ownActs: false };
  for (let n = from; n < Math.min(tokens.length, from + 6); n++) {
    const t = tokens[n];
    if (!t || NP_BREAKS.has(t.lower)) return null;
    if (!t.isWord && t.text !== '-' && t.text !== '’s' && t.text !== "'s" && t.text !== '.') return null;
    const noun = REPORT_NOUNS.has(t.lower) || (own && OWN_ROLE.has(t.lower));
    if (!noun) continue;
    const next = lower(tokens, n + 1);
    if (next === 'that' || next === 'of') return null; // a complement of its own: denials.ts reads it
    const hint = actHint(tokens, from, n);
    return { last: n, ownActs: OWN_ROLE.has(t.lower), ...(hint ? { hint } : {}) };
  }
  return null;
}

/** "…, allegations (that) the army has denied", "…, which Hamas denied": a denial of the clause before the comma. */
function appositionAt(tokens: readonly Token[], comma: number): number | null {
  let j = comma + 1;
  if (/^(a|an|the|such|these)$/.test(lower(tokens, j))) j++;
  const which = lower(tokens, j) === 'which';
  if (!which && !REPORT_NOUNS.has(lower(tokens, j))) return null;
  j++;
  if (lower(tokens, j) === 'that' || lower(tokens, j) === 'which') j++;
  for (let v = j; v < Math.min(tokens.length, j + 6); v++) {
    const t = tokens[v];
    if (!t || !t.isWord) return null;
    if (!REFERRING.has(t.lower) || negated(tokens, v)) continue;
    const next = tokens[v + 1];
    const closes = !next || !next.isWord || next.lower === 'by' || next.lower === 'in' || next.lower === 'on' || CLAUSE_BREAKS.has(next.lower);
    return closes ? v : null;
  }
  return null;
}

/** Every denial of a sentence that points back to a claim, leaving out the cues that already have a complement. */
export function referredDenials(tokens: readonly Token[], mentions: readonly Mention[], scopes: readonly DisputeScope[]): ReferredDenial[] {
  const out: ReferredDenial[] = [];
  const taken = new Set(scopes.map((d) => d.cueToken));
  const push = (cueFirst: number, last: number, o: Partial<ReferredDenial>): void => {
    const start = tokens[cueFirst];
    const end = tokens[last];
    if (!start || !end) return;
    const denier = denierBefore(tokens, mentions, cueFirst);
    out.push({ cue: { start: denier?.start ?? start.start, end: end.end }, apposition: false, ownActs: false, ...(denier ? { denier } : {}), ...o });
    for (let j = cueFirst; j <= last; j++) taken.add(j);
  };
  for (let k = 0; k < tokens.length; k++) {
    if (taken.has(k)) continue;
    const w = lower(tokens, k);
    if (w === ',' || w === '—' || w === '–') {
      const verb = appositionAt(tokens, k);
      const next = tokens[k + 1];
      const end = verb === null ? undefined : tokens[verb];
      if (verb !== null && next && end) {
        out.push({ cue: { start: next.start, end: end.end }, apposition: true, ownActs: false });
        for (let j = k; j <= verb; j++) taken.add(j);
      }
      continue;
    }
    if ((REFERRING.has(w) || CALL.has(w)) && negated(tokens, k)) continue;
    if (NOUN_FORMS.has(w) && DETERMINERS.has(lower(tokens, k - 1))) continue; // "the dispute over …" is a quarrel
    if (REFERRING.has(w)) {
      const deny = w.startsWith('den');
      const object = claimObject(tokens, afterAsPhrase(tokens, k + 1), !DISMISS.has(w), deny);
      if (object) push(k, object.last, { ownActs: object.ownActs, ...(object.hint ? { hint: object.hint } : {}) });
      else if (deny && /^den(y|ies|ied)$/.test(w) && (!tokens[k + 1] || !tokens[k + 1]?.isWord)) push(k, k, {}); // "Hamas denied."
      continue;
    }
    if (CALL.has(w)) {
      const object = claimObject(tokens, k + 1, true, false);
      const falsity = object ? falsityIn(tokens, object.last + 1, object.last + 3, true) : null;
      if (object && falsity && falsity.at <= object.last + 2) push(k, falsity.last, object.hint ? { hint: object.hint } : {});
      continue;
    }
    // "the accusations were not true", "These reports are baseless": a pointing noun phrase called false.
    const before = tokens[k - 1];
    const pointed = !!before && (POINTERS.has(before.lower) || before.text === '’s' || (before.capitalized && before.isWord));
    if ((REPORT_NOUNS.has(w) && pointed) || (DEMONSTRATIVES.has(w) && !before?.isWord)) {
      let copula = k + 1;
      while (QUOTE_MARKS.has(tokens[copula]?.text ?? '')) copula++; // the accusations "were not true"
      const falsity = falsityIn(tokens, copula, copula + 1, false);
      if (falsity) push(REPORT_NOUNS.has(w) ? k - 1 : k, falsity.last, {});
      continue;
    }
    // "there was no truth to the reports", "no basis for these claims"
    if (w === 'no' && NO_NOUNS.has(lower(tokens, k + 1)) && /^(to|in|for|behind)$/.test(lower(tokens, k + 2))) {
      const object = claimObject(tokens, k + 3, true, false);
      if (object) push(k, object.last, object.hint ? { hint: object.hint } : {});
    }
  }
  return out;
}

/** Words that tell a sentence reports a claim rather than states a fact: "officials said", "reports that", "allegedly". */
const CLAIM_MARKERS = new Set([
  ...REPORT_NOUNS, 'claim', 'claimed', 'claiming', 'allege', 'alleged', 'alleges', 'allegedly', 'accuse', 'accused',
  'accuses', 'reported', 'reportedly', 'purportedly', 'said', 'says', 'saying', 'told', 'according', 'stated',
  'announced', 'confirmed', 'asserted', 'insisted',
]);

/** Does the sentence tell a claim (someone said, reported, alleged it)? */
export function tellsClaim(tokens: readonly Token[]): boolean {
  return tokens.some((t) => CLAIM_MARKERS.has(t.lower));
}
