import { describe, it, expect } from 'vitest';
import { allChecks } from '../../src/checks/index.js';
import { evaluateInventory } from '../../src/evaluate/run.js';
import { withMissingRegionsUnknown } from '../../src/evaluate/missing-regions.js';
import { Inventory } from '../../src/model/inventory.js';
import { buildInventory, NOW, REGIONS } from '../builders/index.js';

const [KEPT, DROPPED] = REGIONS;

/** The compliant inventory with every per-region record of every section missing DROPPED. */
function withoutRegion(region: string) {
  const inv = buildInventory() as unknown as Record<string, unknown>;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v) || v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if ('ok' in o) return v; // an Observed: leave its value alone
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => k !== region)
        .map(([k, x]) => [k, strip(x)]),
    );
  };
  for (const key of Object.keys(inv)) if (!['regions', 'account', 'tool'].includes(key)) inv[key] = strip(inv[key]);
  return Inventory.parse(inv);
}

describe('a scanned region missing from a section', () => {
  it('is filled with failed reads that name the gap, and nothing else changes', () => {
    const inv = withoutRegion(DROPPED);
    expect(inv.ec2?.regions[DROPPED]).toBeUndefined();
    const filled = withMissingRegionsUnknown(inv);
    expect(filled.ec2?.regions[DROPPED]?.securityGroups).toEqual({
      ok: false,
      error: {
        action: 'inventory:ec2',
        kind: 'other',
        target: 'ec2',
        region: DROPPED,
        message: `the inventory holds no ec2 data for ${DROPPED}, a region the scan covered`,
      },
    });
    expect(filled.ec2?.regions[KEPT]).toBe(inv.ec2?.regions[KEPT]);
    expect(withMissingRegionsUnknown(buildInventory())).toEqual(buildInventory());
  });

  it('makes every regional check UNKNOWN in that region instead of giving it no finding', () => {
    const complete = evaluateInventory(buildInventory(), allChecks, { now: NOW });
    const partial = evaluateInventory(withoutRegion(DROPPED), allChecks, { now: NOW });
    // Judged from data that is not a per-region record, so still decided in DROPPED: S3 buckets are
    // listed once for the account (ListBuckets) and carry their own region; billing alarms are read
    // in us-east-1 whatever regions are scanned.
    const notPerRegion = (f: { service: string; checkId: string }) =>
      f.service === 's3' || f.checkId === 'cloudwatch-billing-alarm-configured';
    const regionalChecks = new Set(complete.findings.filter((f) => f.region === DROPPED && !notPerRegion(f)).map((f) => f.checkId));
    expect(regionalChecks.size).toBeGreaterThan(20);
    const inDropped = partial.findings.filter((f) => f.region === DROPPED && !notPerRegion(f));
    for (const id of regionalChecks) {
      const found = inDropped.filter((f) => f.checkId === id);
      expect(found.length, id).toBeGreaterThan(0);
      expect(
        found.every((f) => f.status === 'UNKNOWN' || f.status === 'NOT_APPLICABLE' || f.status === 'MANUAL'),
        `${id}: ${found.map((f) => `${f.status} ${f.reason}`).join(' | ')}`,
      ).toBe(true);
    }
    expect(inDropped.some((f) => f.status === 'PASS')).toBe(false);
    expect(partial.errors.some((e) => e.action === 'inventory:ec2' && e.region === DROPPED)).toBe(true);
  });
});
