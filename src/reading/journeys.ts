// Journeys of people (CAMEO 042, VISITS): "President X flew to Peru", "X headed / left / departed for Peru", "X
// landed in Lima", "X is on a two-day visit to Peru". The verb table (patterns/verbs.ts) reads flying and heading to
// a city only, since "Russian drones flew to Poland" or "jets headed for Yemen" are no visits; a person travelling
// to a state is one.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const GO_FORMS = /^(flew|flies|fly|flying|headed|heading|heads|departed|departs|depart|departing|left|leaves|leaving|travelled|traveled)$/;
const LAND_FORMS = /^(landed|lands|land|landing)$/;
const BE = /^(is|was|are|were|been|be)$/;

const destinations = (ms: Mention[]): Mention[] => ms.filter((m) => (m.kind === 'COUNTRY' || m.kind === 'PLACE') && m.form !== 'demonym');

export function journeys(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v]?.lower ?? '';
    let from = -1;
    let subjectEnd = v;
    // "flew to", "headed for", "left for" (not "left Lima": leaving is no visit of it).
    if (GO_FORMS.test(verb) && /^(to|for)$/.test(tokens[v + 1]?.lower ?? '') && !(/^(left|leaves|leaving)$/.test(verb) && tokens[v + 1]?.lower === 'to')) from = v + 2;
    else if (LAND_FORMS.test(verb) && /^(in|at)$/.test(tokens[v + 1]?.lower ?? '')) from = v + 2;
    // "X is on a two-day visit to Peru": the visitor is the subject of "is".
    else if (BE.test(verb) && tokens[v + 1]?.lower === 'on') {
      let k = v + 2;
      while (k - v < 7 && /^(a|an|his|her|their|its|state|official|first|working|surprise|rare|historic|brief|-|two|three|four|five|day|days|week|long|regional|foreign)$/.test(tokens[k]?.lower ?? '')) k++;
      if (/^(visit|trip|tour)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to') { from = k + 2; subjectEnd = v; }
    }
    if (from < 0 || hedged(tokens, v)) continue;
    const places = destinations(targetAfter(actors, all, tokens, from, 2));
    if (places.length === 0) continue;
    const people = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, subjectEnd)).filter((m) => m.kind === 'PERSON');
    for (const a of people) for (const p of places) add('VISITS', a, p, 0.75, `journey:${verb}`, [v]);
  }
}
