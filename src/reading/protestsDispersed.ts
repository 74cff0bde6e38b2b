// Protests put down by police (CAMEO 175, coded as conflict: eval/README.md, rules 8 and 12 — "police using batons"
// in Tbilisi are Georgia): "police fired tear gas to disperse the crowds", "Xish riot police dispersed protesters",
// "security forces cracked down on demonstrators". Read over the article, since the police's state (by the city of
// the protest) and the protesters "the crowds" stands for are often named a sentence before.
import { BOUNDARY_WORDS } from './clauses';
import { gazetteer } from './gazetteer';
import { hedged } from './hedges';
import type { Mention, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

/** Sentences back the protest's city may have been named. */
const CITY_REACH = 2;
/** Tokens between the police and the verb: "riot police firing rubber bullets and pepper spray to disperse". */
const POLICE_REACH = 12;
const DISPERSE = /^(disperse|dispersed|disperses|dispersing)$/;
const BREAK_UP = /^(broke|break|breaks|breaking)$/;
const CRACK_DOWN = /^(cracked|crack|cracks|cracking)$/;
/** The collective put down: protesters, demonstrators, marchers, the crowd. */
const PROTESTERS = /^(protesters|protestors|demonstrators|marchers|crowds|crowd|rioters)$/;
/** Words that stand for the protesters named before: "to disperse the crowds", "broke up the rally". */
const PROTEST_WORDS = /^(crowds|crowd|protest|protests|rally|rallies|demonstration|demonstrations|them|gathering|sit-in)$/;

/** Where the verb's object starts, past its particle, or -1 when the token is no verb of putting a protest down. */
function objectStart(tokens: readonly Token[], v: number): number {
  const w = tokens[v]?.lower ?? '';
  if (DISPERSE.test(w)) return v + 1;
  if (BREAK_UP.test(w) && tokens[v + 1]?.lower === 'up') return v + 2;
  if (CRACK_DOWN.test(w) && tokens[v + 1]?.lower === 'down' && tokens[v + 2]?.lower === 'on') return v + 3;
  return -1;
}

/** The police (or security forces) that did it, before the verb in the same clause: their token, or -1. */
function policeBefore(tokens: readonly Token[], v: number): number {
  for (let p = v - 1; p >= Math.max(0, v - POLICE_REACH); p--) {
    const t = tokens[p];
    if (!t || t.text === ';' || t.text === '.' || BOUNDARY_WORDS.has(t.lower)) return -1;
    if (t.lower === 'police' || (t.lower === 'forces' && tokens[p - 1]?.lower === 'security')) return p;
  }
  return -1;
}

const isProtesters = (tokens: readonly Token[]) => (m: Mention): boolean => m.kind === 'GROUP' && PROTESTERS.test(tokens[m.last - 1]?.lower ?? '');

/**
 * The protesters the object names; or, when it is "the crowds" or "the rally", those named earlier in the sentence,
 * else in the sentences before (`earlier`). With the token the quote must reach in this sentence.
 */
function protestersPut(tokens: readonly Token[], ms: readonly Mention[], o: number, v: number, earlier: string | undefined): { id: string; at: Mention | Token } | undefined {
  let k = o;
  while (/^(the|a|an|thousands|hundreds|of|some|large|angry)$/.test(tokens[k]?.lower ?? '')) k++;
  const named = ms.find((m) => m.first >= o && m.first <= k && isProtesters(tokens)(m));
  if (named) return { id: named.entityId, at: named };
  const word = tokens[k];
  if (!word || !PROTEST_WORDS.test(word.lower)) return undefined;
  const before = [...ms].reverse().find((m) => m.last <= v && isProtesters(tokens)(m));
  if (before) return { id: before.entityId, at: before };
  return earlier ? { id: earlier, at: word } : undefined;
}

/**
 * The police's state: a name or demonym right before them ("Georgian police", "Serbia's police"); else the one
 * state this sentence names; else the state of the capital named here or in the two sentences before.
 */
function policeState(tokens: readonly Token[], ms: readonly Mention[], p: number, capitals: readonly (string | undefined)[]): string | undefined {
  let q = p;
  if (tokens[q - 1]?.lower === 'riot') q--;
  if (tokens[q - 1]?.lower === 'security') q--;
  const poss = /^(['’]s)$/.test(tokens[q - 1]?.text ?? '') ? 1 : 0;
  const own = ms.find((m) => m.last === q - poss && m.kind === 'COUNTRY');
  if (own) return own.entityId;
  const states = new Set(ms.filter((m) => m.kind === 'COUNTRY').map((m) => m.entityId));
  if (states.size === 1) return [...states][0];
  if (states.size > 1) return undefined;
  return capitals.find((c) => c !== undefined);
}

/** IN_CONFLICT_WITH from the police's state to the protesters they dispersed or cracked down on. */
export function protestsDispersed(sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Candidate[] {
  const out: Candidate[] = [];
  const capitalOf = gazetteer().countryOfPlace;
  const capitals: (string | undefined)[] = [];
  let protesters: { id: string; at: number } | null = null;
  sentences.forEach((s, i) => {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle);
    const tokens = s.tokens;
    const earlier = protesters && i - protesters.at <= CITY_REACH ? protesters.id : undefined;
    // A capital read as its city, or as its state ("in the capital, Tbilisi" may be read as Georgia itself).
    const here = ms.map((m) => (m.kind === 'PLACE' ? capitalOf.get(m.entityId) : m.form === 'capital' ? m.entityId : undefined)).find((c) => c !== undefined);
    capitals.unshift(here);
    if (capitals.length > CITY_REACH + 1) capitals.pop();
    for (let v = 1; v < tokens.length; v++) {
      const o = objectStart(tokens, v);
      if (o < 0 || hedged(tokens, v)) continue;
      const p = policeBefore(tokens, v);
      if (p < 0) continue;
      const crowd = protestersPut(tokens, ms, o, v, earlier);
      const state = crowd ? policeState(tokens, ms, p, capitals) : undefined;
      const police = tokens[p];
      const verb = tokens[v];
      if (!crowd || !state || !police || !verb) continue;
      out.push({ type: 'IN_CONFLICT_WITH', from: state, to: crowd.id, start: Math.min(police.start, crowd.at.start), end: Math.max(verb.end, crowd.at.end), confidence: 0.8, rule: 'protest:dispersed', anchor: verb.start });
    }
    const named = [...ms].reverse().find(isProtesters(tokens));
    if (named) protesters = { id: named.entityId, at: i };
  });
  return out;
}
