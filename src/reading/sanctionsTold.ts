// Sanctions (163) on bodies named past what they are and whose ("Russian oil majors Rosneft and Lukoil"),
// blacklisting, sanctions imposed by X on Y, assets frozen, terrorist designations and sides hit with sanctions.
// sanctionedNames.ts makes such unknown names bodies.
import { actorBefore, BOUNDARY_WORDS, targetAfter, WEEKDAYS } from './clauses';
import { describedTargetAfter } from './describedTargets';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { POSSESSIVE, STATES_AND_GROUPS } from './hostileWords';
import { SANCTION_DESCRIPTION } from './sanctionedNames';
import { measureAt, measureStart } from './sanctionMeasures';

const SANCTION_VERBS = /^(sanctioned|sanctioning|blacklisted|blacklisting|blacklists|blacklist)$/;
/** Verbs that put sanctions in force, for the measures after them: "adopted / renewed / extended sanctions on Y". */
const PUT_IN_FORCE = /^(imposed|impose|imposes|imposing|announced|announces|slapped|levied|unveiled|placed|expanded|tightened|introduced|introduces|adopted|adopts|approved|approves|renewed|renews|extended|extends|issued)$/;

/** The bodies a sanction falls on, past what they are and whose ("Russian oil majors Rosneft and Lukoil"). */
export function sanctioned(tokens: readonly Token[], actors: Mention[], all: Mention[], from: number): Mention[] {
  let k = from;
  // An owner's possessive is a description too: "Russia's two largest oil companies, Rosneft and Lukoil".
  const owner = (j: number): Mention | undefined => all.find((m) => m.first === j && POSSESSIVE.test(tokens[m.last]?.text ?? ''));
  let whose: Mention | undefined;
  // "US defence firms Raytheon and Lockheed": a name before a description word says whose the bodies are.
  const modifier = (j: number): Mention | undefined => actors.find((m) => m.first === j && m.kind !== 'PERSON'
    && SANCTION_DESCRIPTION.test(tokens[m.last]?.lower ?? '') && !/^(and|,|the|including|such|as)$/.test(tokens[m.last]?.lower ?? ''));
  while (k < tokens.length && k - from <= 10 && !actors.some((m) => m.first === k && m.form !== 'demonym' && !owner(k) && !modifier(k))) {
    const named = modifier(k);
    if (named) { whose = named; k = named.last; continue; }
    const t = tokens[k];
    const o = owner(k);
    if (o) { whose = o; k = o.last + 1; continue; }
    // "sanctions on Iran's oil sector": what the owner owns is no name, so the owner is sanctioned.
    if (!t || !(SANCTION_DESCRIPTION.test(t.lower) || all.some((m) => m.form === 'demonym' && m.first === k))) return whose && STATES_AND_GROUPS(whose) ? [whose] : [];
    k++;
  }
  return targetAfter(actors, all, tokens, k, 0).filter(STATES_AND_GROUPS);
}

/**
 * "X sanctioned Russian oil majors Rosneft and Lukoil", "X blacklisted Sovcombank", "sanctions imposed by X on
 * Y", "X imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil": sanctions (163).
 */
