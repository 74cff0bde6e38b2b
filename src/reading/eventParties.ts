// The two sides of the article's talks, truce or agreement (events.ts), from the phrases that name them together:
// "between A and B", "between the two nations" (the two last named), "A-B" in the title or text, "delegations
// from A and B", "A and B resumed talks"; and, for a truce no phrase names the sides of, the first two states or
// groups that are not its mediators.
import { hypothetical } from './clauses';
import { eventNounAt } from './eventWords';
import { gazetteer, tokenKey } from './gazetteer';
import { ACTOR_KINDS, type Mention, type ReadingContext, type SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

export interface Side { id: string; name: string }

/**
 * Two sides named together, and how: `between-truce` / `between-deal` / `between` (a truce, an agreement signed
 * or other talks "between" them), `title`, `compound`, `delegations`, `talks-verb` (those shown resuming talks),
 * `fallback`.
 */
export interface Parties { parties: [Side, Side]; from: string; span: { start: number; end: number } | null }


/** "Iran-backed", "Gaza-based", "US-brokered": the name modifies what follows and is not a party itself. */
const MODIFIER_SUFFIXES = new Set(['backed', 'based', 'led', 'aligned', 'allied', 'supported', 'controlled', 'run', 'brokered', 'sponsored', 'funded', 'armed']);

/** Words that set an accord apart from the article's own: "a separate deal between …", "an earlier truce between …". */
export const OTHER_ACCORD = /^(separate|another|earlier|previous|prior|former|other)$/;

/** "between the two nations", "between both sides": the sides are the two last named before. */
const PAIR_NOUNS = /^(nations|countries|states|governments|neighbours|neighbors|sides|parties)$/;

function isModifier(tokens: readonly Token[], m: Mention): boolean {
  return tokens[m.last]?.text === '-' && MODIFIER_SUFFIXES.has(tokens[m.last + 1]?.lower ?? '');
}

/** What can be a side of talks, a truce, an accord, a war or an exchange: a state or an organization. */
export const isSide = (m: { kind: string }): boolean => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION';

/** The shortest form an entity goes by in the article, "the …" forms aside ("Gaza" of "Gaza Strip"), or null. */
export function shortestName(ctx: ReadingContext, id: string): string | null {
  const draft = ctx.table.get(id);
  const forms = [draft?.name ?? '', ...(draft?.aliases ?? [])].filter((f) => f !== '' && !/^the\b/i.test(f));
  return forms.sort((a, b) => a.length - b.length)[0] ?? null;
}

export function sideOf(ctx: ReadingContext, m: Mention): Side {
  return { id: m.entityId, name: ctx.table.get(m.entityId)?.name ?? m.entityId };
}

/**
 * The two distinct states (for "sides" and "parties", also groups) named last before token `k` of sentence `i`,
 * looking back at most two sentences, in the order the text names them; in sentence `i` itself, not one that
 * convenes the talks.
 */
function lastTwoNamed(ctx: ReadingContext, mentions: readonly Mention[][], i: number, k: number, noun: string, tokens: readonly Token[]): [Mention, Mention] | null {
  const kinds = /^(sides|parties)$/.test(noun) ? new Set(['COUNTRY', 'ORGANIZATION']) : new Set(['COUNTRY']);
  const found: Mention[] = [];
  for (let j = i; j >= Math.max(0, i - 2) && found.length < 2; j--) {
    const ms = (mentions[j] ?? []).filter((m) => !m.inTitle && kinds.has(m.kind) && (j < i || (m.last <= k && !convenes(tokens, m)))).sort((a, b) => b.first - a.first);
    for (const m of ms) {
      if (!found.some((f) => f.entityId === m.entityId)) found.push(m);
      if (found.length === 2) break;
    }
  }
  const [later, earlier] = found;
  return later && earlier && ctx.table.get(later.entityId) && ctx.table.get(earlier.entityId) ? [earlier, later] : null;
}

/** Verbs of whoever brings the sides together: "Malaysia hosted talks between the two sides" names a third party. */
const CONVENING = /^(hosted|hosts|hosting|host|mediated|mediates|mediating|brokered|brokers|brokering|facilitated|facilitates|chaired|chairs|convened|convenes|organised|organized|organises|organizes)$/;

/** Whether the mention is the subject of a convening verb right after it ("Qatar hosted", "Egypt has mediated"). */
function convenes(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.last]?.lower ?? '';
  return CONVENING.test(next) || (/^(has|have|had|also|again)$/.test(next) && CONVENING.test(tokens[m.last + 1]?.lower ?? ''));
}

/** What two states have rather than hold: "ties between", "tensions between", "the border between". */
const RELATION_NOUNS = /^(ties|relations|relationship|tensions|tension|rivalry|differences|border|bonds|friendship|trade|cooperation|links|contacts|partnership|gap|distance|flights)$/;

