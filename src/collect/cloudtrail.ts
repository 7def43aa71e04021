import type { Collector } from './collector.js';

/** Placeholder until the cloudtrail collector lands. */
export const cloudtrailCollector: Collector<'cloudtrail'> = {
  section: 'cloudtrail',
  collect: async () => ({}),
};
