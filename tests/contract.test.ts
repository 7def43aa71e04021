import { describe, it, expect } from 'vitest';
import { allChecks } from '../src/checks/index.js';
import { evaluateInventory, runCheck } from '../src/evaluate/run.js';
import { buildInventory, denyAll, evalContext, NOW } from './builders/index.js';
import { SECTION_KEYS, type Inventory } from '../src/model/inventory.js';
import { Inventory as InventorySchema } from '../src/model/inventory.js';

const empty = (): Inventory => {
  const inv = buildInventory() as Inventory;
  for (const k of SECTION_KEYS) delete inv[k];
  return inv;
};

describe('check contract', () => {
  it('the compliant builders are valid inventories', () => {
    const parsed = InventorySchema.safeParse(buildInventory());
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
  });

  it('the compliant inventory yields no FAIL and no UNKNOWN', () => {
    const doc = evaluateInventory(buildInventory(), allChecks, { now: NOW });
    const bad = doc.findings
      .filter((f) => f.status === 'FAIL' || f.status === 'UNKNOWN')
      .map((f) => `${f.checkId} ${f.status}: ${f.reason}`);
    expect(bad).toEqual([]);
  });

  it('an all-denied inventory yields no PASS and no FAIL, and every UNKNOWN names the denied action', () => {
    const denied = denyAll(buildInventory());
    for (const check of allChecks) {
      const results = runCheck(check, denied, evalContext());
      for (const r of results) {
        expect(['UNKNOWN', 'MANUAL', 'NOT_APPLICABLE'], `${check.id}: ${r.status} ${r.reason}`).toContain(r.status);
        if (r.status === 'UNKNOWN') expect(r.reason, check.id).toMatch(/test:Read/);
      }
      if (check.reads.length)
        expect(
          results.some((r) => r.status === 'UNKNOWN'),
          `${check.id} must report UNKNOWN when everything is denied`,
        ).toBe(true);
    }
  });

  it('an inventory without the sections a check reads yields UNKNOWN, never PASS', () => {
    for (const check of allChecks) {
      const results = runCheck(check, empty(), evalContext());
      if (check.reads.length)
        expect(
          results.map((r) => r.status),
          check.id,
        ).toEqual(['UNKNOWN']);
    }
  });

  it('a check that throws becomes UNKNOWN naming the failure', () => {
    const broken = {
      ...allChecks[0]!,
      reads: [],
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const [r] = runCheck(broken, buildInventory(), evalContext());
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toMatch(/boom/);
  });

  it('every result has a sentence for a reason and an ARN', () => {
    const doc = evaluateInventory(buildInventory(), allChecks, { now: NOW });
    for (const f of doc.findings) {
      expect(f.reason, f.checkId).toMatch(/\.$/);
      expect(f.resourceArn, f.checkId).toMatch(/^arn:aws[a-z-]*:/);
      expect(f.region.length).toBeGreaterThan(0);
    }
  });
});
