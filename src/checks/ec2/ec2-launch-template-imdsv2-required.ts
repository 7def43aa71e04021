import { defineCheck, fail, pass } from '../define-check.js';
import { eachDefaultLaunchTemplateVersion } from './lib/launch-templates.js';

export const ec2LaunchTemplateImdsv2Required = defineCheck({
  id: 'ec2-launch-template-imdsv2-required',
  title: 'EC2 launch templates require IMDSv2',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2LaunchTemplate',
  frameworks: { fsbp: ['EC2.170'] },
  rationale:
    'IMDSv1 answers any request that reaches 169.254.169.254, which turns a server-side request forgery in an application into stolen instance credentials; IMDSv2 needs a session token. As Security Hub EC2.170, a template passes only when its default version sets MetadataOptions.HttpTokens to required.',
  remediation: {
    summary: 'Create a template version with MetadataOptions HttpTokens=required and make it the default.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <version> --launch-template-data MetadataOptions={HttpTokens=required}',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachDefaultLaunchTemplateVersion(ctx, inv.ec2.regions, (v, d, label) =>
      d.httpTokens === 'required'
        ? pass(v, `${label} requires IMDSv2 (HttpTokens required).`)
        : fail(
            v,
            d.httpTokens === null
              ? `${label} does not set HttpTokens, so IMDSv1 follows the AMI's default.`
              : `${label} sets HttpTokens to ${d.httpTokens}.`,
          ),
    ),
});
