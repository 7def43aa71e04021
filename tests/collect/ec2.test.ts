import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  EC2Client,
  AssociateVpcCidrBlockCommand,
  AttachInternetGatewayCommand,
  AttachVolumeCommand,
  AttachVpnGatewayCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateImageCommand,
  CreateInternetGatewayCommand,
  CreateKeyPairCommand,
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  CreateVpnGatewayCommand,
  EnableEbsEncryptionByDefaultCommand,
  ModifyImageAttributeCommand,
  ModifyInstanceMetadataOptionsCommand,
  ModifySnapshotAttributeCommand,
  ModifySubnetAttributeCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  IAMClient,
  CreateAccessKeyCommand,
  CreateInstanceProfileCommand,
  CreateUserCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext } from '../collect-context.js';
import { collectEc2 } from '../../src/collect/ec2.js';
import { Ec2Section } from '../../src/model/ec2.js';
import type { Ec2Region } from '../../src/model/ec2.js';
import { ec2Checks } from '../../src/checks/ec2/index.js';
import { buildInventory, evalContext, run } from '../builders/index.js';
import { seedEc2 } from '../seed/ec2.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
let moto: Moto;
let section: Ec2Section;

interface Seeded {
  vpcId: string;
  plainVpcId: string;
  publicSubnetId: string;
  openSgId: string;
  lockedSgId: string;
  naclId: string;
  attachedIgwId: string;
  orphanIgwId: string;
  orphanVgwId: string;
  attachedVgwId: string;
  endpointId: string;
  instanceId: string;
  plainVolumeId: string;
  encryptedVolumeId: string;
  publicSnapshotId: string;
  privateSnapshotId: string;
  publicImageId: string;
  launchTemplateId: string;
}
const seeded: Record<string, Seeded> = {};

