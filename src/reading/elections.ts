// Elections as events: "Sunday's parliamentary election in Moldova", "Romania's presidential runoff", "the snap
// polls", "a referendum". Each election is one EVENT per article, named from its country and its sort ("Moldova
// parliamentary election"); the country is the one the phrase names (possessive, demonym, "in <Country>"), else
// the election the article named before, else the article's only country. Those shown running in it, winning,
// losing or boycotting it take part in it (PARTICIPATES_IN, eval/README.md rule 12).
import { runBarred, runVerbBefore } from './candidacies';
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { afterTimePhrase } from './electionDates';
import { defeatsAround } from './electionDefeats';
import { hedged } from './hedges';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Token } from './tokens';

/** Words that always name a vote; "polls" only in the phrases of electionAt. */
const ELECTION_NOUNS = /^(election|elections|runoff|run-off|referendum)$/;
/** The sort of an election: two of different sorts in one country are two elections. */
const SORTS = /^(presidential|parliamentary|legislative|general|federal|local|regional|municipal|provincial|national)$/;
/** Words that may stand between a sort and its noun, or describe the timing: "snap presidential election". */
const TIMING = /^(snap|early|surprise|upcoming|recent|last|first|second|final|decisive|landmark|disputed|contested)$/;
/** Words between an election noun and the country that owns it: "Moldova's Sunday parliamentary election". */
const OWNER_GAP = /^(\d{4}|first|second|round|of|the|country|’s|'s|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|october|november|december|january|february|march|april|may|june|july|august|september)$/;
/** The kind words the reader has always named an election with (kept so names stay stable). */
const NAME_KINDS = /^(presidential|parliamentary|general|legislative|local|regional|municipal|snap|early|national|provincial|federal)$/;

export interface Election { id: string; name: string; country: string; sort?: string; noun: string; year?: string }

/** Token k names an election: "election(s)", "runoff", "referendum", and "polls" after a sort or "to the". */
export function electionAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  if (ELECTION_NOUNS.test(word)) return true;
  if (word !== 'polls') return false;
  const before = tokens[k - 1]?.lower ?? '';
  return SORTS.test(before) || TIMING.test(before) || (before === 'the' && tokens[k - 2]?.lower === 'to');
}

/** "presidential" in "the snap presidential election" / "the presidential runoff"; a referendum is its own sort. */
function sortAt(tokens: readonly Token[], k: number): string | undefined {
  if (tokens[k]?.lower === 'referendum') return 'referendum';
  let j = k - 1;
  while (j > 0 && k - j <= 2 && TIMING.test(tokens[j]?.lower ?? '')) j--;
  const word = tokens[j]?.lower ?? '';
  return SORTS.test(word) ? word : undefined;
}

/** The country an election noun at k belongs to: "Moldova's", "Moldovan", "in Moldova"; else none. */
export function electionCountry(tokens: readonly Token[], mentions: readonly Mention[], k: number): Mention | undefined {
  let j = k - 1;
  while (j > 0 && (NAME_KINDS.test(tokens[j]?.lower ?? '') || TIMING.test(tokens[j]?.lower ?? '') || OWNER_GAP.test(tokens[j]?.lower ?? ''))) j--;
  const before = mentions.find((m) => m.kind === 'COUNTRY' && m.last - 1 >= j && m.last <= k);
  if (before) return before;
  return tokens[k + 1]?.lower === 'in' ? mentions.find((m) => m.kind === 'COUNTRY' && m.first === k + 2) : undefined;
}

function nameOf(ctx: ReadingContext, id: string): string {
  return ctx.table.get(id)?.name ?? id;
}

/** The noun an election is named with: "elections" and "referendum" as written, else "election" ("runoff", "polls"). */
function nounAt(tokens: readonly Token[], k: number): string {
  const word = tokens[k]?.lower ?? 'election';
  return word === 'elections' || word === 'referendum' ? word : 'election';
}

/** "Moldova parliamentary elections", "Romania presidential election", "Italy referendum". */
function electionName(ctx: ReadingContext, country: string, kind: string | undefined, noun: string): string {
  return `${nameOf(ctx, country)} ${kind && noun !== 'referendum' ? `${kind} ` : ''}${noun}`;
}

