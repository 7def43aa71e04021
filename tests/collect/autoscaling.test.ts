import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoScalingClient, CreateAutoScalingGroupCommand, CreateLaunchConfigurationCommand } from '@aws-sdk/client-auto-scaling';
import { CreateLaunchTemplateCommand, EC2Client } from '@aws-sdk/client-ec2';
import { collectAutoscaling } from '../../src/collect/autoscaling.js';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
let templateId = '';

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const asg = new AutoScalingClient(seedConfig(moto, 'us-east-1'));
  const ec2 = new EC2Client(seedConfig(moto, 'us-east-1'));
  try {
    await asg.send(
      new CreateLaunchConfigurationCommand({
        LaunchConfigurationName: 'legacy',
        ImageId: 'ami-12c6146b',
        InstanceType: 't3.micro',
        AssociatePublicIpAddress: true,
        MetadataOptions: { HttpTokens: 'optional' },
      }),
    );
    const lt = await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'web',
        LaunchTemplateData: {
          ImageId: 'ami-12c6146b',
          InstanceType: 't3.micro',
          MetadataOptions: { HttpTokens: 'required' },
          NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
        },
      }),
    );
    templateId = lt.LaunchTemplate?.LaunchTemplateId ?? '';
    await asg.send(
      new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'old',
        LaunchConfigurationName: 'legacy',
        MinSize: 0,
        MaxSize: 1,
        AvailabilityZones: ['us-east-1a'],
        LoadBalancerNames: ['classic'],
      }),
    );
    await asg.send(
      new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'web',
        MixedInstancesPolicy: {
          LaunchTemplate: {
            LaunchTemplateSpecification: { LaunchTemplateId: templateId, Version: '$Latest' },
            Overrides: [{ InstanceType: 't3.micro' }, { InstanceType: 't3.small' }],
          },
        },
        MinSize: 0,
        MaxSize: 1,
        AvailabilityZones: ['us-east-1a', 'us-east-1b'],
        HealthCheckType: 'ELB',
        Tags: [{ Key: 'owner', Value: 'web', PropagateAtLaunch: true }],
      }),
    );
  } finally {
    asg.destroy();
    ec2.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectAutoscaling', () => {
  it('records groups with their launch template version, launch configurations, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { regions } = await collectAutoscaling(ctx);
      expect(regions['eu-west-1']).toEqual({ groups: { ok: true, value: [] }, launchConfigurations: { ok: true, value: [] } });
      const groups = regions['us-east-1']?.groups;
      const byName = new Map((groups?.ok ? groups.value : []).map((g) => [g.name, g]));
      expect(byName.get('old')).toMatchObject({
        arn: expect.stringMatching(/^arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:.*:autoScalingGroupName\/old$/) as unknown,
        launchConfigurationName: 'legacy',
        launchTemplate: null,
        instanceTypeOverrides: null,
        availabilityZones: ['us-east-1a'],
        loadBalancerNames: ['classic'],
        healthCheckType: 'EC2',
        tagKeys: [],
        launchTemplateData: { ok: true, value: null },
      });
      expect(byName.get('web')).toMatchObject({
        launchConfigurationName: null,
        launchTemplate: { id: templateId, version: '$Latest' },
        instanceTypeOverrides: ['t3.micro', 't3.small'],
        attributeBasedInstanceTypes: false,
        availabilityZones: ['us-east-1a', 'us-east-1b'],
        healthCheckType: 'ELB',
        tagKeys: ['owner'],
        launchTemplateData: {
          ok: true,
          value: { versionNumber: 1, httpTokens: 'required', httpEndpoint: null, associatePublicIpAddress: false },
        },
      });
      expect(regions['us-east-1']?.launchConfigurations).toMatchObject({
        ok: true,
        value: [{ name: 'legacy', httpTokens: 'optional', associatePublicIpAddress: true }],
      });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the lists, or the launch template versions', async () => {
    const listOnly = await restrictedCredentials(moto, 'asg-lister', [
      'autoscaling:DescribeAutoScalingGroups',
      'autoscaling:DescribeLaunchConfigurations',
    ]);
    const nothing = await restrictedCredentials(moto, 'asg-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectAutoscaling(listed)).regions['us-east-1']?.groups;
      const web = (seen?.ok ? seen.value : []).find((g) => g.name === 'web');
      expect(web?.launchTemplateData).toMatchObject({
        ok: false,
        error: { action: 'ec2:DescribeLaunchTemplateVersions', kind: 'access-denied' },
      });
      const none = (await collectAutoscaling(denied)).regions['us-east-1'];
      expect(none?.groups).toMatchObject({ ok: false, error: { action: 'autoscaling:DescribeAutoScalingGroups', kind: 'access-denied' } });
      expect(none?.launchConfigurations).toMatchObject({
        ok: false,
        error: { action: 'autoscaling:DescribeLaunchConfigurations', kind: 'access-denied' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
