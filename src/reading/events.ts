// The talks, ceasefire or agreement an article is about, as one EVENT entity (eval/README.md: "mediation
// targets the talks, not the parties"), and what actors do to it: mediate, host, take part, endorse, leave.
// Its id follows the gold conventions: `<place>-ceasefire-talks` for a ceasefire named by its place ("Gaza
// ceasefire"), `<a>-<b>-ceasefire` for one between two sides, `<a>-<b>-<place>-talks` for talks.
import type { RelationshipType } from '../generated/graphql';
import { actorBefore, actorMentions, hypothetical, targetAfter } from './clauses';
import { gazetteer, tokenKey } from './gazetteer';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import { slug } from './ids';
import { gerundSubjectEnd } from './denials';
import type { Token } from './tokens';

type EventWord = 'talks' | 'ceasefire' | 'deal';

interface Occurrence { s: number; first: number; last: number; word: EventWord }

const TALK_NOUNS = new Set(['talks', 'negotiations', 'meeting', 'consultations', 'summit', 'negotiation']);
const TRUCE_NOUNS = new Set(['ceasefire', 'truce', 'armistice']);
const DEAL_NOUNS = new Set(['agreement', 'deal', 'arrangement', 'accord']);
const ACTOR_KINDS = new Set(['COUNTRY', 'ORGANIZATION', 'PERSON', 'GROUP']);

/** An event noun at token k ("talks", "ceasefire", "cease-fire"), with the token after it. */
function eventNounAt(tokens: readonly Token[], k: number): { last: number; word: EventWord } | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.lower === 'cease' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'fire') return { last: k + 3, word: 'ceasefire' };
  if (TRUCE_NOUNS.has(t.lower)) return { last: k + 1, word: 'ceasefire' };
  if (TALK_NOUNS.has(t.lower)) return { last: k + 1, word: 'talks' };
  if (DEAL_NOUNS.has(t.lower)) return { last: k + 1, word: 'deal' };
  return null;
}

interface Side { id: string; name: string }

export interface ProcessEvent { id: string; name: string; occurrences: Occurrence[]; parties: [Side, Side] | null; partiesFrom: string; partiesSpan: { start: number; end: number } | null; place: Mention | null; placeSentence: number }

function sideOf(ctx: ReadingContext, m: Mention): Side {
  return { id: m.entityId, name: ctx.table.get(m.entityId)?.name ?? m.entityId };
}

/** Two sides named together: "between A and B", "A-B", "delegations from A and B", "Russian and Ukrainian delegates". */
interface Parties { parties: [Side, Side]; from: string; span: { start: number; end: number } | null }

/** "Iran-backed", "Gaza-based", "US-brokered": the name modifies what follows and is not a party itself. */
const MODIFIER_SUFFIXES = new Set(['backed', 'based', 'led', 'aligned', 'allied', 'supported', 'controlled', 'run', 'brokered', 'sponsored', 'funded', 'armed']);

function isModifier(tokens: SentenceTokens['tokens'], m: Mention): boolean {
  return tokens[m.last]?.text === '-' && MODIFIER_SUFFIXES.has(tokens[m.last + 1]?.lower ?? '');
}

