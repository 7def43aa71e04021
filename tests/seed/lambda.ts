/**
 * Demo Lambda functions in the first region: a compliant one (supported runtime, tracing, two
 * subnets in two zones, IAM-authenticated URL, a policy that pins its S3 caller, tags) and a
 * careless one (deprecated runtime, public invoke, open URL, a secret-looking variable, no VPC,
 * no tracing, no tags).
 */
import { CreateRoleCommand, GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { AddPermissionCommand, CreateFunctionCommand, CreateFunctionUrlConfigCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

/** An empty zip archive (just the end-of-central-directory record): moto stores code without running it. */
export const EMPTY_ZIP = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

/** The execution role every demo function uses (moto checks that it exists). */
export async function lambdaRole(endpoint: string, region: string): Promise<string> {
  const iam = new IAMClient({ endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    const existing = await iam.send(new GetRoleCommand({ RoleName: 'demo-lambda-exec' })).catch(() => null);
    if (existing?.Role?.Arn) return existing.Role.Arn;
    const created = await iam.send(
      new CreateRoleCommand({
        RoleName: 'demo-lambda-exec',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      }),
    );
    return created.Role?.Arn ?? '';
  } finally {
    iam.destroy();
  }
}

/** Two subnets of a new VPC in two Availability Zones of `region`. */
export async function twoZoneSubnets(endpoint: string, region: string): Promise<{ vpcId: string; subnetIds: string[]; groupId: string }> {
  const ec2 = new EC2Client({ endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.42.0.0/16' }))).Vpc?.VpcId ?? '';
    const subnet = async (cidr: string, az: string) =>
      (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: az }))).Subnet?.SubnetId ?? '';
    const subnetIds = [await subnet('10.42.1.0/24', `${region}a`), await subnet('10.42.2.0/24', `${region}b`)];
    return { vpcId, subnetIds, groupId: 'sg-00000000' };
  } finally {
    ec2.destroy();
  }
}

export async function seedLambda(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const role = await lambdaRole(moto.endpoint, region);
  const net = await twoZoneSubnets(moto.endpoint, region);
  const lambda = new LambdaClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    const good = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'demo-orders-api',
        // Supported until 2029-06-30 (src/checks/lambda/runtimes.ts): the demo stays compliant for years.
        Runtime: 'python3.13',
        Role: role,
        Handler: 'index.handler',
        Code: { ZipFile: EMPTY_ZIP },
        TracingConfig: { Mode: 'Active' },
        VpcConfig: { SubnetIds: net.subnetIds, SecurityGroupIds: [net.groupId] },
        Environment: { Variables: { TABLE_NAME: 'orders', LOG_LEVEL: 'info' } },
        Tags: { app: 'demo' },
      }),
    );
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'demo-orders-api',
        StatementId: 's3-invoke',
        Action: 'lambda:InvokeFunction',
        Principal: 's3.amazonaws.com',
        SourceArn: 'arn:aws:s3:::demo-orders-uploads',
        SourceAccount: '123456789012',
      }),
    );
    await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'demo-orders-api', AuthType: 'AWS_IAM' }));

    const bad = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'demo-legacy-webhook',
        Runtime: 'python3.8',
        Role: role,
        Handler: 'app.handler',
        Code: { ZipFile: EMPTY_ZIP },
        Environment: { Variables: { DB_PASSWORD: 'not-a-real-password', STRIPE_API_KEY: 'sk_test_demo', REGION_NAME: 'eu' } },
      }),
    );
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'demo-legacy-webhook',
        StatementId: 'public-invoke',
        Action: 'lambda:InvokeFunction',
        Principal: '*',
      }),
    );
    await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'demo-legacy-webhook', AuthType: 'NONE' }));
    const goodArn = good.FunctionArn ?? '';
    const badArn = bad.FunctionArn ?? '';
    return [
      { checkId: 'lambda-function-public-access-prohibited', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-public-access-prohibited', resourceArn: badArn, status: 'FAIL' },
      { checkId: 'lambda-function-supported-runtime', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-supported-runtime', resourceArn: badArn, status: 'FAIL' },
      { checkId: 'lambda-function-runtime-not-near-deprecation', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-runtime-not-near-deprecation', resourceArn: badArn, status: 'FAIL' },
      { checkId: 'lambda-function-in-vpc', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-in-vpc', resourceArn: badArn, status: 'FAIL' },
      { checkId: 'lambda-function-vpc-multi-az', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-tagged', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-tagged', resourceArn: badArn, status: 'FAIL' },
      { checkId: 'lambda-function-xray-tracing-enabled', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-xray-tracing-enabled', resourceArn: badArn, status: 'FAIL' },
      { checkId: 'lambda-function-url-auth-required', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-url-auth-required', resourceArn: badArn, status: 'FAIL' },
      { checkId: 'lambda-function-env-no-secret-names', resourceArn: goodArn, status: 'PASS' },
      { checkId: 'lambda-function-env-no-secret-names', resourceArn: badArn, status: 'FAIL' },
    ];
  } finally {
    lambda.destroy();
  }
}
