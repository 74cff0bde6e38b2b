// Threats told by a show of force or a threatened act (CAMEO 13x, THREATENS): "China launched military drills
// around Taiwan", "a missile capable of reaching the United States", "Iran threatened retaliation against
// Israel" (eval/README.md, guideline 12: drills around Taiwan and an ICBM that could strike the U.S. threaten).
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const DRILL_NOUNS = new Set(['drills', 'exercises', 'manoeuvres', 'maneuvers', 'wargames', 'games', 'drill', 'exercise', 'blockade']);
const AROUND = /^(around|near|off|encircling|surrounding|close)$/;
const STAGE_VERBS = /^(launched|launches|launch|launching|staged|stages|stage|staging|held|holds|hold|holding|conducted|conducts|conduct|conducting|began|begins|begin|started|starts|start|kicked|carried|carries|carrying|announced|announces|stepped)$/;
const DRILL_WORDS = /^(military|naval|air|joint|live-fire|live|fire|large-scale|large|scale|-|massive|new|fresh|major|war|combat|sea|amphibious|blockade|the|a|its|their|of|series|round|two-day|three-day|day-long|off|up|out)$/;
const FIRE_VERBS = /^(launched|launches|launch|launching|fired|fires|fire|firing|tested|tests|test|testing|test-fired|test-fires|test-launched|unveiled|deployed)$/;
const REACH_VERBS = /^(reach|reaching|strike|striking|hit|hitting|target|targeting|reaching)$/;
const THREAT_VERBS = /^(threatened|threatens|threaten|threatening|vowed|vows|vow|vowing|promised|promises)$/;
const THREAT_OBJECTS = /^(further|new|more|attacks|retaliation|reprisals|reprisal|revenge|consequences|action|force|strikes|a|an|the|severe|harsh|swift|military|decisive|crushing|tough|countermeasures|response|retaliatory|punishment)$/;

export function showsOfForce(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (DRILL_NOUNS.has(w) && AROUND.test(tokens[k + 1]?.lower ?? '')) drillsAround(tokens, actors, all, k, add);
    else if (FIRE_VERBS.test(w) || DEPLOY_VERBS.test(w)) firedNear(tokens, actors, all, k, add);
    else if (REACH_VERBS.test(w)) capableOfReaching(tokens, actors, all, k, add);
    else if (THREAT_VERBS.test(w) && !hedged(tokens, k)) {
      threatenedAgainst(tokens, actors, all, k, add);
      if (/^threaten/.test(w) && tokens[k + 1]?.lower === 'to') threatenedTo(tokens, actors, all, k, add);
    }
  }
}

/** Coercive acts a threat names: "threatened to impose tariffs on Y", "to expel Y's diplomats", "to cut ties with Y". */
const COERCE_VERBS = /^(impose|slap|cut|halt|suspend|expel|sever|retaliate|respond|sanction|punish|freeze|block|seize|annex|blockade|isolate|target|invade|attack|strike|bomb|destroy|hit|use|deploy|end|stop|withdraw|pull|arrest|jail|prosecute|ban|boycott|close|shut)$/;

/** "X threatened to impose tariffs on Y": the first actor the threatened act reaches, within a few words. */
function threatenedTo(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  if (!COERCE_VERBS.test(tokens[v + 2]?.lower ?? '')) return;
  let targets: Mention[] = [];
  for (let k = v + 3; k < Math.min(tokens.length, v + 9) && targets.length === 0; k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === ';' || t.lower === 'if' || t.lower === 'unless' || t.lower === 'over' || t.lower === 'because') return;
    targets = targetAfter(actors, all, tokens, k, 0).filter((m) => ACTOR_KINDS.has(m.kind));
  }
  const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
  for (const a of subjects) for (const b of targets) add('THREATENS', a, b, 0.75, `force:threatened-to-${tokens[v + 2]?.lower ?? ''}`, [v]);
}

/** "China launched military drills around Taiwan", "Chinese drills near Taiwan": the driller threatens the place. */
function drillsAround(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number, add: Add): void {
  const from = tokens[k + 1]?.lower === 'close' && tokens[k + 2]?.lower === 'to' ? k + 3 : k + 2;
  const targets = targetAfter(actors, all, tokens, from, 2).filter((m) => m.kind !== 'PERSON' && m.kind !== 'EVENT');
  if (targets.length === 0) return;
  // The owner right before ("Chinese military drills", "China's drills"), else the subject of the staging verb.
  let j = k - 1;
  while (j > 0 && DRILL_WORDS.test(tokens[j]?.lower ?? '') && !STAGE_VERBS.test(tokens[j]?.lower ?? '')) j--;
  let drillers = actorBefore(actors, all, tokens, j + 1, 1);
  if (drillers.length === 0 && STAGE_VERBS.test(tokens[j]?.lower ?? '') && !hedged(tokens, j)) drillers = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, j));
  for (const a of drillers.filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION')) for (const b of targets) add('THREATENS', a, b, 0.8, 'force:drills-around', [k]);
}

