import { z } from 'zod';

/** What the cloudtrail collector records (placeholder until the collector lands). */
export const CloudTrailSection = z.object({});
export type CloudTrailSection = z.infer<typeof CloudTrailSection>;