/**
 * An election's id holds its year, as knowledge graphs name votes ("venezuela-2024-presidential-election"): the year
 * written before the noun ("the 2022 election"), else the article's. Without either, the name's slug.
 */
function electionId(ctx: ReadingContext, e: Election): string {
  if (!e.year) return slug(e.name);
  const sort = e.noun === 'referendum' ? 'referendum' : `${e.sort ? `${e.sort}-` : ''}election`;
  return slug(`${nameOf(ctx, e.country)} ${e.year} ${sort}`);
}

/** "the 2022 election", "Brazil's 2022 presidential runoff": a year among the few words before the noun. */
function yearAt(tokens: readonly Token[], k: number): string | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (/^(19|20)\d\d$/.test(tokens[j]?.text ?? '')) return tokens[j]?.text;
  return undefined;
}

/** A bare election ("the polls") told as a sort later ("the presidential runoff") is that sort: renamed once. */
function sharpen(ctx: ReadingContext, e: Election, sort: string | undefined): void {
  if (e.sort || !sort) return;
  e.sort = sort;
  e.name = electionName(ctx, e.country, sort, e.noun);
  e.id = electionId(ctx, e);
}

/** An occurrence of an election's noun: sentence i, token k, and the election it names. */
export interface ElectionOccurrence { i: number; k: number; election: Election; placed: boolean }

const fits = (e: Election, sort: string | undefined): boolean => !sort || !e.sort || sort === e.sort;

/**
 * Every election noun of the article and the election it names. One named with its country joins that country's
 * election of the same sort, or starts one; one named bare ("the runoff") is the election last named before (or the
 * first after) of a fitting sort, else the article's only country's. Linear in the text: a few elections per article.
 */
export function findElections(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): ElectionOccurrence[] {
  const elections: Election[] = [];
  // soFar: the one country the article has named up to the noun's sentence ("Senegal's … Faye won the presidential
  // election", before Ghana's president is named at the inauguration).
  const found: Array<{ i: number; k: number; sort?: string; country?: Mention; soFar?: string }> = [];
  const countries = new Set<string>();
  const stateOfBody = new Map<string, string>();
  for (const f of ctx.roleFacts) if (f.type === 'MEMBER_OF' && ctx.table.get(f.principal)?.kind === 'COUNTRY') stateOfBody.set(f.person, f.principal);
  sentences.forEach((s, i) => {
    for (const m of mentions[i] ?? []) if (m.kind === 'COUNTRY') countries.add(m.entityId);
    // "Venezuela’s electoral council": a state's own body names the state too.
    for (const m of mentions[i] ?? []) { const state = stateOfBody.get(m.entityId); if (state) countries.add(state); }
    const soFar = countries.size === 1 ? [...countries][0] : undefined;
    s.tokens.forEach((_, k) => {
      if (!electionAt(s.tokens, k)) return;
      found.push({ i, k, sort: sortAt(s.tokens, k), country: electionCountry(s.tokens, mentions[i] ?? [], k), soFar });
    });
  });
  const start = (i: number, k: number, country: string, sort: string | undefined): Election => {
    const tokens = sentences[i]?.tokens ?? [];
    const kindWord = tokens[k - 1]?.lower ?? '';
    const noun = nounAt(tokens, k);
    const name = electionName(ctx, country, NAME_KINDS.test(kindWord) ? kindWord : sort, noun);
    const e: Election = { id: '', name, country, sort, noun, year: yearAt(tokens, k) ?? ctx.year };
    e.id = electionId(ctx, e);
    elections.push(e);
    return e;
  };
  const placed = new Map<number, Election>();
  found.forEach((f, n) => {
    if (!f.country) return;
    const country = f.country.entityId;
    const joined = elections.find((e) => e.country === country && fits(e, f.sort));
    if (joined) sharpen(ctx, joined, f.sort);
    placed.set(n, joined ?? start(f.i, f.k, country, f.sort));
  });
  const only = countries.size === 1 ? [...countries][0] : undefined;
  const out: ElectionOccurrence[] = [];
  // The last placed election, and the last of each sort, so a bare noun finds the one named before in one pass.
  let last: Election | undefined;
  const lastOfSort = new Map<string, Election>();
  found.forEach((f, n) => {
    const own = placed.get(n);
    if (own) {
      out.push({ i: f.i, k: f.k, election: own, placed: true });
      last = own;
      if (own.sort) lastOfSort.set(own.sort, own);
      return;
    }
    const before = !f.sort || !last || fits(last, f.sort) ? last : lastOfSort.get(f.sort);
    const alone = f.soFar ?? only;
    const election = before ?? elections.find((e) => fits(e, f.sort)) ?? (alone ? start(f.i, f.k, alone, f.sort) : undefined);
    if (!election) return;
    sharpen(ctx, election, f.sort);
    out.push({ i: f.i, k: f.k, election, placed: false });
  });
  return out;
}

