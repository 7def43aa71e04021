import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const autoscalingLaunchConfigurationNoPublicIp = defineCheck({
  id: 'autoscaling-launch-configuration-no-public-ip',
  title: 'Auto Scaling launch configurations do not assign public IP addresses',
  service: 'autoscaling',
  severity: 'high',
  resourceType: 'AwsAutoScalingLaunchConfiguration',
  frameworks: { fsbp: ['Autoscaling.5'] },
  rationale:
    'An instance with a public IP address is reachable from the internet whenever its security groups allow it; groups behind load balancers need none. As Security Hub Autoscaling.5 (AWS Config autoscaling-launch-config-public-ip-disabled), a launch configuration fails when AssociatePublicIpAddress is true; when it is not set, the subnet decides.',
  remediation: {
    summary:
      'Launch configurations cannot be edited: create a launch template whose network interface does not associate a public IP address, move the groups to it and delete the old configuration.',
    cli: 'aws ec2 create-launch-template --launch-template-name <name> --launch-template-data \'{"ImageId":"<ami-id>","InstanceType":"<type>","NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false,"Groups":["<sg-id>"]}]}\'',
    console:
      'Amazon EC2 console > Launch configurations > <configuration> > Copy to launch template > Network settings > Auto-assign public IP: Disable.',
    docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html#as-vpc-ipaddress',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'launchConfigurations', 'autoscaling', (c) => {
      const label = `Launch configuration ${c.name}`;
      if (c.associatePublicIpAddress === true) return fail(c, `${label} assigns public IP addresses to its instances.`);
      return pass(
        c,
        c.associatePublicIpAddress === false
          ? `${label} does not assign public IP addresses.`
          : `${label} does not ask for public IP addresses (the subnet's auto-assign setting applies).`,
      );
    }),
});
