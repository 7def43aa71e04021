import { z } from 'zod';

/** What the iam collector records (placeholder until the collector lands). */
export const IamSection = z.object({});
export type IamSection = z.infer<typeof IamSection>;
