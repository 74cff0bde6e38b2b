// One sentence's acts towards the article's process event (events.ts): mediating, hosting, attending, endorsing,
// arriving for it, leaving it. Mediation, hosting and withdrawal point at the event, never at its sides
// (eval/README.md, coding guideline 5).
import type { RelationshipType } from '../generated/graphql';
import { actorBefore, actorMentions, groupAround, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged as verbHedged } from './hedges';
import { eventNounAt, SUBJECT_WORDS } from './eventWords';
import { ACTOR_KINDS, type Mention, type SentenceTokens } from './mentions';
import type { Token } from './tokens';
import type { Candidate } from './relations';


const MEDIATE_VERBS = /^(mediate|mediated|mediates|mediating|broker|brokered|brokers|brokering|chaired|chairs|chair|chairing|facilitated|facilitates|facilitate|facilitating|presided|presides|preside|presiding)$/;
/** "with Norway's help": the helper of an agreement or talks mediates it. */
const HELP_NOUNS = /^(help|mediation|assistance|facilitation|good|offices)$/;
/** Talks suspended or frozen: leaving them (eval/README.md, guideline 12). */
const SUSPEND_VERBS = /^(suspended|suspends|suspend|suspending|froze|freezes|freeze|freezing|frozen)$/;
const SIGN_VERBS = /^(signed|signs|sign|inked)$/;
const HOST_VERBS = /^(host|hosted|hosts|hosting)$/;
// CAMEO 051 praise or endorse, with the lexicon's APPRECIATE verbs (applaud, commend, laud, salute).
const ENDORSE_VERBS = /^(approved|approves|approve|hailed|hails|hail|backing|backed|backs|welcomed|welcomes|welcome|endorsed|endorses|praised|praises|applauded|applauds|applaud|commended|commends|lauded|lauds|saluted|salutes)$/;
// CAMEO 111 criticize or denounce and 120 reject, towards the event itself (eval/README.md: dismissing a summit is a
// rejection, REJECTS; condemning a deal is criticism, CRITICIZES).
export const CRITICIZE_VERBS = /^(criticized|criticised|criticizes|criticises|criticize|criticise|condemned|condemns|condemn|denounced|denounces|denounce|slammed|slams|slam|blasted|blasts|decried|decries)$/;
export const REJECT_VERBS = /^(rejected|rejects|reject|dismissed|dismisses|dismiss|refused|refuses|refuse|spurned|spurns)$/;
/** What may follow the event noun that a reaction's object ends on: "criticized the deal as …", "… for …". */
const OBJECT_ENDS = /^(as|and|for|over|because|with|between|in|on|at|that|which|signed|reached|struck|brokered|planned|held|last|this|outright|out)$/;
/** What may stand between a reaction verb and the event noun it is about: "dismissed out of hand the new summit". */
const OBJECT_WORDS = /^(the|a|an|this|that|its|their|his|her|new|latest|proposed|planned|so-called|recent|entire|whole|bilateral|interim|draft|out|of|hand|outright|’s|'s|-)$/;

const ACT_TRIGGERS = new Set([
  'mediate', 'mediated', 'mediates', 'mediating', 'broker', 'brokered', 'brokers', 'brokering', 'chaired', 'chairs', 'chair',
  'chairing', 'mediator', 'mediators', 'intermediary', 'intermediaries', 'host', 'hosted', 'hosts', 'hosting', 'approved',
  'approves', 'approve', 'hailed', 'hails', 'hail', 'backing', 'backed', 'backs', 'welcomed', 'welcomes', 'welcome',
  'endorsed', 'endorses', 'praised', 'praises', 'applauded', 'applauds', 'applaud', 'commended', 'commends', 'lauded',
  'lauds', 'saluted', 'salutes', 'arrived', 'arrive', 'arrives', 'left', 'leaves', 'traveled', 'travelled',
  'present', 'included', 'includes', 'withdraw', 'withdrew', 'withdrawing', 'withdraws', 'pulled', 'pulling',
  'recalled', 'recalls', 'recall', 'recalling', 'attended', 'attends', 'attend', 'attending', 'participated',
  'participates', 'participate', 'participating', 'joined', 'joins', 'join', 'took', 'take', 'takes', 'taking',
  'mediation', 'efforts', 'facilitated', 'facilitating', 'facilitate', 'facilitates', 'working', 'worked', 'trying', 'tried', 'seeking',
  'sought', 'helping', 'helped', 'pushing', 'pushed', 'striving', 'roles', 'role', 'facilitated', 'facilitates',
  'presided', 'presides', 'preside', 'presiding', 'with', 'suspended', 'suspends', 'suspend', 'suspending', 'froze',
  'freezes', 'freeze', 'freezing', 'frozen', 'signed', 'signs', 'sign', 'inked', 'quit', 'quits', 'quitting', 'exited',
  'exits', 'abandoned', 'abandons', 'walked', 'walks', 'brought', 'brings', 'bring', 'bringing', 'auspices',
]);
/** Whether a word may open an act on the event: a trigger, or a reaction verb (CRITICIZE_VERBS, REJECT_VERBS). */
const actTrigger = (word: string): boolean => ACT_TRIGGERS.has(word) || CRITICIZE_VERBS.test(word) || REJECT_VERBS.test(word);
/** "working to secure a truce", "trying to broker a deal": efforts towards the event by those who are not its sides. */
const EFFORT_VERBS = /^(working|worked|trying|tried|seeking|sought|helping|helped|pushing|pushed|striving)$/;
const SECURE_VERBS = /^(secure|reach|broker|mediate|achieve|clinch|forge|finalize|finalise|revive|restore|conclude)$/;
/** A delegation or envoy called back from talks. */
export const RECALL_VERBS = /^(recalled|recalls|recall|recalling|withdraw|withdrew|withdrawing|withdraws|pulled|pulling)$/;
const TEAM_NOUNS = /^(team|teams|delegation|delegations|negotiators|envoy|envoys|delegates|representatives|mediators)$/;

/** Whether the subject before `k` is delegations: "Delegations from C and D also attended", "C's delegation attended". */
function delegationsBefore(tokens: readonly Token[], k: number): boolean {
  return tokens.slice(Math.max(0, k - 10), k).some((t) => TEAM_NOUNS.test(t.lower));
}

/** One sentence's acts towards the event. */
export interface ActsContext {
  /** Tokens of accords named in passing: acts towards them are not acts towards this event. */
  foreign: ReadonlySet<number>;
  /** Whether the event is an agreement: those who sign it agree with each other. */
  deal: boolean;
}

export function eventActs(s: SentenceTokens, ms: readonly Mention[], eventId: string, sides: ReadonlySet<string>, options: ActsContext = { foreign: new Set(), deal: false }): Candidate[] {
  const tokens = s.tokens;
  const actors = actorMentions([...ms], tokens);
  const out: Candidate[] = [];
  const isEventNoun = (j: number): boolean => !options.foreign.has(j) && eventNounAt(tokens, j) !== null;
  // A partner named after "with" a few words past a signing verb that is none of the sides ("signed a memorandum
  // with the breakaway region of Somaliland"): a name there, known or not, that no side's mention covers.
  const signedWithOther = (k: number): boolean => {
    const w = tokens.slice(k + 1, k + 8).findIndex((x) => x.lower === 'with');
    if (w < 0) return false;
    const from = k + 2 + w;
    const window = ms.filter((m) => m.first >= from && m.first < from + 6);
    if (window.some((m) => sides.has(m.entityId))) return false;
    return tokens.slice(from, from + 6).some((x, i) => x.capitalized && x.isWord && !ms.some((m) => sides.has(m.entityId) && m.first <= from + i && from + i < m.last));
  };
  const eventBefore = (k: number, span = 4): boolean => {
    for (let j = k - 1; j >= Math.max(0, k - span); j--) if (isEventNoun(j)) return true;
    return false;
  };
  const add = (type: RelationshipType, m: Mention, k: number, confidence: number, rule: string): void => {
    if (!ACTOR_KINDS.has(m.kind)) return;
    const t = tokens[k];
    if (!t) return;
    // The quote carries the event's own word too ("the truce — which Norway had brokered —").
    let start = Math.min(m.start, t.start);
    let end = Math.max(m.end, t.end);
    for (let d = 1; d <= 8; d++) {
      const near = [k - d, k + d].find((j) => j >= 0 && isEventNoun(j));
      const n = near === undefined ? undefined : tokens[near];
      if (n) { start = Math.min(start, n.start); end = Math.max(end, n.end); break; }
    }
    out.push({ type, from: m.entityId, to: eventId, start, end, confidence, rule, anchor: t.start });
  };
  const eventAhead = (k: number, span = 6): boolean => {
    for (let j = k; j < Math.min(tokens.length, k + span); j++) if (isEventNoun(j) || /^(efforts|parties|process)$/.test(tokens[j]?.lower ?? '')) return true;
    return false;
  };
  const hedged = (k: number): boolean => tokens.slice(Math.max(0, k - 3), k).some((t) => /^(will|would|could|may|might|expected|not|never|hoped)$|n't$/.test(t.lower));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !actTrigger(t.lower)) continue;
    if (hedged(k)) continue;
    // Efforts towards the deal by others than its sides: "X and Y have been working to secure a truce",
    // "with X, Y and Z trying to broker a deal", "X played a key role in securing the agreement".
    if (EFFORT_VERBS.test(t.lower) || /^(role|roles)$/.test(t.lower)) {
      const j = tokens.slice(k + 1, k + 4).findIndex((x) => SECURE_VERBS.test(x.lower) || /^(securing|reaching|brokering|mediating|achieving)$/.test(x.lower));
      if (j < 0 || !eventAhead(k + 2 + j, 6)) continue;
      let v = k;
      // "played a key role": the actor stands before the verb of the role.
      if (/^(role|roles)$/.test(t.lower)) {
        while (v > 0 && k - v <= 4 && !/^(played|plays|play|playing)$/.test(tokens[v]?.lower ?? '')) v--;
        if (!/^(played|plays|play|playing)$/.test(tokens[v]?.lower ?? '')) continue;
      }
      for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v))) if (!sides.has(m.entityId)) add('MEDIATES', m, k + 1 + j, 0.75, 'event:effort');
      continue;
    }
    // "Israel recalled its negotiating team", "withdrew its delegation from Doha": leaving the talks.
    if (RECALL_VERBS.test(t.lower)) {
      const j = tokens.slice(k + 1, k + 5).findIndex((x) => TEAM_NOUNS.test(x.lower));
      if (j >= 0 && (/^(its|their|his|her|the)$/.test(tokens[k + 1]?.lower ?? '') || j === 0)) {
        for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add('WITHDREW_FROM', m, k + 1 + j, 0.8, 'event:recall-team');
        continue;
      }
    }
    const byAgent = tokens[k + 1]?.lower === 'by' ? targetAfter(actors, ms, tokens, k + 2, 4) : [];
    // "X attended the talks", "took part in the negotiations", "joined the summit", "the meeting was attended by X".
    if (/^(attended|attends|attend|attending|participated|participates|participate|participating|joined|joins|join)$/.test(t.lower) || (/^(took|take|takes|taking)$/.test(t.lower) && tokens[k + 1]?.lower === 'part')) {
      if (byAgent.length > 0 && eventBefore(k)) for (const m of byAgent) add('PARTICIPATES_IN', m, k, 0.8, 'event:passive:attend');
      else if (eventAhead(k + 1, 7)) for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add('PARTICIPATES_IN', m, k, 0.8, 'event:attend');
      // "Delegations from C and D also attended.": attending with no object, by delegations, is attending the talks.
      else if (/^(attended|attend|attends)$/.test(t.lower) && /^[.;]$/.test(tokens[k + 1]?.text ?? '.') && delegationsBefore(tokens, k)) {
        for (const m of actorBefore(actors, ms, tokens, k)) add('PARTICIPATES_IN', m, k, 0.75, 'event:delegations-attended');
      }
      continue;
    }
    // "the accord was signed by X and Y", "X and Y signed the accord": they take part; two signing an agreement agree (057).
    if (SIGN_VERBS.test(t.lower)) {
      // "X signed a memorandum with Z", Z no side of the article's agreement: another accord, not this one.
      if (sides.size > 0 && signedWithOther(k)) continue;
      const signers = byAgent.length > 0 && eventBefore(k) ? byAgent : eventAhead(k + 1, 5) ? actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k)) : [];
      const parties = signers.filter((m) => ACTOR_KINDS.has(m.kind));
      for (const m of parties) add('PARTICIPATES_IN', m, k, 0.8, 'event:sign');
      if (options.deal) {
        for (const a of parties) for (const b of parties) {
          if (a.entityId !== b.entityId) out.push({ type: 'AGREES_WITH', from: a.entityId, to: b.entityId, start: Math.min(a.start, b.start, t.start), end: Math.max(a.end, b.end, t.end), confidence: 0.8, rule: 'event:sign' });
        }
      }
      continue;
    }
    // "X suspended the talks", "the talks were suspended by X": leaving them.
    if (SUSPEND_VERBS.test(t.lower)) {
      if (byAgent.length > 0 && eventBefore(k)) for (const m of byAgent) add('WITHDREW_FROM', m, k, 0.8, 'event:passive:suspend');
      else if (byAgent.length === 0 && eventAhead(k + 1, 4)) for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add('WITHDREW_FROM', m, k, 0.8, 'event:suspend');
      continue;
    }
    // "reached the accord with Norway's help": the helper mediates.
    if (t.lower === 'with') {
      const helper = actors.find((m) => m.first === k + 1 && m.kind !== 'PLACE');
      const possessive = helper ? tokens[helper.last]?.text : undefined;
      const noun = helper ? tokens[helper.last + 1] : undefined;
      if (helper && noun && (possessive === '’s' || possessive === "'s") && HELP_NOUNS.test(noun.lower) && !sides.has(helper.entityId)
        && tokens.some((_, j) => isEventNoun(j) || /^(agree|agreed|agrees|agreeing|accord)$/.test(tokens[j]?.lower ?? ''))) {
        add('MEDIATES', helper, helper.last + 1, 0.8, 'event:help');
      }
      // "resumed talks on Monday, with Ecuador mediating": the helper named with its act.
      if (helper && /^(mediating|brokering|facilitating)$/.test(possessive?.toLowerCase() ?? '') && !sides.has(helper.entityId) && eventBefore(k, 12)) add('MEDIATES', helper, helper.last, 0.75, 'event:with-mediating');
      continue;
    }
    // "talks under the auspices of Ecuador": held under its patronage, which mediates.
    if (t.lower === 'auspices' && tokens[k + 1]?.lower === 'of' && (eventBefore(k, 10) || eventAhead(k + 2, 8))) {
      for (const m of targetAfter(actors, ms, tokens, k + 2, 2)) if (!sides.has(m.entityId) && m.kind !== 'PLACE') add('MEDIATES', m, k, 0.75, 'event:auspices');
      continue;
    }
    // "Egyptian mediation", "Qatar's mediation efforts", "X played a pivotal role in mediation efforts to …",
    // "intensive Egyptian efforts … to reach a truce": mediation told with a noun, by others than the sides.
    if (t.lower === 'mediation' || t.lower === 'efforts') {
      for (const m of mediationOwners(tokens, actors, ms, k, eventAhead, eventBefore)) if (!sides.has(m.entityId)) add('MEDIATES', m, k, 0.75, 'event:nominal:mediation');
      continue;
    }
    if (MEDIATE_VERBS.test(t.lower)) {
      if (byAgent.length > 0) { for (const m of byAgent) add('MEDIATES', m, k, 0.9, 'event:passive:mediate'); continue; }
      // "X-brokered talks"
      const glued = ms.find((m) => m.last === k - 1 && tokens[k - 1]?.text === '-');
      if (glued) { add('MEDIATES', glued, k, 0.85, 'event:compound:broker'); continue; }
      let subjects = actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k));
      if (subjects.length === 0) {
        // "The U.S. has been engaged in efforts to mediate", "have been trying to mediate"
        let j = k - 1;
        while (j > 0 && k - j <= 6 && /^(to|efforts|effort|engaged|in|been|has|have|had|working|trying|seeking|helping|continued|continues)$/.test(tokens[j]?.lower ?? '')) j--;
        if (j < k - 1) subjects = actorBefore(actors, ms, tokens, j + 1);
      }
      if (subjects.length === 0) {
        // A role in mediation: "X played a central part in mediating".
        const j = tokens.slice(Math.max(0, k - 6), k).findIndex((x) => /^(playing|played|play|plays)$/.test(x.lower));
        if (j >= 0) subjects = actorBefore(actors, ms, tokens, Math.max(0, k - 6) + j);
      }
      // "presided over a meeting": presiding over anything else ("presided over the economy") is no mediation.
      if (eventAhead(k + 1, /^presid/.test(t.lower) ? 4 : 8)) for (const m of subjects) add('MEDIATES', m, k, 0.85, 'event:active:mediate');
      // "Egypt and Qatar are mediating between Israel and Hamas": the mediation is the article's talks; the two
      // sides negotiate in them (eval/README.md, guideline 5).
      else if (tokens[k + 1]?.lower === 'between' && !/^presid|^chair/.test(t.lower)) out.push(...mediatedBetween(tokens, actors, ms, k, subjects, add));
      continue;
    }
    if (/^(mediator|mediators|intermediary|intermediaries)$/.test(t.lower)) {
      // "Saudi and US mediators": every name coordinated before the noun.
      const at = actors.findIndex((m) => m.last === k);
      const before = at >= 0 ? groupAround(actors, at, tokens, ms) : [];
      const after = actors.find((m) => m.first === k + 1);
      // "with Qatar acting as an intermediary"
      let j = k - 1;
      while (j > 0 && /^(a|an|the|key|main|chief|as)$/.test(tokens[j]?.lower ?? '')) j--;
      const acting = /^(acting|serving)$/.test(tokens[j]?.lower ?? '') ? actors.find((m) => m.last === j) : undefined;
      for (const m of [...before, after, acting]) if (m) add('MEDIATES', m, k, 0.8, 'event:nominal:mediator');
      continue;
    }
    if (HOST_VERBS.test(t.lower)) {
      if (byAgent.length > 0) { for (const m of byAgent) add('HOSTS', m, k, 0.9, 'event:passive:host'); continue; }
      // "hosted the signing ceremony for the deal", "hosted a new round of the talks": the event a little further on.
      const further = tokens.slice(k + 1, k + 4).some((x) => /^(ceremony|round|session)$/.test(x.lower));
      if (eventAhead(k + 1, further ? 7 : 4)) for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add('HOSTS', m, k, 0.85, 'event:active:host');
      continue;
    }
    // "The deal was hailed by X": praise told from the deal's end.
    if (ENDORSE_VERBS.test(t.lower) && byAgent.length > 0 && eventBefore(k)) {
      for (const m of byAgent) add('ENDORSES', m, k, 0.8, 'event:passive:endorse');
      continue;
    }
    if (ENDORSE_VERBS.test(t.lower) && eventAhead(k + 1, 4) && byAgent.length === 0) {
      for (const m of actorBefore(actors, ms, tokens, k)) add('ENDORSES', m, k, 0.8, 'event:active:endorse');
      continue;
    }
    // "X criticized the deal", "X dismissed the summit", "the accord was condemned by X": a reaction to the event.
    const reaction: RelationshipType | null = CRITICIZE_VERBS.test(t.lower) ? 'CRITICIZES' : REJECT_VERBS.test(t.lower) ? 'REJECTS' : null;
    if (reaction) {
      const rule = reaction === 'CRITICIZES' ? 'criticize' : 'reject';
      if (byAgent.length > 0 && eventBefore(k, 2)) for (const m of byAgent) add(reaction, m, k, 0.8, `event:passive:${rule}`);
      else if (byAgent.length === 0 && reactionObject(tokens, k + 1, isEventNoun)) for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add(reaction, m, k, 0.8, `event:active:${rule}`);
      continue;
    }
    // "The Hamas delegation arrived in Cairo … for consultations", "left … following talks on a Gaza ceasefire"
    if (/^(arrived|arrive|arrives|left|leaves|traveled|travelled)$/.test(t.lower)) {
      const j = tokens.slice(k + 1, k + 10).findIndex((x) => /^(for|following|after)$/.test(x.lower));
      if (j >= 0 && eventAhead(k + 2 + j, 2)) for (const m of actorBefore(actors, ms, tokens, k)) add('PARTICIPATES_IN', m, k + 1 + j, 0.8, 'event:arrived-for');
      continue;
    }
    // Presence at the talks ("X was present at the meeting") and delegations ("the US delegation included …").
    if (t.lower === 'present' && /^(was|were|also)$/.test(tokens[k - 1]?.lower ?? '')) {
      for (const m of actorBefore(actors, ms, tokens, k)) add('PARTICIPATES_IN', m, k, 0.8, 'event:present');
      continue;
    }
    if (/^(included|includes)$/.test(t.lower) && /^(delegation|team)$/.test(tokens[k - 1]?.lower ?? '')) {
      for (const m of actorBefore(actors, ms, tokens, k)) add('PARTICIPATES_IN', m, k, 0.8, 'event:delegation');
      continue;
    }
    // "The summit in Quito brought together Peru and Chile", "the talks, which brought together X and Y,".
    if (/^(brought|brings|bring|bringing)$/.test(t.lower) && tokens[k + 1]?.lower === 'together' && eventBefore(k, 8)) {
      for (const m of targetAfter(actors, ms, tokens, k + 2, 3)) add('PARTICIPATES_IN', m, k, 0.8, 'event:brought-together');
      continue;
    }
    // "withdrawing negotiators from efforts to reach a ceasefire"
    if (/^(withdraw|withdrew|withdrawing|withdraws|pulled|pulling)$/.test(t.lower)) {
      const j = tokens.slice(k + 1, k + 4).findIndex((x) => x.lower === 'from' || x.lower === 'out');
      if (j >= 0 && eventAhead(k + 2 + j, 6)) for (const m of actorBefore(actors, ms, tokens, k)) add('WITHDREW_FROM', m, k, 0.8, 'event:withdraw');
      continue;
    }
    // "X quit the accord", "X abandoned the deal", "X walked out of the talks": leaving it too.
    if (/^(quit|quits|quitting|exited|exits|abandoned|abandons)$/.test(t.lower) || (/^(walked|walks)$/.test(t.lower) && tokens[k + 1]?.lower === 'out')) {
      const from = tokens[k + 1]?.lower === 'out' ? k + 3 : k + 1;
      if (eventAhead(from, 4)) for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, k))) add('WITHDREW_FROM', m, k, 0.8, 'event:withdraw');
      continue;
    }
  }
  return out;
}

