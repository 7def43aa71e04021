import { describe, it, expect } from 'vitest';
import { COLLECTORS, COLLECTION_ORDER, loadCollector } from '../../src/collect/registry.js';
import { SECTION_KEYS } from '../../src/model/inventory.js';

describe('collector registry', () => {
  it('orders every section exactly once, by distinct start positions', () => {
    expect([...COLLECTION_ORDER].sort()).toEqual([...SECTION_KEYS].sort());
    const orders = Object.values(COLLECTORS).map((c) => c.order);
    expect(new Set(orders).size).toBe(orders.length);
    // The long poles start first (see CollectorEntry.order).
    expect(COLLECTION_ORDER.slice(0, 3)).toEqual(['iam', 'ec2', 's3']);
  });

  it("loads each section's own collector", async () => {
    for (const key of SECTION_KEYS) expect((await loadCollector(key)).section).toBe(key);
  });
});
