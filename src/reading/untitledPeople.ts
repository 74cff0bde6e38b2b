// Mentions, pass 1 (last): people named without a title, where the sentence's shape says a person is meant:
// "said Ana Ruiz", "Ana Ruiz said", "Ana Ruiz, who …", "led by Ana Ruiz". Only names no data knows as anything
// else, of two to four plain capitalised words with no organization or place word among them.
import { gazetteer } from './gazetteer';
import { isNameWord, matchName, PARTICLES, readName, type Mention, type ReadingContext, type SentenceTokens } from './mentions';
import { ORG_CUES, PLACE_CUES } from './names';
import { personMention, registerPerson } from './people';
import type { Token } from './tokens';
import { givenNames } from './givenNames';
import { HONORIFICS, TITLE_HEADS } from './titles';

/** Words right before a name that make it a speaker or a leader: "said X", "led by X". */
const SPEAKER_BEFORE = /^(said|says|told|added|reacted|stated|explained|noted|warned)$/;
const LED_BY = /^(led|headed|chaired|attended)$/;
/** Words right after a name that make it a speaker: "X said". */
const SPEAKER_AFTER = /^(said|says|told|added|stated|explained|noted|warned|announced|declared|confirmed)$/;
/**
 * Verbs of what people do, right after a name (its subject: "X met", "X accused") or right before it (its object:
 * "accused X", "thanked X"). Verbs of going only after the name ("X visited the camps"): their object is a place as
 * often as a person, their subject is not.
 */
const ACT_AFTER = /^(visited|travelled|traveled|met|urged|accused|accuses|criticized|criticised|condemned|praised|welcomed|rejected|denied|denies|signed|vowed|pledged|promised|threatened|insisted|argued|wrote|tweeted|posted|asked|demanded|agreed|resigned|ordered|expressed|stressed|emphasized|emphasised|hailed|thanked|congratulated|invited|phoned|discussed|backed|endorsed|blamed|dismissed|slammed|questioned|responded|replied|claimed|alleged|acknowledged|admitted|reiterated|spoke|speaks|called|calls|urges|says|believes|believed|thinks|thought|appealed|pleaded|apologized|apologised|conceded|testified|recalled|described|described|praises|met|meets)$/;
const ACT_BEFORE = /^(met|urged|accused|criticized|criticised|condemned|praised|thanked|congratulated|invited|appointed|nominated|endorsed|backed|blamed|sacked|fired|replaced|succeeded|defeated|arrested|detained|released|freed|pardoned|sanctioned|interviewed|quoted|phoned|telephoned|elected|killed|kidnapped|abducted|charged|indicted|convicted|sentenced|summoned|named)$/;
/**
 * What a person is, in lower case right before the name: "laureate X", "activist X", "opposition figure X". Words
 * of office are titles (titles.ts); these say who someone is outside office.
 */
const PERSON_NOUNS = /^(laureate|activist|journalist|lawyer|businessman|businesswoman|tycoon|billionaire|dissident|candidate|challenger|rival|opponent|critic|cleric|preacher|economist|analyst|researcher|professor|scholar|blogger|influencer|whistleblower|reporter|correspondent|photographer|filmmaker|priest|bishop|pastor|rabbi|imam|politician|populist|nationalist|founder|co-founder|entrepreneur|banker|magnate|oligarch|warlord|kingpin|defendant|fugitive|commentator|figure|veteran|novelist|writer|author|singer|rapper|actor|actress|hostage|detainee|prisoner|suspect|militant|commander|incumbent|frontrunner|front-runner|nominee|successor|predecessor|ally|loyalist|tourist|worker|player|national|citizen|student|academic|athlete|teacher|doctor|nurse|employee|contractor|financier|engineer|sailor|pilot|backpacker|climber|missionary|soldier|conscript|reservist|captive|abductee|protester|protestor|demonstrator|resident|witness|eyewitness|survivor|voter|villager|shopkeeper|trader|farmer|refugee)$/;
/** A word of a person's name: capitalised, then lower case ("Ruiz", "Saint", "Cyr"); not "NATO" nor "McX" edge cases. */
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’]+$/u;