/** Verbs of a contender's part in an election, with the election noun (or "the vote") close after. */
export const CONTEND_VERBS = /^(won|win|wins|winning|lost|lose|loses|losing|contested|contest|contests|contesting|boycotted|boycott|boycotts|boycotting|ran|runs|running|competed|compete|competes|competing|led|leads|leading|topped|tops|dominated|swept|sweeps)$/;
const VOTE_WORDS = /^(election|elections|vote|ballot|poll|polls|race|round|runoff|run-off|referendum)$/;
/** Nouns of a result one wins or claims in an election: "won a landslide victory in", "secured a majority in". */
const RESULT_NOUNS = /^(victory|win|defeat|majority|term|seats|seat|mandate|landslide|plurality|share)$/;
const RESULT_VERBS = /^(won|wins|win|claimed|claims|claim|secured|secures|secure|suffered|suffers|clinched|clinches|scored|scores|declared|proclaimed|lost|loses|lose|retained|retains|kept|keeps|increased|expanded)$/;
const WINNER_NOUNS = /^(winner|winners|victor|loser|losers|runner-up|frontrunner|front-runner)$/;
const PASSIVE_VERBS = /^(won|contested|boycotted|swept|dominated|topped|led)$/;

interface Contender { m: Mention; at: number; rule: string }

const contender = (m: Mention): boolean => m.kind === 'PERSON' || m.kind === 'ORGANIZATION' || m.kind === 'GROUP';

/** The first verb of the clause that ends at `v`: "was declared the winner" → "was". */
function clauseVerbStart(tokens: readonly Token[], v: number): number {
  let j = v;
  while (j > 0 && v - j < 4 && /^(was|were|is|are|been|has|have|had|declared|named|proclaimed|the|a|clear|overall|outright)$/.test(tokens[j - 1]?.lower ?? '')) j--;
  return j;
}

/**
 * Who takes part in the election named at token k, by the words around it: "X won/boycotted the … election", "X
 * finished second in", "X won a landslide victory in", "X's victory in", "X was declared the winner of", "the
 * election was won by X", "a runoff between X and Y", "X lost the election to Y", "X, who ran for president in the
 * March 3 election", "the candidate in the election, X", and the one a winner defeated (electionDefeats.ts).
 */
