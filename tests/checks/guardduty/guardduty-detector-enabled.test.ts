import { describe, expect, it } from 'vitest';
import { guarddutyDetectorEnabled as check } from '../../../src/checks/guardduty/guardduty-detector-enabled.js';
import { buildInventory, denied, ok, run, statusByArn } from '../../builders/index.js';
import { compliantGuardDutySection, guardDutyDetector } from '../../builders/guardduty.js';

describe('guardduty-detector-enabled', () => {
  it('passes with an enabled detector in each region', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => [r.region, r.status])).toEqual([
      ['eu-west-1', 'PASS'],
      ['us-east-1', 'PASS'],
    ]);
  });

  it('fails a region without a detector', () => {
    const section = compliantGuardDutySection();
    section.detectors['eu-west-1'] = ok([]);
    const results = run(check, buildInventory({ guardduty: section }));
    expect(statusByArn(results)['arn:aws:guardduty:eu-west-1:111122223333:account']).toBe('FAIL');
  });

  it('fails a region whose detector is suspended', () => {
    const section = compliantGuardDutySection();
    const d = guardDutyDetector('eu-west-1', { status: ok('DISABLED') });
    section.detectors['eu-west-1'] = ok([d]);
    const r = run(check, buildInventory({ guardduty: section })).find((x) => x.region === 'eu-west-1');
    expect(r).toMatchObject({ status: 'FAIL', resourceArn: d.arn });
    expect(r?.reason).toContain('DISABLED');
  });

  it('is unknown when ListDetectors or GetDetector was denied', () => {
    const section = compliantGuardDutySection();
    section.detectors['eu-west-1'] = denied('guardduty:ListDetectors', { region: 'eu-west-1' });
    section.detectors['us-east-1'] = ok([guardDutyDetector('us-east-1', { status: denied('guardduty:GetDetector') })]);
    const results = run(check, buildInventory({ guardduty: section }));
    expect(results.map((r) => r.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(results[0]?.reason).toContain('guardduty:ListDetectors');
    expect(results[1]?.reason).toContain('guardduty:GetDetector');
  });
});