function findParties(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], titleTokens: readonly Token[]): Parties | null {
  const sides = (ms: Mention[]): [Side, Side] | null => {
    const [a, b] = ms;
    return a && b && a.entityId !== b.entityId ? [sideOf(ctx, a), sideOf(ctx, b)] : null;
  };
  for (const [i, s] of sentences.entries()) {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle && ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON' && !isModifier(s.tokens, m));
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k];
      if (t?.lower !== 'between') continue;
      const noun = eventNounAt(s.tokens, k - 1) ?? eventNounAt(s.tokens, k - 3);
      const a = ms.find((m) => m.first > k && m.first <= k + 3);
      const b = a ? ms.find((m) => m.first > a.last && m.first <= a.last + 7 && s.tokens[a.last]?.lower === 'and') : undefined;
      const pair = a && b && !hypothetical(s.tokens, k - 1) ? sides([a, b]) : null;
      if (pair && a && b) return { parties: pair, from: noun && noun.word !== 'talks' ? 'between-truce' : 'between', span: { start: Math.min(a.start, s.tokens[k - 1]?.start ?? a.start), end: b.end } };
    }
  }
  const g = gazetteer();
  for (let k = 0; k + 2 < titleTokens.length; k++) {
    if (titleTokens[k + 1]?.text !== '-') continue;
    const a = g.entries.get(tokenKey([titleTokens[k]?.text ?? '']))?.[0]?.entity;
    const b = g.entries.get(tokenKey([titleTokens[k + 2]?.text ?? '']))?.[0]?.entity;
    if (a && b && a.id !== b.id && a.kind !== 'PLACE' && b.kind !== 'PLACE') return { parties: [{ id: a.id, name: a.name }, { id: b.id, name: b.name }], from: 'title', span: null };
  }
  for (const [i, s] of sentences.entries()) {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle && ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON');
    for (const a of ms) {
      const b = ms.find((m) => m.first === a.last + 1 && s.tokens[a.last]?.text === '-');
      if (b) { const pair = sides([a, b]); if (pair) return { parties: pair, from: 'compound', span: { start: a.start, end: b.end } }; }
      const and = ms.find((m) => m.first === a.last + 1 && s.tokens[a.last]?.lower === 'and');
      const next = and ? s.tokens[and.last]?.lower ?? '' : '';
      const before = s.tokens[a.first - 1]?.lower ?? '';
      if (and && (/^(delegations|delegates|teams|negotiators)$/.test(next) || (before === 'from' && /^(delegations|delegates)$/.test(s.tokens[a.first - 2]?.lower ?? '')))) {
        const pair = sides([a, and]);
        const head = s.tokens[and.last];
        if (pair) return { parties: pair, from: 'delegations', span: { start: Math.min(a.start, s.tokens[a.first - 2]?.start ?? a.start), end: Math.max(and.end, head?.end ?? and.end) } };
      }
    }
  }
  return null;
}

/**
 * A ceasefire whose sides no phrase names ("a ceasefire deal brokered by Qatar"): the first two states or groups
 * the article names that are not its mediators.
 */
function firstTwoSides(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Parties | null {
  const mediators = new Set<string>();
  sentences.forEach((s, i) => {
    for (const m of mentions[i] ?? []) {
      const window = s.tokens.slice(Math.max(0, m.first - 8), m.first).map((t) => t.lower);
      if (window.some((w, j) => /^(brokered|mediated|mediate|broker)$/.test(w) && window[j + 1] === 'by') || /^(mediators?|-)$/.test(s.tokens[m.last]?.lower ?? '')) mediators.add(m.entityId);
    }
  });
  const seen: Side[] = [];
  for (const ms of mentions) {
    for (const m of ms) {
      if (m.inTitle || (m.kind !== 'COUNTRY' && m.kind !== 'ORGANIZATION') || mediators.has(m.entityId) || seen.some((x) => x.id === m.entityId)) continue;
      seen.push(sideOf(ctx, m));
      if (seen.length === 2) return { parties: [seen[0] as Side, seen[1] as Side], from: 'fallback', span: null };
    }
  }
  return null;
}

/** Where the talks are: "talks in Istanbul", "the Cairo talks", "met in Istanbul for … talks". */
function findPlace(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], occurrences: readonly Occurrence[]): { place: Mention; s: number } | null {
  for (const o of occurrences) {
    if (o.word !== 'talks') continue;
    const s = sentences[o.s];
    const ms = mentions[o.s] ?? [];
    if (!s) continue;
    const before = ms.find((m) => m.kind === 'PLACE' && m.last === o.first && !m.inTitle);
    if (before) return { place: before, s: o.s };
    const after = ms.find((m) => m.kind === 'PLACE' && !m.inTitle && m.first > o.last && m.first <= o.last + 2 && s.tokens[o.last]?.lower === 'in');
    if (after) return { place: after, s: o.s };
    // "met in Istanbul for their first … talks", "arrived in Oslo on Friday to join the negotiations"
    const earlier = ms.find((m) => m.kind === 'PLACE' && !m.inTitle && m.last < o.first && o.first - m.last <= 9
      && /^(met|meet|meeting|arrive|arrived|gathered|convened)$/.test(s.tokens[m.first - 2]?.lower ?? '') && s.tokens[m.first - 1]?.lower === 'in');
    if (earlier) return { place: earlier, s: o.s };
  }
  return null;
}

