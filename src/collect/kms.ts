import type { Collector } from './collector.js';

/** Placeholder until the kms collector lands. */
export const kmsCollector: Collector<'kms'> = {
  section: 'kms',
  collect: async () => ({}),
};
