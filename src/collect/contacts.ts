import type { Collector } from './collector.js';

/** Placeholder until the account collector lands. */
export const contactsCollector: Collector<'contacts'> = {
  section: 'contacts',
  collect: async () => ({}),
};
