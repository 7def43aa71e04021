import type { Inventory, SectionKey } from '../../model/inventory.js';
import type { CollectContext } from './context.js';

/** A collector fills one inventory section; it records what AWS said and never judges it. */
export interface Collector<K extends SectionKey = SectionKey> {
  section: K;
  collect: (ctx: CollectContext) => Promise<NonNullable<Inventory[K]>>;
}
