// Unnamed collectives named the way analysts name them (eval/README.md rules 1 and 10): a protest's crowd by its city
// ("Protesters in Lima"), supporters by whom or where ("Ana Ruiz's supporters", "Junta supporters in Lima"), and "the
// opposition" of the state an article is about ("Freedonian opposition"). The collective finder (names.ts) names
// each phrase as written ("protesters", "demonstrators"); this stage, run once over the article after references,
// gives the phrases that stand for one crowd one entity, so the facts read around them meet.
import { gazetteer } from './gazetteer';
import { homeState, soleState } from './homeState';
import { slug } from './ids';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const PROTEST_HEADS = new Set(['protesters', 'protestors', 'demonstrators']);
/** A crowd told by what it does: "a crowd protesting against …", "crowds rallying outside …". */
const CROWD_ACTS = /^(protesting|demonstrating|rallying|marching|chanting)$/;
/** "protester X", "said demonstrator X": one of the crowd, named. */
const ONE_PROTESTER = /^(protester|protestor|demonstrator)$/;
/** ", a teacher at the protest": an apposition that places a named person in the crowd. */
const PROTEST_EVENTS = /^(protest|protests|rally|demonstration|march|sit-in)$/;
/** Words after "the opposition" that make it a modifier ("the opposition leader", "the opposition party"). */
const OPPOSITION_NOUNS = /^(leader|leaders|party|parties|figure|figures|candidate|candidates|coalition|alliance|bloc|members?|lawmakers|politicians?|movement|groups?|camp|supporters|activists|mps|legislators|deputies|senators|chief|politics|media|newspaper|rally|protests?|'s|’s)$/;
/** What supporters back, named before them: "coup supporters", "junta supporters". */
const CAUSES = /^(coup|junta|government|regime|military|army|opposition|independence|democracy|monarchy)$/;
/** "opposition leader X": a named member of the opposition. */
const OPPOSITION_MEMBERS = /^(leader|figure|politician|candidate|activist|lawmaker|legislator|senator|deputy)$/;

type Add = (c: Candidate) => void;

/** Names the article's protest crowds, supporters and opposition; returns the facts the naming itself tells. */
export function nameCollectives(ctx: ReadingContext, sentences: readonly SentenceTokens[], perSentence: Mention[][]): Candidate[] {
  const out: Candidate[] = [];
  const add: Add = (c) => out.push(c);
  crowdsProtesting(ctx, sentences, perSentence);
  const protesters = protestCity(ctx, sentences, perSentence, add);
  placedSupporters(ctx, sentences, perSentence, add);
  ownedSupporters(ctx, sentences, perSentence);
  const opposition = stateOpposition(ctx, sentences, perSentence);
  membersNamed(sentences, perSentence, protesters, opposition, add);
  return out;
}

/** A bare collective: every word lower-case (but the sentence's first), so "Gen Z protesters" stays its own. */
function bare(tokens: readonly Token[], m: Mention): boolean {
  for (let k = m.first; k < m.last; k++) if (tokens[k]?.capitalized && k > 0) return false;
  return true;
}

const headOf = (tokens: readonly Token[], m: Mention): string => tokens[m.last - 1]?.lower ?? '';

function rename(ctx: ReadingContext, list: Mention[], j: number, id: string, name: string): void {
  const m = list[j];
  if (!m) return;
  const draft = ctx.table.ensure({ id, name, kind: 'GROUP' }, ctx.known.get(id));
  ctx.table.removeSpan(m.entityId, m);
  ctx.table.addSpan(draft.id, m);
  list[j] = { ...m, entityId: draft.id, kind: draft.kind };
}

/** "a crowd protesting against the vote": the crowd is protesters (a GROUP the rules can see). */
function crowdsProtesting(ctx: ReadingContext, sentences: readonly SentenceTokens[], perSentence: Mention[][]): void {
  sentences.forEach((s, i) => {
    const list = perSentence[i];
    if (!list) return;
    s.tokens.forEach((t, k) => {
      if (!/^(crowd|crowds)$/.test(t.lower) || !CROWD_ACTS.test(s.tokens[k + 1]?.lower ?? '')) return;
      if (list.some((m) => m.first <= k && k < m.last)) return;
      const draft = ctx.table.ensure({ id: 'protesters', name: 'Protesters', kind: 'GROUP' }, ctx.known.get('protesters'));
      const span = { start: t.start, end: t.end };
      ctx.table.addSpan(draft.id, span);
      list.push({ ...span, first: k, last: k + 1, entityId: draft.id, kind: 'GROUP', form: 'name', inTitle: false });
    });
    list.sort((a, b) => a.first - b.first);
  });
}

/** The one city (a place that is no state or region) its sentence names, if exactly one. */
function cityNear(tokens: readonly Token[], list: readonly Mention[], m: Mention): Mention | undefined {
  const places = list.filter((p) => p.kind === 'PLACE' && !p.inTitle && p !== m);
  const ids = new Set(places.map((p) => p.entityId));
  if (ids.size !== 1) return undefined;
  const place = places[0];
  // A region is no protest's city ("protesters in the Amhara region").
  if (!place || /^(region|province|state|district)$/.test(tokens[place.last]?.lower ?? '') || gazetteer().regionIds.has(place.entityId)) return undefined;
  return place;
}

/**
 * Protesters and demonstrators an article places in one city are one crowd, "Protesters in <City>": the city named
 * within the sentence that first places them ("Demonstrators rallied outside Lima's city hall", "In the capital,
 * Lima, protesters …"). Two cities, and each phrase keeps its own name.
 */
function protestCity(ctx: ReadingContext, sentences: readonly SentenceTokens[], perSentence: Mention[][], add: Add): string | undefined {
  const cities = new Map<string, Mention>();
  let firstPlaced: { m: Mention; city: Mention } | undefined;
  const crowds: { i: number; j: number }[] = [];
  sentences.forEach((s, i) => {
    (perSentence[i] ?? []).forEach((m, j) => {
      if (m.kind !== 'GROUP' || !PROTEST_HEADS.has(headOf(s.tokens, m)) && !/^(crowd|crowds)$/.test(headOf(s.tokens, m))) return;
      // Only the head alone: "student protesters" are a collective of their own kind.
      if (m.last - m.first !== 1) return;
      crowds.push({ i, j });
      const city = cityNear(s.tokens, perSentence[i] ?? [], m);
      if (!city) return;
      cities.set(city.entityId, city);
      firstPlaced ??= { m, city };
    });
  });
  const [city] = [...cities.values()];
  if (cities.size !== 1 || !city || !firstPlaced) return undefined;
  const name = ctx.table.get(city.entityId)?.name ?? '';
  const id = `${slug(name)}-protesters`;
  for (const { i, j } of crowds) rename(ctx, perSentence[i] ?? [], j, id, `Protesters in ${name}`);
  const { m } = firstPlaced;
  add({ type: 'LOCATED_IN', from: id, to: city.entityId, start: Math.min(m.start, city.start), end: Math.max(m.end, city.end), confidence: 0.75, rule: 'collective:protest-city' });
  return id;
}

/** "junta supporters took to the streets in Lima": supporters named by a cause and placed are "… in <City>". */
function placedSupporters(ctx: ReadingContext, sentences: readonly SentenceTokens[], perSentence: Mention[][], add: Add): void {
  sentences.forEach((s, i) => {
    const list = perSentence[i] ?? [];
    list.forEach((m, j) => {
      if (m.kind !== 'GROUP' || headOf(s.tokens, m) !== 'supporters' || !bare(s.tokens, m)) return;
      // The cause names them: "junta supporters", "pro-government supporters"; bare "supporters" are anyone's.
      const cause = s.tokens[m.first - 1];
      const caused = m.last - m.first >= 2 || (cause !== undefined && (CAUSES.test(cause.lower) || /^(pro|anti)-/.test(cause.lower)));
      const city = caused ? cityNear(s.tokens, list, m) : undefined;
      const cityName = city ? ctx.table.get(city.entityId)?.name : undefined;
      if (!city || !cityName || !cause) return;
      const start = m.last - m.first >= 2 ? m.start : cause.start;
      const phrase = ctx.text.slice(start, m.end);
      const name = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} in ${cityName}`;
      const id = slug(name);
      rename(ctx, list, j, id, name);
      add({ type: 'LOCATED_IN', from: id, to: city.entityId, start: Math.min(start, city.start), end: Math.max(m.end, city.end), confidence: 0.75, rule: 'collective:supporters-city' });
    });
  });
}

/**
 * "he urged his supporters to …", "Ana Ruiz's supporters": supporters owned by one person are "<Person>'s
 * supporters". "his"/"her" is the nearest person named before it in the sentence (an anaphor resolved counts).
 */
function ownedSupporters(ctx: ReadingContext, sentences: readonly SentenceTokens[], perSentence: Mention[][]): void {
  sentences.forEach((s, i) => {
    const list = perSentence[i] ?? [];
    list.forEach((m, j) => {
      if (m.kind !== 'GROUP' || headOf(s.tokens, m) !== 'supporters' || m.last - m.first !== 1) return;
      const before = s.tokens[m.first - 1]?.lower ?? '';
      let owner: Mention | undefined;
      if (before === 'his' || before === 'her') owner = [...list].reverse().find((p) => p.kind === 'PERSON' && p.last < m.first);
      else if (before === "'s" || before === '’s') owner = list.find((p) => p.kind === 'PERSON' && p.last === m.first - 1);
      const person = owner ? ctx.table.get(owner.entityId) : undefined;
      if (!person) return;
      rename(ctx, list, j, `${person.id}-supporters`, `${person.name}’s supporters`);
    });
  });
}

let demonyms: Map<string, string> | undefined;
/** A state's demonym as written ("Freedonian"), from the built-in names; built once. */
function demonymOf(state: string): string | undefined {
  if (!demonyms) {
    demonyms = new Map();
    for (const [key, entries] of gazetteer().entries) {
      for (const e of entries) {
        if (e.form !== 'demonym' || e.entity.kind !== 'COUNTRY' || demonyms.has(e.entity.id)) continue;
        demonyms.set(e.entity.id, key.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '));
      }
    }
  }
  return demonyms.get(state);
}

/**
 * "the opposition" named as a body of its own ("a crackdown on the opposition", "The opposition has rejected …") in
 * an article about one state is that state's opposition ("Freedonian opposition"). A modifier ("the opposition
 * party", "the opposition leader") names no such body.
 */
function stateOpposition(ctx: ReadingContext, sentences: readonly SentenceTokens[], perSentence: Mention[][]): string | undefined {
  const spots: { i: number; k: number }[] = [];
  sentences.forEach((s, i) => s.tokens.forEach((t, k) => {
    if (t.lower !== 'opposition' || s.tokens[k - 1]?.lower !== 'the') return;
    const next = s.tokens[k + 1];
    if (next && (OPPOSITION_NOUNS.test(next.lower) || (next.isWord && next.capitalized))) return;
    if ((perSentence[i] ?? []).some((m) => m.first <= k && k < m.last)) return;
    spots.push({ i, k });
  }));
  if (spots.length === 0) return undefined;
  // The only state the article names at all is its state too, however seldom it names it.
  const state = homeState(perSentence) ?? soleState(perSentence);
  const stateName = state ? ctx.table.get(state)?.name : undefined;
  const demonym = state ? demonymOf(state) ?? stateDemonymInText(sentences, perSentence, state) : undefined;
  if (!state || !stateName || !demonym) return undefined;
  const draft = ctx.table.ensure({ id: slug(`${demonym} opposition`), name: `${demonym} opposition`, kind: 'GROUP' }, ctx.known.get(slug(`${demonym} opposition`)));
  for (const { i, k } of spots) {
    const s = sentences[i];
    const t = s?.tokens[k];
    const list = perSentence[i];
    if (!s || !t || !list) continue;
    const the = s.tokens[k - 1];
    const span = { start: the?.start ?? t.start, end: t.end };
    ctx.table.addSpan(draft.id, span);
    list.push({ ...span, first: k - 1, last: k + 1, entityId: draft.id, kind: draft.kind, form: 'name', inTitle: false });
    list.sort((a, b) => a.first - b.first);
  }
  return draft.id;
}

/** The state's demonym as the article writes it ("Freedonian police"), when it does. */
function stateDemonymInText(sentences: readonly SentenceTokens[], perSentence: readonly Mention[][], state: string): string | undefined {
  for (let i = 0; i < sentences.length; i++) {
    const m = (perSentence[i] ?? []).find((x) => x.entityId === state && x.form === 'demonym' && x.last - x.first === 1);
    const t = m ? sentences[i]?.tokens[m.first] : undefined;
    if (t) return t.text;
  }
  return undefined;
}

/**
 * Named members: "said protester X", "X, a nurse at the protest," (MEMBER_OF the crowd named in the article);
 * "opposition leader X" (MEMBER_OF the state's opposition, when the article names it as a body).
 */
function membersNamed(sentences: readonly SentenceTokens[], perSentence: readonly Mention[][], protesters: string | undefined, opposition: string | undefined, add: Add): void {
  sentences.forEach((s, i) => {
    const { tokens } = s;
    for (const p of perSentence[i] ?? []) {
      if (p.kind !== 'PERSON' || p.form === 'anaphor') continue;
      const before = tokens[p.first - 1];
      const word = tokens[p.first - 2];
      if (protesters && before && ONE_PROTESTER.test(before.lower)) add({ type: 'MEMBER_OF', from: p.entityId, to: protesters, start: before.start, end: p.end, confidence: 0.8, rule: 'collective:protester-named' });
      if (opposition && before && word?.lower === 'opposition' && OPPOSITION_MEMBERS.test(before.lower)) add({ type: 'MEMBER_OF', from: p.entityId, to: opposition, start: word.start, end: p.end, confidence: 0.8, rule: 'collective:opposition-member' });
      if (protesters && tokens[p.last]?.text === ',') {
        const at = appositionAtProtest(tokens, p.last + 1);
        if (at) add({ type: 'MEMBER_OF', from: p.entityId, to: protesters, start: p.start, end: at.end, confidence: 0.7, rule: 'collective:protester-apposition' });
      }
    }
  });
}

/** ", a teacher at the protest": the protest word ending a short apposition, or none. */
function appositionAtProtest(tokens: readonly Token[], k: number): Token | undefined {
  if (!/^(a|an)$/.test(tokens[k]?.lower ?? '')) return undefined;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j];
    if (!t || !t.isWord) return undefined;
    if (/^(at|in)$/.test(t.lower) && tokens[j + 1]?.lower === 'the' && PROTEST_EVENTS.test(tokens[j + 2]?.lower ?? '')) return tokens[j + 2];
  }
  return undefined;
}