export function findProcessEvent(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], title: readonly Token[]): ProcessEvent | null {
  const occurrences: Occurrence[] = [];
  sentences.forEach((s, i) => {
    for (let k = 0; k < s.tokens.length; k++) {
      const n = eventNounAt(s.tokens, k);
      if (n) { occurrences.push({ s: i, first: k, last: n.last, word: n.word }); k = n.last - 1; }
    }
  });
  if (occurrences.length === 0) return null;
  const titleWords = title.map((t) => t.lower);
  const count = (w: EventWord): number => occurrences.filter((o) => o.word === w).length;
  const titleTruce = titleWords.some((w) => TRUCE_NOUNS.has(w)) || titleWords.join(' ').includes('cease - fire');
  const talks = count('talks') > 0;
  // "ceasefire options" in an article about peace talks does not make it a ceasefire: the more frequent wins.
  let ceasefire = (count('ceasefire') > 0 || titleTruce) && count('ceasefire') + (titleTruce ? 1 : 0) >= count('talks');
  // A ceasefire named by its place ("a Gaza ceasefire", "a truce in the Gaza Strip").
  let placeName: string | null = null;
  for (const o of count('ceasefire') > 0 ? occurrences : []) {
    if (o.word !== 'ceasefire') continue;
    const ms = mentions[o.s] ?? [];
    const tokens = sentences[o.s]?.tokens ?? [];
    const before = ms.find((m) => m.kind === 'PLACE' && m.last === o.first);
    const after = ms.find((m) => m.kind === 'PLACE' && tokens[o.last]?.lower === 'in' && m.first > o.last && m.first <= o.last + 2);
    const m = before ?? after;
    if (m) {
      const draft = ctx.table.get(m.entityId);
      const forms = [draft?.name ?? '', ...(draft?.aliases ?? [])].filter((f) => f !== '');
      placeName = forms.sort((a, b) => a.length - b.length)[0] ?? null;
      ceasefire = true;
      break;
    }
  }
  const parties = findParties(ctx, sentences, mentions, title) ?? (ceasefire && !placeName ? firstTwoSides(ctx, sentences, mentions) : null);
  const where = findPlace(sentences, mentions, occurrences);
  let id: string;
  let name: string;
  if (ceasefire && placeName) {
    id = `${slug(placeName)}-ceasefire-talks`;
    name = `${placeName} ceasefire talks`;
  } else if (ceasefire && parties) {
    id = `${parties.parties[0].id}-${parties.parties[1].id}-ceasefire`;
    name = `${parties.parties[0].name}–${parties.parties[1].name} ceasefire`;
  } else if (talks && parties) {
    const placeDraft = where ? ctx.table.get(where.place.entityId) : undefined;
    id = `${parties.parties[0].id}-${parties.parties[1].id}${placeDraft ? `-${placeDraft.id}` : ''}-talks`;
    name = `${parties.parties[0].name}–${parties.parties[1].name} talks${placeDraft ? ` in ${placeDraft.name}` : ''}`;
  } else if (talks && where) {
    // Talks named only by their place ("the talks in Doha").
    const placeDraft = ctx.table.get(where.place.entityId);
    if (!placeDraft) return null;
    id = `${placeDraft.id}-talks`;
    name = `${placeDraft.name} talks`;
  } else {
    return null;
  }
  return { id, name, occurrences, parties: parties?.parties ?? null, partiesFrom: parties?.from ?? '', partiesSpan: parties?.span ?? null, place: where?.place ?? null, placeSentence: where?.s ?? -1 };
}

