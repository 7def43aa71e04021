import type { Collector } from './collector.js';

/** Placeholder until the iam collector lands. */
export const iamCollector: Collector<'iam'> = {
  section: 'iam',
  collect: async () => ({}),
};
