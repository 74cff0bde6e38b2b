// Time views' identities. An entity or relationship answered "as of a day" carries fields whose values depend on
// that day (counts, quotes, the entity's relationships), so it gets an `id` of its own, `<slug>@<day>`: a
// normalizing client cache (Apollo Client, urql's graphcache, Relay) keys objects by typename and id, and would
// otherwise store one day's numbers over another's (docs/api.md, "Time views and client caches").
import { BadUserInputError } from '../errors';
import { isCalendarDate } from './scalars';

const SEPARATOR = '@';

/** The id a client caches an object under: its slug now, `<slug>@<day>` as of a day. */
export function viewId(slug: string, asOf: string | null | undefined): string {
  return asOf ? `${slug}${SEPARATOR}${asOf}` : slug;
}

/**
 * Splits an id a client sends back into its slug and day. Slugs never hold `@`, so an id without one is a plain
 * slug; one with a suffix that is not a real day is BAD_USER_INPUT. `asOf`, when also given, must agree.
 */
export function parseViewId(id: string, asOf: string | null | undefined): { slug: string; asOf: string | null } {
  const at = id.lastIndexOf(SEPARATOR);
  if (at < 0) return { slug: id, asOf: asOf ?? null };
  const slug = id.slice(0, at);
  const day = id.slice(at + 1);
  if (!slug || !isCalendarDate(day)) throw new BadUserInputError(`id ${JSON.stringify(id.slice(0, 80))} is neither a slug nor <slug>@<YYYY-MM-DD>`);
  if (asOf && asOf !== day) throw new BadUserInputError(`id ${JSON.stringify(id.slice(0, 80))} is a view as of ${day}, but asOf is ${asOf}`);
  return { slug, asOf: day };
}
