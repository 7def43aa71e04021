import type { Collector } from './collector.js';

/** Placeholder until the macie collector lands. */
export const macieCollector: Collector<'macie'> = {
  section: 'macie',
  collect: async () => ({}),
};
