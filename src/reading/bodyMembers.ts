// A body's armed men or members told by a noun and "of"/"from" its name: "fighters from the Red Flag militia",
// "members of the Unity Front". They are the body itself (eval/README.md rule 8), as "Zenda fighters" is Zenda
// (armedGroupNames.ts), so they act and are acted upon as it. Supporters and others around a body are not it.
import type { Mention, ReadingContext } from './mentions';
import type { Token } from './tokens';

/** A body's armed men and members: of a body, they are it. */
const MEMBER_NOUNS = /^(fighters|militants|militiamen|gunmen|rebels|insurgents|guerrillas|guerillas|combatants|members)$/;

/** The nouns before "of"/"from" an organization's name, each made a mention of that organization. */
export function bodyMembers(ctx: ReadingContext, tokens: readonly Token[], found: readonly Mention[], occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (const body of found) {
    if (body.kind !== 'ORGANIZATION' || body.inTitle) continue;
    const of = body.first - (tokens[body.first - 1]?.lower === 'the' ? 2 : 1);
    const noun = tokens[of - 1];
    if (!/^(of|from)$/.test(tokens[of]?.lower ?? '') || !noun || !MEMBER_NOUNS.test(noun.lower) || occupied[of - 1]) continue;
    const span = { start: noun.start, end: noun.end };
    // The noun says what they are, not what the body is called: a span of it, never an alias.
    ctx.table.addSpan(body.entityId, span);
    out.push({ ...span, first: of - 1, last: of, entityId: body.entityId, kind: body.kind, form: 'name', inTitle: false });
    occupied[of - 1] = true;
  }
  return out;
}
