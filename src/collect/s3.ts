import type { Collector } from './collector.js';

/** Placeholder until the s3 collector lands. */
export const s3Collector: Collector<'s3'> = {
  section: 's3',
  collect: async () => ({}),
};
