// The reader: article text in, entities and typed relationships out, each relationship with the verbatim
// quote that carries it and the rule that found it. Offline and deterministic: built-in data, the graph's
// names (one dictionary call per article), and rules. docs/reading.md explains the pipeline.
import { nameKey } from '../graph/vocabulary';
import { EntityTable } from './entities';
import { entityKeys, gazetteer, type BuiltinEntity } from './gazetteer';
import { articleSourceId } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import { COLLECTIVE_HEADS, findNames } from './names';
import { boundedSentences, sentenceAt } from './pieces';
import { findTitledPeople } from './titledPeople';
import { delegationOwner, relationsInSentence, type Candidate } from './relations';
import { splitSentences } from './sentences';
import { applyStance } from './stance';
import { tokenize, type Token } from './tokens';
import { verbIndex } from './patterns/verbIndex';
import type { Article, EntityDictionary, Extraction, ExtractedRelationship, KnownEntity } from './types';
import { accordsLeft } from './accordsLeft';
import { findEvents } from './events';
import { findGatherings } from './gatherings';
import { findInaugurations } from './inaugurations';
import { meetingsConvened } from './meetingsConvened';
import { subjectAccords } from './subjectAccords';
import { partnerAccords } from './partnerAccords';
import { resolveAnaphora, resolveLeaderDescriptions } from './anaphora';
import { resolveReferences } from './references';
import { resolveTitleReferences } from './titleReferences';
import { quotedBlame } from './blame';
import { proposerIn } from './proposals';
import { describedOffices } from './offices';
import { leadersStrikes } from './leadersStrikes';
import { trucesDeclared } from './trucesDeclared';
import { protestsDispersed } from './protestsDispersed';
import { recalledStrikes, RECALL_REACH } from './strikesRecalled';
import { sanctionsRecalled, SANCTIONS_RECALL_REACH } from './sanctionsTargeting';
import { actorMentions } from './clauses';
import { delegationHeadMeetings } from './delegationMeetings';
import { resolveLeaderGovernments } from './leaderGovernments';
import { resolveQuotedSpeakers } from './quotedSpeakers';
import { arrivalsAtVenue } from './arrivals';
import { nameCollectives } from './collectiveNames';
import { homeState } from './homeState';

export { articleSourceId } from './ids';
export { EMPTY_DICTIONARY } from './types';
export type { Article, EntityDictionary, Extraction, ExtractedEntity, ExtractedRelationship, KnownEntity, TextSpan } from './types';
export type { Mention, SentenceTokens } from './mentions';
export type { Candidate } from './relations';

const JOINERS = new Set(['of', 'the', 'al', 'el', 'bin', 'ibn', 'de', 'and', 'for', 'on', 'in']);

/** Keys sent to the dictionary per article at most: a very long text still makes one bounded call. */
const MAX_DICTIONARY_KEYS = 5000;

/** What the reader holds before stance and assembly: its sentences, each sentence's actors and the rules' candidates. */
export interface ReadingView {
  sentences: readonly SentenceTokens[];
  mentions: readonly (readonly Mention[])[];
  candidates: readonly Candidate[];
}

export interface ReadingOptions {
  /** Shown the reader's state before stance, for evaluation tools (eval/pairs/ trains a model on it); reading is unchanged. */
  observe?: (view: ReadingView) => void;
}

/** Reads an article: one dictionary call for the names it might contain, then rules only. */
export async function readArticle(article: Article, dictionary: EntityDictionary, options: ReadingOptions = {}): Promise<Extraction> {
  const text = typeof article.text === 'string' ? article.text : '';
  const sentences: SentenceTokens[] = splitSentences(text).flatMap((span) => boundedSentences(tokenize(text, span.start, span.end)));
  const keys = candidateKeys(text, sentences);
  const known = keys.length > 0 ? await dictionary(keys) : new Map<string, KnownEntity>();
  return extract(articleSourceId(article), text, article.title ?? '', sentences, known, publicationYear(article) ?? latestYear(text), options);
}

/** The year an article came out: its date, else a year its address is filed under ("/2024/10/21/", "/202404030056"). */
function publicationYear(article: Article): string | undefined {
  return /^\d{4}/.exec(article.publishedAt ?? '')?.[0] ?? /\/((?:19|20)\d\d)(?:[/_-]|\d{4})/.exec(article.url ?? '')?.[1];
}

/** An undated article is read as of the latest year it writes ("since 2019 … in 2024"): at most that recent. */
function latestYear(text: string): string | undefined {
  let latest: string | undefined;
  for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) if (!latest || m[0] > latest) latest = m[0];
  return latest;
}

