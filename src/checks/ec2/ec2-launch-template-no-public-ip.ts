import { defineCheck, fail, pass } from '../define-check.js';
import { eachDefaultLaunchTemplateVersion } from './lib/launch-templates.js';

export const ec2LaunchTemplateNoPublicIp = defineCheck({
  id: 'ec2-launch-template-no-public-ip',
  title: 'EC2 launch templates do not assign public IP addresses to network interfaces',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2LaunchTemplate',
  frameworks: { fsbp: ['EC2.25'] },
  rationale:
    'Every instance launched from a template that assigns public IPs is reachable from the internet as far as its security groups allow, whether or not it needs to be. As Security Hub EC2.25, a template fails when any network interface of its default version sets AssociatePublicIpAddress to true.',
  remediation: {
    summary: 'Create a template version with AssociatePublicIpAddress false (or unset) and make it the default.',
    cli: 'aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <version>',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-launch-template.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachDefaultLaunchTemplateVersion(ctx, inv.ec2.regions, (v, d, label) => {
      const publicNics = d.networkInterfaces.filter((n) => n.associatePublicIpAddress === true).length;
      return publicNics > 0
        ? fail(v, `${label} assigns a public IP address to ${publicNics} network interface${publicNics === 1 ? '' : 's'}.`)
        : pass(v, `${label} does not assign public IP addresses to network interfaces.`);
    }),
});
