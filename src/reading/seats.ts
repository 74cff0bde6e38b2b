// Where a body sits (LOCATED_IN): its headquarters or secretariat in a place, or its being headquartered there.
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const SEAT = /^(headquarters|hq|seat|secretariat)$/;

/**
 * "at EU headquarters in Brussels", "the bloc's secretariat in Abuja", "the Freedom Party, headquartered in Lima":
 * a body's seat says where it is. A state's seat is its capital, told otherwise; only organizations here.
 */
export function seats(tokens: readonly Token[], all: Mention[], add: Add): void {
  for (const org of all) {
    if (org.kind !== 'ORGANIZATION' || org.inTitle) continue;
    let k = org.last;
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) k++;
    else if (tokens[k]?.text === ',' && /^(headquartered|based)$/.test(tokens[k + 1]?.lower ?? '')) k++;
    if (!(SEAT.test(tokens[k]?.lower ?? '') || /^(headquartered|based)$/.test(tokens[k]?.lower ?? '')) || tokens[k + 1]?.lower !== 'in') continue;
    const place = all.find((m) => m.first === k + 2 && m.kind === 'PLACE' && !m.inTitle);
    if (place) add('LOCATED_IN', org, place, 0.8, 'place:headquarters', [k]);
  }
}