export function sanctionedBodies(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (hedged(tokens, k)) continue;
    // "Rosneft, already under US sanctions", "Iran remains under American sanctions": the owner sanctions the subject.
    if (w === 'under' && !hedged(tokens, k)) {
      const owner = all.find((m) => m.first === k + 1 && !m.inTitle && STATES_AND_GROUPS(m));
      if (!owner || !/^(sanctions|sanction|embargo)$/.test(tokens[owner.last]?.lower ?? '')) continue;
      let s = k - 1;
      while (s > 0 && /^(is|are|was|were|been|remains|remain|remained|already|still|now|long|has|have|had|be|being|,)$/.test(tokens[s]?.lower ?? '')) s--;
      const under = actors.filter((m) => m.last === s + 1 && STATES_AND_GROUPS(m));
      for (const b of under) add('SANCTIONS', owner, b, 0.8, 'sanction:under', [owner.last]);
      continue;
    }
    if (SANCTION_VERBS.test(w) && tokens[k + 1]?.lower !== 'by') {
      // "blacklisted Hezbollah financier X": the person is sanctioned (verbs.ts), not whose they are.
      if (describedTargetAfter(actors, all, tokens, k + 1).length > 0) continue;
      const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, k)).filter(STATES_AND_GROUPS);
      for (const a of subjects) for (const b of sanctioned(tokens, actors, all, k + 1)) add('SANCTIONS', a, b, 0.85, 'sanction:verb', [k]);
      continue;
    }
    if (DESIGNATED.test(w) && tokens[k + 1]?.lower !== 'by') {
      designation(tokens, actors, all, k, add);
      continue;
    }
    if (w !== 'sanctions' && w !== 'embargo') continue;
    let sanctioners: Mention[] = [];
    let on = k + 1;
    // "its 19th sanctions package against Russia", "sanctions measures on Iran"
    if (/^(package|packages|regime|measures)$/.test(tokens[on]?.lower ?? '')) on++;
    if (/^(imposed|announced|levied)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by') {
      // "sanctions imposed by X on Y"
      sanctioners = targetAfter(actors, all, tokens, k + 3, 2).filter(STATES_AND_GROUPS);
      const last = sanctioners[sanctioners.length - 1];
      on = last ? last.last : -1;
    } else {
      sanctioners = actorBefore(actors, all, tokens, k, 1).filter(STATES_AND_GROUPS);
      if (sanctioners.length === 0) {
        let v = k - 1;
        // "approved a 14th package of sanctions against Y", "unveiled a new round of sanctions on Y".
        while (v > 0 && /^(new|fresh|further|more|tough|tougher|sweeping|economic|financial|the|a|an|arms|weapons|oil|trade|additional|its|their|secondary|\d+(st|nd|rd|th)|latest|package|round|wave|set|raft|series|of)$/.test(tokens[v]?.lower ?? '')) v--;
        if (PUT_IN_FORCE.test(tokens[v]?.lower ?? '') && !hedged(tokens, v)) sanctioners = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
      }
    }
    if (on < 0 || !/^(on|against|targeting|targetting)$/.test(tokens[on]?.lower ?? '')) continue;
    for (const a of sanctioners) for (const b of sanctioned(tokens, actors, all, on + 1)) add('SANCTIONS', a, b, 0.85, 'sanction:noun', [k]);
  }
}

const DESIGNATED = /^(designated|designates|designating)$/;
/** What may close a sanctions designation's object: "designated X and Y under Executive Order 14024", "… for sanctions". */
const DESIGNATION_ENDS = /^(\.|,|;|under|for|on|in|last|this|over|pursuant|and|—|–)$/;

/**
 * "The Treasury designated Rosneft and Lukoil", "OFAC designated X under Executive Order 14024": a state or body
 * designating a named body or person (not "as" something, which terrorDesignations reads, nor "to" a post) is a
 * sanctions designation (163).
 */
function designation(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  const described = describedTargetAfter(actors, all, tokens, v + 1, true);
  const targets = described.length > 0 ? described : sanctioned(tokens, actors, all, v + 1);
  const last = targets[targets.length - 1];
  if (!last || !DESIGNATION_ENDS.test(tokens[last.last]?.text.toLowerCase() ?? '.')) return;
  // "designated X as a terrorist group", "designated X for the post": other designations.
  if (tokens[last.last]?.lower === 'for' && !/^(sanctions|sanction)$/.test(tokens[last.last + 1]?.lower ?? '')) return;
  if (tokens.slice(last.last, last.last + 6).some((t) => t.lower === 'as')) return;
  const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
  for (const a of subjects) for (const b of targets) if (a.entityId !== b.entityId) add('SANCTIONS', a, b, 0.8, 'sanction:designated', [v]);
}

