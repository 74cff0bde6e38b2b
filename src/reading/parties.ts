// Political parties as news names them: "the ruling Harmony party", "the opposition Dawn bloc" (a name before a
// lower-case "party"), and a person's party once the article has named one ("Ruiz’s party accused …"): the
// person is its member (eval/README.md rule 7: an official of a non-state organization is its MEMBER_OF).
import { nameKey } from '../graph/vocabulary';
import { gazetteer } from './gazetteer';
import { rememberName } from './articleNames';
import { slug } from './ids';
import { isNameWord, matchName, type Mention, type ReadingContext } from './mentions';
import type { Token } from './tokens';

const PARTY_WORDS = /^(party|bloc)$/;
/** A party's name: its head word first ("Party of …") or last ("… Party", "… party", "… Bloc"). */
const PARTY_NAME = /^(party|bloc)\b|\b(party|bloc)$/i;
/** Capitalised words that describe a party rather than name it ("the Opposition party", "a New party"). */
const DESCRIBING = /^(opposition|ruling|governing|main|largest|new|old|political|rival|other|minority|majority|coalition|junior|senior|biggest|small|smaller|major|one|each|every|any|no|national|local|regional)$/;

/** "the ruling Harmony party": the capitalised words before a lower-case "party" name an organization. */
export function partiesByWord(ctx: ReadingContext, tokens: readonly Token[], occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (let p = 1; p < tokens.length; p++) {
    const word = tokens[p];
    if (!word || word.capitalized || !PARTY_WORDS.test(word.lower) || occupied[p]) continue;
    let i = p;
    while (i > 0 && p - i < 5 && isNameWord(tokens[i - 1]) && !occupied[i - 1]) i--;
    // "the Law and Justice party": two name words joined by "and".
    if (i > 1 && i < p && tokens[i - 1]?.lower === 'and' && isNameWord(tokens[i - 2]) && !occupied[i - 2] && !isNameWord(tokens[i - 3])) i -= 2;
    // "Opposition party members said": one capitalised word opening the sentence, or a word that describes any party.
    if (i === p || (i === 0 && p === 1) || (p - i === 1 && DESCRIBING.test(tokens[i]?.lower ?? ''))) continue;
    // A name the data knows as a whole ("the Fatah party") is found as that; a demonym alone ("the Georgian party")
    // names no party.
    const known = matchName(ctx, tokens, i);
    if (known && known.last >= p) continue;
    let plain = false;
    for (let k = i; k < p && !plain; k++) plain = !gazetteer().demonymKeys.has(tokens[k]?.key ?? '') && !matchName(ctx, tokens, k);
    if (!plain) continue;
    const first = tokens[i];
    const last = tokens[p - 1];
    if (!first || !last) continue;
    const name = ctx.text.slice(first.start, last.end);
    const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
    rememberName(ctx, name, id, ctx.table.get(id)?.kind ?? 'ORGANIZATION');
    const span = { start: first.start, end: word.end };
    ctx.table.addMention(id, span, name);
    out.push({ ...span, first: i, last: p + 1, entityId: id, kind: ctx.table.get(id)?.kind ?? 'ORGANIZATION', form: 'name', inTitle: false });
    for (let k = i; k <= p; k++) occupied[k] = true;
    ctx.party = id;
  }
  return out;
}

/** Remembers the party a mention names ("… Party", "… party"), for a later "X’s party". */
export function notePartyMention(ctx: ReadingContext, tokens: readonly Token[], m: Mention): void {
  if (m.kind === 'ORGANIZATION' && /^(party|bloc)$/.test(tokens[m.last - 1]?.lower ?? '')) ctx.party = m.entityId;
}

/**
 * "Ruiz’s party accused …", "Ruiz’s ruling party": the party the article last named, which the person belongs to.
 * The word "party" becomes a mention of it, so the sentence's rules see the party act.
 */
export function personsParty(ctx: ReadingContext, tokens: readonly Token[], found: readonly Mention[], occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (const person of found) {
    if (person.kind !== 'PERSON' || !/^['’]s$/.test(tokens[person.last]?.text ?? '')) continue;
    let k = person.last + 1;
    // "Ruiz’s ruling Harmony party", "Ruiz’s pro-European Party of Renewal": a party named after the possessive.
    const glued = (j: number): boolean => tokens[j - 1]?.text === '-' && /^(pro|anti)$/.test(tokens[j - 2]?.lower ?? '');
    while (k - person.last < 5 && (/^(ruling|own|governing|pro|anti|-)$/.test(tokens[k]?.lower ?? '') || gazetteer().demonymKeys.has(tokens[k]?.key ?? '') || glued(k))) k++;
    const named = found.find((m) => m.first === k && m.kind === 'ORGANIZATION' && PARTY_NAME.test(ctx.text.slice(m.start, m.end)));
    if (named) {
      ctx.roleFacts.push({ person: person.entityId, type: 'MEMBER_OF', principal: named.entityId, span: { start: person.start, end: named.end }, how: 'apposition' });
      continue;
    }
    const party = ctx.party;
    const word = tokens[k];
    if (!party) continue;
    if (word?.lower !== 'party' || occupied[k]) continue;
    const span = { start: word.start, end: word.end };
    ctx.table.addSpan(party, span);
    out.push({ ...span, first: k, last: k + 1, entityId: party, kind: 'ORGANIZATION', form: 'anaphor', inTitle: false });
    ctx.roleFacts.push({ person: person.entityId, type: 'MEMBER_OF', principal: party, span: { start: person.start, end: word.end }, how: 'apposition' });
    occupied[k] = true;
  }
  return out;
}
