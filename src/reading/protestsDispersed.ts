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

/** Force used on a crowd: "shot (dead)", "killed", "beat", "attacked", "tear-gassed" protesters. */
const FORCE = /^(shot|shoots|shoot|shooting|killed|kills|kill|killing|beat|beats|beaten|beating|attacked|attacks|attacking|assaulted|tear-gassed|teargassed|pepper-sprayed)$/;
const FIRE = /^(fired|fires|fire|firing)$/;
/** A state's other forces that put protests down: "the army shot dead three protesters". */
const STATE_FORCES = /^(army|troops|soldiers|military|gendarmes|gendarmerie)$/;
/** What is fired between the verb and "at"/"on": "fired tear gas and rubber bullets at", "fired live rounds into". */
const FIRED_WORDS = /^(tear|gas|teargas|rubber|plastic|live|rounds|round|ammunition|bullets|bullet|shots|warning|pellets|stun|grenades|water|cannon|cannons|canisters|and|,|-)$/;

/** Where the verb's object starts, past its particle, or -1 when the token is no verb of putting a protest down. */
function objectStart(tokens: readonly Token[], v: number): number {
  const w = tokens[v]?.lower ?? '';
  if (DISPERSE.test(w)) return v + 1;
  if (BREAK_UP.test(w) && tokens[v + 1]?.lower === 'up') return v + 2;
  if (CRACK_DOWN.test(w) && tokens[v + 1]?.lower === 'down' && tokens[v + 2]?.lower === 'on') return v + 3;
  if (FORCE.test(w)) return tokens[v + 1]?.lower === 'dead' ? v + 2 : v + 1;
  // "opened fire on protesters", "fired tear gas at the crowd": force aimed at them.
  if (/^(opened|opens|open|opening)$/.test(w) && tokens[v + 1]?.lower === 'fire' && /^(on|at|upon|into)$/.test(tokens[v + 2]?.lower ?? '')) return v + 3;
  if (FIRE.test(w)) {
    let k = v + 1;
    while (k - v <= 7 && FIRED_WORDS.test(tokens[k]?.text.toLowerCase() ?? '')) k++;
    return /^(at|on|upon|into)$/.test(tokens[k]?.lower ?? '') ? k + 1 : -1;
  }
  return -1;
}

/** The police (or security forces) that did it, before the verb in the same clause: their token, or -1. */
function policeBefore(tokens: readonly Token[], v: number): number {
  for (let p = v - 1; p >= Math.max(0, v - POLICE_REACH); p--) {
    const t = tokens[p];
    if (!t || t.text === ';' || t.text === '.' || BOUNDARY_WORDS.has(t.lower)) return -1;
    if (t.lower === 'police' || (t.lower === 'forces' && tokens[p - 1]?.lower === 'security') || STATE_FORCES.test(t.lower)) return p;
  }
  return -1;
}

/** A crowd named by what it does, placed or not: "protesters", "protesters in Lima". */
const isProtesters = (tokens: readonly Token[]) => (m: Mention): boolean => m.kind === 'GROUP' && tokens.slice(m.first, m.last).some((t) => PROTESTERS.test(t.lower));

/**
 * The protesters the object names; or, when it is "the crowds" or "the rally", those named earlier in the sentence,
 * else in the sentences before (`earlier`). With the token the quote must reach in this sentence.
 */
function protestersPut(tokens: readonly Token[], ms: readonly Mention[], o: number, v: number, earlier: string | undefined): { id: string; at: Mention | Token } | undefined {
  let k = o;
  // "at least 20 protesters", "dozens of demonstrators", "the crowds".
  while (/^(the|a|an|thousands|hundreds|dozens|scores|of|some|large|angry|at|least|more|than|several|unarmed|peaceful|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(tokens[k]?.lower ?? '') && k - o < 6) k++;
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
  // "Peruvian soldiers" may be one mention of the state that covers the force's own word.
  const own = ms.find((m) => (m.last === q - poss || (m.first < p && m.last > p)) && m.kind === 'COUNTRY');
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
