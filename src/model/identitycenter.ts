import { z } from 'zod';

/** What the identitycenter collector records (placeholder until the collector lands). */
export const IdentityCenterSection = z.object({});
export type IdentityCenterSection = z.infer<typeof IdentityCenterSection>;
