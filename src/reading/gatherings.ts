// Gatherings other than the article's process event (events.ts) that news names by their convener or their
// country: a summit of an organization ("the G7 summit", "the NATO summit in Vilnius"), an election
// ("Moldova's parliamentary elections", elections.ts) and a coup (coups.ts). Each is minted as its own EVENT, and those the
// sentences show taking part in it (attending, speaking on its sidelines, winning or contesting it) get
// PARTICIPATES_IN. A summit's words are taken from the process event (summitAt), so one summit is one event.
import type { RelationshipType } from '../generated/graphql';
import { actorBefore, actorMentions, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { contendersTold } from './contendersTold';
import { coupActs, findCoups } from './coups';
import { voteReferences } from './electionReferences';
import { CONTEND_VERBS, contendersAt, findElections } from './elections';
import { describedSummitAt, type DescribedSummit } from './describedSummits';
import { CRITICIZE_VERBS, REJECT_VERBS, reactionObject } from './eventActs';
import { shortestName } from './eventParties';
import { hedged } from './hedges';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

/** "G7", "G20", "NATO", "BRICS": a short convener name written as a code or in capitals. */
const CONVENER_CODE = /^(G\d{1,2}|[A-Z]{2,6})$/;

/**
 * "the G7 summit", "the Arab League summit", "an EU summit": the token where the convener's name starts when
 * token k is "summit" right after it, else -1. The convener is an organization the sentence names, or a code.
 */
export function summitAt(tokens: readonly Token[], mentions: readonly Mention[], k: number): number {
  if (tokens[k]?.lower !== 'summit') return -1;
  const org = mentions.find((m) => m.last === k && m.kind === 'ORGANIZATION' && !m.inTitle);
  if (org) return org.first;
  return CONVENER_CODE.test(tokens[k - 1]?.text ?? '') ? k - 1 : -1;
}

/** How many sentences back "the summit" may refer to a summit named by its convener. */
const SUMMIT_REACH = 3;

/** "the summit", "this week's summit": a summit noun with no convener of its own, in a definite phrase. */
function bareSummit(tokens: readonly Token[], mentions: readonly Mention[], k: number): boolean {
  return tokens[k]?.lower === 'summit' && summitAt(tokens, mentions, k) < 0 && /^(the|this|that|today|annual|two-day|’s|'s)$/.test(tokens[k - 1]?.lower ?? '');
}

/**
 * "the summit" told after "the G20 summit" (in its sentence or the few before): the same summit, so the process
 * event does not take it for talks of its own. Looks back over a bounded number of sentences.
 */
export function summitRefersBack(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], i: number, k: number): boolean {
  const s = sentences[i];
  if (!s || !bareSummit(s.tokens, mentions[i] ?? [], k)) return false;
  for (let j = i; j >= Math.max(0, i - SUMMIT_REACH); j--) {
    const tokens = sentences[j]?.tokens ?? [];
    const end = j === i ? k : tokens.length;
    for (let t = 0; t < end; t++) if (summitAt(tokens, mentions[j] ?? [], t) >= 0 || describedSummitAt(tokens, mentions[j] ?? [], t)) return true;
  }
  return false;
}

/** Attending a summit: "attended", "took part in", "joined", "addressed", and being there ("at", "on the sidelines of"). */
const ATTEND_VERBS = /^(attended|attends|attend|attending|participated|participates|participate|participating|joined|joins|join|addressed|addresses|address|addressing)$/;

interface Gathering { id: string; name: string; kind: 'summit' | 'election' | 'coup'; country?: string; sort?: string }

/** The word of an occurrence in sentence i at token k, and the gathering it names. */
interface Occurrence { i: number; k: number; g: Gathering; placed?: boolean; described?: DescribedSummit }

/** Every summit named by its convener, and every election (elections.ts), wherever the sentences name them. */
function findOccurrences(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Occurrence[] {
  const elections = findElections(ctx, sentences, mentions);
  const out: Occurrence[] = [...elections, ...voteReferences(sentences, elections)].map(({ i, k, election, placed }) => ({ i, k, placed, g: { id: election.id, name: election.name, kind: 'election', country: election.country, sort: election.sort } }));
  for (const { i, k, coup } of findCoups(ctx, sentences, mentions)) out.push({ i, k, g: { id: coup.id, name: coup.name, kind: 'coup' } });
  let lastSummit: { i: number; g: Gathering } | null = null;
  sentences.forEach((s, i) => {
    const ms = mentions[i] ?? [];
    s.tokens.forEach((_, k) => {
      const start = summitAt(s.tokens, ms, k);
      if (start >= 0) {
        const name = `${ctx.text.slice(s.tokens[start]?.start ?? 0, s.tokens[k - 1]?.end ?? 0)} summit`;
        lastSummit = { i, g: { id: slug(name), name, kind: 'summit' } };
        out.push({ i, k, g: lastSummit.g });
        return;
      }
      // "gathered in Quito for their annual summit", "the peace summit planned for Lima".
      const d = describedSummitAt(s.tokens, ms, k);
      const name = d ? describedName(ctx, d) : null;
      if (d && name) {
        lastSummit = { i, g: { id: slug(name), name, kind: 'summit' } };
        out.push({ i, k, g: lastSummit.g, described: d });
      } else if (lastSummit && i - lastSummit.i <= SUMMIT_REACH && bareSummit(s.tokens, ms, k)) {
        // "South Africa hosted the summit": the summit named just before.
        out.push({ i, k, g: lastSummit.g });
      }
    });
  });
  return out;
}

/** A described summit's name, as a convener's summit is named ("NATO summit"), or by its place and subject. */
function describedName(ctx: ReadingContext, d: DescribedSummit): string | null {
  if (d.convener) return `${ctx.text.slice(d.convener.start, d.convener.end)} summit`;
  if (!d.place) return null;
  const place = shortestName(ctx, d.place.entityId) ?? ctx.text.slice(d.place.start, d.place.end);
  return `${place} ${d.subject ? `${d.subject} ` : ''}summit`;
}

/**
 * "X dismissed the summit", "X condemned the planned summit": a reaction to it (eval/README.md: dismissing a summit
 * is REJECTS; condemning it is CRITICIZES), with the verb a few words before the summit's noun.
 */
function summitReactions(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number): Party[] {
  for (let v = k - 1; v >= Math.max(0, k - 7); v--) {
    const w = tokens[v]?.lower ?? '';
    const type: RelationshipType | null = CRITICIZE_VERBS.test(w) ? 'CRITICIZES' : REJECT_VERBS.test(w) ? 'REJECTS' : null;
    if (!type) continue;
    if (hedged(tokens, v) || !reactionObject(tokens, v + 1, (j) => j === k)) return [];
    const rule = type === 'CRITICIZES' ? 'summit:criticize' : 'summit:reject';
    return actorBefore(actors, [...ms], tokens, gerundSubjectEnd(tokens, v)).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION').map((m) => ({ m, at: v, rule, type }));
  }
  return [];
}

/** The actors at the head of the sentence, before its first verb: "X told reporters at the summit". */
function sentenceSubject(actors: readonly Mention[], all: readonly Mention[], tokens: readonly Token[]): Mention[] {
  const first = actors[0];
  if (!first || first.first > 2) return [];
  return actorBefore([...actors], [...all], tokens, first.last);
}

const HOST_VERBS = /^(hosted|hosts|host|hosting)$/;

/**
 * Who hosts a summit named at token k: "South Africa hosted the G20 summit", "the summit, which was hosted by
 * Brazil", "the summit hosted by Brazil". Hosting is HOSTS the summit (eval/README.md, guideline 5).
 */
function summitHosts(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number): Array<{ m: Mention; at: number; rule: string; type: RelationshipType }> {
  const out: Array<{ m: Mention; at: number; rule: string; type: RelationshipType }> = [];
  let after = k + 1;
  while (after < tokens.length && after - k <= 4 && /^(,|which|that|was|is|being|been|jointly|co)$/.test(tokens[after]?.lower ?? '')) after++;
  if (HOST_VERBS.test(tokens[after]?.lower ?? '') && tokens[after + 1]?.lower === 'by' && !hedged(tokens, after)) {
    for (const m of targetAfter(actors, [...ms], tokens, after + 2, 2)) if (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION' || m.kind === 'PERSON') out.push({ m, at: after, rule: 'summit:host', type: 'HOSTS' });
  }
  let before = k - 1;
  while (before > 0 && k - before <= 6 && tokens[before]?.isWord && !HOST_VERBS.test(tokens[before]?.lower ?? '')) before--;
  if (HOST_VERBS.test(tokens[before]?.lower ?? '') && !hedged(tokens, before)) {
    for (const m of actorBefore(actors, [...ms], tokens, gerundSubjectEnd(tokens, before))) if (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION' || m.kind === 'PERSON') out.push({ m, at: before, rule: 'summit:host', type: 'HOSTS' });
  }
  return out;
}

type Party = { m: Mention; at: number; rule: string; type?: RelationshipType };

/** Who takes part in a gathering named at token k of a sentence. */
function partiesAt(tokens: readonly Token[], ms: readonly Mention[], k: number, g: Gathering): Party[] {
  const actors = actorMentions([...ms], tokens);
  if (g.kind === 'coup') return coupActs(tokens, actors, ms, k);
  const out: Party[] = g.kind === 'summit' ? [...summitHosts(tokens, actors, ms, k), ...summitReactions(tokens, actors, ms, k)] : contendersAt(tokens, actors, ms, k);
  const kinds = (m: Mention): boolean => (g.kind === 'election' ? m.kind === 'PERSON' || m.kind === 'ORGANIZATION' || m.kind === 'GROUP' : m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
  // The verb nearest before the gathering's words, within a short phrase: "attended the annual G7 summit".
  let head = k - 1;
  while (head >= 0 && k - head <= 8 && (tokens[head]?.isWord || /^(’s|'s|-)$/.test(tokens[head]?.text ?? '')) && !(ATTEND_VERBS.test(tokens[head]?.lower ?? '') || CONTEND_VERBS.test(tokens[head]?.lower ?? '') || /^(part|sidelines|at|in)$/.test(tokens[head]?.lower ?? ''))) head--;
  const word = tokens[head]?.lower ?? '';
  if (head < 0 || hedged(tokens, head)) return out;
  if (ATTEND_VERBS.test(word) || (word === 'in' && tokens[head - 1]?.lower === 'part')) {
    const v = word === 'in' ? head - 2 : head;
    if (hedged(tokens, v)) return out;
    for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v))) if (kinds(m)) out.push({ m, at: v, rule: `${g.kind}:attend` });
  } else if (g.kind === 'summit' && (word === 'sidelines' || word === 'at')) {
    for (const m of sentenceSubject(actors, ms, tokens)) if (kinds(m) && m.last <= head) out.push({ m, at: head, rule: 'summit:present' });
  }
  return out;
}

/** The gatherings the article names besides its process event, and who takes part in them. */
export function findGatherings(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Candidate[] {
  const out: Candidate[] = [];
  const occurrences = findOccurrences(ctx, sentences, mentions);
  for (const o of occurrences) {
    const tokens = sentences[o.i]?.tokens ?? [];
    const ms = mentions[o.i] ?? [];
    const word = tokens[o.k];
    if (!word) continue;
    const parties = partiesAt(tokens, ms, o.k, o.g);
    ctx.table.ensure({ id: o.g.id, name: o.g.name, kind: 'EVENT' }, ctx.known.get(o.g.id.replace(/-/g, '')));
    const id = ctx.table.get(o.g.id)?.id ?? o.g.id;
    ctx.table.addSpan(id, { start: word.start, end: word.end });
    for (const { m, at, rule, type = 'PARTICIPATES_IN' } of parties) {
      const anchor = tokens[at]?.start ?? word.start;
      out.push({ type, from: m.entityId, to: id, start: Math.min(m.start, anchor), end: Math.max(m.end, word.end), confidence: 0.8, rule: `gathering:${rule}`, anchor });
    }
    // "X gathered in <place> for their annual summit", "the peace summit planned for <place>": its convener and place.
    const d = o.described;
    if (d?.convener && d.at !== undefined) {
      const verb = tokens[d.at] ?? word;
      out.push({ type: 'PARTICIPATES_IN', from: d.convener.entityId, to: id, start: d.convener.start, end: word.end, confidence: 0.8, rule: 'gathering:summit:gathered', anchor: verb.start });
    }
    if (d?.place) out.push({ type: 'LOCATED_IN', from: id, to: d.place.entityId, start: Math.min(word.start, d.place.start), end: Math.max(word.end, d.place.end), confidence: 0.8, rule: 'gathering:summit-place' });
    // "the NATO summit in Vilnius": where it is held.
    const place = tokens[o.k + 1]?.lower === 'in' ? targetAfter(actorMentions([...ms], tokens), ms, tokens, o.k + 2, 1).find((m) => m.kind === 'PLACE') : undefined;
    if (place && o.g.kind === 'summit') out.push({ type: 'LOCATED_IN', from: id, to: place.entityId, start: word.start, end: place.end, confidence: 0.8, rule: 'gathering:summit-in' });
    // "the parliamentary election in Moldova": the election's country, when the phrase names it so.
    const country = o.g.kind === 'election' && o.placed && tokens[o.k + 1]?.lower === 'in' ? ms.find((m) => m.kind === 'COUNTRY' && m.first === o.k + 2 && m.entityId === o.g.country) : undefined;
    if (country && parties.length > 0) out.push({ type: 'LOCATED_IN', from: id, to: country.entityId, start: word.start, end: country.end, confidence: 0.8, rule: 'gathering:election-in' });
  }
  // Contenders told without the election's words ("X conceded defeat") belong to the article's election, if only one.
  const elections = new Map(occurrences.filter((o) => o.g.kind === 'election').map((o) => [o.g.id, o.g]));
  const [only] = elections.values();
  if (only && elections.size === 1) out.push(...contendersTold(sentences, mentions, { id: ctx.table.get(only.id)?.id ?? only.id, sort: only.sort }));
  return out;
}
