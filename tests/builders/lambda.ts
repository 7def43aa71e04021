import type { LambdaFunction, LambdaSection } from '../../src/model/lambda.js';
import { REGIONS, arn, ok } from './common.js';

/** Subnets of the builders' VPC, one per Availability Zone of the region. */
export const subnetA = (region: string) => `subnet-${region}-a`;
export const subnetB = (region: string) => `subnet-${region}-b`;

/**
 * A compliant Lambda function: a supported runtime, active tracing, two subnets in two zones, no
 * resource policy, an IAM-authenticated URL and a tag. A test overrides only what makes its case fail.
 */
export function lambdaFunction(name: string, region: string, overrides: Partial<LambdaFunction> = {}): LambdaFunction {
  return {
    arn: arn('lambda', region, `function:${name}`),
    region,
    name,
    runtime: 'nodejs22.x',
    packageType: 'Zip',
    tracingMode: 'Active',
    vpc: { vpcId: `vpc-${region}`, subnetIds: [subnetA(region), subnetB(region)], securityGroupIds: [`sg-${region}`] },
    environmentVariableNames: ['LOG_LEVEL', 'TABLE_NAME'],
    policy: ok(null),
    url: ok({ url: `https://${name}.lambda-url.${region}.on.aws/`, authType: 'AWS_IAM' }),
    tags: ok({ team: 'platform' }),
    ...overrides,
  };
}

export function lambdaSection(functions: LambdaFunction[]): LambdaSection {
  return {
    functions: Object.fromEntries(REGIONS.map((r) => [r, ok(functions.filter((x) => x.region === r))])),
    subnetZones: Object.fromEntries(REGIONS.map((r) => [r, ok({ [subnetA(r)]: `${r}a`, [subnetB(r)]: `${r}b` })])),
  };
}

export function compliantLambdaSection(): LambdaSection {
  return lambdaSection(REGIONS.map((r) => lambdaFunction(`fn-${r}`, r)));
}
