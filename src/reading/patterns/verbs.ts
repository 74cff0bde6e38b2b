// Verb patterns per relationship type, in the spirit of the CAMEO codebook's verb dictionaries as PETRARCH
// and PETRARCH2 ship them (Open Event Data Alliance, MIT licence): a verb's forms, how its target is reached
// (directly or after a preposition) and whether the act is mutual. Written for this vocabulary, not copied.
import type { RelationshipType } from '../../generated/graphql';

export interface VerbRule {
  type: RelationshipType;
  /** Base form; inflections are generated unless `forms` lists them. */
  lemma: string;
  forms?: string[];
  /** How the target follows the verb: '' for a direct object, else a preposition ("from", "with"). */
  objectVia: string[];
  /** Mutual act: "X and Y agreed" and "X met with Y" give both directions. */
  symmetric?: boolean;
  /** The object acts back ("X fought Y": both ways), but coordinated subjects are not each other's foes ("X and Y
   * fought a common enemy"), as they are for `symmetric`. */
  mutualObject?: boolean;
  /** "Y was struck by X": the target before the verb, the actor after "by". */
  passive?: boolean;
  /** Targets may be places ("struck … across Yemen"), not only actors. */
  placeTargets?: boolean;
  /** Only places as targets ("left Cairo"; "left the alliance" is not a visit). */
  placesOnly?: boolean;
  /** A demonym is not the target ("released Israeli hostages" did not release Israel). */
  noDemonymTargets?: boolean;
  /** ORGANIZATION targets only ("joined NATO", "left the bloc"; "joined Russia in …" is no membership). */
  organizationsOnly?: boolean;
  /** An object followed by "in <doing>" is a partner in the act, not the verb's object: "joined Russia in condemning". */
  partnerInActing?: boolean;
  /** EVENT targets only (mediate → the talks). */
  eventTargets?: boolean;
  /** Words that must follow the verb form at once: "lashed out (at)", "handed over". */
  particles?: string[];
  /** The word right after a direct object must be one of these: "called for X's resignation" (a demand of X). */
  targetThen?: string[];
  /** With `targetThen`, one of these must come within three words after it: "placed X under (house) arrest". */
  targetThenAlso?: string[];
  /** Objects that make it another act: "offered condolences to Y" is no pledge. */
  objectDeny?: string[];
  /** How many tokens after the verb its preposition may come (default 5): "offered food and fuel to". */
  reach?: number;
  /** The direct object never follows a preposition of place: "fought in Namibia" says where, not whom. */
  placeIsNoObject?: boolean;
  /** One of these must stand between the verb and its preposition: "presented a plan to Y" (not "presented awards to Y"). */
  objectNeeds?: string[];
  /** Words that, right after the form, make it another verb: "hit back at Y" is a retort, not a strike. */
  notThen?: string[];
  /** The object may be people named after what they are: "detained reporter X", "freed three Israeli hostages". */
  describedTargets?: boolean;
  /** Where the rule comes from: written here (default) or the PETRARCH2 lexicon (lexiconVerbs.ts). */
  source?: 'hand' | 'lexicon';
  confidence: number;
}

/** What is offered or extended without a promise of help: condolences, thanks, an apology. */
const NOT_PLEDGES = ['condolences', 'condolence', 'sympathy', 'sympathies', 'apology', 'apologies', 'congratulations', 'thanks', 'prayers', 'resignation', 'greetings', 'criticism', 'comment', 'details', 'explanation'];

/** What is given after the receiver of a pledge: "promised Ukraine more aid", "offered Syria $2 billion". */
const AID_WORDS = ['continued', 'continuing', 'unwavering', 'steadfast', 'long-term', 'full', 'more', 'aid', 'support', 'help', 'assistance', 'weapons', 'arms', 'military', 'financial', 'economic', 'humanitarian', 'funding', 'loans', 'its', 'new', 'further', 'additional', '$', '€', '£', 'security', 'guarantees'];