export function findUntitledPeople(ctx: ReadingContext, s: SentenceTokens, occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i] || !isNameWord(tokens[i])) continue;
    // "Journalist Austin Tice was …": the capitalised opening word says what the person is; the name follows it.
    if (i === 0 && PERSON_NOUNS.test(tokens[0]?.lower ?? '') && isNameWord(tokens[1])) continue;
    const end = readName(tokens, i, 4);
    if (end <= i) continue;
    if (!(cued(tokens, i, end) || besideKnownPerson(ctx, tokens, i, end)) || !personLike(ctx, tokens, i, end) || occupied.slice(i, end).some(Boolean)) {
      i = end - 1;
      continue;
    }
    const person = registerPerson(ctx, tokens, i, end);
    out.push(personMention(ctx, tokens, i, end, person));
    for (let k = i; k < end; k++) occupied[k] = true;
    i = end - 1;
  }
  return out;
}

function cued(tokens: readonly Token[], i: number, end: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  // "the Organisation of Islamic Cooperation condemned": the words end a longer name, not a person's.
  if (before === 'of' && tokens[i - 2]?.capitalized) return false;
  if (insideBodyName(tokens, i)) return false;
  const after = tokens[end];
  if (SPEAKER_BEFORE.test(before) || (before === 'by' && LED_BY.test(tokens[i - 2]?.lower ?? ''))) return true;
  // "the detention of Ana Ruiz", "an arrest warrant for Ana Ruiz": custody befalls people.
  if ((before === 'of' && CUSTODY_NOUNS.test(tokens[i - 2]?.lower ?? '')) || (before === 'for' && tokens[i - 2]?.lower === 'warrant')) return true;
  if (after && (SPEAKER_AFTER.test(after.lower) || ACT_AFTER.test(after.lower))) return true;
  // "Ana Ruiz", anywhere: a given name many office-holders bear opens it (givenNames.ts).
  if (givenNames().has(tokens[i]?.lower ?? '')) return true;
  const word = tokens[i - 1];
  // "Journalist X was …": what a person is may open the sentence, capitalised.
  // "Chile-backed Red Hand rebels": a verb glued to a hyphen is a compound describing a body, no act on a person.
  const compound = tokens[i - 2]?.text === '-';
  if (word && (!word.capitalized || i === 1) && ((ACT_BEFORE.test(word.lower) && !compound) || PERSON_NOUNS.test(word.lower))) return true;
  // "a British national, X,": the apposition after what a person is.
  if (word?.text === ',' && PERSON_NOUNS.test(tokens[i - 2]?.lower ?? '')) return true;
  // "X was arrested", "X were freed on Monday": custody told of a name in the passive.
  if (/^(was|were|is|has|had)$/.test(after?.lower ?? '') && CUSTODY_PASSIVES.test(tokens[end + 1]?.lower === 'been' ? tokens[end + 2]?.lower ?? '' : tokens[end + 1]?.lower ?? '')) return true;
  if (after && OFFICE_AFTER.test(after.lower)) return true;
  // "called for Evan Gershkovich's release", "demanded X's resignation": what befalls a person, owned by the name.
  if (after?.lower === "'s" && PERSON_FATES.test(tokens[end + 1]?.lower ?? '')) return true;
  // "X was elected head of …", "X of the Freedom Party".
  if (/^(was|is|has|had)$/.test(after?.lower ?? '') && /^(elected|appointed|named|voted|sworn|been|re)$/.test(tokens[end + 1]?.lower ?? '')) return true;
  const comma = after?.text === ',' ? 1 : 0;
  if (/^(of|from)$/.test(tokens[end + comma]?.lower ?? '') && partyAhead(tokens, end + comma + 1)) return true;
  if (after?.text === ',' && describedAfter(tokens, end + 1)) return true;
  return after?.text === ',' && /^(who|whose)$/.test(tokens[end + 1]?.lower ?? '');
}

/** Words that end an apposition's first noun phrase before its head could be read: "the party of …". */
const PHRASE_STOPS = /^(,|\.|;|of|in|for|at|with|from|on|and|who|which|that|said|says)$/;

/**
 * "X Y, the president's main rival", "X Y, a leading figure in …": an apposition right after the name whose first
 * noun phrase is headed by what a person is, or by an office in lower case. Looks at most eight words on.
 */
function describedAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 8; j++) {
    const t = tokens[j];
    if (!t || PHRASE_STOPS.test(t.lower)) return false;
    if (!t.capitalized && (PERSON_NOUNS.test(t.lower) || (TITLE_HEADS.has(t.lower) && !HONORIFICS.has(t.lower)))) return true;
  }
  return false;
}

/**
 * "the Centre for Democracy and Human Rights condemned": words after "for … and" inside a body's long name are
 * the name's tail, not a person. Walks back at most eight tokens over the name to a body's head word before "of"/"for".
 */