/** How a "between" phrase at token k names its sides: a truce, an agreement signed, or other talks. */
function betweenKind(tokens: readonly Token[], k: number): string {
  // "the truce agreed between X and Y": a participle may stand between the noun and "between".
  const participle = /^(agreed|signed|reached|brokered|struck)$/.test(tokens[k - 1]?.lower ?? '');
  const noun = eventNounAt(tokens, k - 1) ?? eventNounAt(tokens, k - 3) ?? (participle ? eventNounAt(tokens, k - 2) : null);
  const signing = tokens.slice(Math.max(0, k - 7), k).some((t) => /^(signing|signed|sign|signature)$/.test(t.lower));
  if (noun?.word === 'ceasefire') return 'between-truce';
  if (noun?.word === 'deal' || signing) return 'between-deal';
  // "ties / tensions between the two countries" name no talks' sides.
  return !noun && RELATION_NOUNS.test(tokens[k - 1]?.lower ?? '') ? '' : 'between';
}

export function findParties(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], titleTokens: readonly Token[]): Parties | null {
  const sides = (ms: Mention[]): [Side, Side] | null => {
    const [a, b] = ms;
    return a && b && a.entityId !== b.entityId ? [sideOf(ctx, a), sideOf(ctx, b)] : null;
  };
  for (const [i, s] of sentences.entries()) {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle && ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON' && !isModifier(s.tokens, m));
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k];
      if (t?.lower !== 'between' || hypothetical(s.tokens, k - 1)) continue;
      // "a separate peace agreement between Congo and Rwanda": another accord's sides, not this article's.
      if (s.tokens.slice(Math.max(0, k - 4), k).some((x) => OTHER_ACCORD.test(x.lower))) continue;
      const from = betweenKind(s.tokens, k);
      if (!from) continue;
      const phraseStart = s.tokens[k - 1]?.start ?? t.start;
      // "the signing of the accord between the two nations"
      const two = /^(the|both)$/.test(s.tokens[k + 1]?.lower ?? '') ? (s.tokens[k + 2]?.lower === 'two' ? k + 3 : k + 2) : -1;
      const noun = s.tokens[two]?.lower ?? '';
      if (two > 0 && PAIR_NOUNS.test(noun) && (s.tokens[k + 1]?.lower === 'both' || two === k + 3)) {
        const named = lastTwoNamed(ctx, mentions, i, k, noun, s.tokens);
        const pair = named ? sides(named) : null;
        const end = s.tokens[two]?.end ?? t.end;
        const signing = s.tokens.slice(Math.max(0, k - 7), k).find((x) => /^(signing|signature)$/.test(x.lower));
        if (pair) return { parties: pair, from, span: { start: Math.min(phraseStart, signing?.start ?? phraseStart), end } };
        continue;
      }
      const a = ms.find((m) => m.first > k && m.first <= k + 3);
      const b = a ? ms.find((m) => m.first > a.last && m.first <= a.last + 7 && s.tokens[a.last]?.lower === 'and') : undefined;
      const pair = a && b ? sides([a, b]) : null;
      if (pair && a && b) return { parties: pair, from, span: { start: Math.min(a.start, phraseStart), end: b.end } };
    }
  }
  const g = gazetteer();
  for (let k = 0; k + 2 < titleTokens.length; k++) {
    if (titleTokens[k + 1]?.text !== '-') continue;
    const a = g.entries.get(tokenKey([titleTokens[k]?.text ?? '']))?.[0]?.entity;
    const b = g.entries.get(tokenKey([titleTokens[k + 2]?.text ?? '']))?.[0]?.entity;
    if (a && b && a.id !== b.id && a.kind !== 'PLACE' && b.kind !== 'PLACE') return { parties: [{ id: a.id, name: a.name }, { id: b.id, name: b.name }], from: 'title', span: null };
  }
  for (const [i, s] of sentences.entries()) {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle && ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON');
    for (const a of ms) {
      const b = ms.find((m) => m.first === a.last + 1 && s.tokens[a.last]?.text === '-');
      if (b) { const pair = sides([a, b]); if (pair) return { parties: pair, from: 'compound', span: { start: a.start, end: b.end } }; }
      const and = ms.find((m) => m.first > a.last && m.first <= a.last + 4 && coordinated(s.tokens.slice(a.last, m.first)));
      const next = and ? s.tokens[and.last]?.lower ?? '' : '';
      const before = s.tokens[a.first - 1]?.lower ?? '';
      // "A and B delegations", "delegations from A and B", "A and B sent delegations to the talks".
      const sent = and && /^(sent|dispatched|send|sends)$/.test(next) && /^(delegations|teams|negotiators|delegates)$/.test(s.tokens[and.last + 1]?.lower ?? '');
      if (and && (/^(delegations|delegates|teams|negotiators)$/.test(next) || sent || (before === 'from' && /^(delegations|delegates)$/.test(s.tokens[a.first - 2]?.lower ?? '')))) {
        const pair = sides([a, and]);
        const head = s.tokens[and.last];
        if (pair) return { parties: pair, from: 'delegations', span: { start: Math.min(a.start, s.tokens[a.first - 2]?.start ?? a.start), end: Math.max(and.end, head?.end ?? and.end) } };
      }
    }
  }
  return null;
}