const WAR_NOUNS = new Set(['war', 'conflict', 'fighting']);

function shortestForm(ctx: ReadingContext, id: string): string {
  const draft = ctx.table.get(id);
  const forms = [draft?.name ?? id, ...(draft?.aliases ?? [])].filter((f) => !/^the\b/i.test(f));
  return forms.sort((a, b) => a.length - b.length)[0] ?? id;
}

/**
 * A war named by its place ("the conflict in the Gaza Strip", "the Israel-Gaza war") as `<place>-war`, the side
 * glued to it ("Israel-Gaza") and, when the ceasefire talks are about the same place, their two sides.
 */
function findWarEvent(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], process: ProcessEvent | null): Candidate[] {
  const out: Candidate[] = [];
  let warId: string | null = null;
  const sides = new Map<string, { start: number; end: number }>();
  sentences.forEach((s, i) => {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle);
    s.tokens.forEach((t, k) => {
      if (!WAR_NOUNS.has(t.lower)) return;
      const inPlace = s.tokens[k + 1]?.lower === 'in' ? ms.find((m) => m.kind === 'PLACE' && (m.first === k + 2 || (m.first === k + 3 && s.tokens[k + 2]?.lower === 'the'))) : undefined;
      const before = ms.find((m) => m.kind === 'PLACE' && m.last === k);
      const place = inPlace ?? before;
      if (!place) return;
      const id = `${slug(shortestForm(ctx, place.entityId))}-war`;
      if (warId && warId !== id) return;
      if (!warId) {
        warId = id;
        ctx.table.ensure({ id, name: `${shortestForm(ctx, place.entityId)} war`, kind: 'EVENT' }, ctx.known.get(id.replace(/-/g, '')));
      }
      const phraseStart = Math.min(t.start, place.start);
      const phraseEnd = Math.max(t.end, place.end);
      ctx.table.addMention(id, { start: phraseStart, end: phraseEnd }, ctx.text.slice(phraseStart, phraseEnd));
      if (inPlace) out.push({ type: 'LOCATED_IN', from: id, to: place.entityId, start: phraseStart, end: phraseEnd, confidence: 0.8, rule: 'event:war-in' });
      // "the Israel-Gaza war": Israel is a side.
      const glued = ms.find((m) => m.last === place.first - 1 && s.tokens[m.last]?.text === '-' && (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
      if (glued && before) sides.set(glued.entityId, { start: glued.start, end: t.end });
    });
  });
  if (!warId) return out;
  const id: string = warId;
  // "pledged to bring an end to the fighting": a pledge about the war.
  sentences.forEach((s, i) => {
    const ms = mentions[i] ?? [];
    const actors = actorMentions([...ms], s.tokens);
    s.tokens.forEach((t, k) => {
      if (!/^(pledged|pledges|pledge|vowed|vows|vow|promised|promises)$/.test(t.lower) || s.tokens[k + 1]?.lower !== 'to') return;
      const w = s.tokens.slice(k + 2, k + 10).findIndex((x) => WAR_NOUNS.has(x.lower));
      const noun = w >= 0 ? s.tokens[k + 2 + w] : undefined;
      if (!noun) return;
      for (const m of actorBefore(actors, ms, s.tokens, k)) {
        if (m.kind === 'PLACE' || m.kind === 'EVENT') continue;
        out.push({ type: 'PLEDGED', from: m.entityId, to: id, start: Math.min(m.start, t.start), end: noun.end, confidence: 0.8, rule: 'event:pledge' });
      }
    });
  });
  if (process?.parties && process.partiesFrom === 'between-truce' && process.id.startsWith(id.replace(/-war$/, '-'))) {
    for (const side of process.parties) if (!sides.has(side.id) && process.partiesSpan) sides.set(side.id, process.partiesSpan);
  }
  for (const [side, span] of sides) out.push({ type: 'PARTICIPATES_IN', from: side, to: id, start: span.start, end: span.end, confidence: 0.8, rule: 'event:war-side' });
  return out;
}

/** Relations to the article's process event, and the event's mentions. */
export function findEvents(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], title: readonly Token[] = [], relations: readonly Candidate[] = []): Candidate[] {
  const ev = findProcessEvent(ctx, sentences, mentions, title);
  const war = findWarEvent(ctx, sentences, mentions, ev);
  if (!ev) return war;
  ctx.table.ensure({ id: ev.id, name: ev.name, kind: 'EVENT' }, ctx.known.get(ev.id.replace(/-/g, '')));
  const eventId = ctx.table.get(ev.id)?.id ?? ev.id;
  for (const o of ev.occurrences) {
    const tokens = sentences[o.s]?.tokens ?? [];
    const first = tokens[o.first];
    const last = tokens[o.last - 1];
    if (!first || !last) continue;
    let start = first.start;
    // The phrase as written, with its determiner and modifiers ("the Cairo talks", "the cease-fire agreement").
    for (let k = o.first - 1; k >= Math.max(0, o.first - 3); k--) {
      const t = tokens[k];
      if (!t || !t.isWord && t.text !== '-') break;
      start = t.start;
      if (/^(the|a|an|this|their|its)$/.test(t.lower)) break;
    }
    ctx.table.addMention(eventId, { start: first.start, end: last.end }, ctx.text.slice(start, last.end));
  }
  const out: Candidate[] = [];
  const add = (type: RelationshipType, from: string, to: string, start: number, end: number, confidence: number, rule: string): void => {
    out.push({ type, from, to, start, end, confidence, rule });
  };
  // Structural facts: the two sides of talks take part in them and negotiate with each other; the talks' place.
  if (ev.parties && (ev.partiesFrom === 'between-truce' || ev.partiesFrom === 'delegations' || (ev.partiesFrom !== 'title' && ev.partiesFrom !== 'fallback' && !ev.id.endsWith('-ceasefire')))) {
    const [a, b] = ev.parties;
    const o = ev.occurrences[0];
    const span = ev.partiesSpan ?? sentenceSpanWith(ctx, sentences, [a.id, b.id]);
    if (o && span) {
      add('PARTICIPATES_IN', a.id, eventId, span.start, span.end, 0.8, 'event:party');
      add('PARTICIPATES_IN', b.id, eventId, span.start, span.end, 0.8, 'event:party');
      add('NEGOTIATES', a.id, b.id, span.start, span.end, 0.8, 'event:party');
      add('NEGOTIATES', b.id, a.id, span.start, span.end, 0.8, 'event:party');
    }
  }
  if (ev.place) {
    const s = sentences[ev.placeSentence];
    const o = ev.occurrences.find((x) => x.s === ev.placeSentence);
    const t = o ? s?.tokens[o.first] : undefined;
    if (t) add('LOCATED_IN', eventId, ev.place.entityId, Math.min(t.start, ev.place.start), Math.max(t.end, ev.place.end), 0.8, 'event:place');
  }
  // Those the sentences show negotiating in talks ("X and Y resumed peace talks") take part in them.
  for (const c of relations) if (c.rule.startsWith('talks:') && c.stance !== 'DISPUTES') add('PARTICIPATES_IN', c.from, eventId, c.start, c.end, 0.8, 'event:talks-party');
  const sides = new Set(ev.parties?.map((p) => p.id) ?? []);
  sentences.forEach((s, i) => out.push(...eventActs(s, mentions[i] ?? [], eventId, sides)));
  return [...out, ...war];
}