function insideBodyName(tokens: readonly Token[], i: number): boolean {
  if (!/^(and|for)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i - 1; k > 0 && i - k <= 8; k--) {
    const t = tokens[k];
    if (!t || !(t.capitalized || /^(and|of|for|the)$/.test(t.lower))) return false;
    if (/^(of|for)$/.test(t.lower) && (ORG_CUES.has(tokens[k - 1]?.lower ?? '') || /^(centre|center|foundation)$/.test(tokens[k - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/** A known person's name ending right before token `end` (exclusive), or starting at `start`. */
function knownPersonAt(ctx: ReadingContext, tokens: readonly Token[], start: number, end?: number): boolean {
  const m = matchName(ctx, tokens, start);
  return m !== null && (m.known?.kind ?? m.entry?.entity.kind) === 'PERSON' && (end === undefined || m.last === end);
}

/**
 * "between Recep Tayyip Erdogan and Kemal Kilicdaroglu", "Ana Ruiz and Vladimir Putin": a name coordinated with a
 * person the data knows is a person too. One name each side, so lists of places and bodies are left alone.
 */
function besideKnownPerson(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): boolean {
  if (tokens[end]?.lower === 'and' && knownPersonAt(ctx, tokens, end + 1)) return true;
  if (tokens[i - 1]?.lower !== 'and') return false;
  let start = i - 2;
  while (start > 0 && i - 2 - start < 4 && isNameWord(tokens[start - 1])) start--;
  for (let k = start; k <= i - 2; k++) if (knownPersonAt(ctx, tokens, k, i - 1)) return true;
  return false;
}

/** Custody verbs in the passive: what is done to a person, not to a place or a body. */
const CUSTODY_PASSIVES = /^(arrested|detained|jailed|imprisoned|freed|released|kidnapped|abducted|sentenced|pardoned|deported|extradited)$/;

/** Nouns of custody before "of" and a person's name: "the detention of X", "the release of X". */
const CUSTODY_NOUNS = /^(detention|arrest|release|imprisonment|jailing|abduction|kidnapping|extradition)$/;

/** Nouns of what is done to a person, after the person's possessive: "X's release", "X's resignation". */
const PERSON_FATES = /^(release|freedom|resignation|ouster|arrest|detention|imprisonment|jailing|conviction|extradition|execution|impeachment)$/;

/** Verbs of holding an office, right after a name: "X heads the council". */
const OFFICE_AFTER = /^(leads|heads|chairs|became)$/;

/** "the (ruling) Freedom Party" from token `k`: capitalised words ending in a party's head word. */
function partyAhead(tokens: readonly Token[], k: number): boolean {
  let i = tokens[k]?.lower === 'the' ? k + 1 : k;
  while (/^(ruling|opposition|governing|main)$/.test(tokens[i]?.lower ?? '')) i++;
  const end = readName(tokens, i, 6);
  if (end > i && /^(party|bloc)$/.test(tokens[end]?.text ?? '')) return true;
  return end > i + 1 && /^(party|movement|bloc|alliance|front|coalition|union|league|congress)$/.test(tokens[end - 1]?.lower ?? '');
}

/** Two to four name words, none a known name of anything but a person, none an organization's or a place's word. */
function personLike(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): boolean {
  // "Loujain al-Hathloul": a particle inside the name is no word of it to test.
  const words = tokens.slice(i, end).filter((t) => t.isWord && !(PARTICLES.has(t.lower) && !t.capitalized));
  // Two names at least, apart: "Saint-Cyr" alone is a surname, which would make a second person of "Laurent Saint-Cyr".
  const spaced = ctx.text.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? 0).split(/\s+/).length;
  if (spaced < 2 || words.length > 4) return false;
  if (words.some((t) => !PERSON_WORD.test(t.text) || ORG_CUES.has(t.lower) || PLACE_CUES.has(t.lower) || gazetteer().demonymKeys.has(t.key))) return false;
  // "the Christian Democrats", "the Young Republicans": a plural of a party's members ends it, not a surname.
  if (/(crats|cans|ists|ives|erals|eens|ites)$/.test(words[words.length - 1]?.lower ?? '')) return false;
  for (let k = i; k < end; k++) {
    const m = matchName(ctx, tokens, k);
    if (m && (m.known?.kind ?? m.entry?.entity.kind) !== 'PERSON') return false;
  }
  return true;
}