/** Normalised keys of every capitalised word sequence, and of the canonical names of built-in matches. */
function candidateKeys(text: string, sentences: readonly SentenceTokens[]): string[] {
  const keys = new Set<string>();
  const seen = new Set<BuiltinEntity>();
  const g = gazetteer();
  for (const s of sentences) {
    const { tokens } = s;
    for (let i = 0; i < tokens.length && keys.size < MAX_DICTIONARY_KEYS; i++) {
      const first = tokens[i];
      if (!first || !first.isWord || !first.capitalized) continue;
      let key = '';
      let gazKey = '';
      for (let j = i + 1; j <= Math.min(tokens.length, i + 6); j++) {
        const last = tokens[j - 1];
        if (!last || (!last.isWord && last.text !== '-' && last.text !== '.')) break;
        key += last.key;
        if (!last.isWord) continue;
        // Names run over capitalised words and a few joiners ("Islamic Republic of Iran"); matchName only
        // accepts a graph name that ends on a capitalised word, so no other key is worth sending.
        if (!last.capitalized && !JOINERS.has(last.lower)) break;
        gazKey = gazKey === '' ? last.key : `${gazKey} ${last.key}`;
        if (last.capitalized) keys.add(key);
        for (const e of g.entries.get(gazKey) ?? []) {
          if (seen.has(e.entity)) continue;
          seen.add(e.entity);
          for (const k of entityKeys(e.entity)) keys.add(k);
          // "the Egyptian capital" names the city, so the graph is asked for it too.
          if (e.entity.capital) keys.add(nameKey(e.entity.capital));
        }
      }
    }
  }
  // Collectives ("criminal gangs", "Chilean hostages") are asked for too, so a re-reading links to them.
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      if (!COLLECTIVE_HEADS.has(t.lower) || keys.size >= MAX_DICTIONARY_KEYS) return;
      let key = t.key;
      keys.add(key);
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
        const w = s.tokens[j];
        if (!w || !w.isWord) break;
        key = `${w.key}${key}`;
        keys.add(key);
      }
    });
  }
  keys.delete('');
  return [...keys].sort();
}

