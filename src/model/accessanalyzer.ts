import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** An IAM Access Analyzer analyzer (ListAnalyzers analyzers[]). */
export const AccessAnalyzerAnalyzer = z.object({
  /** ListAnalyzers arn */
  arn: z.string(),
  /** the region the analyzer was listed in */
  region: z.string(),
  /** ListAnalyzers name */
  name: z.string(),
  /**
   * ListAnalyzers type: ACCOUNT / ORGANIZATION analyze external access; ACCOUNT_UNUSED_ACCESS,
   * ORGANIZATION_UNUSED_ACCESS and the *_INTERNAL_ACCESS types do not.
   */
  type: z.string(),
  /** ListAnalyzers status: ACTIVE, CREATING, DISABLED or FAILED */
  status: z.string(),
  /**
   * ListAnalyzers tags (aws: system tags included). Absent: an inventory written before tags were
   * recorded (the tag check says UNKNOWN).
   */
  tags: z.record(z.string(), z.string()).optional(),
});
export type AccessAnalyzerAnalyzer = z.infer<typeof AccessAnalyzerAnalyzer>;

export const AccessAnalyzerSection = z.object({
  /** ListAnalyzers (every type), per scanned region */
  analyzers: regionalSchema(observedSchema(z.array(AccessAnalyzerAnalyzer))),
});
export type AccessAnalyzerSection = z.infer<typeof AccessAnalyzerSection>;
