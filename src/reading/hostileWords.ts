// Word lists and tests the hostilities rules share (hostilities.ts and the files it calls).
import { ACTOR_KINDS, type Mention } from './mentions';

/** States, organizations and collectives: the sides of a war, a truce or a sanction (never one person). */
export const STATES_AND_GROUPS = (m: Mention): boolean => ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON';
export const POSSESSIVE = /^(['’]s|['’])$/;
/** Nouns of a war or an offensive one side wages on another. */
export const WAR_NOUNS = /^(offensive|offensives|counteroffensive|counter-offensive|invasion|incursion|incursions|war|operations|operation|campaign|crackdown|insurgency|coup|putsch|uprising|mutiny)$/;
export const STRIKE_NOUNS = /^(strikes|strike|airstrikes|airstrike|attacks|attack|raids|raid|bombing|bombings|bombardment|shelling|assault|barrage)$/;
export const CAPTIVES = /^(hostages|captives|prisoners|detainees|abductees|prisoners-of-war)$/;
export const TRUCE_WORDS = /^(ceasefire|cease-fire|truce|armistice)$/;
