import { defineCheck, eachRegional, fail, notApplicable, pass, unknown } from '../define-check.js';
import { groupLabel, templateLabel } from './label.js';

export const autoscalingGroupLaunchTemplateNoPublicIp = defineCheck({
  id: 'autoscaling-group-launch-template-no-public-ip',
  title: 'Auto Scaling groups do not assign public IP addresses (launch templates)',
  service: 'autoscaling',
  severity: 'high',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  frameworks: {},
  rationale:
    'Autoscaling.5 judges launch configurations only; a launch template whose network interfaces ask for a public IP address exposes every instance the group launches in the same way. As Autoscaling.5 does for configurations, a template version that does not set AssociatePublicIpAddress passes: the subnet setting then decides.',
  remediation: {
    summary:
      'Create a template version whose network interfaces do not associate a public IP address, make it the version the group uses and refresh its instances.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <template-id> --source-version <version> --launch-template-data \'{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false,"Groups":["<sg-id>"]}]}\'',
    console:
      'Amazon EC2 console > Launch templates > <template> > Actions > Modify template (Create new version) > Network settings > Advanced network configuration > Auto-assign public IP: Disable.',
    docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html#as-vpc-ipaddress',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'groups', 'autoscaling', (g) => {
      if (!g.launchTemplate) return notApplicable(g, `${groupLabel(g)} launches from a launch configuration, not a launch template.`);
      if (!g.launchTemplateData.ok) return unknown(g, g.launchTemplateData.error);
      const data = g.launchTemplateData.value;
      const label = `${groupLabel(g)} uses ${templateLabel(g.launchTemplate, data?.versionNumber ?? null)}`;
      if (data?.associatePublicIpAddress === true) return fail(g, `${label}, which assigns public IP addresses to its instances.`);
      return pass(
        g,
        data?.associatePublicIpAddress === false
          ? `${label}, which does not assign public IP addresses.`
          : `${label}, which does not ask for public IP addresses (the subnet's auto-assign setting applies).`,
      );
    }),
});