function sentenceSpanWith(ctx: ReadingContext, sentences: readonly SentenceTokens[], ids: string[]): { start: number; end: number } | null {
  for (const s of sentences.slice(0, 200)) {
    const spans = ids.map((id) => ctx.table.get(id)?.mentions.find((m) => m.start >= s.start && m.end <= s.end));
    if (spans.every((x) => x)) {
      const start = Math.min(...spans.map((x) => x?.start ?? 0));
      const end = Math.max(...spans.map((x) => x?.end ?? 0));
      return { start, end };
    }
  }
  return null;
}

const MEDIATE_VERBS = /^(mediate|mediated|mediates|mediating|broker|brokered|brokers|brokering|chaired|chairs|chair|chairing)$/;
const HOST_VERBS = /^(host|hosted|hosts|hosting)$/;
const ENDORSE_VERBS = /^(approved|approves|approve|hailed|hails|hail|backing|backed|backs|welcomed|welcomes|welcome|endorsed|endorses|praised|praises)$/;

const ACT_TRIGGERS = new Set([
  'mediate', 'mediated', 'mediates', 'mediating', 'broker', 'brokered', 'brokers', 'brokering', 'chaired', 'chairs', 'chair',
  'chairing', 'mediator', 'mediators', 'intermediary', 'intermediaries', 'host', 'hosted', 'hosts', 'hosting', 'approved',
  'approves', 'approve', 'hailed', 'hails', 'hail', 'backing', 'backed', 'backs', 'welcomed', 'welcomes', 'welcome',
  'endorsed', 'endorses', 'praised', 'praises', 'arrived', 'arrive', 'arrives', 'left', 'leaves', 'traveled', 'travelled',
  'present', 'included', 'includes', 'withdraw', 'withdrew', 'withdrawing', 'withdraws', 'pulled', 'pulling',
  'recalled', 'recalls', 'recall', 'recalling', 'attended', 'attends', 'attend', 'attending', 'participated',
  'participates', 'participate', 'participating', 'joined', 'joins', 'join', 'took', 'take', 'takes', 'taking',
  'facilitated', 'facilitating', 'facilitate', 'facilitates', 'working', 'worked', 'trying', 'tried', 'seeking',
  'sought', 'helping', 'helped', 'pushing', 'pushed', 'striving', 'roles', 'role',
]);
/** "working to secure a truce", "trying to broker a deal": efforts towards the event by those who are not its sides. */
const EFFORT_VERBS = /^(working|worked|trying|tried|seeking|sought|helping|helped|pushing|pushed|striving)$/;
const SECURE_VERBS = /^(secure|reach|broker|mediate|achieve|clinch|forge|finalize|finalise|revive|restore|conclude)$/;
/** A delegation or envoy called back from talks. */
const RECALL_VERBS = /^(recalled|recalls|recall|recalling|withdraw|withdrew|withdrawing|withdraws|pulled|pulling)$/;
const TEAM_NOUNS = /^(team|teams|delegation|delegations|negotiators|envoy|envoys|delegates|representatives|mediators)$/;