export function contendersAt(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number): Contender[] {
  const out: Contender[] = [];
  const before = (v: number, rule: string): void => {
    if (hedged(tokens, v)) return;
    for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v))) if (contender(m)) out.push({ m, at: v, rule });
  };
  const after = (v: number, from: number, rule: string): void => {
    if (hedged(tokens, v)) return;
    for (const m of targetAfter(actors, [...ms], tokens, from, 2)) if (contender(m)) out.push({ m, at: v, rule });
  };
  // The word nearest before the election's words, within a short phrase: "won Sunday's parliamentary election".
  let head = k - 1;
  while (head >= 0 && k - head <= 8 && (tokens[head]?.isWord || /^(’s|'s|-)$/.test(tokens[head]?.text ?? '')) && !(CONTEND_VERBS.test(tokens[head]?.lower ?? '') || tokens[head]?.lower === 'in' || (tokens[head]?.lower === 'of' && WINNER_NOUNS.test(tokens[head - 1]?.lower ?? '')))) head--;
  const word = tokens[head]?.lower ?? '';
  if (head >= 0 && CONTEND_VERBS.test(word) && tokens.slice(head + 1, k + 1).some((t) => VOTE_WORDS.test(t.lower))) {
    // "refused to contest the election", "barred from running in it": meant or prevented, not done.
    if (!runBarred(tokens, head)) before(head, 'election:contend');
    // "X lost the election to Y": Y ran too.
    if (/^(lost|lose|loses|losing)$/.test(word) && tokens[k + 1]?.lower === 'to') after(head, k + 2, 'election:contend');
  } else if (word === 'in' && CONTEND_VERBS.test(tokens[head - 1]?.lower ?? '')) {
    // "X ran in the presidential election"
    if (!runBarred(tokens, head - 1)) before(head - 1, 'election:contend');
  } else if (word === 'in' && runVerbBefore(tokens, head) >= 0) {
    // "X, who ran for president in the March 3 election"
    const run = runVerbBefore(tokens, head);
    if (!runBarred(tokens, run)) before(run, 'election:run');
  } else if (word === 'in' && /^(came|finished|placed|ended|come|finish|place)$/.test(tokens[head - 2]?.lower ?? '')) {
    // "X came second in the elections"
    before(head - 2, 'election:placed');
  } else if (word === 'in' && RESULT_NOUNS.test(tokens[head - 1]?.lower ?? '')) {
    // "PAS's victory in the elections"; "X won a fourth straight term in", "X claimed victory in".
    const owner = actors.find((m) => m.last === head - 1 || (m.last === head - 2 && /^(’s|'s)$/.test(tokens[head - 2]?.text ?? '')));
    if (owner && contender(owner)) out.push({ m: owner, at: head - 1, rule: 'election:victory' });
    let v = head - 2;
    while (v > 0 && head - v <= 5 && !RESULT_VERBS.test(tokens[v]?.lower ?? '') && tokens[v]?.isWord) v--;
    if (!owner && RESULT_VERBS.test(tokens[v]?.lower ?? '')) before(v, 'election:victory');
  } else if (word === 'in' && /^(candidate|candidates|participation|rival|contender|contenders)$/.test(tokens[head - 1]?.lower ?? '')) {
    const owner = actors.find((m) => m.last === head - 2 || (m.last === head - 3 && /^(’s|'s)$/.test(tokens[head - 2]?.text ?? '')));
    if (owner && contender(owner)) out.push({ m: owner, at: head - 1, rule: 'election:victory' });
    // "the ruling party's candidate in Peru's presidential election, X": the name in apposition is the candidate.
    const named = tokens[k + 1]?.lower === ',' ? actors.find((m) => m.first === k + 2 && m.kind === 'PERSON') : undefined;
    if (!owner && named && !/^(candidates|participation)$/.test(tokens[head - 1]?.lower ?? '')) out.push({ m: named, at: head - 1, rule: 'election:candidate' });
  } else if (word === 'of' && WINNER_NOUNS.test(tokens[head - 1]?.lower ?? '')) {
    // "X was declared the winner of the election"
    before(clauseVerbStart(tokens, head - 1), 'election:winner');
  } else if (runVerbBefore(tokens, k + 1) >= 0) {
    // "X, who is standing for re-election"
    const run = runVerbBefore(tokens, k + 1);
    if (!runBarred(tokens, run)) before(run, 'election:run');
  }
  // The phrase may go on with its country: "the runoff in Turkey between X and Y".
  const place = tokens[k + 1]?.lower === 'in' ? ms.find((m) => m.kind === 'COUNTRY' && m.first === k + 2) : undefined;
  const tail = place ? place.last : k + 1;
  // "the runoff was won by X", "the election, which was boycotted by X", "the election in April was won by X".
  const dated = afterTimePhrase(tokens, tail);
  let v = dated;
  while (v < tokens.length && v - dated <= 3 && /^(,|which|that|was|were|is|been|has|had|narrowly|easily|comfortably)$/.test(tokens[v]?.lower ?? '')) v++;
  if (v > tail && PASSIVE_VERBS.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'by') after(v, v + 2, 'election:passive');
  // "a presidential runoff between X and Y".
  if (tokens[tail]?.lower === 'between') after(k, tail + 1, 'election:between');
  // "X defeated Y in the first round", "X won the vote, defeating Y": the one defeated ran too.
  for (const m of defeatsAround(tokens, actors, ms, k, head, out.length > 0)) if (contender(m.m)) out.push(m);
  return out;
}