function extract(sourceId: string, text: string, title: string, sentences: readonly SentenceTokens[], known: ReadonlyMap<string, KnownEntity>, year: string | undefined, options: ReadingOptions): Extraction {
  const ctx: ReadingContext = { text, known, table: new EntityTable(), surnames: new Map(), nameWords: new Map(), acronyms: new Map(), roleFacts: [], unplacedOfficials: [], ...(year ? { year } : {}) };
  const occupied = sentences.map((s) => s.tokens.map(() => false));
  // Both passes sentence by sentence, so a short name an earlier sentence defined ("… Army (MNDAA)") can be a
  // title's principal in a later one ("MNDAA spokesman X").
  const perSentence: Mention[][] = sentences.map((s, i) => [...findTitledPeople(ctx, s, occupied[i] ?? []), ...findNames(ctx, s, occupied[i] ?? [])]);
  placeOfficials(ctx, sentences, perSentence);
  resolveLeaderDescriptions(ctx, sentences, perSentence);
  resolveAnaphora(sentences, perSentence);
  resolveTitleReferences(sentences, perSentence);
  resolveQuotedSpeakers(sentences, perSentence);
  resolveReferences(sentences, perSentence);
  resolveLeaderGovernments(sentences, perSentence, ctx.roleFacts, (id) => ctx.table.get(id)?.kind);
  const named = nameCollectives(ctx, sentences, perSentence);
  const candidates: Candidate[] = ctx.roleFacts.map((f) => ({
    type: f.type, from: f.person, to: f.principal, start: f.span.start, end: f.span.end,
    confidence: f.how === 'title' ? 0.9 : f.how === 'sentence' ? 0.7 : f.how === 'article' ? 0.6 : 0.85, rule: `title:${f.type.toLowerCase().replace(/_/g, '-')}${f.how === 'title' ? '' : `:${f.how}`}`,
  }));
  candidates.push(...named);
  let previousOrganization: Mention | null = null;
  let previousDelegation: Mention | null = null;
  let proposer: { m: Mention; at: number } | null = null;
  let strikers: { ids: string[]; at: number } | null = null;
  // Every sanctioner the article has named so far: one only, and "the sanctions" later are theirs.
  let sanctioners: { ids: Set<string>; at: number } | null = null;
  const strikersIn = (found: readonly Candidate[], at: number): { ids: string[]; at: number } | null => {
    // Those who struck and were not struck there: "X struck Y after Y's attacks on X" names no one side.
    const struck = found.filter((c) => c.type === 'STRUCK');
    const ids = [...new Set(struck.map((c) => c.from))].filter((id) => !struck.some((c) => c.to === id));
    return ids.length > 0 ? { ids, at } : null;
  };
  sentences.forEach((s, i) => {
    const mentions = (perSentence[i] ?? []).sort((a, b) => a.first - b.first);
    const previousProposer = proposer && i - proposer.at <= 4 ? proposer.m : null;
    const found = relationsInSentence({ s, mentions, previousOrganization, previousDelegation, previousProposer });
    candidates.push(...found);
    if (strikers && i - strikers.at <= RECALL_REACH) candidates.push(...recalledStrikes(s.tokens, mentions, strikers.ids));
    strikers = strikersIn(found, i) ?? strikers;
    // "The measures include a travel ban on X" after one sanctioner's sanctions: that sanctioner's (sanctionsTargeting.ts).
    const sanctioner = sanctioners && i - sanctioners.at <= SANCTIONS_RECALL_REACH && sanctioners.ids.size === 1 ? [...sanctioners.ids][0] : undefined;
    if (sanctioner) candidates.push(...sanctionsRecalled(s.tokens, actorMentions(mentions, s.tokens), mentions, sanctioner));
    const sanctionsHere = found.filter((c) => c.type === 'SANCTIONS').map((c) => c.from);
    if (sanctionsHere.length > 0) sanctioners = { ids: new Set([...(sanctioners?.ids ?? []), ...sanctionsHere]), at: i };
    for (const m of mentions) if (m.kind === 'ORGANIZATION' && !m.inTitle) previousOrganization = m;
    previousDelegation = delegationOwner(s.tokens, mentions) ?? previousDelegation;
    const set = proposerIn(s.tokens, mentions);
    if (set && !(set.owner && previousProposer)) proposer = { m: set.author, at: i };
  });
  candidates.push(...delegationHeadMeetings(candidates, (at) => sentenceAt(sentences, at), (id) => ctx.table.get(id)?.kind));
  quotedBlame(sentences, perSentence, (speaker, blamed, i, k) => {
    const word = sentences[i]?.tokens[k];
    if (word) candidates.push({ type: 'ACCUSES', from: speaker.entityId, to: blamed.entityId, start: blamed.start, end: word.end, confidence: 0.7, rule: 'speech:quoted-blame', anchor: word.start });
  });
  candidates.push(...findEvents(ctx, sentences, perSentence, tokenize(title), candidates));
  candidates.push(...accordsLeft(ctx, sentences, perSentence));
  candidates.push(...arrivalsAtVenue(sentences, perSentence, candidates, (at) => sentenceAt(sentences, at)));
  candidates.push(...findGatherings(ctx, sentences, perSentence));
  candidates.push(...findInaugurations(ctx, sentences, perSentence));
  candidates.push(...meetingsConvened(ctx, sentences, perSentence));
  candidates.push(...subjectAccords(ctx, sentences, perSentence, candidates));
  candidates.push(...partnerAccords(ctx, sentences, perSentence, candidates));
  candidates.push(...protestsDispersed(sentences, perSentence));
  candidates.push(...leadersStrikes(ctx.roleFacts, candidates));
  candidates.push(...trucesDeclared(sentences, perSentence, candidates, ctx.roleFacts, (id) => ctx.table.get(id)?.kind));
  options.observe?.({ sentences, mentions: perSentence, candidates });
  const judged = applyStance(sentences, perSentence, withoutOfficeHoldersParties(ctx, candidates));
  const relationships = finalize(text, judged, (id) => ctx.table.get(id) !== undefined, (at) => sentenceAt(sentences, at));
  const used = new Set(relationships.flatMap((r) => [r.from, r.to]));
  const entities = ctx.table.output((id) => used.has(id) || (ctx.table.get(id)?.kind ?? 'EVENT') !== 'EVENT');
  return { sourceId, entities, relationships };
}

/**
 * "The Chilean army said President Ana Ruiz had ordered …": a head of state titled without a state leads the one
 * state the same sentence names (by name or demonym) before the title; a minister or other official is its envoy.
 * None or two, and nothing is said.
 */