async function seedRegion(region: string): Promise<Seeded> {
  const ec2 = new EC2Client(seedConfig(moto, region));
  const az = `${region}a`;
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.50.0.0/16' }))).Vpc!.VpcId!;
  await ec2.send(new AssociateVpcCidrBlockCommand({ VpcId: vpcId, AmazonProvidedIpv6CidrBlock: true }));
  const plainVpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.60.0.0/16' }))).Vpc!.VpcId!;
  await ec2.send(
    new CreateFlowLogsCommand({
      ResourceIds: [vpcId],
      ResourceType: 'VPC',
      TrafficType: 'REJECT',
      LogDestinationType: 'kinesis-data-firehose',
      LogDestination: `arn:aws:firehose:${region}:${MOTO_ACCOUNT_ID}:deliverystream/flow-logs`,
    }),
  );
  const publicSubnetId = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.50.1.0/24', AvailabilityZone: az })))
    .Subnet!.SubnetId!;
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: publicSubnetId, MapPublicIpOnLaunch: { Value: true } }));

  const openSgId = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'open', Description: 'open', VpcId: vpcId }))).GroupId!;
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: openSgId,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
        { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: openSgId }] },
      ],
    }),
  );
  const lockedSgId = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'locked', Description: 'locked', VpcId: vpcId })))
    .GroupId!;
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: lockedSgId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
    }),
  );

  const naclId = (await ec2.send(new CreateNetworkAclCommand({ VpcId: vpcId }))).NetworkAcl!.NetworkAclId!;
  await ec2.send(
    new CreateNetworkAclEntryCommand({
      NetworkAclId: naclId,
      RuleNumber: 90,
      Protocol: '6',
      RuleAction: 'deny',
      Egress: false,
      CidrBlock: '0.0.0.0/0',
      PortRange: { From: 22, To: 22 },
    }),
  );
  await ec2.send(
    new CreateNetworkAclEntryCommand({
      NetworkAclId: naclId,
      RuleNumber: 100,
      Protocol: '6',
      RuleAction: 'allow',
      Egress: false,
      Ipv6CidrBlock: '::/0',
      PortRange: { From: 3000, To: 4000 },
    }),
  );

  const attachedIgwId = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: attachedIgwId, VpcId: vpcId }));
  const orphanIgwId = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  const orphanVgwId = (await ec2.send(new CreateVpnGatewayCommand({ Type: 'ipsec.1' }))).VpnGateway!.VpnGatewayId!;
  const attachedVgwId = (await ec2.send(new CreateVpnGatewayCommand({ Type: 'ipsec.1' }))).VpnGateway!.VpnGatewayId!;
  await ec2.send(new AttachVpnGatewayCommand({ VpnGatewayId: attachedVgwId, VpcId: plainVpcId }));

  const endpointId = (
    await ec2.send(new CreateVpcEndpointCommand({ VpcId: vpcId, ServiceName: `com.amazonaws.${region}.s3`, VpcEndpointType: 'Gateway' }))
  ).VpcEndpoint!.VpcEndpointId!;

  await ec2.send(new CreateKeyPairCommand({ KeyName: 'used-key' }));
  await ec2.send(new CreateKeyPairCommand({ KeyName: 'unused-key' }));
  // Launch templates: version 1 (default) names used-key, version 2 ($Latest) template-key.
  await ec2.send(new CreateKeyPairCommand({ KeyName: 'template-key' }));
  const launchTemplateId = (
    await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: `asg-${region}`,
        LaunchTemplateData: { ImageId: 'ami-12c6146b', KeyName: 'used-key' },
      }),
    )
  ).LaunchTemplate!.LaunchTemplateId!;
  await ec2.send(
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: launchTemplateId,
      LaunchTemplateData: { ImageId: 'ami-12c6146b', KeyName: 'template-key' },
    }),
  );
  // $Latest and $Default are the same version here: collected once.
  await ec2.send(
    new CreateLaunchTemplateCommand({ LaunchTemplateName: `nokey-${region}`, LaunchTemplateData: { ImageId: 'ami-12c6146b' } }),
  );
  // Groups given through NetworkInterfaces: moto then lists them only under NetworkInterfaces[].Groups.
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      MinCount: 1,
      MaxCount: 1,
      KeyName: 'used-key',
      IamInstanceProfile: { Name: 'app-profile' },
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: publicSubnetId, Groups: [openSgId, lockedSgId] }],
    }),
  );
  const instanceId = run.Instances![0]!.InstanceId!;
  // After a modify, moto drops HttpEndpoint from MetadataOptions; the collector reads that as enabled.
  await ec2.send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: instanceId, HttpTokens: 'required' }));

  const plainVolumeId = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: az, Size: 1 }))).VolumeId!;
  await ec2.send(new AttachVolumeCommand({ VolumeId: plainVolumeId, InstanceId: instanceId, Device: '/dev/sdf' }));
  const encryptedVolumeId = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: az, Size: 1, Encrypted: true }))).VolumeId!;

  const publicSnapshotId = (await ec2.send(new CreateSnapshotCommand({ VolumeId: plainVolumeId }))).SnapshotId!;
  await ec2.send(
    new ModifySnapshotAttributeCommand({
      SnapshotId: publicSnapshotId,
      Attribute: 'createVolumePermission',
      OperationType: 'add',
      GroupNames: ['all'],
    }),
  );
  const privateSnapshotId = (await ec2.send(new CreateSnapshotCommand({ VolumeId: encryptedVolumeId }))).SnapshotId!;

  const publicImageId = (await ec2.send(new CreateImageCommand({ InstanceId: instanceId, Name: 'public-image' }))).ImageId!;
  await ec2.send(new ModifyImageAttributeCommand({ ImageId: publicImageId, LaunchPermission: { Add: [{ Group: 'all' }] } }));

  if (region === 'eu-west-1') await ec2.send(new EnableEbsEncryptionByDefaultCommand({}));
  ec2.destroy();
  return {
    vpcId,
    plainVpcId,
    publicSubnetId,
    openSgId,
    lockedSgId,
    naclId,
    attachedIgwId,
    orphanIgwId,
    orphanVgwId,
    attachedVgwId,
    endpointId,
    instanceId,
    plainVolumeId,
    encryptedVolumeId,
    publicSnapshotId,
    privateSnapshotId,
    publicImageId,
    launchTemplateId,
  };
}

function value<T>(o: { ok: true; value: T } | { ok: false }): T {
  if (!o.ok) throw new Error('read failed');
  return o.value;
}