const FREEZE_VERBS = /^(froze|freeze|freezes|freezing|frozen|seized|seize|seizes|seizing|blocked|block|blocks|blocking)$/;

/**
 * "X froze the assets of Y", "X froze Y's assets", "X imposed an asset freeze on Y": freezing a side's assets is a
 * sanction (163). Subjects are states and bodies; the side frozen may be a person.
 */
export function assetFreezes(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!FREEZE_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v) || tokens[v - 1]?.lower === 'to') continue;
    let targets: Mention[] = [];
    let k = v + 1;
    while (/^(the|all|some|its|their|financial|foreign|overseas|bank|remaining)$/.test(tokens[k]?.lower ?? '')) k++;
    if (/^(assets|funds|accounts|holdings|property|properties)$/.test(tokens[k]?.lower ?? '') && /^(of|belonging)$/.test(tokens[k + 1]?.lower ?? '')) {
      const at = tokens[k + 1]?.lower === 'belonging' && tokens[k + 2]?.lower === 'to' ? k + 3 : k + 2;
      targets = describedTargetAfter(actors, all, tokens, at);
      if (targets.length === 0) targets = targetAfter(actors, all, tokens, at, 2);
    } else {
      // "froze Y's (overseas) assets"
      const owner = all.find((m) => m.first === v + 1 + (tokens[v + 1]?.lower === 'the' ? 1 : 0) && POSSESSIVE.test(tokens[m.last]?.text ?? ''));
      let a = owner ? owner.last + 1 : -1;
      while (a > 0 && /^(financial|foreign|overseas|bank|remaining)$/.test(tokens[a]?.lower ?? '')) a++;
      if (owner && /^(assets|funds|accounts|holdings)$/.test(tokens[a]?.lower ?? '') && actors.includes(owner)) targets = [owner];
    }
    if (targets.length === 0) continue;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
    for (const a of subjects) for (const b of targets) if (ACTOR_KINDS_SANCTIONED(b)) add('SANCTIONS', a, b, 0.8, 'sanction:assets', [v]);
  }
}

const ACTOR_KINDS_SANCTIONED = (m: Mention): boolean => m.kind !== 'PLACE' && m.kind !== 'EVENT';
const DESIGNATE_VERBS = /^(designated|designates|designate|designating|listed|lists|list|listing|branded|brands|labelled|labeled|classified|declared)$/;
const TERROR_WORDS = /^(terrorist|terror)$/;

/**
 * "X designated Y (as) a terrorist organization", "X listed Y as a terror group", "Y was designated a terrorist
 * group by X": a terrorist listing is a sanction (163); calling Y terrorists in speech is not (no listing verb).
 */
export function terrorDesignations(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!DESIGNATE_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v) || tokens[v - 1]?.lower === 'to') continue;
    const passive = /^(was|were|is|are|been|being|has|have)$/.test(tokens[v - 1]?.lower ?? '');
    const listed = passive ? actorBefore(actors, all, tokens, v, 3) : targetAfter(actors, all, tokens, v + 1, 2);
    const last = listed[listed.length - 1];
    let k = passive ? v + 1 : last ? last.last : -1;
    if (k < 0) continue;
    if (tokens[k]?.lower === 'as') k++;
    const end = k + 5;
    let terror = -1;
    for (let j = k; j < Math.min(end, tokens.length); j++) {
      const t = tokens[j];
      if (!t || !(t.isWord || t.text === '-') || BOUNDARY_WORDS.has(t.lower)) break;
      if (TERROR_WORDS.test(t.lower) && /^(organization|organisation|group|groups|entity|entities|organizations|organisations|movement)$/.test(tokens[j + 1]?.lower ?? '')) { terror = j + 1; break; }
      // "designated Cuba as a state sponsor of terrorism"
      if (t.lower === 'sponsor' && tokens[j + 1]?.lower === 'of' && tokens[j + 2]?.lower === 'terrorism') { terror = j + 2; break; }
    }
    if (terror < 0) continue;
    const listers = passive
      ? (tokens[terror + 1]?.lower === 'by' ? targetAfter(actors, all, tokens, terror + 2, 2) : [])
      : actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v));
    for (const a of listers.filter(STATES_AND_GROUPS)) for (const b of listed.filter(STATES_AND_GROUPS)) add('SANCTIONS', a, b, 0.85, 'sanction:terror-listing', [v, terror]);
  }
}

