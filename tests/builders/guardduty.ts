import type { GuardDutyDetector, GuardDutyFeature, GuardDutySection } from '../../src/model/guardduty.js';
import { REGIONS, arn, ok } from './common.js';

/** Every protection plan enabled, runtime monitoring with automated agents for EKS, ECS Fargate and EC2. */
export const GUARDDUTY_ALL_PLANS = (): GuardDutyFeature[] => [
  ...['S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RDS_LOGIN_EVENTS', 'LAMBDA_NETWORK_LOGS'].map((name) => ({
    name,
    status: 'ENABLED',
    additionalConfiguration: [],
  })),
  {
    name: 'RUNTIME_MONITORING',
    status: 'ENABLED',
    additionalConfiguration: ['EKS_ADDON_MANAGEMENT', 'ECS_FARGATE_AGENT_MANAGEMENT', 'EC2_AGENT_MANAGEMENT'].map((name) => ({
      name,
      status: 'ENABLED',
    })),
  },
];

export function guardDutyDetector(region: string, overrides: Partial<GuardDutyDetector> = {}): GuardDutyDetector {
  const detectorId = overrides.detectorId ?? `d0${region.replace(/-/g, '')}`;
  return {
    detectorId,
    arn: arn('guardduty', region, `detector/${detectorId}`),
    region,
    status: ok('ENABLED'),
    features: GUARDDUTY_ALL_PLANS(),
    tags: { owner: 'security' },
    ...overrides,
  };
}

export function compliantGuardDutySection(): GuardDutySection {
  return { detectors: Object.fromEntries(REGIONS.map((r) => [r, ok([guardDutyDetector(r)])])) };
}