/** One sentence's acts towards the event. */
function eventActs(s: SentenceTokens, ms: readonly Mention[], eventId: string, sides: ReadonlySet<string>): Candidate[] {
  const tokens = s.tokens;
  const actors = actorMentions([...ms], tokens);
  const out: Candidate[] = [];
  const add = (type: RelationshipType, m: Mention, k: number, confidence: number, rule: string): void => {
    if (!ACTOR_KINDS.has(m.kind)) return;
    const t = tokens[k];
    if (!t) return;
    // The quote carries the event's own word too ("the truce — which Norway had brokered —").
    let start = Math.min(m.start, t.start);
    let end = Math.max(m.end, t.end);
    for (let d = 1; d <= 8; d++) {
      const near = [k - d, k + d].find((j) => j >= 0 && eventNounAt(tokens, j) !== null);
      const n = near === undefined ? undefined : tokens[near];
      if (n) { start = Math.min(start, n.start); end = Math.max(end, n.end); break; }
    }
    out.push({ type, from: m.entityId, to: eventId, start, end, confidence, rule, anchor: t.start });
  };
  const eventAhead = (k: number, span = 6): boolean => {
    for (let j = k; j < Math.min(tokens.length, k + span); j++) if (eventNounAt(tokens, j) || /^(efforts|parties|process)$/.test(tokens[j]?.lower ?? '')) return true;
    return false;
  };
  const hedged = (k: number): boolean => tokens.slice(Math.max(0, k - 3), k).some((t) => /^(will|would|could|may|might|expected|not|never|hoped)$|n't$/.test(t.lower));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !ACT_TRIGGERS.has(t.lower)) continue;
    if (hedged(k)) continue;
    // Efforts towards the deal by others than its sides: "X and Y have been working to secure a truce",
    // "with X, Y and Z trying to broker a deal", "X played a key role in securing the agreement".
    if (EFFORT_VERBS.test(t.lower) || /^(role|roles)$/.test(t.lower)) {
      const j = tokens.slice(k + 1, k + 4).findIndex((x) => SECURE_VERBS.test(x.lower) || /^(securing|reaching|brokering|mediating|achieving)$/.test(x.lower));
      if (j < 0 || !eventAhead(k + 2 + j, 6)) continue;
      let v = k;
      // "played a key role": the actor stands before the verb of the role.
      if (/^(role|roles)$/.test(t.lower)) {
        while (v > 0 && k - v <= 4 && !/^(played|plays|play|playing)$/.test(tokens[v]?.lower ?? '')) v--;
        if (!/^(played|plays|play|playing)$/.test(tokens[v]?.lower ?? '')) continue;
      }
      for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v))) if (!sides.has(m.entityId)) add('MEDIATES', m, k + 1 + j, 0.75, 'event:effort');
      continue;
    }
    // "Israel recalled its negotiating team", "withdrew its delegation from Doha": leaving the talks.
    if (RECALL_VERBS.test(t.lower)) {
      const j = tokens.slice(k + 1, k + 5).findIndex((x) => TEAM_NOUNS.test(x.lower));
      if (j >= 0 && (/^(its|their|his|her|the)$/.test(tokens[k + 1]?.lower ?? '') || j === 0)) {
        for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add('WITHDREW_FROM', m, k + 1 + j, 0.8, 'event:recall-team');
        continue;
      }
    }
    // "X attended the talks", "took part in the negotiations", "joined the summit".
    if (/^(attended|attends|attend|attending|participated|participates|participate|participating|joined|joins|join)$/.test(t.lower) || (/^(took|take|takes|taking)$/.test(t.lower) && tokens[k + 1]?.lower === 'part')) {
      if (eventAhead(k + 1, 7)) for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add('PARTICIPATES_IN', m, k, 0.8, 'event:attend');
      continue;
    }
    const byAgent = tokens[k + 1]?.lower === 'by' ? targetAfter(actors, ms, tokens, k + 2, 4) : [];
    if (MEDIATE_VERBS.test(t.lower)) {
      if (byAgent.length > 0) { for (const m of byAgent) add('MEDIATES', m, k, 0.9, 'event:passive:mediate'); continue; }
      // "X-brokered talks"
      const glued = ms.find((m) => m.last === k - 1 && tokens[k - 1]?.text === '-');
      if (glued) { add('MEDIATES', glued, k, 0.85, 'event:compound:broker'); continue; }
      let subjects = actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k));
      if (subjects.length === 0) {
        // "The U.S. has been engaged in efforts to mediate", "have been trying to mediate"
        let j = k - 1;
        while (j > 0 && k - j <= 6 && /^(to|efforts|effort|engaged|in|been|has|have|had|working|trying|seeking|helping|continued|continues)$/.test(tokens[j]?.lower ?? '')) j--;
        if (j < k - 1) subjects = actorBefore(actors, ms, tokens, j + 1);
      }
      if (subjects.length === 0) {
        // A role in mediation: "X played a central part in mediating".
        const j = tokens.slice(Math.max(0, k - 6), k).findIndex((x) => /^(playing|played|play|plays)$/.test(x.lower));
        if (j >= 0) subjects = actorBefore(actors, ms, tokens, Math.max(0, k - 6) + j);
      }
      if (eventAhead(k + 1, 8) || /^(chaired|chairs|chair|chairing)$/.test(t.lower) && eventAhead(k + 1, 3)) for (const m of subjects) add('MEDIATES', m, k, 0.85, 'event:active:mediate');
      continue;
    }
    if (/^(mediator|mediators|intermediary|intermediaries)$/.test(t.lower)) {
      const before = actors.find((m) => m.last === k);
      const after = actors.find((m) => m.first === k + 1);
      // "with Qatar acting as an intermediary"
      let j = k - 1;
      while (j > 0 && /^(a|an|the|key|main|chief|as)$/.test(tokens[j]?.lower ?? '')) j--;
      const acting = /^(acting|serving)$/.test(tokens[j]?.lower ?? '') ? actors.find((m) => m.last === j) : undefined;
      for (const m of [before, after, acting]) if (m) add('MEDIATES', m, k, 0.8, 'event:nominal:mediator');
      continue;
    }
    if (HOST_VERBS.test(t.lower)) {
      if (byAgent.length > 0) { for (const m of byAgent) add('HOSTS', m, k, 0.9, 'event:passive:host'); continue; }
      if (eventAhead(k + 1, 4)) for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add('HOSTS', m, k, 0.85, 'event:active:host');
      continue;
    }
    if (ENDORSE_VERBS.test(t.lower) && eventAhead(k + 1, 4) && byAgent.length === 0) {
      for (const m of actorBefore(actors, ms, tokens, k)) add('ENDORSES', m, k, 0.8, 'event:active:endorse');
      continue;
    }
    // "The Hamas delegation arrived in Cairo … for consultations", "left … following talks on a Gaza ceasefire"
    if (/^(arrived|arrive|arrives|left|leaves|traveled|travelled)$/.test(t.lower)) {
      const j = tokens.slice(k + 1, k + 10).findIndex((x) => /^(for|following|after)$/.test(x.lower));
      if (j >= 0 && eventAhead(k + 2 + j, 2)) for (const m of actorBefore(actors, ms, tokens, k)) add('PARTICIPATES_IN', m, k + 1 + j, 0.8, 'event:arrived-for');
      continue;
    }
    // Presence at the talks ("X was present at the meeting") and delegations ("the US delegation included …").
    if (t.lower === 'present' && /^(was|were|also)$/.test(tokens[k - 1]?.lower ?? '')) {
      for (const m of actorBefore(actors, ms, tokens, k)) add('PARTICIPATES_IN', m, k, 0.8, 'event:present');
      continue;
    }
    if (/^(included|includes)$/.test(t.lower) && /^(delegation|team)$/.test(tokens[k - 1]?.lower ?? '')) {
      for (const m of actorBefore(actors, ms, tokens, k)) add('PARTICIPATES_IN', m, k, 0.8, 'event:delegation');
      continue;
    }
    // "withdrawing negotiators from efforts to reach a ceasefire"
    if (/^(withdraw|withdrew|withdrawing|withdraws|pulled|pulling)$/.test(t.lower)) {
      const j = tokens.slice(k + 1, k + 4).findIndex((x) => x.lower === 'from' || x.lower === 'out');
      if (j >= 0 && eventAhead(k + 2 + j, 6)) for (const m of actorBefore(actors, ms, tokens, k)) add('WITHDREW_FROM', m, k, 0.8, 'event:withdraw');
      continue;
    }
  }
  return out;
}