/** "Y was hit with sanctions by X", "Y was slapped with new sanctions by X": the passive of a sanction imposed. */
export function sanctionsSuffered(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!/^(hit|slapped|targeted|punished)$/.test(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower !== 'with') continue;
    if (!/^(was|were|been|is|are|being)$/.test(tokens[v - 1]?.lower ?? '') || hedged(tokens, v - 1)) continue;
    let k = v + 2;
    while (/^(new|fresh|further|tough|tougher|sweeping|economic|financial|more|additional|the|a|an|arms)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!/^(sanctions|embargo|embargoes)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') continue;
    const sanctioners = targetAfter(actors, all, tokens, k + 2, 2).filter(STATES_AND_GROUPS);
    const patients = actorBefore(actors, all, tokens, v, 3).filter(ACTOR_KINDS_SANCTIONED);
    for (const a of sanctioners) for (const b of patients) add('SANCTIONS', a, b, 0.8, 'sanction:passive-noun', [v, k]);
  }
  sanctionsSufferedOwned(tokens, actors, all, add);
  sanctionsHitWith(tokens, actors, all, add);
}

/** "X hit Y with new sanctions", "X slapped Y with an embargo": the active of "Y was hit with sanctions by X". */
function sanctionsHitWith(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!/^(hit|hits|slapped|slaps|punished|punishes)$/.test(tokens[v]?.lower ?? '') || hedged(tokens, v) || tokens[v - 1]?.lower === 'to') continue;
    const targets = targetAfter(actors, all, tokens, v + 1, 1).filter(ACTOR_KINDS_SANCTIONED);
    const last = targets[targets.length - 1];
    if (!last || tokens[last.last]?.lower !== 'with') continue;
    let k = last.last + 1;
    while (k - last.last <= 4 && measureAt(tokens, k) === null && /^(new|fresh|further|tough|tougher|sweeping|economic|the|a|an|more|arms)$/.test(tokens[k]?.lower ?? '')) k++;
    if (measureAt(tokens, k) === null && measureAt(tokens, k + 1) === null) continue;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
    for (const a of subjects) for (const b of targets) add('SANCTIONS', a, b, 0.8, 'sanction:hit-with', [v, k]);
  }
}

/** "Y was hit by Chilean sanctions", "Y was targeted by new US sanctions": the owner of the sanctions sanctions Y. */
function sanctionsSufferedOwned(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!/^(hit|targeted|punished)$/.test(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower !== 'by') continue;
    if (!/^(was|were|been|is|are|being)$/.test(tokens[v - 1]?.lower ?? '') || hedged(tokens, v - 1)) continue;
    let k = v + 2;
    while (/^(new|fresh|further|tough|tougher|sweeping|economic|the|a)$/.test(tokens[k]?.lower ?? '')) k++;
    const owner = all.find((m) => m.first === k && !m.inTitle && STATES_AND_GROUPS(m));
    if (!owner) continue;
    const head = POSSESSIVE.test(tokens[owner.last]?.text ?? '') ? owner.last + 1 : owner.last;
    if (owner.form !== 'demonym' && head === owner.last) continue;
    if (measureAt(tokens, head) === null) continue;
    const patients = actorBefore(actors, all, tokens, v, 3).filter(ACTOR_KINDS_SANCTIONED);
    for (const b of patients) add('SANCTIONS', owner, b, 0.75, 'sanction:passive-owned', [v, head]);
  }
}