/**
 * moto 5.2.1 answers DescribeTrafficMirrorSessions and DescribeClientVpnEndpoints with an HTML
 * error page (docs/testing.md): the only reads allowed to fail against it, recorded as errors.
 */
const MOTO_GAPS = new Set(['ec2:DescribeTrafficMirrorSessions', 'ec2:DescribeClientVpnEndpoints']);

/**
 * Checks added with the tagging, launch-template, VPN, endpoint and ENI controls whose demo
 * resources are not seeded yet (follow-up): the seeder must cover every other ec2 check.
 */
const NOT_SEEDED_YET = new Set(
  ec2Checks
    .map((c) => c.id)
    .filter(
      (id) =>
        id.endsWith('-tagged') ||
        [
          'ec2-security-group-cifs-restricted',
          'ec2-elastic-ip-in-use',
          'ec2-security-group-in-use',
          'ec2-network-acl-in-use',
          'ec2-instance-single-network-interface',
          'ec2-instance-not-paravirtual',
          'ec2-transit-gateway-auto-accept-disabled',
          'ec2-vpn-connection-tunnels-up',
          'ec2-vpn-connection-logging-enabled',
          'ec2-client-vpn-connection-logging-enabled',
          'ec2-network-interface-source-dest-check-enabled',
          'ec2-launch-template-no-public-ip',
          'ec2-launch-template-imdsv2-required',
          'ec2-launch-template-ebs-encrypted',
          'ec2-instance-stopped-recently',
          'ec2-vpc-ec2-endpoint-configured',
          'ec2-vpc-ecr-api-endpoint-configured',
          'ec2-vpc-ecr-dkr-endpoint-configured',
          'ec2-vpc-ssm-endpoint-configured',
          'ec2-vpc-ssm-contacts-endpoint-configured',
          'ec2-vpc-ssm-incidents-endpoint-configured',
        ].includes(id),
    ),
);

