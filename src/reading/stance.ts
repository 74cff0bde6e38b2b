// Stance: does a sentence report a relation, or report someone denying it? "Qatar denied reports that it had
// expelled Hamas" does not tell that Qatar expelled Hamas. A relation whose act word lies in the complement of a
// denial (denials.ts) is recorded as DISPUTES, and its quote is widened to show the cue. A denial with no
// complement of its own ("Hamas denied the reports.") points back to the claim told before it (referredDenials.ts):
// that claim's relations get a DISPUTES copy quoted at the denial, and keep their SUPPORTS (docs/reading.md, "Stance").
import type { RelationshipType, Stance } from '../generated/graphql';
import { DESCRIPTIVE_RULES, disputeScopes, type DisputeScope } from './denials';
import type { Mention, SentenceTokens } from './mentions';
import { sentenceAt } from './pieces';
import { actHint, referredDenials, tellsClaim, type ReferredDenial } from './referredDenials';
import type { Candidate } from './relations';
import type { TextSpan } from './types';

const DISPUTES: Stance = 'DISPUTES';
/** Sentences back a referred denial may reach: a claim denied further on is usually named again. */
const REACH = 3;
/** With the act named ("dismissed the claims of a strike"), the claim of that type may lie a little further back. */
const HINTED_REACH = 5;
/** Who someone is, where something is: a denial of a claim does not deny these. Nor the accusation itself. */
const NOT_CLAIMS = new Set<RelationshipType>(['LEADS', 'ENVOY_OF', 'MEMBER_OF', 'LOCATED_IN', 'ACCUSES']);
/** Sides of a truce: who negotiates or holds a ceasefire with whom in the article. */
const SIDES = new Set<RelationshipType>(['NEGOTIATES', 'CEASEFIRE_WITH']);
const ACTORS = new Set(['COUNTRY', 'ORGANIZATION', 'GROUP']);
/** Words that end the clause of a claim and open the denier's: "Reports said X struck Y, but Y denied them." */
const TURNS = new Set(['but', ';', 'while', 'whereas', 'although', 'though', 'however', 'yet']);

/** Candidates whose act word lies in a disputed complement become DISPUTES; claims denied later get a DISPUTES copy. */
export function applyStance(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], candidates: readonly Candidate[]): Candidate[] {
  const scopes = sentences.map((s, i) => disputeScopes(s.tokens, mentions[i] ?? []));
  const any = scopes.some((list) => list.length > 0);
  const judged = !any ? [...candidates] : candidates.map((c) => {
    const at = c.anchor;
    if (at === undefined || DESCRIPTIVE_RULES.test(c.rule)) return c;
    // Only the anchor's own sentence can hold its scope: found by binary search, so many denials stay linear.
    const found = scopes[sentenceAt(sentences, at)]?.find((d) => d.scope.start <= at && at < d.scope.end);
    if (!found) return c;
    return { ...c, stance: DISPUTES, start: Math.min(c.start, found.cue.start), end: Math.max(c.end, found.cue.end) };
  });
  const reading = new Reading(sentences, mentions, judged);
  const copies = sentences.flatMap((s, i) => {
    const own = scopes[i] ?? [];
    const referred = referredDenials(s.tokens, mentions[i] ?? [], own);
    return [...own.flatMap((d) => reading.emptyScope(d, i)), ...referred.flatMap((r) => reading.copies(r, i))];
  });
  return [...judged, ...copies];
}

/** The article's relations by sentence, for finding the claim a denial points back to. */
class Reading {
  /** Per sentence, the claims it tells: reported acts, not yet disputed. */
  private readonly bySentence: Candidate[][];
  /** Per sentence, where its disputed relations' act words lie. */
  private readonly disputedAt: number[][];
  /** The pairs (sorted ids) the article shows negotiating or holding a truce. */
  private readonly sides = new Set<string>();

  constructor(private readonly sentences: readonly SentenceTokens[], private readonly mentions: readonly Mention[][], judged: readonly Candidate[]) {
    this.bySentence = sentences.map(() => []);
    this.disputedAt = sentences.map(() => []);
    for (const c of judged) {
      if (SIDES.has(c.type) && c.stance !== DISPUTES) this.sides.add([c.from, c.to].sort().join('\u0000'));
      const i = sentenceAt(sentences, c.anchor ?? c.start);
      if (i < 0) continue;
      if (c.stance === DISPUTES) this.disputedAt[i]?.push(c.anchor ?? c.start);
      else if (!DESCRIPTIVE_RULES.test(c.rule) && !NOT_CLAIMS.has(c.type)) this.bySentence[i]?.push(c);
    }
  }

