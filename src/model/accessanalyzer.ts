import { z } from 'zod';

/** What the accessanalyzer collector records (placeholder until the collector lands). */
export const AccessAnalyzerSection = z.object({});
export type AccessAnalyzerSection = z.infer<typeof AccessAnalyzerSection>;
