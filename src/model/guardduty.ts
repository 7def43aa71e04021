import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** One protection plan of GetDetector Features[]. */
export const GuardDutyFeature = z.object({
  /** Features[].Name: S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS, EKS_RUNTIME_MONITORING, LAMBDA_NETWORK_LOGS, RUNTIME_MONITORING */
  name: z.string(),
  /** Features[].Status: ENABLED or DISABLED */
  status: z.string().nullable(),
  /** Features[].AdditionalConfiguration[] (Name: EKS_ADDON_MANAGEMENT, ECS_FARGATE_AGENT_MANAGEMENT, EC2_AGENT_MANAGEMENT) */
  additionalConfiguration: z.array(z.object({ name: z.string(), status: z.string().nullable() })),
});
export type GuardDutyFeature = z.infer<typeof GuardDutyFeature>;

export const GuardDutyDetector = z.object({
  /** ListDetectors DetectorIds[] */
  detectorId: z.string(),
  /** arn:<partition>:guardduty:<region>:<account>:detector/<id> */
  arn: z.string(),
  region: z.string(),
  /** GetDetector Status: ENABLED or DISABLED */
  status: observedSchema(z.string()),
  /**
   * GetDetector Features (the same call as status: when status is not ok, neither is this).
   * Null when not recorded (an inventory from an older Bulwark).
   */
  features: z.array(GuardDutyFeature).nullable().default(null),
  /** GetDetector Tags; null when not recorded (older inventory) */
  tags: z.record(z.string(), z.string()).nullable().default(null),
});
export type GuardDutyDetector = z.infer<typeof GuardDutyDetector>;

export const GuardDutySection = z.object({
  /** ListDetectors per region (a region has at most one detector) */
  detectors: regionalSchema(observedSchema(z.array(GuardDutyDetector))),
});
export type GuardDutySection = z.infer<typeof GuardDutySection>;
