// When a feed is polled next. Items arriving bring it back to the base interval; a quiet poll (nothing new, or 304)
// stretches it by half; a failure doubles it: base × 2^failures. Both stop at the maximum.
import type { FeedsConfig } from '../config';

type Intervals = Pick<FeedsConfig, 'pollIntervalSeconds' | 'maxPollIntervalSeconds'>;

export function afterSuccess(config: Intervals, current: number, newItems: number): number {
  if (newItems > 0) return config.pollIntervalSeconds;
  return Math.min(config.maxPollIntervalSeconds, Math.max(config.pollIntervalSeconds, Math.round(current * 1.5)));
}

export function afterFailure(config: Intervals, failuresBefore: number): number {
  return Math.min(config.maxPollIntervalSeconds, config.pollIntervalSeconds * 2 ** (failuresBefore + 1));
}
