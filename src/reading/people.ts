// People as the article names them: one draft per person, and every name word remembered so a later short form
// ("Biden", "Sheikh Tamim", "al-Burhan") finds the one person it names, in the article or the built-in data.
import { nameKey } from '../graph/vocabulary';
import { gazetteer, type BuiltinEntity } from './gazetteer';
import { slug } from './ids';
import { builtinSeed, knownFor, matchName, PARTICLES, type Mention, type ReadingContext } from './mentions';
import type { Token } from './tokens';

export function personMention(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number, person: string): Mention {
  const first = tokens[i];
  const last = tokens[end - 1];
  const span = { start: first?.start ?? 0, end: last?.end ?? 0 };
  ctx.table.addMention(person, span, ctx.text.slice(span.start, span.end));
  return { ...span, first: i, last: end, entityId: person, kind: 'PERSON', form: 'person', inTitle: false };
}

/** Honorifics that are part of how a person is named when no fuller name is known. */
const NAME_HONORIFICS = new Set(['sheikh', 'sheikha', 'shaikh']);

export function registerPerson(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): string {
  const surface = ctx.text.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? 0);
  const words = tokens.slice(i, end).filter((t) => t.isWord && t.text.length > 1);
  const match = matchName(ctx, tokens, i);
  let id: string;
  if (match && match.last === end && match.entry?.entity.kind === 'PERSON') {
    const e = match.entry.entity;
    id = ctx.table.ensure(builtinSeed(e), knownFor(e, ctx.known)).id;
  } else if (match && match.last === end && match.known?.kind === 'PERSON') {
    id = ctx.table.ensure({ id: match.known.id, name: match.known.name, kind: 'PERSON' }, match.known).id;
  } else if (words.length === 1 || isShortForm(words)) {
    // A short form after a title ("President Biden", "Sheikh Tamim", "al-Burhan"): the one person of the article,
    // or of the built-in data, whose full name has that word; else a person of that name.
    const key = nameKey(words[words.length - 1]?.text ?? surface);
    const only = onlyOne(ctx.surnames.get(key)) ?? (ctx.surnames.has(key) ? undefined : onlyOne(ctx.nameWords.get(key)));
    const builtin = only || ctx.surnames.has(key) || ctx.nameWords.has(key) ? undefined : builtinSurname(key) ?? builtinNameWord(key);
    // Unknown: "Sheikh Nasser" is how he is named when no fuller name is given, so an Arabic honorific before a lone name stays in the name.
    const honorific = tokens[i - 1];
    const named = honorific && NAME_HONORIFICS.has(honorific.lower) && honorific.capitalized ? ctx.text.slice(honorific.start, tokens[end - 1]?.end ?? 0) : surface;
    id = only ?? (builtin ? ctx.table.ensure(builtinSeed(builtin), knownFor(builtin, ctx.known)).id : ctx.table.ensure({ id: slug(named), name: named, kind: 'PERSON' }).id);
  } else {
    const name = words.map((t) => t.text).join(' ') === surface ? surface : surface.replace(/\s+[A-Z]\.\s+/, ' ');
    id = ctx.table.ensure({ id: slug(name), name, kind: 'PERSON' }).id;
  }
  if (words.length > 1 && !isShortForm(words)) rememberPersonName(ctx, words.map((t) => t.text), id);
  return id;
}

export function onlyOne(ids: ReadonlySet<string> | undefined): string | undefined {
  return ids && ids.size === 1 ? [...ids][0] : undefined;
}

/** "al-Burhan", "bin Salman": a particle and one name word are a surname, not a full name. */
function isShortForm(words: readonly Token[]): boolean {
  return words.length === 2 && PARTICLES.has(words[0]?.lower ?? '');
}

/** A person's full name, so later short forms of it find the person: the surname and every other name word. */
export function rememberPersonName(ctx: ReadingContext, nameWords: readonly string[], id: string): void {
  const words = nameWords.flatMap((w) => w.split('-')).filter((w) => w.length > 1 && !PARTICLES.has(w.toLowerCase()));
  const surname = words[words.length - 1];
  if (!surname || words.length < 2) return;
  const add = (map: Map<string, Set<string>>, word: string): void => {
    const key = nameKey(word);
    const set = map.get(key) ?? new Set<string>();
    set.add(id);
    map.set(key, set);
  };
  add(ctx.surnames, surname);
  for (const w of words.slice(0, -1)) add(ctx.nameWords, w);
}


let surnameIndex: Map<string, BuiltinEntity | null> | undefined;

/** The curated person whose last name this is, unless two share it. */
export function builtinSurname(key: string): BuiltinEntity | undefined {
  if (!surnameIndex) {
    surnameIndex = new Map();
    for (const e of gazetteer().entities.values()) {
      if (e.kind !== 'PERSON') continue;
      const last = nameKey(e.name.split(/[\s-]+/).pop() ?? '');
      surnameIndex.set(last, surnameIndex.has(last) ? null : e);
    }
  }
  return surnameIndex.get(key) ?? undefined;
}

let nameWordIndex: Map<string, BuiltinEntity | null> | undefined;

/** The curated person one of whose other name words this is ("Tamim"), unless two share it. */
function builtinNameWord(key: string): BuiltinEntity | undefined {
  if (!nameWordIndex) {
    nameWordIndex = new Map();
    for (const e of gazetteer().entities.values()) {
      if (e.kind !== 'PERSON') continue;
      const words = e.name.split(/[\s-]+/).filter((w) => w.length > 1 && !PARTICLES.has(w.toLowerCase()));
      for (const w of words.slice(0, -1)) {
        const k = nameKey(w);
        nameWordIndex.set(k, nameWordIndex.has(k) && nameWordIndex.get(k) !== e ? null : e);
      }
    }
  }
  return nameWordIndex.get(key) ?? undefined;
}
