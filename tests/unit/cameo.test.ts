// The relationship vocabulary's CAMEO codes, labels and quad classes, held to CAMEO 1.1b3.
import { RELATIONSHIP_TYPES, quadClassOfCameoCode } from '../../src/graph/vocabulary';

test('the quad class follows the two-digit root of the CAMEO code', () => {
  expect(quadClassOfCameoCode('012')).toBe('VERBAL_COOPERATION');
  expect(quadClassOfCameoCode('05')).toBe('VERBAL_COOPERATION');
  expect(quadClassOfCameoCode('0841')).toBe('MATERIAL_COOPERATION');
  expect(quadClassOfCameoCode('094')).toBe('MATERIAL_COOPERATION');
  expect(quadClassOfCameoCode('10')).toBe('VERBAL_CONFLICT');
  expect(quadClassOfCameoCode('145')).toBe('VERBAL_CONFLICT');
  expect(quadClassOfCameoCode('150')).toBe('MATERIAL_CONFLICT');
  expect(quadClassOfCameoCode('2042')).toBe('MATERIAL_CONFLICT');
  for (const notCameo of ['00', '21', '9', '12345', 'x12']) expect(quadClassOfCameoCode(notCameo)).toBeNull();
});

test('every vocabulary entry with a CAMEO code has the quad class of that code, and a label', () => {
  const wrong = RELATIONSHIP_TYPES.filter((t) => t.cameoCode !== null && (t.quadClass !== quadClassOfCameoCode(t.cameoCode) || !t.cameoLabel));
  expect(wrong).toEqual([]);
});

test('structural relations have no CAMEO code, label or quad class', () => {
  const structural = RELATIONSHIP_TYPES.filter((t) => t.cameoCode === null);
  expect(structural.map((t) => t.type)).toEqual(['LEADS', 'ENVOY_OF', 'LOCATED_IN', 'PARTICIPATES_IN', 'MEMBER_OF']);
  for (const t of structural) expect([t.cameoLabel, t.quadClass]).toEqual([null, null]);
});

test('codes and labels are CAMEO 1.1b3 event codes', () => {
  const coded = Object.fromEntries(RELATIONSHIP_TYPES.filter((t) => t.cameoCode).map((t) => [t.type, `${t.cameoCode} ${t.cameoLabel}`]));
  expect(coded).toEqual({
    MEDIATES: '045 Mediate',
    NEGOTIATES: '046 Engage in negotiation',
    STRUCK: '195 Employ aerial weapons',
    HOSTS: '043 Host a visit',
    HOLDS_CAPTIVE: '181 Abduct, hijack, or take hostage',
    DETAINS: '173 Arrest, detain, or charge with legal action',
    RELEASED: '0841 Return, release person(s)',
    ACCUSES: '112 Accuse, not specified below',
    WITHDREW_FROM: '165 Halt mediation',
    PLEDGED: '030 Express intent to cooperate, not specified below',
    IN_CONFLICT_WITH: '190 Use conventional military force, not specified below',
    RESTRICTS_AID_TO: '162 Reduce or stop material aid, not specified below',
    WARNS_ABOUT: '012 Make pessimistic comment',
    PROPOSED: '03 Express intent to cooperate',
    MEETS_WITH: '040 Consult, not specified below',
    VISITS: '042 Make a visit',
    APPEALS_TO: '020 Make an appeal or request, not specified below',
    ENDORSES: '051 Praise or endorse',
    AGREES_WITH: '057 Sign formal agreement',
    CEASEFIRE_WITH: '0871 Declare truce, ceasefire',
    DEMANDS_OF: '100 Demand, not specified below',
    CRITICIZES: '111 Criticize or denounce',
    REJECTS: '120 Reject, not specified below',
    THREATENS: '130 Threaten, not specified below',
    SANCTIONS: '163 Impose embargo, boycott, or sanctions',
  });
});
