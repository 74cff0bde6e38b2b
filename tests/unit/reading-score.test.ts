// The eval:extract scoring: entity mapping by id or any name form, and set comparison of triples.
import { byStance, compare, mapEntities, prf } from '../../eval/score';

describe('eval scoring', () => {
  it('maps extracted entities to gold ones by id or by any normalised name or alias', () => {
    const gold = [{ id: 'united-states', name: 'United States', aliases: ['U.S.'] }, { id: 'turkey', name: 'Turkey', aliases: ['Türkiye'] }];
    const ids = mapEntities([
      { id: 'usa', name: 'US', aliases: ['u.s.'] },
      { id: 'turkiye', name: 'Turkiye', aliases: [] },
      { id: 'united-states', name: 'Whatever', aliases: [] },
      { id: 'mars', name: 'Mars', aliases: [] },
    ], gold);
    expect(ids.get('usa')).toBe('united-states');
    expect(ids.get('turkiye')).toBe('turkey');
    expect(ids.get('united-states')).toBe('united-states');
    expect(ids.get('mars')).toBe('x:mars');
  });

  it('counts true and false positives and misses as sets', () => {
    const gold = [{ from: 'a', type: 'STRUCK', to: 'b' }, { from: 'b', type: 'STRUCK', to: 'a' }];
    const predicted = [{ from: 'a', type: 'STRUCK', to: 'b' }, { from: 'a', type: 'STRUCK', to: 'b' }, { from: 'a', type: 'MEDIATES', to: 'b' }];
    const c = compare(predicted, gold);
    expect([c.tp, c.fp, c.fn]).toEqual([1, 1, 1]);
    expect(prf(c)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores a disputed relation apart: it is not a reported fact', () => {
    const gold = byStance([{ from: 'a', type: 'STRUCK', to: 'b' }, { from: 'c', type: 'STRUCK', to: 'd', stance: 'DISPUTES' as const }]);
    const predicted = byStance([{ from: 'a', type: 'STRUCK', to: 'b', stance: 'SUPPORTS' as const }, { from: 'c', type: 'STRUCK', to: 'd', stance: 'DISPUTES' as const }]);
    const supports = compare(predicted.supports, gold.supports);
    const disputes = compare(predicted.disputes, gold.disputes);
    expect([supports.tp, supports.fp, supports.fn]).toEqual([1, 0, 0]);
    expect([disputes.tp, disputes.fp, disputes.fn]).toEqual([1, 0, 0]);
  });
});
