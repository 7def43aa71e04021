/**
 * Demo Auto Scaling in the first region: "demo-web", a tagged group in two zones launching two
 * instance types from a launch template that requires IMDSv2 and assigns no public IP, and
 * "demo-legacy", an untagged single-zone group behind a Classic Load Balancer with EC2 health
 * checks only, launching from a launch configuration that allows IMDSv1 and assigns public IPs.
 */
import {
  AutoScalingClient,
  CreateAutoScalingGroupCommand,
  CreateLaunchConfigurationCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
} from '@aws-sdk/client-auto-scaling';
import { CreateLaunchTemplateCommand, EC2Client } from '@aws-sdk/client-ec2';
import { TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedAutoscaling(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const config = { endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const asg = new AutoScalingClient(config);
  const ec2 = new EC2Client(config);
  try {
    const lt = await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'demo-asg-web',
        LaunchTemplateData: {
          ImageId: 'ami-12c6146b',
          InstanceType: 't3.micro',
          MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
          NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
        },
      }),
    );
    await asg.send(
      new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'demo-web',
        MixedInstancesPolicy: {
          LaunchTemplate: {
            LaunchTemplateSpecification: { LaunchTemplateId: lt.LaunchTemplate?.LaunchTemplateId ?? '', Version: '$Default' },
            Overrides: [{ InstanceType: 't3.micro' }, { InstanceType: 't3a.micro' }],
          },
        },
        MinSize: 0,
        MaxSize: 2,
        AvailabilityZones: [`${region}a`, `${region}b`],
        Tags: [{ Key: 'owner', Value: 'platform', PropagateAtLaunch: true }],
      }),
    );
    await asg.send(
      new CreateLaunchConfigurationCommand({
        LaunchConfigurationName: 'demo-legacy-config',
        ImageId: 'ami-12c6146b',
        InstanceType: 't3.micro',
        AssociatePublicIpAddress: true,
        MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
      }),
    );
    await asg.send(
      new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'demo-legacy',
        LaunchConfigurationName: 'demo-legacy-config',
        MinSize: 0,
        MaxSize: 1,
        AvailabilityZones: [`${region}a`],
        LoadBalancerNames: ['demo-classic'],
      }),
    );
    const groups = await asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['demo-web', 'demo-legacy'] }));
    const arnOf = (name: string) => groups.AutoScalingGroups?.find((g) => g.AutoScalingGroupName === name)?.AutoScalingGroupARN ?? '';
    const configs = await asg.send(new DescribeLaunchConfigurationsCommand({ LaunchConfigurationNames: ['demo-legacy-config'] }));
    const config0 = configs.LaunchConfigurations?.[0]?.LaunchConfigurationARN ?? '';
    const good = arnOf('demo-web');
    const bad = arnOf('demo-legacy');
    return [
      { checkId: 'autoscaling-group-multi-az', resourceArn: good, status: 'PASS' },
      { checkId: 'autoscaling-group-multiple-instance-types', resourceArn: good, status: 'PASS' },
      { checkId: 'autoscaling-group-uses-launch-template', resourceArn: good, status: 'PASS' },
      { checkId: 'autoscaling-group-tagged', resourceArn: good, status: 'PASS' },
      { checkId: 'autoscaling-group-launch-template-imdsv2-required', resourceArn: good, status: 'PASS' },
      { checkId: 'autoscaling-group-launch-template-no-public-ip', resourceArn: good, status: 'PASS' },
      { checkId: 'autoscaling-group-multi-az', resourceArn: bad, status: 'FAIL' },
      { checkId: 'autoscaling-group-multiple-instance-types', resourceArn: bad, status: 'FAIL' },
      { checkId: 'autoscaling-group-uses-launch-template', resourceArn: bad, status: 'FAIL' },
      { checkId: 'autoscaling-group-tagged', resourceArn: bad, status: 'FAIL' },
      { checkId: 'autoscaling-group-elb-health-check', resourceArn: bad, status: 'FAIL' },
      { checkId: 'autoscaling-launch-configuration-imdsv2-required', resourceArn: config0, status: 'FAIL' },
      { checkId: 'autoscaling-launch-configuration-no-public-ip', resourceArn: config0, status: 'FAIL' },
    ];
  } finally {
    asg.destroy();
    ec2.destroy();
  }
}
