import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const autoscalingLaunchConfigurationImdsv2Required = defineCheck({
  id: 'autoscaling-launch-configuration-imdsv2-required',
  title: 'Auto Scaling launch configurations require IMDSv2',
  service: 'autoscaling',
  severity: 'high',
  resourceType: 'AwsAutoScalingLaunchConfiguration',
  frameworks: { fsbp: ['AutoScaling.3'] },
  rationale:
    'IMDSv1 answers any request that reaches 169.254.169.254, so a server-side request forgery in the application hands out the instance role credentials; IMDSv2 requires a session token first. As Security Hub AutoScaling.3 (AWS Config autoscaling-launchconfig-requires-imdsv2), a launch configuration fails unless its metadata options set HttpTokens to required.',
  remediation: {
    summary:
      'Launch configurations cannot be edited: create a launch template (or a new configuration) with HttpTokens required, move the groups to it and delete the old configuration.',
    cli: 'aws ec2 create-launch-template --launch-template-name <name> --launch-template-data \'{"ImageId":"<ami-id>","InstanceType":"<type>","MetadataOptions":{"HttpTokens":"required","HttpEndpoint":"enabled"}}\'',
    console:
      'Amazon EC2 console > Launch configurations > <configuration> > Copy to launch template > Advanced details > Metadata version: V2 only (token required).',
    docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'launchConfigurations', 'autoscaling', (c) => {
      const label = `Launch configuration ${c.name}`;
      if (c.httpTokens === 'required') return pass(c, `${label} requires IMDSv2 (HttpTokens required).`);
      return fail(
        c,
        c.httpTokens === null
          ? `${label} sets no metadata options, so its instances accept IMDSv1.`
          : `${label} sets HttpTokens to ${c.httpTokens}, so its instances accept IMDSv1.`,
      );
    }),
});
