import { z } from 'zod';

/** What the cloudwatch collector records (placeholder until the collector lands). */
export const CloudWatchSection = z.object({});
export type CloudWatchSection = z.infer<typeof CloudWatchSection>;
