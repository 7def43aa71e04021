import { z } from 'zod';

/** What the guardduty collector records (placeholder until the collector lands). */
export const GuardDutySection = z.object({});
export type GuardDutySection = z.infer<typeof GuardDutySection>;
