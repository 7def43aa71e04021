import type { Collector } from './collector.js';

/** Placeholder until the securityhub collector lands. */
export const securityhubCollector: Collector<'securityhub'> = {
  section: 'securityhub',
  collect: async () => ({}),
};
