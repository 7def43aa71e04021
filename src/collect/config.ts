import type { Collector } from './collector.js';

/** Placeholder until the config collector lands. */
export const configCollector: Collector<'config'> = {
  section: 'config',
  collect: async () => ({}),
};
