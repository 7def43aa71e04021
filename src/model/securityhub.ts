import { z } from 'zod';

/** What the securityhub collector records (placeholder until the collector lands). */
export const SecurityHubSection = z.object({});
export type SecurityHubSection = z.infer<typeof SecurityHubSection>;
