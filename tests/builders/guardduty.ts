import type { GuardDutyDetector, GuardDutySection } from '../../src/model/guardduty.js';
import { REGIONS, arn, ok } from './common.js';

export function guardDutyDetector(region: string, overrides: Partial<GuardDutyDetector> = {}): GuardDutyDetector {
  const detectorId = overrides.detectorId ?? `d0${region.replace(/-/g, '')}`;
  return { detectorId, arn: arn('guardduty', region, `detector/${detectorId}`), region, status: ok('ENABLED'), ...overrides };
}

export function compliantGuardDutySection(): GuardDutySection {
  return { detectors: Object.fromEntries(REGIONS.map((r) => [r, ok([guardDutyDetector(r)])])) };
}