/** What may join two sides: "and", with "the" before the second and the first's forces ("Sudan’s army and the RSF"). */
function coordinated(between: readonly Token[]): boolean {
  return between.filter((t) => t.lower === 'and').length === 1 && between.every((t, i) => t.lower === 'and' || t.lower === 'the'
    || (i === 0 && /^['’]s$/.test(t.text)) || (i <= 1 && /^(army|forces|military|government)$/.test(t.lower)));
}

/** The sides the relations stage shows opening or resuming talks ("A and B resumed peace talks"): its first such pair. */
export function talksParties(ctx: ReadingContext, relations: readonly Candidate[]): Parties | null {
  const c = relations.find((r) => r.rule.startsWith('talks:') && r.type === 'NEGOTIATES' && r.stance !== 'DISPUTES');
  const a = c ? ctx.table.get(c.from) : undefined;
  const b = c ? ctx.table.get(c.to) : undefined;
  if (!c || !a || !b || a.kind === 'PERSON' || b.kind === 'PERSON') return null;
  // The order the text names them in: the quote starts with the first.
  const first = a.mentions.some((m) => m.start === c.start) ? [a, b] : [b, a];
  const [x, y] = first;
  return x && y ? { parties: [{ id: x.id, name: x.name }, { id: y.id, name: y.name }], from: 'talks-verb', span: { start: c.start, end: c.end } } : null;
}

/**
 * The sides the relations stage shows signing or reaching an agreement ("A and B signed a peace accord", "A agreed
 * with B to restore ties"): its first such pair of states or groups, for an article about an agreement.
 */
export function signingParties(ctx: ReadingContext, relations: readonly Candidate[]): Parties | null {
  for (const c of relations) {
    if (c.type !== 'AGREES_WITH' || !c.rule.startsWith('verb:') || c.stance === 'DISPUTES') continue;
    const a = ctx.table.get(c.from);
    const b = ctx.table.get(c.to);
    if (!a || !b || !isSide(a) || !isSide(b)) continue;
    const first = a.mentions.some((m) => m.start === c.start) ? [a, b] : [b, a];
    const [x, y] = first;
    if (x && y) return { parties: [{ id: x.id, name: x.name }, { id: y.id, name: y.name }], from: 'signers', span: { start: c.start, end: c.end } };
  }
  return null;
}


/**
 * A ceasefire whose sides no phrase names ("a ceasefire deal brokered by Qatar"): the first two states or groups
 * the article names that are not its mediators.
 */
export function firstTwoSides(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][]): Parties | null {
  const mediators = new Set<string>();
  sentences.forEach((s, i) => {
    for (const m of mentions[i] ?? []) {
      const window = s.tokens.slice(Math.max(0, m.first - 8), m.first).map((t) => t.lower);
      if (window.some((w, j) => /^(brokered|mediated|mediate|broker)$/.test(w) && window[j + 1] === 'by') || /^(mediators?|-)$/.test(s.tokens[m.last]?.lower ?? '')) mediators.add(m.entityId);
    }
  });
  const seen: Side[] = [];
  for (const ms of mentions) {
    for (const m of ms) {
      if (m.inTitle || (m.kind !== 'COUNTRY' && m.kind !== 'ORGANIZATION') || mediators.has(m.entityId) || seen.some((x) => x.id === m.entityId)) continue;
      seen.push(sideOf(ctx, m));
      if (seen.length === 2) return { parties: [seen[0] as Side, seen[1] as Side], from: 'fallback', span: null };
    }
  }
  return null;
}

/**
 * How an event's name calls a side: an organization by the capitalised short form the article uses for it
 * ("ELN", "EU"), anyone else by name.
 */
export function sideLabel(ctx: ReadingContext, side: Side): string {
  const draft = ctx.table.get(side.id);
  if (!draft || draft.kind !== 'ORGANIZATION') return side.name;
  // The bloc's known acronym too, when the article spells the name out ("European Union" → "EU"), as analysts name it.
  const known = gazetteer().entities.get(side.id)?.aliases ?? [];
  const acronym = [...draft.aliases, ...known].filter((a) => /^\p{Lu}{2,6}$/u.test(a)).sort((a, b) => a.length - b.length)[0];
  return acronym ?? side.name;
}
