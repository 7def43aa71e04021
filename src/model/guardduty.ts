import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

export const GuardDutyDetector = z.object({
  /** ListDetectors DetectorIds[] */
  detectorId: z.string(),
  /** arn:<partition>:guardduty:<region>:<account>:detector/<id> */
  arn: z.string(),
  region: z.string(),
  /** GetDetector Status: ENABLED or DISABLED */
  status: observedSchema(z.string()),
});
export type GuardDutyDetector = z.infer<typeof GuardDutyDetector>;

export const GuardDutySection = z.object({
  /** ListDetectors per region (a region has at most one detector) */
  detectors: regionalSchema(observedSchema(z.array(GuardDutyDetector))),
});
export type GuardDutySection = z.infer<typeof GuardDutySection>;
