import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A function's VPC attachment, as ListFunctions VpcConfig reports it. */
export const LambdaVpcConfig = z.object({
  /** ListFunctions VpcConfig.VpcId */
  vpcId: z.string().nullable(),
  /** ListFunctions VpcConfig.SubnetIds */
  subnetIds: z.array(z.string()),
  /** ListFunctions VpcConfig.SecurityGroupIds */
  securityGroupIds: z.array(z.string()),
});
export type LambdaVpcConfig = z.infer<typeof LambdaVpcConfig>;

/** A resource-based (function) policy document as parsed JSON (raw text only if it was not JSON). */
export const LambdaFunctionPolicy = z.json();
export type LambdaFunctionPolicy = z.infer<typeof LambdaFunctionPolicy>;

export const LambdaFunctionUrl = z.object({
  /** GetFunctionUrlConfig FunctionUrl */
  url: z.string(),
  /** GetFunctionUrlConfig AuthType: AWS_IAM or NONE */
  authType: z.string(),
});
export type LambdaFunctionUrl = z.infer<typeof LambdaFunctionUrl>;

/**
 * One Lambda function: only what checks read. Environment variable values are never stored (they
 * often hold credentials): only their names, so a check can point at a suspicious name.
 */
export const LambdaFunction = z.object({
  /** ListFunctions FunctionArn (unqualified) */
  arn: z.string(),
  region: z.string(),
  /** ListFunctions FunctionName */
  name: z.string(),
  /** ListFunctions Runtime; null for container images (PackageType Image), which have none */
  runtime: z.string().nullable(),
  /** ListFunctions PackageType: Zip or Image */
  packageType: z.string(),
  /** ListFunctions TracingConfig.Mode: Active or PassThrough (null: not reported) */
  tracingMode: z.string().nullable(),
  /** ListFunctions VpcConfig; null when the function is not connected to a VPC (no subnets) */
  vpc: LambdaVpcConfig.nullable(),
  /** ListFunctions Environment.Variables: the names only, sorted; never the values */
  environmentVariableNames: z.array(z.string()),
  /** GetPolicy Policy as parsed JSON; null when the function has no resource-based policy (ResourceNotFoundException) */
  policy: observedSchema(LambdaFunctionPolicy.nullable()),
  /** GetFunctionUrlConfig of the unqualified function; null when it has no function URL (ResourceNotFoundException) */
  url: observedSchema(LambdaFunctionUrl.nullable()),
  /** ListTags Tags (user tags and aws: system tags as AWS returns them) */
  tags: observedSchema(z.record(z.string(), z.string())),
});
export type LambdaFunction = z.infer<typeof LambdaFunction>;

/** What the lambda collector records. */
export const LambdaSection = z.object({
  /** ListFunctions per scanned region */
  functions: regionalSchema(observedSchema(z.array(LambdaFunction))),
  /**
   * ec2 DescribeSubnets (SubnetIds: the subnets the region's functions are attached to) per region:
   * subnet id -> AvailabilityZone. Empty without a call when no function of the region is in a VPC.
   */
  subnetZones: regionalSchema(observedSchema(z.record(z.string(), z.string()))),
});
export type LambdaSection = z.infer<typeof LambdaSection>;