/** What, sent or supplied to a side, backs it: arms and money (not food or medicine; not troops, which may invade). */
const MATERIAL_SUPPORT = ['weapons', 'arms', 'drones', 'missiles', 'rockets', 'ammunition', 'munitions', 'shells', 'artillery', 'tanks', 'jets', 'warplanes', 'military', 'funding', 'funds', 'money', 'cash', 'financing', 'loans', 'equipment'];

/** What is launched or fired that is no weapon: "launched talks with Y across the region" is no strike. */
const NOT_WEAPONS = ['talks', 'negotiations', 'campaign', 'investigation', 'probe', 'initiative', 'appeal', 'bid', 'plan', 'process', 'dialogue', 'program', 'programme', 'website', 'platform', 'accusations', 'questions', 'criticism', 'warnings', 'insults',
  // Wars and offensives are launched too, but they are armed conflict (190), read by hostilities.ts.
  'offensive', 'offensives', 'counteroffensive', 'counter-offensive', 'invasion', 'incursion', 'war', 'operation', 'operations', 'crackdown',
  // Riot control is no strike: police firing tear gas at a crowd are in conflict with it (protestsDispersed.ts).
  'gas', 'teargas', 'cannon', 'cannons'];

/** Objects of "strike" that make it no attack: an agreement struck, a tone struck. */
const STRUCK_NOT_TARGETS = ['deal', 'deals', 'agreement', 'agreements', 'accord', 'pact', 'bargain', 'compromise', 'truce', 'ceasefire', 'balance', 'tone', 'note', 'chord', 'pose'];

