import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';
import { SecretMatch } from './secret-match.js';

/**
 * One CloudFormation stack: what DescribeStacks says, with its parameter and output values reduced
 * by the collector to secrets matches (never a value).
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
  /** DescribeStacks EnableTerminationProtection (absent: false, AWS's default) */
  terminationProtection: z.boolean(),
  /** DescribeStacks RoleARN: the service role CloudFormation acts with; null: none (it uses the caller's credentials) */
  roleArn: z.string().nullable(),
  /** DescribeStacks ParentId: the parent stack of a nested stack; null: a root stack */
  parentId: z.string().nullable(),
  /** DescribeStacks Tags: the stack's tag keys (values not kept), sorted */
  tagKeys: z.array(z.string()),
});
export type CloudFormationStack = z.infer<typeof CloudFormationStack>;

/** What the cloudformation collector records. */
export const CloudformationSection = z.object({
  /** DescribeStacks per scanned region (stacks that are not deleted) */
  stacks: regionalSchema(observedSchema(z.array(CloudFormationStack))),
});
export type CloudformationSection = z.infer<typeof CloudformationSection>;
