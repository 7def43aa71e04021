import { describe, expect, it } from 'vitest';
import { guarddutyDetectorTagged as check } from '../../../src/checks/guardduty/guardduty-detector-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantGuardDutySection, guardDutyDetector } from '../../builders/guardduty.js';
import type { GuardDutyDetector } from '../../../src/model/guardduty.js';

const R = 'us-east-1';
function one(overrides: Partial<GuardDutyDetector>) {
  const section = compliantGuardDutySection();
  section.detectors[R] = ok([guardDutyDetector(R, overrides)]);
  return run(check, buildInventory({ guardduty: section })).find((r) => r.region === R);
}

describe('guardduty-detector-tagged', () => {
  it('passes a tagged detector', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({ tags: { owner: 'security', 'aws:x': 'y' } })?.reason).toBe('GuardDuty detector d0useast1 is tagged with owner.');
  });

  it('fails a detector without tags or with only system tags', () => {
    expect(one({ tags: {} })).toMatchObject({ status: 'FAIL', reason: 'GuardDuty detector d0useast1 has no tags.' });
    expect(one({ tags: { 'aws:x': 'y' } })).toMatchObject({
      status: 'FAIL',
      reason: 'GuardDuty detector d0useast1 has no tags other than 1 aws: system tag.',
    });
  });

  it('is UNKNOWN naming guardduty:GetDetector when it was denied or tags were not recorded', () => {
    const d = one({ status: denied('guardduty:GetDetector'), tags: null });
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('guardduty:GetDetector');
    const old = one({ tags: null });
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('guardduty:GetDetector');
  });
});