export const VERB_RULES: readonly VerbRule[] = [
  // 195 aerial weapons / 190 conventional force
  // "struck a deal / a balance / a conciliatory tone" is no strike.
  { type: 'STRUCK', lemma: 'strike', forms: ['strike', 'strikes', 'struck', 'striking'], objectVia: ['', 'at'], passive: true, placeTargets: true, objectDeny: STRUCK_NOT_TARGETS, confidence: 0.9 },
  { type: 'STRUCK', lemma: 'hit', forms: ['hit', 'hits', 'hitting'], objectVia: [''], passive: true, placeTargets: true, notThen: ['back', 'out'], confidence: 0.8 },
  { type: 'STRUCK', lemma: 'bomb', objectVia: [''], passive: true, placeTargets: true, confidence: 0.9 },
  { type: 'STRUCK', lemma: 'bombard', objectVia: [''], passive: true, placeTargets: true, confidence: 0.9 },
  { type: 'STRUCK', lemma: 'shell', objectVia: [''], passive: true, placeTargets: true, confidence: 0.8 },
  { type: 'STRUCK', lemma: 'attack', objectVia: [''], passive: true, placeTargets: true, confidence: 0.8 },
  { type: 'STRUCK', lemma: 'target', forms: ['targeted', 'targeting', 'targetted'], objectVia: [''], passive: true, confidence: 0.7 },
  { type: 'STRUCK', lemma: 'fire', forms: ['fire', 'fires', 'fired', 'firing'], objectVia: ['at', 'into', 'toward', 'towards', 'on', 'upon'], placeTargets: true, reach: 8, objectDeny: NOT_WEAPONS, confidence: 0.8 },
  { type: 'STRUCK', lemma: 'pound', objectVia: [''], passive: true, placeTargets: true, confidence: 0.8 },
  // "launched 400 drones at Kyiv": what is launched is the weapon; the target follows a preposition.
  // "launched 700 drones and 13 missiles across Ukraine": a coordinated weapons list may stand before it.
  { type: 'STRUCK', lemma: 'launch', objectVia: ['at', 'on', 'against', 'across', 'into', 'toward', 'towards'], placeTargets: true, reach: 8, objectDeny: NOT_WEAPONS, confidence: 0.8 },
  // 045 mediate
  { type: 'MEDIATES', lemma: 'mediate', objectVia: ['', 'between'], passive: true, eventTargets: true, confidence: 0.9 },
  { type: 'MEDIATES', lemma: 'broker', objectVia: [''], passive: true, eventTargets: true, confidence: 0.9 },
  { type: 'MEDIATES', lemma: 'chair', objectVia: [''], passive: true, eventTargets: true, confidence: 0.8 },
  { type: 'MEDIATES', lemma: 'preside', forms: ['preside', 'presides', 'presided', 'presiding'], particles: ['over'], objectVia: [''], eventTargets: true, confidence: 0.8 },
  // 046 negotiate
  { type: 'NEGOTIATES', lemma: 'negotiate', objectVia: ['with'], symmetric: true, confidence: 0.9 },
  // 040 consult / meet
  { type: 'MEETS_WITH', lemma: 'meet', forms: ['meet', 'meets', 'met', 'meeting'], objectVia: ['', 'with'], symmetric: true, confidence: 0.9 },
  { type: 'MEETS_WITH', lemma: 'speak', forms: ['spoke', 'spoken', 'speaks', 'speak'], objectVia: ['to', 'with'], symmetric: true, confidence: 0.8 },
  { type: 'MEETS_WITH', lemma: 'discuss', objectVia: ['with'], symmetric: true, confidence: 0.8 },
  { type: 'MEETS_WITH', lemma: 'talk', objectVia: ['with', 'to'], symmetric: true, confidence: 0.8 },
  // "X briefed Y on …", "Y was briefed by X", "X consulted Y": consultation (040); briefing the press is none.
  { type: 'MEETS_WITH', lemma: 'brief', forms: ['brief', 'briefs', 'briefed', 'briefing'], objectVia: [''], symmetric: true, passive: true, objectDeny: ['reporters', 'journalists', 'media', 'press', 'lawmakers', 'parliament', 'diplomats'], confidence: 0.75 },
  // "X called up Y", "X rang Y up": a telephone call is a meeting both ways; bare "call" is an appeal or a naming.
  { type: 'MEETS_WITH', lemma: 'call up', forms: ['call', 'calls', 'called', 'calling'], particles: ['up'], objectVia: [''], mutualObject: true, noDemonymTargets: true, confidence: 0.75 },
  { type: 'MEETS_WITH', lemma: 'consult', forms: ['consult', 'consults', 'consulted'], objectVia: ['', 'with'], symmetric: true, confidence: 0.75 },
  // 042 / 043 visits and hosting
  { type: 'VISITS', lemma: 'visit', objectVia: [''], placeTargets: true, confidence: 0.9 },
  { type: 'VISITS', lemma: 'arrive', objectVia: ['in', 'at'], placeTargets: true, confidence: 0.9 },
  // British spelling too ("travelled"): much international news is written in it.
  { type: 'VISITS', lemma: 'travel', forms: ['travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling'], objectVia: ['to'], placeTargets: true, confidence: 0.8 },
  // "headed to India", "flew to Riyadh": going to a place (042); "headed" a delegation is not, so places only.
  { type: 'VISITS', lemma: 'head', forms: ['headed', 'heading', 'heads'], objectVia: ['to', 'for'], placeTargets: true, placesOnly: true, confidence: 0.7 },
  { type: 'VISITS', lemma: 'fly', forms: ['flew', 'flies', 'flying', 'fly'], objectVia: ['to', 'into'], placeTargets: true, placesOnly: true, confidence: 0.75 },
  // "toured KwaZulu-Natal": a tour of a place is a visit; "toured the plant" names no place, so places only.
  { type: 'VISITS', lemma: 'tour', forms: ['toured', 'tours', 'touring'], objectVia: [''], placeTargets: true, placesOnly: true, confidence: 0.8 },
  { type: 'VISITS', lemma: 'leave', forms: ['left', 'leaves', 'leaving'], objectVia: [''], placeTargets: true, placesOnly: true, confidence: 0.7 },
  { type: 'HOSTS', lemma: 'host', objectVia: [''], passive: true, eventTargets: true, confidence: 0.9 },
  // Hosting a delegation or a leader ("Egypt hosted a Hamas delegation"); hosting talks is read by events.ts.
  { type: 'HOSTS', lemma: 'host', objectVia: [''], confidence: 0.8 },
  // 020 appeal
  { type: 'APPEALS_TO', lemma: 'urge', objectVia: [''], confidence: 0.9 },
  { type: 'APPEALS_TO', lemma: 'appeal', objectVia: ['to'], confidence: 0.8 },
  { type: 'APPEALS_TO', lemma: 'call', objectVia: ['on', 'upon'], reach: 3, confidence: 0.7 },
  // 051 praise / endorse
  { type: 'ENDORSES', lemma: 'praise', objectVia: [''], passive: true, confidence: 0.9 },
  { type: 'ENDORSES', lemma: 'hail', objectVia: [''], eventTargets: true, passive: true, confidence: 0.9 },
  { type: 'ENDORSES', lemma: 'endorse', objectVia: [''], passive: true, confidence: 0.9 },
  { type: 'ENDORSES', lemma: 'back', objectVia: [''], passive: true, confidence: 0.8 },
  { type: 'ENDORSES', lemma: 'approve', objectVia: [''], eventTargets: true, confidence: 0.8 },
  { type: 'ENDORSES', lemma: 'welcome', objectVia: [''], eventTargets: true, passive: true, confidence: 0.8 },
  // 057 / 0871 agreements and truces
  { type: 'AGREES_WITH', lemma: 'agree', objectVia: ['with'], symmetric: true, confidence: 0.9 },
  { type: 'CEASEFIRE_WITH', lemma: 'cease', forms: ['ceased', 'cease', 'ceases'], objectVia: ['with'], symmetric: true, confidence: 0.8 },
  { type: 'AGREES_WITH', lemma: 'sign', objectVia: ['with'], symmetric: true, confidence: 0.8 },
  // 112 accuse / 111 criticize / 120 reject / 130 threaten / 163 sanction
  { type: 'ACCUSES', lemma: 'accuse', objectVia: [''], passive: true, confidence: 0.9 },
  // "blamed Y for the attack", and "blamed the attack on Y".
  { type: 'ACCUSES', lemma: 'blame', objectVia: ['', 'on'], passive: true, confidence: 0.9 },
  // A formal charge is an accusation (112): "the court indicted Y", "prosecutors charged Y with …".
  { type: 'ACCUSES', lemma: 'indict', objectVia: [''], passive: true, confidence: 0.8 },
  { type: 'ACCUSES', lemma: 'charge', forms: ['charged', 'charges', 'charging'], objectVia: [''], targetThen: ['with'], confidence: 0.8 },
  // A warrant issued or sought for Y's arrest charges Y (112): "the court issued an arrest warrant for Y".
  { type: 'ACCUSES', lemma: 'issue warrant', forms: ['issued', 'issues', 'issue', 'issuing', 'sought', 'seeks', 'seek', 'seeking', 'requested'], objectVia: ['for', 'against'], reach: 5, objectNeeds: ['warrant', 'warrants'], confidence: 0.8 },
  // "held Y responsible for", "pointed the finger at Y": blame told by a phrase (112).
  { type: 'ACCUSES', lemma: 'hold responsible', forms: ['held', 'holds', 'hold', 'holding', 'found', 'finds', 'find', 'finding'], objectVia: [''], targetThen: ['responsible', 'accountable', 'culpable'], confidence: 0.85 },
  { type: 'ACCUSES', lemma: 'point the finger', forms: ['pointed', 'points', 'point', 'pointing'], particles: ['the', 'finger'], objectVia: ['at'], confidence: 0.8 },
  { type: 'CRITICIZES', lemma: 'criticize', objectVia: [''], passive: true, confidence: 0.9 },
  { type: 'CRITICIZES', lemma: 'criticise', objectVia: [''], passive: true, confidence: 0.9 },
  { type: 'CRITICIZES', lemma: 'condemn', objectVia: [''], passive: true, confidence: 0.9 },
  { type: 'CRITICIZES', lemma: 'denounce', objectVia: [''], passive: true, confidence: 0.9 },
  { type: 'REJECTS', lemma: 'reject', objectVia: [''], passive: true, confidence: 0.8 },
  { type: 'THREATENS', lemma: 'threaten', objectVia: [''], passive: true, confidence: 0.8 },
  { type: 'SANCTIONS', lemma: 'sanction', objectVia: [''], passive: true, describedTargets: true, confidence: 0.9 },
  // "demanded Israel's withdrawal", "demanded that Hamas …", "demanded of Y"; "demanded the release of …" names no one.
  { type: 'DEMANDS_OF', lemma: 'demand', objectVia: ['', 'that', 'from'], targetThen: ['’s', "'s", 'to', 'withdraw', 'stop', 'end', 'release', 'halt', 'leave'], confidence: 0.75 },
  // "demanded of Y" only right after the verb: "demanded the release of hostages" asks nothing of the hostages.
  { type: 'DEMANDS_OF', lemma: 'demand', objectVia: ['of'], reach: 2, confidence: 0.75 },
  // "called for X's resignation" asks X to give something up (1041); "called for X to …" is an appeal (020).
  { type: 'DEMANDS_OF', lemma: 'call for', forms: ['call', 'calls', 'called', 'calling'], particles: ['for'], objectVia: [''], targetThen: ['’s', "'s"], confidence: 0.7 },
  { type: 'APPEALS_TO', lemma: 'call for', forms: ['call', 'calls', 'called', 'calling'], particles: ['for'], objectVia: [''], targetThen: ['to'], confidence: 0.7 },
  // 111: news verbs of sharp criticism the lexicon lacks ("slam" is CRASH there, "hit out" absent).
  { type: 'CRITICIZES', lemma: 'slam', forms: ['slam', 'slams', 'slammed', 'slamming'], objectVia: [''], confidence: 0.8 },
  { type: 'CRITICIZES', lemma: 'hit out', forms: ['hit', 'hits', 'hitting'], particles: ['out'], objectVia: [''], confidence: 0.8 },
  // "hit back at Y", "lashed back at Y": a retort is criticism (111); "hit back at Ukrainian positions" is fire.
  { type: 'CRITICIZES', lemma: 'hit back', forms: ['hit', 'hits', 'hitting', 'lashed', 'lashes', 'lashing'], particles: ['back', 'at'], objectVia: [''], noDemonymTargets: true, confidence: 0.75 },
  // "X and Y traded accusations", "X exchanged barbs with Y": mutual blame (112) or censure (111).
  ...['accusations', 'blame', 'charges', 'recriminations'].map((noun): VerbRule => ({ type: 'ACCUSES', lemma: `trade ${noun}`, forms: ['traded', 'trade', 'trades', 'trading', 'exchanged', 'exchange', 'exchanges', 'exchanging'], particles: [noun], objectVia: ['with'], reach: 3, symmetric: true, confidence: 0.75 })),
  ...['barbs', 'insults', 'criticism'].map((noun): VerbRule => ({ type: 'CRITICIZES', lemma: `trade ${noun}`, forms: ['traded', 'trade', 'trades', 'trading', 'exchanged', 'exchange', 'exchanges', 'exchanging'], particles: [noun], objectVia: ['with'], reach: 3, symmetric: true, confidence: 0.7 })),
  { type: 'CRITICIZES', lemma: 'blast', forms: ['blasted', 'blasts', 'blasting'], objectVia: [''], confidence: 0.75 },
  { type: 'CRITICIZES', lemma: 'take aim', forms: ['took', 'takes', 'take', 'taking', 'taken'], particles: ['aim', 'at'], objectVia: [''], confidence: 0.75 },
  { type: 'CRITICIZES', lemma: 'protest', forms: ['protested', 'protests', 'protesting'], objectVia: ['', 'against', 'to'], reach: 2, confidence: 0.75 },
  // 020: pressing someone to act is an appeal to them ("pressed Y to", "pressured Y to").
  { type: 'APPEALS_TO', lemma: 'press', forms: ['pressed', 'presses', 'pressing', 'pressured', 'pressures', 'pressuring', 'pressurised', 'pressurized'], objectVia: [''], targetThen: ['to'], confidence: 0.75 },
  // 10: ordering someone to act is a demand of them.
  { type: 'DEMANDS_OF', lemma: 'order', forms: ['ordered', 'orders', 'ordering'], objectVia: [''], targetThen: ['to'], confidence: 0.7 },
  // 120: rejecting Y's proposal, offer or demand (the lexicon codes "rebuff" and "spurn" as 110).
  { type: 'REJECTS', lemma: 'rebuff', objectVia: [''], confidence: 0.8 },
  { type: 'REJECTS', lemma: 'spurn', objectVia: [''], confidence: 0.8 },
  { type: 'REJECTS', lemma: 'turn down', forms: ['turned', 'turns', 'turning', 'turn'], particles: ['down'], objectVia: [''], confidence: 0.8 },
  // 130: warning someone (a direct object) is a threat; warning of or about something is WARNS_ABOUT below.
  { type: 'THREATENS', lemma: 'warn', objectVia: [''], passive: true, noDemonymTargets: true, confidence: 0.7 },
  // 051: "supports Y", "backed by Y"; the lexicon's SUPPORT block codes nothing for the bare verb (050).
  { type: 'ENDORSES', lemma: 'support', objectVia: [''], passive: true, confidence: 0.75 },
  // "threw its support behind Y", "threw its full weight behind Y" (051).
  { type: 'ENDORSES', lemma: 'throw support', forms: ['threw', 'throws', 'throw', 'throwing', 'thrown', 'put', 'puts', 'putting'], objectVia: ['behind'], reach: 6, confidence: 0.8 },
  // "thanked France for its support": gratitude for an act is praise of its doer (051).
  { type: 'ENDORSES', lemma: 'thank', objectVia: [''], targetThen: ['for'], confidence: 0.7 },
  // "advocated for X", "advocated reconciliation with X": speaking for a person or for ties with a state.
  { type: 'ENDORSES', lemma: 'advocate', objectVia: ['for', 'with'], confidence: 0.7 },
  // 07 material support is backing (eval/README.md rule 9: ENDORSES covers "backed" as material support):
  // paying for or arming Y ("Iran funds the Houthis", "a militia armed by Y"), and arms or troops sent to Y.
  // Humanitarian aid is no backing of a side, and troops sent to a country may be an invasion, so only arms and
  // money count as the thing sent.
  { type: 'ENDORSES', lemma: 'fund', objectVia: [''], passive: true, confidence: 0.8 },
  { type: 'ENDORSES', lemma: 'finance', objectVia: [''], passive: true, confidence: 0.8 },
  { type: 'ENDORSES', lemma: 'bankroll', objectVia: [''], passive: true, confidence: 0.8 },
  { type: 'ENDORSES', lemma: 'arm', forms: ['armed', 'arming'], objectVia: [''], targetThen: ['with', 'and', ',', '.', 'for', 'to', 'in', 'since', 'during'], confidence: 0.75 },
  ...([['supply'], ['provide'], ['deliver'], ['send', 'sent', 'sends', 'sending'], ['ship', 'shipped', 'ships', 'shipping'], ['sell', 'sold', 'sells', 'selling']] as const).map(
    ([lemma, ...forms]): VerbRule => ({ type: 'ENDORSES', lemma, ...(forms.length > 0 ? { forms: [...forms] } : {}), objectVia: ['to'], reach: 10, objectNeeds: MATERIAL_SUPPORT, confidence: 0.7 })),
  ...['supply', 'provide', 'arm', 'equip'].map((lemma): VerbRule => ({ type: 'ENDORSES', lemma, objectVia: [''], targetThen: ['with'], confidence: 0.7 })),
  // 030: a pledge or an offer of something to Y ("offered food and fuel to Y"); Y may be a place ("aid to Gaza").
  { type: 'PLEDGED', lemma: 'pledge', objectVia: ['to', 'for'], reach: 9, objectDeny: NOT_PLEDGES, placeTargets: true, confidence: 0.75 },
  { type: 'PLEDGED', lemma: 'promise', objectVia: ['to', 'for'], reach: 9, objectDeny: NOT_PLEDGES, placeTargets: true, confidence: 0.75 },
  { type: 'PLEDGED', lemma: 'offer', objectVia: ['to'], reach: 9, objectDeny: NOT_PLEDGES, placeTargets: true, confidence: 0.75 },
  // "promised Ukraine more aid", "offered Syria help": the receiver as the first of two objects.
  ...['pledge', 'promise', 'offer'].map((lemma): VerbRule => ({ type: 'PLEDGED', lemma, objectVia: [''], targetThen: AID_WORDS, confidence: 0.7 })),
  // 0841: people handed over are released ("handed over two prisoners"); 192: towns taken.
  { type: 'RELEASED', lemma: 'hand over', forms: ['handed', 'hands', 'handing', 'hand'], particles: ['over'], objectVia: [''], noDemonymTargets: true, describedTargets: true, confidence: 0.7 },
  { type: 'IN_CONFLICT_WITH', lemma: 'take control', forms: ['took', 'taken', 'takes', 'taking'], particles: ['control', 'of'], objectVia: [''], placesOnly: true, confidence: 0.75 },
  { type: 'IN_CONFLICT_WITH', lemma: 'seize control', forms: ['seized', 'seizes', 'seizing'], particles: ['control', 'of'], objectVia: [''], placesOnly: true, confidence: 0.75 },
  // 173 arrest / 0841 release / 165 withdraw
  { type: 'DETAINS', lemma: 'arrest', objectVia: [''], passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.9 },
  { type: 'DETAINS', lemma: 'detain', objectVia: [''], passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.9 },
  // "placed the president under house arrest", "put X under arrest" (173).
  { type: 'DETAINS', lemma: 'place under arrest', forms: ['placed', 'places', 'placing', 'place', 'put', 'puts', 'putting'], objectVia: [''], targetThen: ['under'], targetThenAlso: ['arrest', 'detention', 'custody'], noDemonymTargets: true, describedTargets: true, confidence: 0.85 },
  // "sentenced X to ten years in prison", "X was sentenced to death": a sentence is legal action (173; eval/README.md).
  { type: 'DETAINS', lemma: 'sentence', forms: ['sentenced', 'sentences', 'sentencing'], objectVia: [''], passive: true, targetThen: ['to'], targetThenAlso: ['years', 'months', 'prison', 'jail', 'death', 'life', 'detention', 'imprisonment'], noDemonymTargets: true, describedTargets: true, confidence: 0.8 },
  // "rounded up dozens of protesters": arrests made in numbers (173).
  { type: 'DETAINS', lemma: 'round up', forms: ['rounded', 'rounds', 'rounding', 'round'], particles: ['up'], objectVia: [''], noDemonymTargets: true, describedTargets: true, confidence: 0.8 },
  { type: 'RELEASED', lemma: 'release', objectVia: [''], passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.8 },
  { type: 'RELEASED', lemma: 'free', forms: ['freed', 'frees', 'freeing'], objectVia: [''], passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.8 },
  // 190 use conventional military force (an invasion is not a strike: eval/README.md)
  { type: 'IN_CONFLICT_WITH', lemma: 'invade', objectVia: [''], placeTargets: true, passive: true, confidence: 0.8 },
  // A seizure of power against a leader (196, a coup): "the army ousted President X", "officers deposed the
  // president", "rebels toppled X". One way: the leader does not fight back in the telling.
  { type: 'IN_CONFLICT_WITH', lemma: 'oust', forms: ['ousted', 'ousts', 'ousting', 'oust', 'deposed', 'deposes', 'deposing', 'overthrew', 'overthrown', 'overthrows', 'overthrowing', 'toppled', 'topples', 'toppling'], objectVia: [''], passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.75 },
  // 191 impose blockade: "the army besieged the city", "rebels encircled Y's garrison".
  { type: 'IN_CONFLICT_WITH', lemma: 'besiege', forms: ['besieged', 'besieges', 'besieging', 'besiege', 'encircled', 'encircles', 'encircling', 'encircle'], objectVia: [''], passive: true, placeTargets: true, confidence: 0.8 },
  { type: 'IN_CONFLICT_WITH', lemma: 'fight', forms: ['fight', 'fights', 'fought', 'fighting'], objectVia: ['', 'against', 'with'], placeIsNoObject: true, mutualObject: true, confidence: 0.7 },
  { type: 'IN_CONFLICT_WITH', lemma: 'clash', objectVia: ['with'], symmetric: true, confidence: 0.7 },
  // "Somali forces battled al-Shabaab", "rebels battling the army": a battle fought against a named side, both ways.
  { type: 'IN_CONFLICT_WITH', lemma: 'battle', objectVia: ['', 'against', 'with'], placeIsNoObject: true, mutualObject: true, confidence: 0.7 },
  // Joining a body as a member: "Sweden joined NATO". Organizations only: "joined Russia in condemning" is no
  // membership ("joined the talks" is PARTICIPATES_IN, read by eventActs.ts). Leaving is read by relations.ts. The
  // gerund is left out: "backs Kyiv joining NATO", "against Chad joining the bloc" tell of a prospect, not a member.
  { type: 'MEMBER_OF', lemma: 'join', forms: ['join', 'joins', 'joined', 'rejoin', 'rejoins', 'rejoined'], objectVia: [''], organizationsOnly: true, partnerInActing: true, confidence: 0.75 },
  // Founding a body makes its founders members: "Mali, Burkina Faso and Niger formed the Alliance of Sahel States".
  // ("found" itself is left out: it is also the past of "find", as in "found Hamas responsible").
  ...['form', 'establish', 'create'].map((lemma): VerbRule => ({ type: 'MEMBER_OF', lemma, objectVia: [''], organizationsOnly: true, confidence: 0.75 })),
  { type: 'MEMBER_OF', lemma: 'found', forms: ['founded', 'founds', 'founding', 'co-founded', 'cofounded'], objectVia: [''], organizationsOnly: true, confidence: 0.75 },
  { type: 'MEMBER_OF', lemma: 'set up', forms: ['set', 'sets', 'setting'], particles: ['up'], objectVia: [''], organizationsOnly: true, confidence: 0.75 },
  { type: 'WITHDREW_FROM', lemma: 'withdraw', forms: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'], objectVia: ['from'], placeTargets: true, confidence: 0.8 },
  { type: 'WARNS_ABOUT', lemma: 'warn', objectVia: ['of', 'about', 'against'], placeTargets: true, confidence: 0.7 },
  // "warned that Iran could …", but not "warned Russia that France would …": the object is the one warned.
  { type: 'WARNS_ABOUT', lemma: 'warn', objectVia: ['that'], reach: 2, placeTargets: true, confidence: 0.7 },
  { type: 'WARNS_ABOUT', lemma: 'caution', objectVia: ['against', 'about', 'that', 'over'], confidence: 0.7 },
  { type: 'WARNS_ABOUT', lemma: 'sound the alarm', forms: ['sounded', 'sounds', 'sound', 'sounding'], particles: ['the', 'alarm'], objectVia: ['over', 'about', 'on'], placeTargets: true, confidence: 0.7 },
  { type: 'PLEDGED', lemma: 'pledge', objectVia: ['to'], eventTargets: true, confidence: 0.8 },
  // 03: a plan or talks proposed to someone ("proposed a truce to Y", "put forward a plan to Y", "proposed talks with Y").
  { type: 'PROPOSED', lemma: 'propose', objectVia: ['to', 'with'], reach: 7, objectDeny: ['by'], confidence: 0.7 },
  { type: 'PROPOSED', lemma: 'put forward', forms: ['put', 'puts', 'putting'], particles: ['forward'], objectVia: ['to'], reach: 8, confidence: 0.7 },
  { type: 'PROPOSED', lemma: 'submit', forms: ['submitted', 'submits', 'submit', 'submitting', 'presented', 'presents', 'tabled'], objectVia: ['to'], reach: 7, objectNeeds: ['proposal', 'proposals', 'plan', 'plans', 'offer', 'roadmap', 'initiative', 'draft', 'framework'], confidence: 0.7 },
];

/** Inflected forms of a regular verb: base, -s, -ed, -ing (with the usual spelling changes). */
export function inflect(lemma: string): string[] {
  const forms = new Set([lemma]);
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (lemma.endsWith('e')) {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
  }
  return [...forms];
}
