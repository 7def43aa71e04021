import type { Collector } from './collector.js';

/** Placeholder until the accessanalyzer collector lands. */
export const accessanalyzerCollector: Collector<'accessanalyzer'> = {
  section: 'accessanalyzer',
  collect: async () => ({}),
};