function placeOfficials(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): void {
  const described = describedOffices(sentences, mentions);
  const holders = new Map<string, number>();
  for (const o of ctx.unplacedOfficials) if (o.office) holders.set(o.office, (holders.get(o.office) ?? 0) + 1);
  // Who holds each office untitled by a state: two people called "President" are not both the home state's.
  const people = new Map<string, Set<string>>();
  for (const o of ctx.unplacedOfficials) if (o.office) people.set(o.office, (people.get(o.office) ?? new Set()).add(o.person));
  // The article's state, counted once over all its mentions (not once per official).
  const home = homeState(mentions);
  for (const { person, span, type, government, office } of ctx.unplacedOfficials) {
    const i = sentenceAt(sentences, span.start);
    // "Former Philippine president X": a word the title reader stopped at may still end the office.
    const before = ctx.text.slice(Math.max(sentences[i]?.start ?? 0, span.start - 40), span.start).toLowerCase();
    if (/\b(former|ex|late|then|outgoing|incoming|presumptive|would-be)\b[^.,;]*$/.test(before)) continue;
    // Only a state named before the title: one named after it is usually what the leader acts on.
    const named = (mentions[i] ?? []).filter((m) => m.kind === 'COUNTRY' && m.end <= span.start);
    const nearest = [...named].sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start))[0];
    if (named.length === 0) {
      // None before: a head of state or government, or a minister, is the article's own state's, when the article
      // is plainly about one state and the sentence names no other ("Prime Minister X said that Kosovar police …",
      // "Interior Minister X said the arrest was lawful").
      const others = (mentions[i] ?? []).filter((m) => m.kind === 'COUNTRY' && m.entityId !== home);
      const alone = type !== 'LEADS' || (people.get(office ?? '')?.size ?? 0) <= 1;
      if (home && others.length === 0 && alone) ctx.roleFacts.push({ person, type, principal: home, span, how: 'article' });
      if (type !== 'LEADS' && !government) continue;
      // Else the one state the article names this office of ("the Prime Minister of Kosovo"), held by no one else.
      const states = office ? [...(described.get(office) ?? [])] : [];
      if (!(home && others.length === 0 && alone) && states.length === 1 && states[0] && holders.get(office ?? '') === 1) ctx.roleFacts.push({ person, type, principal: states[0], span, how: 'article' });
      continue;
    }
    if (new Set(named.map((m) => m.entityId)).size !== 1 || !nearest) continue;
    // "Chile urged President X to resign", "Chile met President X": a state acting on the titled person is not
    // said to be the person's own.
    if (actedOn(sentences[i]?.tokens ?? [], span.start)) continue;
    // The quote runs from the title to the state's name, so it shows both.
    const quoted = { start: Math.min(span.start, nearest.start), end: Math.max(span.end, nearest.end) };
    ctx.roleFacts.push({ person, type, principal: nearest.entityId, span: quoted, how: 'sentence' });
  }
}

/**
 * "Kobakhidze's Georgian Dream party": a head of state or government's own party is one they belong to, not one
 * they are shown to lead (structure.ts reads "X's Y party" as LEADS for anyone else).
 */
function withoutOfficeHoldersParties(ctx: ReadingContext, candidates: readonly Candidate[]): Candidate[] {
  const holders = new Set(ctx.roleFacts.filter((f) => f.type === 'LEADS' && ctx.table.get(f.principal)?.kind === 'COUNTRY').map((f) => f.person));
  return candidates.filter((c) => !(c.rule === 'own:party' && holders.has(c.from)));
}

/** Types of acts one side does to another: their object is someone else's, not the actor's own office-holder. */
const TOWARDS_OTHERS = new Set(['CRITICIZES', 'ENDORSES', 'APPEALS_TO', 'DEMANDS_OF', 'ACCUSES', 'REJECTS', 'MEETS_WITH', 'THREATENS', 'WARNS_ABOUT']);

/** The title starting at `start` is the object of such an act ("urged President X", "called for President X's"). */
function actedOn(tokens: readonly Token[], start: number): boolean {
  let k = tokens.findIndex((t) => t.start === start) - 1;
  if (/^(for|on|with|to)$/.test(tokens[k]?.lower ?? '')) k--;
  return (verbIndex().get(tokens[k]?.lower ?? '') ?? []).some((r) => TOWARDS_OTHERS.has(r.type));
}

/**
 * One relationship per (from, type, to, stance) and sentence: the best-supported, then the first; quotes cut from
 * the text. A fact stated in three sentences keeps three quotes (ingest stores one fact with three supporting quotes),
 * so its provenance shows every place the article says it. An article may both report a fact and tell of its denial:
 * both are kept, one of each stance.
 */
function finalize(text: string, candidates: readonly Candidate[], exists: (id: string) => boolean, sentenceOf: (at: number) => number): ExtractedRelationship[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.from === c.to || !exists(c.from) || !exists(c.to)) continue;
    const key = `${c.from}\u0000${c.type}\u0000${c.to}\u0000${c.stance ?? 'SUPPORTS'}\u0000${sentenceOf(c.start)}`;
    const prev = best.get(key);
    if (!prev || c.confidence > prev.confidence || (c.confidence === prev.confidence && c.end - c.start < prev.end - prev.start && c.start <= prev.start)) best.set(key, c);
  }
  return [...best.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map((c) => {
      const span = { start: c.start, end: c.end };
      const stance = c.stance ?? 'SUPPORTS';
      return { type: c.type, from: c.from, to: c.to, quote: text.slice(span.start, span.end), span, confidence: Math.round(c.confidence * 100) / 100, rule: c.rule, stance };
    });
}