  /**
   * A complement that holds no relation: "denied that any truce existed" (the truce's sides come from the article),
   * or "dismissed the claims of a strike" (the claim was told before, as for a denial with no complement).
   */
  emptyScope(d: DisputeScope, i: number): Candidate[] {
    if ((this.bySentence[i] ?? []).some((c) => inside(c.anchor ?? c.start, d.scope)) || (this.disputedAt[i] ?? []).some((at) => inside(at, d.scope))) return [];
    const tokens = (this.sentences[i]?.tokens ?? []).filter((t) => inside(t.start, d.scope));
    const hint = actHint(tokens, 0, tokens.length);
    const last = [...tokens].reverse().find((t) => t.isWord);
    const cue = { start: d.cue.start, end: Math.max(d.cue.end, last?.end ?? d.scope.end) };
    const named = (this.mentions[i] ?? []).filter((m) => !m.inTitle && ACTORS.has(m.kind) && inside(m.start, d.scope));
    if (hint === 'CEASEFIRE_WITH') return this.truce(cue, named, d.denier, i);
    if (!d.nominal) return [];
    const about = new Set(named.map((m) => m.entityId));
    return this.copies({ cue, apposition: false, ownActs: false, ...(d.denier ? { denier: d.denier } : {}), ...(hint ? { hint } : {}) }, i, about);
  }

  /** DISPUTES copies of the claim a referred denial points back to, quoted at the denial. */
  copies(r: ReferredDenial, i: number, about: ReadonlySet<string> = new Set()): Candidate[] {
    const fits = (c: Candidate): boolean => (!r.hint || c.type === r.hint) && (!r.ownActs || c.from === r.denier?.entityId)
      && (about.size === 0 || about.has(c.from) || about.has(c.to));
    const here = (this.bySentence[i] ?? []).filter((c) => c.end <= r.cue.start && fits(c));
    const claim = r.apposition ? here : this.turned(here, r.cue.start, i) ?? this.earlier(r, i, fits);
    const confidence = r.apposition ? 0.9 : 0.8;
    return claim.map((c) => ({
      ...c, stance: DISPUTES, start: r.apposition ? c.start : r.cue.start, end: r.cue.end, confidence, rule: `denial:referred:${c.rule}`,
    }));
  }

  /** The claims told in this sentence before a turn ("…, but Hamas denied them"), or null when there is no turn. */
  private turned(here: readonly Candidate[], cue: number, i: number): Candidate[] | null {
    const tokens = this.sentences[i]?.tokens ?? [];
    const turn = tokens.find((t) => TURNS.has(t.lower) && t.start < cue && here.some((c) => c.end <= t.start));
    return turn && here.length > 0 ? here.filter((c) => c.end <= turn.start) : null;
  }

  /**
   * The claim in the sentences before: the nearest one with a relation of the named act, else the nearest one that
   * tells a claim (someone said, reported, alleged) or whose relations involve the denier. A sentence that tells
   * no claim and has no such relation ends the search: the text has moved on.
   */
  private earlier(r: ReferredDenial, i: number, fits: (c: Candidate) => boolean): Candidate[] {
    for (let j = i - 1; j >= Math.max(0, i - (r.hint ? HINTED_REACH : REACH)); j--) {
      const told = (this.bySentence[j] ?? []).filter(fits);
      if (r.hint) { if (told.length > 0) return told; continue; }
      const claimed = tellsClaim(this.sentences[j]?.tokens ?? []);
      const involved = told.some((c) => c.from === r.denier?.entityId || c.to === r.denier?.entityId);
      if (told.length > 0 && (claimed || involved)) return told;
      if (!claimed) return [];
    }
    return [];
  }

  /**
   * "X denied that a truce had been agreed": a truce's sides are the denier and the one actor the complement
   * names, or the two it names, or else the one pair the article shows negotiating, if this sentence names one of them.
   */
  private truce(cue: TextSpan, named: readonly Mention[], denier: Mention | undefined, i: number): Candidate[] {
    const ids = [...new Set(named.map((m) => m.entityId))];
    let pair: string[] = [];
    if (ids.length === 2) pair = ids;
    else if (ids.length === 1 && denier && ACTORS.has(denier.kind) && denier.entityId !== ids[0]) pair = [denier.entityId, ...ids];
    else if (ids.length === 0) {
      const only = this.sides.size === 1 ? [...this.sides][0]?.split('\u0000') ?? [] : [];
      const here = new Set([...(this.mentions[i] ?? []).map((m) => m.entityId), denier?.entityId]);
      if (only.some((id) => here.has(id))) pair = only;
    }
    const [a, b] = pair;
    if (!a || !b) return [];
    const base = { type: 'CEASEFIRE_WITH' as const, start: cue.start, end: cue.end, confidence: 0.9, rule: 'denial:truce', stance: DISPUTES };
    return [{ ...base, from: a, to: b }, { ...base, from: b, to: a }];
  }
}

function inside(at: number, span: TextSpan): boolean {
  return span.start <= at && at < span.end;
}
