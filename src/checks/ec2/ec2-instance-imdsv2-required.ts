import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { isLive } from './lib/instances.js';

export const ec2InstanceImdsv2Required = defineCheck({
  id: 'ec2-instance-imdsv2-required',
  title: 'EC2 instances require IMDSv2 (session tokens) for instance metadata',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  frameworks: { fsbp: ['EC2.8'], 'cis-3.0': ['5.6'], checklist: ['4.8'] },
  rationale:
    'IMDSv1 answers plain GET requests, so a server-side request forgery or an open proxy on the instance hands out its role credentials; IMDSv2 requires a session token obtained with a PUT.',
  remediation: {
    summary:
      'Set HttpTokens to required on every instance (and in launch templates), after checking that the software on it uses an IMDSv2-capable SDK.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (i) => {
      if (!isLive(i)) return undefined;
      if (i.httpEndpoint === 'disabled') return pass(i, `EC2 instance ${i.instanceId} has the instance metadata service disabled.`);
      if (i.httpTokens === 'required') return pass(i, `EC2 instance ${i.instanceId} requires IMDSv2 session tokens.`);
      return fail(i, `EC2 instance ${i.instanceId} allows IMDSv1 (HttpTokens is ${i.httpTokens ?? 'not set'}).`);
    }),
});
