import type { Collector } from './collector.js';

/** Placeholder until the guardduty collector lands. */
export const guarddutyCollector: Collector<'guardduty'> = {
  section: 'guardduty',
  collect: async () => ({}),
};
