// Bodies named as someone's own with a possessive (MEMBER_OF, eval/README.md rules 7 and 12): a person's party named
// after it ("Ana Ruiz's political party, the Freedom Party,") and a state's own force or council the data knows
// ("Iran's IRGC", "Jerusalem's Israel Defense Forces"). "X's Y party" (LEADS) is structure.ts's.
import { gazetteer } from './gazetteer';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const POSSESSIVE = /^['’]s?$/;

export function ownedBodies(tokens: readonly Token[], all: Mention[], add: Add): void {
  for (const owner of all) {
    if (owner.inTitle || !POSSESSIVE.test(tokens[owner.last]?.text ?? '')) continue;
    if (owner.kind === 'PERSON') namedParty(tokens, all, owner, add);
    else if (owner.kind === 'COUNTRY') stateBody(all, owner, add);
  }
}

/** "Ruiz's political party, the Justice Movement,": the party a person's is named after a comma. */
function namedParty(tokens: readonly Token[], all: Mention[], person: Mention, add: Add): void {
  let k = person.last + 1;
  if (/^(political|own)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'party' || tokens[k + 1]?.text !== ',') return;
  const at = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  const party = all.find((m) => m.first === at && m.kind === 'ORGANIZATION' && !m.inTitle);
  if (party) add('MEMBER_OF', person, party, 0.8, 'own:party-named', [k]);
}

/** "Iran's Revolutionary Guards": a body the data places in a state, named as that state's. */
function stateBody(all: Mention[], state: Mention, add: Add): void {
  const body = all.find((m) => m.first === state.last + 1 && m.kind === 'ORGANIZATION' && !m.inTitle);
  if (!body) return;
  const known = gazetteer().entities.get(body.entityId);
  if (known?.country === state.entityId) add('MEMBER_OF', body, state, 0.8, 'possessive:state-body', []);
}