/**
 * Whether the object that starts at `from` is the event itself: "the deal", "the new accord", "out of hand the
 * summit", and not a part or a proposal of it ("violations of the truce", "the ceasefire proposal").
 */
export function reactionObject(tokens: readonly Token[], from: number, isEventNoun: (j: number) => boolean): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 6); j++) {
    if (isEventNoun(j)) {
      const after = tokens[eventNounAt(tokens, j)?.last ?? j + 1];
      return !after || !after.isWord || OBJECT_ENDS.test(after.lower);
    }
    const w = tokens[j];
    if (!w || !(OBJECT_WORDS.test(w.lower) || w.capitalized || SUBJECT_WORDS.has(w.lower))) return false;
  }
  return false;
}

/** Words between a mediation noun's owner and the noun: "Qatar's tireless mediation", "intensive Egyptian efforts". */
const EFFORT_WORDS = /^(intensive|intense|tireless|ongoing|continued|diplomatic|mediation|renewed|joint|active|strenuous|the|its|their)$/;

/**
 * Who mediates by the noun at k: its owner ("Egyptian efforts", "Qatar's mediation"), or the subject of a role or
 * lead in mediation ("played a pivotal role in mediation efforts", "has led mediation efforts"). Efforts count
 * only when they aim at the event ("efforts … to reach a truce"); mediation needs the event ahead or behind.
 */
