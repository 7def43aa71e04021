import type { Collector } from './collector.js';

/** Placeholder until the cloudwatch collector lands. */
export const cloudwatchCollector: Collector<'cloudwatch'> = {
  section: 'cloudwatch',
  collect: async () => ({}),
};
