/**
 * The cases every GuardDuty protection-plan control is tested with (one rule, one row per
 * control): PASS with the plan enabled, FAIL with it disabled and (runtime controls) without the
 * automated agent, undecided when the region does not list the feature, UNKNOWN when GetDetector
 * was denied or an older inventory did not record features, nothing for a region without a detector.
 */
import { describe, expect, it } from 'vitest';
import type { AnyCheck } from '../../../src/checks/types.js';
import type { GuardDutyFeature } from '../../../src/model/guardduty.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { GUARDDUTY_ALL_PLANS, compliantGuardDutySection, guardDutyDetector } from '../../builders/guardduty.js';

const R = 'us-east-1';
const ID = 'd0useast1';

function withFeatures(check: AnyCheck, features: GuardDutyFeature[] | null, status = ok('ENABLED')) {
  const section = compliantGuardDutySection();
  section.detectors[R] = ok([guardDutyDetector(R, { features, status })]);
  return run(check, buildInventory({ guardduty: section })).filter((r) => r.region === R);
}

export function describePlanControl(check: AnyCheck, c: { plan: string; features: string[]; agent?: string }): void {
  const feature = c.features[c.features.length - 1] ?? '';
  const others = (names: string[]) => GUARDDUTY_ALL_PLANS().filter((f) => !names.includes(f.name));

  describe(check.id, () => {
    it('passes every region whose detector has the plan enabled', () => {
      const results = run(check, buildInventory());
      expect(results.map((r) => [r.region, r.status])).toEqual([
        ['eu-west-1', 'PASS'],
        [R, 'PASS'],
      ]);
      expect(results[1]?.reason).toBe(
        c.agent
          ? `GuardDuty detector ${ID} in ${R} has ${c.plan} enabled with ${c.agent} (${feature}).`
          : `GuardDuty detector ${ID} in ${R} has ${c.plan} enabled (${feature}).`,
      );
    });

    it('fails a detector with the plan disabled', () => {
      const disabled = c.features.map((name) => ({ name, status: 'DISABLED', additionalConfiguration: [] }));
      const [r] = withFeatures(check, [...others(c.features), ...disabled]);
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe(
        `GuardDuty detector ${ID} in ${R} has ${c.plan} disabled (${c.features.map((n) => `${n} DISABLED`).join(', ')}).`,
      );
    });

    if (c.agent) {
      const agent = c.agent;
      it(`fails a detector with ${feature} enabled but ${agent} disabled`, () => {
        const feat = { name: feature, status: 'ENABLED', additionalConfiguration: [{ name: agent, status: 'DISABLED' }] };
        const [r] = withFeatures(check, [...others(c.features), feat]);
        expect(r?.status).toBe('FAIL');
        expect(r?.reason).toBe(`GuardDuty detector ${ID} in ${R} has ${feature} enabled but not ${agent} (automated agent management).`);
      });
    }

    it('is undecided when the detector does not list the feature (not offered in the region)', () => {
      const [r] = withFeatures(check, others(c.features));
      expect(r?.status).toBe('UNKNOWN');
      expect(r?.reason).toContain(`does not list ${c.features.join(' or ')}`);
    });

    it('is UNKNOWN naming guardduty:GetDetector when it was denied, and for an older inventory', () => {
      const [d] = withFeatures(check, null, denied('guardduty:GetDetector'));
      expect(d?.status).toBe('UNKNOWN');
      expect(d?.reason).toContain('guardduty:GetDetector');
      const [old] = withFeatures(check, null);
      expect(old?.status).toBe('UNKNOWN');
      expect(old?.reason).toContain('guardduty:GetDetector');
    });

    it('has no finding for a region without a detector (GuardDuty.1 reports that)', () => {
      const section = compliantGuardDutySection();
      section.detectors[R] = ok([]);
      const results = run(check, buildInventory({ guardduty: section }));
      expect(results.filter((r) => r.region === R && r.status !== 'NOT_APPLICABLE')).toEqual([]);
    });
  });
}
