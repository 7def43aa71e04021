import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const lambdaFunctionInVpc = defineCheck({
  id: 'lambda-function-in-vpc',
  title: 'Lambda functions are connected to a VPC',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AwsLambdaFunction',
  frameworks: { fsbp: ['Lambda.3'] },
  rationale:
    "A function attached to a VPC reaches the network only through the VPC's subnets, security groups and endpoints, where its traffic can be restricted and logged; outside a VPC it has unrestricted internet egress.",
  remediation: {
    summary: 'Attach the function to private subnets (at least two, in different Availability Zones) and a security group of its VPC.',
    console: 'Lambda console > Functions > the function > Configuration > VPC > Edit: choose the VPC, subnets and security groups.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn) =>
      fn.vpc
        ? pass(fn, `Lambda function ${fn.name} is connected to ${fn.vpc.vpcId ?? 'a VPC'} through ${fn.vpc.subnetIds.length} subnet(s).`)
        : fail(fn, `Lambda function ${fn.name} is not connected to a VPC.`),
    ),
});
