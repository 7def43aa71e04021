import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseInventory } from '../../src/model/inventory-file.js';
import { SECTION_KEYS } from '../../src/model/inventory.js';
import { allChecks } from '../../src/checks/index.js';
import { evaluateInventory } from '../../src/evaluate/run.js';

const demo = readFileSync('examples/demo-inventory.json');

describe('evaluateInventory with releaseSections', () => {
  it('gives the same findings as keeping the inventory, and leaves it without sections', () => {
    const options = { now: new Date('2026-12-06T00:00:00Z'), finishedAt: new Date('2026-12-06T00:00:01Z') };
    const kept = parseInventory(demo, 'demo');
    const released = parseInventory(demo, 'demo');
    const held = SECTION_KEYS.filter((k) => released[k] !== undefined);
    expect(held.length).toBeGreaterThan(20);

    const a = evaluateInventory(kept, allChecks, options);
    const b = evaluateInventory(released, allChecks, { ...options, releaseSections: true });
    expect(b).toEqual(a);
    expect(a.findings.length).toBeGreaterThan(1000);
    // Every section a check read is gone (freed); the header stays.
    const read = new Set(allChecks.flatMap((c) => c.reads));
    for (const k of held) expect(released[k] === undefined, k).toBe(read.has(k));
    expect(released.account.id).toBe(kept.account.id);
    expect(SECTION_KEYS.filter((k) => kept[k] !== undefined)).toEqual(held);
  });

  it('a check evaluated after its sections were released would be UNKNOWN, so each is released after its last reader', () => {
    // Two checks reading the same section, in either order: both see it.
    const s3Checks = allChecks.filter((c) => c.reads.includes('s3')).slice(0, 2);
    for (const checks of [s3Checks, [...s3Checks].reverse()]) {
      const doc = evaluateInventory(parseInventory(demo, 'demo'), checks, { now: new Date('2026-12-06T00:00:00Z'), releaseSections: true });
      expect(doc.findings.some((f) => f.reason.startsWith('Not evaluated'))).toBe(false);
    }
  });
});
