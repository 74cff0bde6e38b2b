// Towns and regions taken by force (CAMEO 192/171, coded as conflict with the place: eval/README.md, rule 12):
// "fell to X", "X gained control of Y", "X captured the army's base in Y", "the capture of Y by X", "X's seizure
// of Y". A bare "X captured Y" is read by the verb lexicon (patterns/lexiconVerbs.ts).
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { POSSESSIVE, STATES_AND_GROUPS } from './hostileWords';

export function placesTaken(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  fellOrControlled(tokens, actors, all, add);
  holdingsTaken(tokens, actors, all, add);
  capturesNamed(tokens, actors, all, add);
}

/** "Lashio fell to the rebels", "X gained (regained) control of Y", "X claimed control over Y". */
function fellOrControlled(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    if (/^(fell|falls|fallen)$/.test(w) && tokens[v + 1]?.lower === 'to' && !hedged(tokens, v)) {
      const places = actorBefore(actors, all, tokens, v, 2).filter((m) => m.kind === 'PLACE');
      for (const a of targetAfter(actors, all, tokens, v + 2, 3).filter(STATES_AND_GROUPS)) for (const p of places) add('IN_CONFLICT_WITH', a, p, 0.75, 'taken:fell-to', [v]);
      continue;
    }
    // "regained / retook / reclaimed control of Y": a town won back was fought for too.
    if (!/^(gained|gain|gains|regained|regains|claimed|claims|reclaimed|asserted|asserts|reasserted|wrested|wrests|established|seized|took|taken|retook|retaken|captured)$/.test(w) || hedged(tokens, v)) continue;
    let k = v + 1;
    // "took back full control of Y": a town won back was fought for too.
    if (tokens[k]?.lower === 'back') k++;
    if (/^(full|complete|total|effective)$/.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower !== 'control' || !/^(of|over)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const places = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => m.kind === 'PLACE');
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS)) for (const p of places) add('IN_CONFLICT_WITH', a, p, 0.75, 'taken:control', [v, k]);
  }
}

const TAKE_VERBS = /^(captured|capture|captures|capturing|seized|seize|seizes|seizing|overran|overrun|overruns|took|take|takes|taken|recaptured|recapture|retook|retake|retaken)$/;
/** What is taken with a town: the town itself or a stronghold in it ("the headquarters of the army in Y"). */
const HOLDINGS = /^(town|towns|city|village|villages|capital|port|district|province|region|headquarters|base|bases|airbase|airport|garrison|garrisons|outpost|outposts|command|barracks|checkpoint|checkpoints|crossing|positions|stronghold|strongholds)$/;
/** A claim to have taken it, by a side of the fight: coded at 0.6 (eval/README.md, rule 1). */
const CLAIM_VERBS = /^(claimed|claims|claim|said|says|announced|announces)$/;
/** How far after the verb the place may be named: "captured the headquarters of the Northern Command in Y". */
const HOLDING_REACH = 12;

/**
 * "X captured the army's headquarters in Y", "X seized the town of Y", "X claimed to have fully captured Y": the
 * taker is in conflict with the place. A stronghold must be named before the place (a direct object place is the
 * lexicon's), except after a claim, which the lexicon's verb rule does not reach past.
 */
function holdingsTaken(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!TAKE_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    // "X claimed to have (fully) captured", quotes and all: the subject is the claimant's.
    let c = v - 1;
    while (c > 0 && /^(fully|completely|effectively|successfully|now|already|'|‘|’|"|“)$/.test(tokens[c]?.text.toLowerCase() ?? '')) c--;
    const claimed = tokens[c]?.lower === 'have' && tokens[c - 1]?.lower === 'to' && CLAIM_VERBS.test(tokens[c - 2]?.lower ?? '');
    const subjectEnd = claimed ? c - 2 : gerundSubjectEnd(tokens, v);
    let holding = false;
    let place: Mention | undefined;
    for (let k = v + 1; k < Math.min(tokens.length, v + HOLDING_REACH) && !place; k++) {
      const t = tokens[k];
      if (!t || t.text === ',' || t.text === ';' || t.text === '.' || BOUNDARY_WORDS.has(t.lower)) break;
      if (HOLDINGS.test(t.lower)) holding = true;
      const m = all.find((x) => x.first === k && !x.inTitle);
      if (!m) continue;
      if (m.kind !== 'PLACE') break;
      // The place follows "in" or "of", or is the direct object of a claim.
      const before = tokens[k - 1]?.lower === 'the' ? tokens[k - 2]?.lower : tokens[k - 1]?.lower;
      if ((holding && /^(in|of|near)$/.test(before ?? '')) || (claimed && k === v + 1)) place = m;
      else break;
    }
    if (!place) continue;
    const subjects = actorBefore(actors, all, tokens, subjectEnd).filter(STATES_AND_GROUPS);
    const claim = claimed && tokens[c - 2]?.lower !== 'announced';
    for (const a of subjects) add('IN_CONFLICT_WITH', a, place, claim ? 0.6 : 0.75, claim ? 'taken:claimed' : 'taken:holding', [v]);
  }
}

const CAPTURE_NOUNS = /^(capture|seizure|occupation|takeover|conquest|fall)$/;

/** "the capture of Y by X", "X's seizure of Y", "the rebels' takeover of Y": the taker and the place taken. */
function capturesNamed(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]?.lower ?? '';
    if (!CAPTURE_NOUNS.test(noun) || tokens[k + 1]?.lower !== 'of' || hedged(tokens, k)) continue;
    const places = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => m.kind === 'PLACE');
    const lastPlace = places[places.length - 1];
    if (!lastPlace) continue;
    let takers: Mention[] = [];
    if (tokens[lastPlace.last]?.lower === 'by') takers = targetAfter(actors, all, tokens, lastPlace.last + 1, 3).filter(STATES_AND_GROUPS);
    // "the fall of Y" names no taker before it: only "by" says who took it.
    else if (noun !== 'fall' && POSSESSIVE.test(tokens[k - 1]?.text ?? '')) takers = actors.filter((m) => m.last === k - 1 && STATES_AND_GROUPS(m));
    for (const a of takers) for (const p of places) add('IN_CONFLICT_WITH', a, p, 0.75, `taken:${noun}`, [k]);
  }
}