function mediationOwners(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number, eventAhead: (k: number, span?: number) => boolean, eventBefore: (k: number, span?: number) => boolean = () => false): Mention[] {
  const efforts = tokens[k]?.lower === 'efforts';
  if (efforts) {
    // "efforts … to reach a truce", "efforts to broker a deal"
    const j = tokens.slice(k + 1, k + 14).findIndex((x, i) => x.lower === 'to' && SECURE_VERBS.test(tokens[k + 2 + i]?.lower ?? ''));
    if (j < 0 || !eventAhead(k + 3 + j, 6)) return [];
  } else if (!eventAhead(k + 1, 8) && tokens[k + 1]?.lower !== 'efforts' && !(underMediation(tokens, k) && eventBefore(k, 10))) return [];
  let j = k - 1;
  while (j > 0 && k - j <= 3 && EFFORT_WORDS.test(tokens[j]?.lower ?? '')) j--;
  const owner = ms.find((m) => (m.last === j + 1 && (m.form === 'demonym' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'))
    || (m.last === j && /^(’s|'s)$/.test(tokens[j]?.text ?? '')));
  if (owner && ACTOR_KINDS.has(owner.kind) && owner.kind !== 'PLACE') return [owner];
  // "X plays a pivotal role in mediation efforts", "X has led / is leading mediation efforts".
  if (tokens[k]?.lower !== 'mediation') return [];
  let v = k - 1;
  while (v > 0 && k - v <= 6 && !/^(played|plays|play|playing|led|leads|leading|spearheaded|spearheads)$/.test(tokens[v]?.lower ?? '')) v--;
  if (!/^(played|plays|play|playing|led|leads|leading|spearheaded|spearheads)$/.test(tokens[v]?.lower ?? '') || verbHedged(tokens, v)) return [];
  return actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, v));
}

/** "held under / with / through Ecuadorian mediation": mediation named after the talks it accompanied, at `k`. */
function underMediation(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= 3 && (EFFORT_WORDS.test(tokens[j]?.lower ?? '') || tokens[j]?.capitalized || /^(’s|'s)$/.test(tokens[j]?.text ?? ''))) j--;
  return /^(under|with|through|via)$/.test(tokens[j]?.lower ?? '');
}

type AddAct = (type: RelationshipType, m: Mention, k: number, confidence: number, rule: string) => void;

/** Mediators of "mediating between A and B" mediate the event; A and B take part and negotiate, both ways. */
function mediatedBetween(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number, mediators: readonly Mention[], add: AddAct): Candidate[] {
  const sides = targetAfter(actors, ms, tokens, k + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE' && m.kind !== 'PERSON');
  const [a, b] = sides;
  if (mediators.length === 0 || sides.length !== 2 || !a || !b || a.entityId === b.entityId) return [];
  for (const m of mediators) add('MEDIATES', m, k, 0.85, 'event:mediate-between');
  for (const m of sides) add('PARTICIPATES_IN', m, k, 0.8, 'event:mediate-between');
  const span = { start: a.start, end: b.end };
  return [[a, b], [b, a]].map(([x, y]) => ({ type: 'NEGOTIATES' as const, from: x?.entityId ?? '', to: y?.entityId ?? '', ...span, confidence: 0.8, rule: 'event:mediate-between' }));
}
