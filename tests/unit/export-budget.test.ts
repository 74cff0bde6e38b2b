// The export budget (in all and per client) and the slow-reader floor's rule, without a server.
import { loadConfig } from '../../src/config';
import { ExportBudget } from '../../src/export/budget';
import { tooSlow } from '../../src/export/pace';
import { OperationLimitError } from '../../src/errors';

function refusal(admit: () => unknown): Record<string, unknown> {
  try {
    admit();
  } catch (error) {
    expect(error).toBeInstanceOf(OperationLimitError);
    return (error as OperationLimitError).extensions;
  }
  throw new Error('admitted');
}

test('beyond the per-client limit, then beyond the total, an export is refused with 429 naming the limit', () => {
  const budget = new ExportBudget({ maxConcurrent: 3, maxConcurrentPerClient: 2 });
  const a1 = budget.admit('a');
  budget.admit('a');
  expect(refusal(() => budget.admit('a'))).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'exportMaxConcurrentPerClient', max: 2, http: { status: 429 } });
  budget.admit('b');
  expect(refusal(() => budget.admit('c'))).toMatchObject({ limit: 'exportMaxConcurrent', max: 3 });
  expect(budget.inFlight).toBe(3);
  a1();
  a1(); // a second release gives nothing back twice
  expect(budget.inFlight).toBe(2);
  budget.admit('c');
  expect(refusal(() => budget.admit('a'))).toMatchObject({ limit: 'exportMaxConcurrent' });
});

test('a reader is too slow only when the export mostly waited for it and it took less than the floor', () => {
  const pace = { minBytesPerSecond: 1000, slowReaderGraceMs: 0, slowReaderWindowMs: 10_000 };
  expect(tooSlow(pace, 9_999, 10_000)).toBe(true);
  expect(tooSlow(pace, 10_000, 10_000)).toBe(false);
  // Waiting on Neo4j, not on the reader: never the reader's fault.
  expect(tooSlow(pace, 0, 4_999)).toBe(false);
  expect(tooSlow(pace, 0, 5_000)).toBe(true);
});

test('EXPORT_MAX_CONCURRENT above half the pool stops the start: reads must keep most of the pool', () => {
  expect(loadConfig({}).exports).toMatchObject({ maxConcurrent: 4, maxConcurrentPerClient: 2, minBytesPerSecond: 16_384 });
  expect(loadConfig({ EXPORT_MAX_CONCURRENT: '8' }).exports.maxConcurrent).toBe(8);
  expect(() => loadConfig({ EXPORT_MAX_CONCURRENT: '9' })).toThrow(/EXPORT_MAX_CONCURRENT .* NEO4J_MAX_POOL_SIZE/);
  expect(() => loadConfig({ EXPORT_MAX_CONCURRENT: '3', NEO4J_MAX_POOL_SIZE: '4' })).toThrow(/at most half/);
  expect(loadConfig({ EXPORT_MIN_BYTES_PER_SECOND: '0' }).exports.minBytesPerSecond).toBe(0);
});
