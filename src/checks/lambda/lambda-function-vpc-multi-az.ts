import { defineCheck, eachRegional, fail, notApplicable, pass, undecided, unknown } from '../define-check.js';

/** Security Hub's default for Lambda.5's availabilityZones parameter. */
const MIN_ZONES = 2;

export const lambdaFunctionVpcMultiAz = defineCheck({
  id: 'lambda-function-vpc-multi-az',
  title: 'VPC Lambda functions operate in at least two Availability Zones',
  service: 'lambda',
  severity: 'medium',
  resourceType: 'AwsLambdaFunction',
  frameworks: { fsbp: ['Lambda.5'] },
  rationale:
    'A VPC function can only run where it has subnets: with every subnet in one Availability Zone, an outage of that zone stops the function.',
  remediation: {
    summary: 'Add subnets in at least two Availability Zones to the function\u2019s VPC configuration.',
    console: 'Lambda console > Functions > the function > Configuration > VPC > Edit: select subnets in two or more Availability Zones.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn, region) => {
      if (!fn.vpc) return notApplicable(fn, `Lambda function ${fn.name} is not connected to a VPC.`);
      const zonesRead = inv.lambda.subnetZones[region];
      if (!zonesRead) return undecided(fn, `The Availability Zones of Lambda function ${fn.name}'s subnets were not collected.`);
      if (!zonesRead.ok) return unknown(fn, zonesRead.error);
      const unmapped = fn.vpc.subnetIds.filter((s) => zonesRead.value[s] === undefined);
      const zones = [...new Set(fn.vpc.subnetIds.flatMap((s) => zonesRead.value[s] ?? []))].sort();
      if (zones.length >= MIN_ZONES)
        return pass(fn, `Lambda function ${fn.name} has subnets in ${zones.length} Availability Zones (${zones.join(', ')}).`);
      if (unmapped.length > 0)
        return undecided(fn, `Lambda function ${fn.name} uses subnets whose Availability Zone was not found (${unmapped.join(', ')}).`);
      return fail(
        fn,
        `Lambda function ${fn.name} has subnets in only ${zones.length} Availability Zone${zones.length === 1 ? '' : 's'} (${zones.join(', ') || 'none'}).`,
      );
    }),
});
