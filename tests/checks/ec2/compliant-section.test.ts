import { describe, it, expect } from 'vitest';
import { ec2Checks } from '../../../src/checks/ec2/index.js';
import { buildInventory, denyAll, REGIONS, run } from '../../builders/index.js';
import { compliantEc2Section } from '../../builders/ec2.js';

describe('ec2 builders and checks together', () => {
  it('the compliant section passes every ec2 check in both regions', () => {
    const inv = buildInventory();
    for (const check of ec2Checks) {
      const results = run(check, inv);
      expect(results.length, check.id).toBeGreaterThan(0);
      expect(
        results.filter((r) => r.status !== 'PASS' && r.status !== 'NOT_APPLICABLE'),
        check.id,
      ).toEqual([]);
      expect(new Set(results.map((r) => r.region)), check.id).toEqual(new Set(REGIONS));
    }
  });

  it('a fully denied section gives UNKNOWN and never FAIL or PASS', () => {
    const inv = buildInventory({ ec2: denyAll(compliantEc2Section()) });
    for (const check of ec2Checks) {
      const results = run(check, inv);
      expect(results.length, check.id).toBeGreaterThan(0);
      expect(
        results.every((r) => r.status === 'UNKNOWN'),
        check.id,
      ).toBe(true);
    }
  });

  it('every check has a real docs URL and ids equal to the service prefix', () => {
    for (const check of ec2Checks) {
      expect(check.id.startsWith('ec2-')).toBe(true);
      expect(check.remediation.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(check.reads).toEqual(['ec2']);
    }
  });
});