/** Fired or sent near a side, not at it: the craft and weapons of a show of force. */
const DEPLOY_VERBS = /^(sent|sends|send|sending|deployed|deploys|deploy|deploying|dispatched|dispatches|dispatch|flew|flies|fly|sailed|sails|sail|massed|masses|mass|massing)$/;
const SHOW_CRAFT = /^(artillery|missile|missiles|rocket|rockets|icbm|icbms|shells|projectiles|warships|warship|ships|vessels|jets|aircraft|planes|warplanes|bombers|drones|carriers|carrier|submarines|troops|tanks|forces)$/;
const NEAR = /^(off|near|around|encircling|surrounding|over)$/;
/** Between the craft and "near": where it flew or landed ("into the sea off Japan", "close to the border with"). */
const NEAR_FILLER = /^(a|an|the|strategic|nuclear|nuclear-capable|capable|ballistic|short-range|medium-range|long-range|cruise|hypersonic|intercontinental|-|short|medium|long|range|two|three|several|dozens|of|and|fighter|naval|into|in|sea|waters|water|coast|landed|splashed|down|close|to|border|borders|line|with|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|east|west|eastern|western|northern|southern|\d+)$/;

/**
 * "North Korea fired a ballistic missile into the sea off Japan", "China sent warships and jets around Taiwan",
 * "Russia massed troops near the border with Ukraine": weapons fired or craft sent near a side threaten it (138);
 * fired "at" a side is a strike (patterns/verbs.ts).
 */
function firedNear(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  let craft = false;
  while (k < tokens.length && k - v <= 14 && !NEAR.test(tokens[k]?.lower ?? '')) {
    const t = tokens[k]?.lower ?? '';
    if (SHOW_CRAFT.test(t)) craft = true;
    else if (!NEAR_FILLER.test(t)) return;
    k++;
  }
  if (!craft || !NEAR.test(tokens[k]?.lower ?? '') || hedged(tokens, v)) return;
  // "near the border with South Korea", "off the coast of Japan": past the border or coast to its state.
  let from = k + 1;
  while (from < tokens.length && from - k <= 4 && /^(the|its|border|borders|coast|coasts|shores|island|of|with)$/.test(tokens[from]?.lower ?? '')) from++;
  const targets = targetAfter(actors, all, tokens, from, 0).filter((m) => m.kind === 'COUNTRY' || m.kind === 'PLACE');
  const start = tokens[v - 1]?.text === '-' && /^test$/i.test(tokens[v - 2]?.text ?? '') ? v - 2 : v;
  const senders = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, start)).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
  for (const a of senders) for (const b of targets) if (a.entityId !== b.entityId) add('THREATENS', a, b, 0.7, 'force:fired-near', [v, k]);
}

/** "tested a missile capable of reaching the United States", "launched an ICBM that could strike the U.S.". */
function capableOfReaching(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number, add: Add): void {
  const capable = tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'capable';
  const could = /^(could|can)$/.test(tokens[k - 1]?.lower ?? '') && /^(that|which)$/.test(tokens[k - 2]?.lower ?? '');
  if (!capable && !could) return;
  const targets = targetAfter(actors, all, tokens, k + 1, 3).filter((m) => m.kind === 'COUNTRY' || m.kind === 'PLACE');
  if (targets.length === 0) return;
  // The weapon's launcher: the subject of a firing verb a few words before.
  for (let v = k - 3; v >= Math.max(0, k - 10); v--) {
    if (!FIRE_VERBS.test(tokens[v]?.lower ?? '')) continue;
    if (hedged(tokens, v)) return;
    // "test-fired a missile": the subject stands before "test-".
    const start = tokens[v - 1]?.text === '-' && /^test$/i.test(tokens[v - 2]?.text ?? '') ? v - 2 : v;
    const launchers = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, start)).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    for (const a of launchers) for (const b of targets) if (a.entityId !== b.entityId) add('THREATENS', a, b, 0.6, 'force:capable-of-reaching', [v, k]);
    return;
  }
}

/** "Iran threatened retaliation against Israel", "vowed a crushing response to Y": a threatened act with its target. */
function threatenedAgainst(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  while (k < tokens.length && k - v <= 4 && THREAT_OBJECTS.test(tokens[k]?.lower ?? '')) k++;
  if (k === v + 1 || !/^(against|on)$/.test(tokens[k]?.lower ?? '')) return;
  const targets = targetAfter(actors, all, tokens, k + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind));
  if (targets.length === 0) return;
  for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind))) {
    for (const b of targets) add('THREATENS', a, b, 0.75, 'force:threatened-against', [v]);
  }
}