describe('collectEc2 against moto', () => {
  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
    const iam = new IAMClient(seedConfig(moto));
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'app-profile' }));
    iam.destroy();
    for (const region of REGIONS) seeded[region] = await seedRegion(region);
    const ctx = motoContext(moto, REGIONS);
    try {
      section = await collectEc2(ctx);
      expect(ctx.reader.errors.filter((e) => !MOTO_GAPS.has(e.action))).toEqual([]);
      // Only real IAM action names reach the least-privilege policy.
      expect([...ctx.reader.actions].every((a) => /^ec2:(Describe|Get)[A-Za-z]+$/.test(a))).toBe(true);
    } finally {
      ctx.close();
    }
  }, 240_000);

  afterAll(async () => {
    await moto?.stop();
  });

  const region = (name: string): Ec2Region => section.regions[name]!;

  it('produces a section that matches the model schema, keyed by every region', () => {
    expect(Ec2Section.parse(section)).toEqual(section);
    expect(Object.keys(section.regions).sort()).toEqual(REGIONS);
  });

  it('reads security group rules with IPv4, IPv6 and group references, and regional ARNs', () => {
    for (const name of REGIONS) {
      const s = seeded[name]!;
      const groups = value(region(name).securityGroups);
      const open = groups.find((g) => g.groupId === s.openSgId)!;
      expect(open.arn).toBe(`arn:aws:ec2:${name}:${MOTO_ACCOUNT_ID}:security-group/${s.openSgId}`);
      expect(open.vpcId).toBe(s.vpcId);
      expect(open.ipPermissions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: ['0.0.0.0/0'] }),
          expect.objectContaining({ ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, ipv6Ranges: ['::/0'] }),
          expect.objectContaining({ ipProtocol: '-1', userIdGroupPairs: [expect.objectContaining({ groupId: s.openSgId })] }),
        ]),
      );
      const locked = groups.find((g) => g.groupId === s.lockedSgId)!;
      expect(locked.ipPermissions).toEqual([expect.objectContaining({ fromPort: 443, ipRanges: ['10.0.0.0/8'], ipv6Ranges: [] })]);
      // moto's default group: the egress-all rule but no self-referencing ingress (AWS has both).
      const def = groups.find((g) => g.groupName === 'default' && g.vpcId === s.vpcId)!;
      expect(def.ipPermissionsEgress).toEqual([expect.objectContaining({ ipProtocol: '-1', ipRanges: ['0.0.0.0/0'] })]);
    }
  });

  it('reads network ACL entries with rule numbers, ports and IPv6 CIDRs', () => {
    const s = seeded['us-east-1']!;
    const acls = value(region('us-east-1').networkAcls);
    const acl = acls.find((a) => a.networkAclId === s.naclId)!;
    expect(acl.arn).toBe(`arn:aws:ec2:us-east-1:${MOTO_ACCOUNT_ID}:network-acl/${s.naclId}`);
    expect(acl.isDefault).toBe(false);
    expect(acl.entries).toEqual(
      expect.arrayContaining([
        {
          ruleNumber: 90,
          egress: false,
          protocol: '6',
          ruleAction: 'deny',
          cidrBlock: '0.0.0.0/0',
          ipv6CidrBlock: null,
          portRange: { from: 22, to: 22 },
        },
        {
          ruleNumber: 100,
          egress: false,
          protocol: '6',
          ruleAction: 'allow',
          cidrBlock: null,
          ipv6CidrBlock: '::/0',
          portRange: { from: 3000, to: 4000 },
        },
      ]),
    );
    const def = acls.find((a) => a.vpcId === s.vpcId && a.isDefault)!;
    expect(def.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleNumber: 100, egress: false, protocol: '-1', ruleAction: 'allow', cidrBlock: '0.0.0.0/0' }),
      ]),
    );
  });

  it('reads VPCs, flow logs and subnets', () => {
    const s = seeded['eu-west-1']!;
    const r = region('eu-west-1');
    expect(value(r.vpcs)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ vpcId: s.vpcId, isDefault: false, cidrBlock: '10.50.0.0/16', ownerId: MOTO_ACCOUNT_ID }),
        expect.objectContaining({ isDefault: true }),
      ]),
    );
    const logs = value(r.flowLogs).filter((f) => f.resourceId === s.vpcId);
    expect(logs).toEqual([
      expect.objectContaining({
        trafficType: 'REJECT',
        flowLogStatus: 'ACTIVE',
        deliverLogsStatus: 'SUCCESS',
        logDestinationType: 'kinesis-data-firehose',
      }),
    ]);
    expect(value(r.flowLogs).some((f) => f.resourceId === s.plainVpcId)).toBe(false);
    const subnet = value(r.subnets).find((x) => x.subnetId === s.publicSubnetId)!;
    expect(subnet).toMatchObject({
      arn: `arn:aws:ec2:eu-west-1:${MOTO_ACCOUNT_ID}:subnet/${s.publicSubnetId}`,
      vpcId: s.vpcId,
      mapPublicIpOnLaunch: true,
      defaultForAz: false,
      ownerId: MOTO_ACCOUNT_ID,
    });
    expect(value(r.routeTables).some((t) => t.vpcId === s.vpcId && t.routes.some((x) => x.gatewayId === 'local'))).toBe(true);
  });

  it('reads internet gateway and VPN gateway attachments', () => {
    const s = seeded['us-east-1']!;
    const r = region('us-east-1');
    const igws = value(r.internetGateways);
    expect(igws.find((g) => g.internetGatewayId === s.attachedIgwId)?.attachments).toEqual([{ vpcId: s.vpcId, state: 'available' }]);
    expect(igws.find((g) => g.internetGatewayId === s.orphanIgwId)).toMatchObject({
      arn: `arn:aws:ec2:us-east-1:${MOTO_ACCOUNT_ID}:internet-gateway/${s.orphanIgwId}`,
      attachments: [],
    });
    const vgws = value(r.vpnGateways);
    expect(vgws.find((g) => g.vpnGatewayId === s.orphanVgwId)?.vpcAttachments).toEqual([]);
    expect(vgws.find((g) => g.vpnGatewayId === s.attachedVgwId)?.vpcAttachments).toEqual([{ vpcId: s.plainVpcId, state: 'attached' }]);
  });

  it('parses the default VPC endpoint policy', () => {
    const s = seeded['us-east-1']!;
    const e = value(region('us-east-1').vpcEndpoints).find((x) => x.vpcEndpointId === s.endpointId)!;
    expect(e).toMatchObject({ vpcEndpointType: 'Gateway', serviceName: 'com.amazonaws.us-east-1.s3', vpcId: s.vpcId });
    expect(e.policyDocument).toMatchObject({ Statement: [expect.objectContaining({ Effect: 'Allow', Principal: '*', Action: '*' })] });
  });

  it('reads instances: network-interface groups, IMDS after modify, profile, key, public IP', () => {
    for (const name of REGIONS) {
      const s = seeded[name]!;
      const i = value(region(name).instances).find((x) => x.instanceId === s.instanceId)!;
      expect(i).toMatchObject({
        arn: `arn:aws:ec2:${name}:${MOTO_ACCOUNT_ID}:instance/${s.instanceId}`,
        state: 'running',
        subnetId: s.publicSubnetId,
        vpcId: s.vpcId,
        httpTokens: 'required',
        httpEndpoint: 'enabled',
        keyName: 'used-key',
        imageId: 'ami-12c6146b',
      });
      expect(i.securityGroupIds).toEqual([s.openSgId, s.lockedSgId].sort());
      expect(i.iamInstanceProfileArn).toContain('instance-profile/app-profile');
      expect(i.publicIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(i.launchTime).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
  });

  it('reads volumes, EBS default encryption per region and key pairs', () => {
    const s = seeded['us-east-1']!;
    const vols = value(region('us-east-1').volumes);
    expect(vols.find((v) => v.volumeId === s.plainVolumeId)).toMatchObject({
      encrypted: false,
      attachments: [{ instanceId: s.instanceId, state: 'attached' }],
    });
    expect(vols.find((v) => v.volumeId === s.encryptedVolumeId)).toMatchObject({ encrypted: true, state: 'available', attachments: [] });
    expect(value(region('eu-west-1').ebsEncryptionByDefault)).toBe(true);
    expect(value(region('us-east-1').ebsEncryptionByDefault)).toBe(false);
    const keys = value(region('us-east-1').keyPairs);
    expect(keys.map((k) => k.keyName).sort()).toEqual(['template-key', 'unused-key', 'used-key']);
    expect(keys[0]?.arn).toMatch(new RegExp(`^arn:aws:ec2:us-east-1:${MOTO_ACCOUNT_ID}:key-pair/`));
  });

  it('reads the $Latest and $Default version of every launch template, each once, with its KeyName', () => {
    const s = seeded['us-east-1']!;
    const versions = value(region('us-east-1').launchTemplateVersions);
    const arn = `arn:aws:ec2:us-east-1:${MOTO_ACCOUNT_ID}:launch-template/${s.launchTemplateId}`;
    expect(versions.filter((v) => v.launchTemplateId === s.launchTemplateId).sort((a, b) => a.versionNumber - b.versionNumber)).toEqual([
      {
        arn,
        region: 'us-east-1',
        launchTemplateId: s.launchTemplateId,
        launchTemplateName: 'asg-us-east-1',
        versionNumber: 1,
        defaultVersion: true,
        keyName: 'used-key',
        launchData: { blockDeviceMappings: [], httpEndpoint: null, httpTokens: null, networkInterfaces: [] },
      },
      {
        arn,
        region: 'us-east-1',
        launchTemplateId: s.launchTemplateId,
        launchTemplateName: 'asg-us-east-1',
        versionNumber: 2,
        defaultVersion: false,
        keyName: 'template-key',
        launchData: { blockDeviceMappings: [], httpEndpoint: null, httpTokens: null, networkInterfaces: [] },
      },
    ]);
    expect(versions.filter((v) => v.launchTemplateName === 'nokey-us-east-1')).toEqual([
      expect.objectContaining({ versionNumber: 1, defaultVersion: true, keyName: null }),
    ]);
    expect(value(region('eu-west-1').launchTemplateVersions).map((v) => v.launchTemplateName)).not.toContain('asg-us-east-1');
  });

  it('reads only own snapshots with their createVolumePermission, with account-less ARNs', () => {
    const s = seeded['us-east-1']!;
    const snaps = value(region('us-east-1').snapshots);
    const pub = snaps.find((x) => x.snapshotId === s.publicSnapshotId)!;
    expect(pub.arn).toBe(`arn:aws:ec2:us-east-1::snapshot/${s.publicSnapshotId}`);
    expect(pub.createVolumePermissions).toEqual({ ok: true, value: [{ group: 'all', userId: null, organizationArn: null }] });
    expect(snaps.find((x) => x.snapshotId === s.privateSnapshotId)).toMatchObject({
      encrypted: true,
      createVolumePermissions: { ok: true, value: [] },
    });
  });

  it('reads own AMIs with their launch permissions', () => {
    const s = seeded['eu-west-1']!;
    const img = value(region('eu-west-1').images).find((x) => x.imageId === s.publicImageId)!;
    expect(img).toMatchObject({ arn: `arn:aws:ec2:eu-west-1::image/${s.publicImageId}`, name: 'public-image' });
    expect(img.launchPermissions).toEqual({ ok: true, value: [expect.objectContaining({ group: 'all' })] });
  });

  it('keeps one denied list from affecting the others (IAM enforcement on)', async () => {
    const iam = new IAMClient(seedConfig(moto));
    await iam.send(new CreateUserCommand({ UserName: 'vpc-reader' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'vpc-reader',
        PolicyName: 'vpcs-only',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['ec2:DescribeVpcs', 'ec2:DescribeSnapshots'], Resource: '*' }],
        }),
      }),
    );
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'vpc-reader' }))).AccessKey!;
    iam.destroy();
    await moto.enableIamAuth();
    const ctx = motoContext(moto, ['us-east-1'], { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    try {
      const partial = (await collectEc2(ctx)).regions['us-east-1']!;
      expect(partial.vpcs.ok).toBe(true);
      expect(partial.securityGroups).toMatchObject({
        ok: false,
        error: { action: 'ec2:DescribeSecurityGroups', kind: 'access-denied', region: 'us-east-1' },
      });
      expect(partial.ebsEncryptionByDefault).toMatchObject({ ok: false, error: { action: 'ec2:GetEbsEncryptionByDefault' } });
      // The snapshot list was readable, each attribute read was not: the failure sits on the snapshot.
      const snap = value(partial.snapshots).find((x) => x.snapshotId === seeded['us-east-1']!.publicSnapshotId)!;
      expect(snap.createVolumePermissions).toMatchObject({
        ok: false,
        error: { action: 'ec2:DescribeSnapshotAttribute', target: snap.arn },
      });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});

describe('seedEc2 (demo estate)', () => {
  let seedMoto: Moto;
  afterAll(async () => {
    await seedMoto?.stop();
  });

  it('yields exactly the expected findings when collected and evaluated', { timeout: 240_000 }, async () => {
    seedMoto = await startMoto({ loadManagedPolicies: false });
    const expected = await seedEc2(seedMoto, REGIONS);
    expect(expected.length).toBeGreaterThan(40);
    const ctx = motoContext(seedMoto, REGIONS);
    try {
      const inv = buildInventory({ ec2: await collectEc2(ctx) });
      expect(ctx.reader.errors.filter((e) => !MOTO_GAPS.has(e.action))).toEqual([]);
      const evalCtx = evalContext({ accountId: MOTO_ACCOUNT_ID });
      const actual = new Map<string, string>();
      for (const check of ec2Checks) for (const r of run(check, inv, evalCtx)) actual.set(`${check.id} ${r.resourceArn}`, r.status);
      const mismatches = expected
        .filter((e) => actual.get(`${e.checkId} ${e.resourceArn}`) !== e.status)
        .map((e) => ({ ...e, actual: actual.get(`${e.checkId} ${e.resourceArn}`) }));
      expect(mismatches).toEqual([]);
      // Every check the seeder cites exists, and every ec2 check is exercised.
      expect(new Set(expected.map((e) => e.checkId))).toEqual(new Set(ec2Checks.map((c) => c.id).filter((id) => !NOT_SEEDED_YET.has(id))));
    } finally {
      ctx.close();
    }
  });
});
