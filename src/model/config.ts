import { z } from 'zod';

/** What the config collector records (placeholder until the collector lands). */
export const ConfigSection = z.object({});
export type ConfigSection = z.infer<typeof ConfigSection>;
