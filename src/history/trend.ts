import { z } from 'zod';

/**
 * One point of an account's trend: a recorded scan's totals. Kept free of the database code so the
 * findings document schema (and the HTML report) can use it without loading SQLite.
 */
export const TrendPointSchema = z.object({
  finishedAt: z.string().describe('When the scan finished (ISO-8601)'),
  bySeverityFail: z.record(z.string(), z.number().int()).describe('FAIL findings per severity'),
  byStatus: z.record(z.string(), z.number().int()).describe('Findings per status'),
  compliance: z
    .record(z.string(), z.number().nullable())
    .describe('Per framework: percent of judged controls passed, null when none was judged'),
});
export type TrendPoint = z.infer<typeof TrendPointSchema>;
