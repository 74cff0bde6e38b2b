// Peacekeepers expelled (CAMEO 166, WITHDREW_FROM): "Mali expelled UN peacekeepers", "X ordered the UN
// peacekeeping mission to leave", "X kicked out the AU mission". A host that sends a mission away leaves the
// arrangement with the body that sent it: WITHDREW_FROM that body. Expelling foreign troops is read elsewhere.
import { actorBefore } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const EXPEL_VERBS = /^(expelled|expel|expels|expelling|ordered|orders|ousted|ousts|kicked)$/;
const MISSION_WORDS = /^(peacekeepers|peacekeeping|mission|peacekeeping-mission|force|forces|troops|blue|helmets)$/;

/** The body a mission belongs to: "UN peacekeepers", "the AU mission", "the UN peacekeeping mission, MINUSMA,". */
function missionOwner(tokens: readonly Token[], all: Mention[], from: number): { owner: Mention; end: number } | null {
  let k = from;
  if (/^(out|the)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'the') k++;
  const owner = all.find((m) => m.first === k && m.kind === 'ORGANIZATION');
  if (!owner) return null;
  let j = owner.last;
  const start = j;
  while (j < tokens.length && j - start < 3 && MISSION_WORDS.test(tokens[j]?.lower ?? '')) j++;
  // A mission must be named: "UN peacekeepers", "the UN mission" (not "UN officials"); the name may hold it.
  return tokens.slice(owner.first, j).some((t) => /^(peacekeepers|peacekeeping|mission|helmets)$/.test(t.lower)) ? { owner, end: j } : null;
}

export function peacekeepersExpelled(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    if (!EXPEL_VERBS.test(w) || hedged(tokens, v) || tokens[v - 1]?.lower === 'to') continue;
    const found = missionOwner(tokens, all, v + 1);
    if (!found) continue;
    // "ordered UN peacekeepers to leave", "kicked out the UN mission": the order must be to go.
    if (/^(ordered|orders)$/.test(w) && !(tokens[found.end]?.lower === 'to' && /^(leave|go|withdraw|depart|quit)$/.test(tokens[found.end + 1]?.lower ?? ''))) continue;
    if (w === 'kicked' && tokens[v + 1]?.lower !== 'out') continue;
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => m.kind === 'COUNTRY')) {
      add('WITHDREW_FROM', a, found.owner, 0.75, 'peacekeepers:expelled', [v]);
    }
  }
}