/**
 * "X's sanctions on Y", "X imposed new sanctions against Y", "an arms embargo on Y", "an asset freeze on Y": the
 * owner or the subject of the verb that imposed them sanctions Y (163).
 */
export function sanctionsOn(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    // "an asset freeze on Y", "restrictive measures on Y", "a travel ban on Y": a sanction told by its kind.
    const kind = measureAt(tokens, k);
    const at = kind ? measureObjectAt(tokens, k + 1) : -1;
    if (!kind || at < 0) continue;
    const start = measureStart(tokens, k);
    if (hedged(tokens, start)) continue;
    let subjects = actorBefore(actors, all, tokens, start, 1);
    if (subjects.length === 0) {
      let v = start - 1;
      // "imposed a travel ban and an asset freeze on Y": the measures listed before it.
      while (v > 0 && MEASURE_LIST_WORDS.test(tokens[v]?.lower ?? '')) v--;
      if (PUT_IN_FORCE.test(tokens[v]?.lower ?? '') && !hedged(tokens, v)) subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v));
    }
    // "sanctions on Belarusian leader X": the person named after what they are, not their state.
    const described = describedTargetAfter(actors, all, tokens, at, true);
    let targets = described.length > 0 ? described : targetAfter(actors, all, tokens, at, 3).filter((m) => ACTOR_KINDS.has(m.kind));
    // "sanctions on Iran's Revolutionary Guards": a named body the owner owns is what is sanctioned.
    const owner = targets.length === 1 ? targets[0] : undefined;
    const owned = owner && /^(['’]s)$/.test(tokens[owner.last]?.text ?? '') ? targetAfter(actors, all, tokens, owner.last + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind)) : [];
    if (owned.length > 0) targets = owned;
    // "sanctions on Russian banks and on Belarus": a second "on" phrase names a second target.
    const end = targets[targets.length - 1]?.last ?? -1;
    const demonymEnd = end < 0 ? all.find((m) => m.first === at && m.form === 'demonym')?.last ?? -1 : end;
    let more = demonymEnd;
    while (more > 0 && more - demonymEnd <= 3 && tokens[more]?.isWord && !/^(and|on|against)$/.test(tokens[more]?.lower ?? '')) more++;
    if (more > 0 && tokens[more]?.lower === 'and' && /^(on|against)$/.test(tokens[more + 1]?.lower ?? '')) targets = [...targets, ...targetAfter(actors, all, tokens, more + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind))];
    for (const a of subjects.filter((m) => ACTOR_KINDS.has(m.kind))) for (const b of targets) add('SANCTIONS', a, b, 0.85, `nominal:${kind}`, [k]);
  }
}

/** Words of the measures listed before the one whose object follows: "a travel ban and an asset freeze on Y". */
const MEASURE_LIST_WORDS = /^(new|fresh|further|more|tough|tougher|harsh|harsher|severe|stiff|punitive|crippling|sweeping|economic|the|a|an|arms|weapons|additional|asset|assets|travel|visa|ban|bans|freeze|freezes|export|import|trade|controls|restrictions|restrictive|measures|sanctions|and|,)$/;

/** Where the object of a measure starts: "sanctions on / against / targeting Y", "sanctions aimed at Y"; or -1. */
function measureObjectAt(tokens: readonly Token[], k: number): number {
  // "sanctions on Tuesday targeting Y": the day the measures came is not what they fall on.
  if (tokens[k]?.lower === 'on' && WEEKDAYS.test(tokens[k + 1]?.lower ?? '')) k += 2;
  const w = tokens[k]?.lower ?? '';
  if (/^(on|against|targeting|targetting)$/.test(w)) return k + 1;
  return /^(aimed|directed)$/.test(w) && tokens[k + 1]?.lower === 'at' ? k + 2 : -1;
}
