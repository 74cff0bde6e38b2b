// Coups as events: "a failed coup attempt", "the attempted coup d'état", "the coup in Niger". An article's coup
// nouns name one EVENT, id `<country>-coup[-attempt]-<year>` as analysts name it ("freedonia-coup-attempt-2024"):
// the country a phrase names (demonym, possessive, "in <Country>"), else the one country named so far; an attempt
// when any phrase calls it failed or attempted. Those shown staging or leading it take part in it (PARTICIPATES_IN);
// those who condemn it criticize it (111), those who back it endorse it (051), in the active or the passive ("the coup
// was condemned by X"); "the takeover" names it again in an article that has called it a coup. Read by gatherings.ts.
import type { RelationshipType } from '../generated/graphql';
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Token } from './tokens';

const COUP_NOUNS = /^(coup|putsch)$/;
/** "the takeover", "the military takeover": a coup named again, only in an article that has called it a coup. */
const TAKEOVER = /^(takeover|take-over)$/;
const TAKEOVER_OPENERS = /^(the|this|that|military|army|junta's|junta’s)$/;
const ATTEMPT_WORDS = /^(attempt|attempted|failed|foiled|thwarted|botched|abortive)$/;
/** Words between a coup's owner and its noun: "Bolivia's failed military coup". */
const COUP_WORDS = /^(the|a|an|failed|attempted|foiled|thwarted|botched|abortive|military|army|’s|'s|last|this|week's|month's|year's|\d{4})$/;
const STAGE_VERBS = /^(staged|stage|stages|staging|led|lead|leads|leading|launched|launch|launches|launching|mounted|mount|orchestrated|orchestrate|masterminded|plotted|plot|plotting|attempted|carried|executed|organised|organized)$/;
const CONDEMN_VERBS = /^(condemned|condemns|condemn|condemning|denounced|denounces|denounce|denouncing|criticised|criticized|criticises|criticizes|rejected|rejects|decried|decries)$/;
const BACK_VERBS = /^(backed|backs|back|backing|supported|supports|support|supporting|welcomed|welcomes|welcome|hailed|hails|endorsed|endorses)$/;

export interface Coup { id: string; name: string }
export interface CoupAct { m: Mention; at: number; rule: string; type: RelationshipType }

/** The country a coup phrase at token k names: "Bolivian", "Niger's", "in Niger"; else none. */
function coupCountry(tokens: readonly Token[], ms: readonly Mention[], k: number): Mention | undefined {
  let j = k - 1;
  while (j > 0 && k - j <= 4 && COUP_WORDS.test(tokens[j]?.lower ?? '')) j--;
  const before = ms.find((m) => m.kind === 'COUNTRY' && m.last - 1 >= j && m.last <= k);
  if (before) return before;
  return tokens[k + 1]?.lower === 'in' ? ms.find((m) => m.kind === 'COUNTRY' && m.first === k + 2) : undefined;
}

/** Every coup noun of the article (sentence, token) and the one coup they name; none when no country is sure. */
export function findCoups(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Array<{ i: number; k: number; coup: Coup }> {
  const at: Array<{ i: number; k: number }> = [];
  const takeovers: Array<{ i: number; k: number }> = [];
  const countries = new Set<string>();
  let country: string | undefined;
  let attempt = false;
  let year: string | undefined;
  sentences.forEach((s, i) => {
    for (const m of mentions[i] ?? []) if (m.kind === 'COUNTRY') countries.add(m.entityId);
    s.tokens.forEach((t, k) => {
      if (TAKEOVER.test(t.lower) && TAKEOVER_OPENERS.test(s.tokens[k - 1]?.lower ?? '')) takeovers.push({ i, k });
      if (!COUP_NOUNS.test(t.lower)) return;
      at.push({ i, k });
      const near = s.tokens.slice(Math.max(0, k - 3), k + 2);
      // "a coup in Mali in 2020": the year may close the phrase.
      const dated = s.tokens.slice(Math.max(0, k - 3), k + 6);
      if (near.some((x) => ATTEMPT_WORDS.test(x.lower))) attempt = true;
      year ??= dated.find((x) => /^(19|20)\d\d$/.test(x.text))?.text;
      country ??= coupCountry(s.tokens, mentions[i] ?? [], k)?.entityId ?? (countries.size === 1 ? [...countries][0] : undefined);
    });
  });
  if (!country || at.length === 0) return [];
  const countryName = ctx.table.get(country)?.name ?? country;
  const y = year ?? ctx.year;
  const name = `${countryName} coup${attempt ? ' attempt' : ''}${y ? ` ${y}` : ''}`;
  const coup = { id: slug(name), name };
  return [...at, ...takeovers].map(({ i, k }) => ({ i, k, coup }));
}

/** The token after a coup phrase: past "d'état" and a closing quotation mark ("an attempted coup d'état" led by X). */
function phraseEnd(tokens: readonly Token[], k: number): number {
  let e = k + 1;
  if (tokens[e]?.lower === 'attempt') e++;
  if (/^(d|d'état|d’état|d'etat)$/.test(tokens[e]?.lower ?? '')) while (e < tokens.length && e - k <= 4 && !/^(état|etat|d'état|d’état|d'etat)$/.test(tokens[e]?.lower ?? '')) e++;
  if (/^(état|etat|d'état|d’état|d'etat)$/.test(tokens[e]?.lower ?? '')) e++;
  if (/^["”’']$/.test(tokens[e]?.text ?? '')) e++;
  return e;
}

const SIDES = (m: Mention): boolean => m.kind === 'PERSON' || m.kind === 'ORGANIZATION' || m.kind === 'GROUP';
const REACTORS = (m: Mention): boolean => SIDES(m) || m.kind === 'COUNTRY';

/** "X staged a failed coup", "the coup led by X", "X condemned the coup", "X backed the coup". */
export function coupActs(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number): CoupAct[] {
  const out: CoupAct[] = [];
  let v = k - 1;
  while (v > 0 && k - v <= 5 && COUP_WORDS.test(tokens[v]?.lower ?? '')) v--;
  const verb = tokens[v]?.lower ?? '';
  let stage = STAGE_VERBS.test(verb) && verb !== 'carried';
  // "carried out a coup": the particle stands between.
  if (verb === 'out' && tokens[v - 1]?.lower === 'carried') { v--; stage = true; }
  const subjects = (): Mention[] => actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v));
  if (v >= 0 && !hedged(tokens, v) && tokens[v - 1]?.lower !== 'to') {
    if (stage) for (const m of subjects().filter(SIDES)) out.push({ m, at: v, rule: 'coup:staged', type: 'PARTICIPATES_IN' });
    else if (CONDEMN_VERBS.test(verb)) for (const m of subjects().filter(REACTORS)) out.push({ m, at: v, rule: 'coup:condemned', type: 'CRITICIZES' });
    else if (BACK_VERBS.test(verb)) for (const m of subjects().filter(REACTORS)) out.push({ m, at: v, rule: 'coup:backed', type: 'ENDORSES' });
  }
  const e = phraseEnd(tokens, k);
  // "The coup in Peru was condemned by Chile": the reaction told in the passive, its agents after "by".
  const passive = passiveReaction(tokens, ms, e);
  if (passive) for (const m of targetAfter(actors, [...ms], tokens, passive.by, 2).filter(REACTORS)) out.push({ m, at: k, rule: `coup:${passive.type === 'CRITICIZES' ? 'condemned' : 'backed'}-by`, type: passive.type });
  if (/^(led|staged|orchestrated|launched|masterminded|plotted|carried)$/.test(tokens[e]?.lower ?? '')) {
    const by = tokens[e + 1]?.lower === 'by' ? e + 2 : tokens[e + 1]?.lower === 'out' && tokens[e + 2]?.lower === 'by' ? e + 3 : -1;
    if (by > 0) for (const m of targetAfter(actors, [...ms], tokens, by, 2).filter(SIDES)) out.push({ m, at: e, rule: 'coup:led-by', type: 'PARTICIPATES_IN' });
  }
  return out;
}

/** "… was condemned by", "… has been welcomed by" after a coup phrase ending at `e` (past "in <Country>"): where its agents start. */
function passiveReaction(tokens: readonly Token[], ms: readonly Mention[], e: number): { by: number; type: RelationshipType } | null {
  let j = e;
  if (tokens[j]?.lower === 'in') { const place = ms.find((m) => m.first === j + 1); if (place) j = place.last; }
  if (tokens[j]?.lower === 'has' || tokens[j]?.lower === 'had' || tokens[j]?.lower === 'have') j++;
  if (!/^(was|were|been|is)$/.test(tokens[j]?.lower ?? '')) return null;
  j++;
  if (tokens[j]?.lower === 'widely' || tokens[j]?.lower === 'swiftly' || tokens[j]?.lower === 'quickly') j++;
  const verb = tokens[j]?.lower ?? '';
  if (tokens[j + 1]?.lower !== 'by' || hedged(tokens, j)) return null;
  const type: RelationshipType | null = CONDEMN_VERBS.test(verb) && /ed$/.test(verb) ? 'CRITICIZES' : BACK_VERBS.test(verb) && /ed$/.test(verb) ? 'ENDORSES' : null;
  return type ? { by: j + 2, type } : null;
}
