import { z } from 'zod';

/** What the organizations collector records (placeholder until the collector lands). */
export const OrganizationsSection = z.object({});
export type OrganizationsSection = z.infer<typeof OrganizationsSection>;
