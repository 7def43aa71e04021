import { z } from 'zod';

/** What the macie collector records (placeholder until the collector lands). */
export const MacieSection = z.object({});
export type MacieSection = z.infer<typeof MacieSection>;
