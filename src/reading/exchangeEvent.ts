// A prisoner exchange someone brokered, as an EVENT `<a>-<b>-prisoner-exchange` (eval/README.md rule 5: mediation
// targets an event, never the parties). Made only when a mediator or host is named: "a prisoner swap between A and B
// was mediated by Z", "A and B exchanged prisoners in a swap brokered by Z", "the exchange was facilitated by Z",
// "a Z-brokered prisoner exchange", "Z mediated the swap". A swap nobody brokered stays the sides' RELEASED facts.
import type { RelationshipType } from '../generated/graphql';
import { actorBefore, actorMentions, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { isSide } from './eventParties';
import { hedged } from './hedges';
import { CAPTIVES } from './hostileWords';
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const EXCHANGE_NOUNS = /^(swap|swaps|exchange|exchanges)$/;
const SWAP_VERBS = /^(exchanged|swapped|traded)$/;
const PRISONER_WORDS = /^(prisoner|prisoners|pow|pows|captive|captives|detainee|detainees|hostage|hostages|prisoner-of-war|-)$/;
const BROKER_FORMS = /^(mediated|brokered|facilitated|arranged|negotiated|hosted)$/;
const BROKER_VERBS = /^(mediated|mediates|mediate|mediating|brokered|brokers|broker|brokering|facilitated|facilitates|facilitate|facilitating|arranged|hosted|hosts|host|hosting)$/;

interface Broker { m: Mention; type: RelationshipType; start: number; end: number; noun: { start: number; end: number } }

/** Whether the noun at k is a prisoner exchange: "prisoner swap", "exchange of prisoners", or any swap in an article about one. */
function exchangeAt(tokens: readonly Token[], k: number, swapArticle: boolean): boolean {
  const w = tokens[k]?.lower ?? '';
  // "swapped 32 soldiers in a deal brokered by Z": the deal a swap was made in is the exchange ("a hostage deal"
  // alone is a truce's, events.ts).
  if (/^(deal|agreement)$/.test(w)) {
    return /^(in|under)$/.test(tokens[k - 2]?.lower ?? '') && tokens[k - 1]?.lower === 'a' && tokens.slice(Math.max(0, k - 15), k).some((t) => SWAP_VERBS.test(t.lower));
  }
  if (!EXCHANGE_NOUNS.test(w)) return false;
  if (PRISONER_WORDS.test(tokens[k - 1]?.lower ?? '') && tokens[k - 1]?.text !== '-') return true;
  if (tokens[k + 1]?.lower === 'of' && tokens.slice(k + 2, k + 6).some((t) => CAPTIVES.test(t.lower))) return true;
  // "exchange" after a number or with fire is no swap of people ("an exchange of fire", "exchange rates").
  const before = tokens[k - 1]?.lower ?? '';
  return swapArticle && (/^(the|a|this|that|latest|swap|exchange)$/.test(before) || BROKER_FORMS.test(before)) && !/^(rate|rates|of)$/.test(tokens[k + 1]?.lower ?? '');
}

/** Who brokered or hosted the exchange at k, in the forms above. */
function brokersAt(tokens: readonly Token[], ms: readonly Mention[], k: number): Broker[] {
  const actors = actorMentions([...ms], tokens);
  const out: Broker[] = [];
  const noun = tokens[k];
  if (!noun) return out;
  let h = k - 1;
  while (h > 0 && PRISONER_WORDS.test(tokens[h]?.lower ?? '') && tokens[h]?.text !== '-') h--;
  const phrase = { start: tokens[h + 1]?.start ?? noun.start, end: noun.end };
  // After the noun: "(was) brokered by Z", within a few words ("between A and B on Friday was mediated by Z").
  for (let j = k + 1; j < Math.min(tokens.length, k + 12); j++) {
    const t = tokens[j];
    if (!t || t.text === ';' || /^(said|says|after|when|while|which|that)$/.test(t.lower)) break;
    if (BROKER_FORMS.test(t.lower) && tokens[j + 1]?.lower === 'by' && !hedged(tokens, j)) {
      const type: RelationshipType = t.lower === 'hosted' ? 'HOSTS' : 'MEDIATES';
      for (const m of targetAfter(actors, ms, tokens, j + 2, 2).filter(isSide)) out.push({ m, type, start: noun.start, end: m.end, noun: phrase });
      break;
    }
  }
  // Before the noun: "a UAE-brokered prisoner swap".
  if (BROKER_FORMS.test(tokens[h]?.lower ?? '') && tokens[h - 1]?.text === '-') {
    const type: RelationshipType = tokens[h]?.lower === 'hosted' ? 'HOSTS' : 'MEDIATES';
    for (const m of ms.filter((x) => x.last === h - 1 && isSide(x))) out.push({ m, type, start: m.start, end: noun.end, noun: phrase });
  }
  // A verb whose object it is: "Z mediated the prisoner exchange", "Z helped broker the swap".
  let v = h;
  while (v > 0 && /^(the|a|an|latest|new|first|second|third|largest|this|that|its)$/.test(tokens[v]?.lower ?? '')) v--;
  if (BROKER_VERBS.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower !== 'by' && tokens[v - 1]?.text !== '-' && !hedged(tokens, v)) {
    const type: RelationshipType = /^host/.test(tokens[v]?.lower ?? '') ? 'HOSTS' : 'MEDIATES';
    for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v)).filter(isSide)) out.push({ m, type, start: m.start, end: noun.end, noun: phrase });
  }
  return out;
}

