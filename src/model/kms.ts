import { z } from 'zod';

/** What the kms collector records (placeholder until the collector lands). */
export const KmsSection = z.object({});
export type KmsSection = z.infer<typeof KmsSection>;
