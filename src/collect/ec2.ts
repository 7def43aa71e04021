import type { Collector } from './collector.js';

/** Placeholder until the ec2 collector lands. */
export const ec2Collector: Collector<'ec2'> = {
  section: 'ec2',
  collect: async () => ({}),
};