const CARRY_OUT = /^(carried|carry|carries|conducted|conduct|conducts|completed|complete|completes|held|made|staged|finalized|finalised|implemented)$/;

/** "Russia and Ukraine carried out a prisoner exchange": the coordinated subject of the verb whose object it is. */
function swapDoers(tokens: readonly Token[], ms: readonly Mention[], k: number): Mention[] {
  let v = k - 1;
  while (v > 0 && (PRISONER_WORDS.test(tokens[v]?.lower ?? '') || /^(a|an|the|their|new|latest|first|second|third|large|largest|major|out)$/.test(tokens[v]?.lower ?? ''))) v--;
  if (!CARRY_OUT.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) return [];
  const doers = actorBefore(actorMentions([...ms], tokens), ms, tokens, gerundSubjectEnd(tokens, v)).filter(isSide);
  return doers.length === 2 ? doers : [];
}

/**
 * The brokered prisoner exchange of the article, its MEDIATES and HOSTS facts. Its sides: those "between" whom
 * the swap is told, else the two sides the sentence rules show releasing captives in the article.
 */
export function findExchangeEvent(ctx: ReadingContext, sentences: readonly SentenceTokens[], mentions: readonly Mention[][], relations: readonly Candidate[]): Candidate[] {
  const releasers = [...new Set(relations.filter((c) => c.type === 'RELEASED' && c.stance !== 'DISPUTES').map((c) => c.from))]
    .filter((id) => { const kind = ctx.table.get(id)?.kind; return kind === 'COUNTRY' || kind === 'ORGANIZATION'; });
  const swapArticle = relations.some((c) => c.rule === 'release:swap') || releasers.length >= 2;
  const brokers: Broker[] = [];
  let between: Mention[] = [];
  sentences.forEach((s, i) => {
    const ms = (mentions[i] ?? []).filter((m) => !m.inTitle);
    for (let k = 0; k < s.tokens.length; k++) {
      if (!exchangeAt(s.tokens, k, swapArticle)) continue;
      if (between.length < 2 && s.tokens[k + 1]?.lower === 'between') between = targetAfter(actorMentions([...ms], s.tokens), ms, s.tokens, k + 2, 1).filter(isSide);
      if (between.length < 2) between = swapDoers(s.tokens, ms, k);
      brokers.push(...brokersAt(s.tokens, ms, k));
    }
  });
  const sides = between.length >= 2 ? between.map((m) => m.entityId) : releasers;
  const [a, b] = sides;
  if (brokers.length === 0 || !a || !b || sides.length !== 2) return [];
  const label = (id: string): string => ctx.table.get(id)?.name ?? id;
  const seedId = `${a}-${b}-prisoner-exchange`;
  const id = ctx.table.ensure({ id: seedId, name: `${label(a)}–${label(b)} prisoner exchange`, kind: 'EVENT' }, ctx.known.get(seedId.replace(/-/g, ''))).id;
  const out: Candidate[] = [];
  for (const x of brokers) {
    if (sides.includes(x.m.entityId)) continue;
    ctx.table.addMention(id, x.noun, ctx.text.slice(x.noun.start, x.noun.end));
    out.push({ type: x.type, from: x.m.entityId, to: id, start: x.start, end: x.end, confidence: 0.8, rule: `event:exchange-${x.type === 'HOSTS' ? 'host' : 'mediator'}` });
  }
  return out;
}
