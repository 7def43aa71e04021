import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';
import { SecretMatch } from './secret-match.js';

/**
 * One CloudFormation stack, reduced to what the secrets check reads: the collector scans its
 * parameter and output values and keeps only the matches, never a value.
 */
export const CloudFormationStack = z.object({
  /** DescribeStacks StackId (the stack ARN) */
  arn: z.string(),
  region: z.string(),
  /** DescribeStacks StackName */
  name: z.string(),
  /**
   * Secrets found in DescribeStacks Parameters (ParameterValue and ResolvedValue; NoEcho parameters
   * come back as `****` and match nothing) and Outputs (OutputValue); empty: nothing found.
   */
  secretMatches: z.array(SecretMatch),
});
export type CloudFormationStack = z.infer<typeof CloudFormationStack>;

/** What the cloudformation collector records. */
export const CloudformationSection = z.object({
  /** DescribeStacks per scanned region (stacks that are not deleted) */
  stacks: regionalSchema(observedSchema(z.array(CloudFormationStack))),
});
export type CloudformationSection = z.infer<typeof CloudformationSection>;
