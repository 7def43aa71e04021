import type { Collector } from './collector.js';

/** Placeholder until the organizations collector lands. */
export const organizationsCollector: Collector<'organizations'> = {
  section: 'organizations',
  collect: async () => ({}),
};
