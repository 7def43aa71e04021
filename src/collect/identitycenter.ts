import type { Collector } from './collector.js';

/** Placeholder until the identitycenter collector lands. */
export const identitycenterCollector: Collector<'identitycenter'> = {
  section: 'identitycenter',
  collect: async () => ({}),
};
