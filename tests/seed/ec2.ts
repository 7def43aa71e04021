/**
 * Demo EC2/VPC/EBS estate for the demo account and the end-to-end test: a plausible mix of
 * insecure and secure resources in every region given, all named `demo-*`. Only resources this
 * seeder creates are reported, never moto's default VPC, subnets or groups.
 *
 * Side effects outside EC2, both mirroring AWS: the encrypted volume makes moto create the
 * AWS-managed KMS key alias/aws/ebs in each region; nothing is created in IAM (instances have no
 * profile, so that check fails for them by design).
 */
import {
  EC2Client,
  AttachInternetGatewayCommand,
  AttachVolumeCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateImageCommand,
  CreateInternetGatewayCommand,
  CreateKeyPairCommand,
  CreateLaunchTemplateCommand,
  CreateNetworkAclCommand,
  CreateNetworkAclEntryCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  CreateVpnGatewayCommand,
  DescribeSecurityGroupsCommand,
  DisableEbsEncryptionByDefaultCommand,
  EnableEbsEncryptionByDefaultCommand,
  ModifySnapshotAttributeCommand,
  ModifySubnetAttributeCommand,
  RevokeSecurityGroupEgressCommand,
  RunInstancesCommand,
  type IpPermission,
  RegisterImageCommand,
} from '@aws-sdk/client-ec2';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

type Status = ExpectedFinding['status'];

const clientFor = (moto: { endpoint: string }, region: string) =>
  new EC2Client({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });

const arn = (region: string, resource: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT_ID}:${resource}`;
const world4 = (from: number, to = from): IpPermission => ({
  IpProtocol: 'tcp',
  FromPort: from,
  ToPort: to,
  IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'anywhere' }],
});
const world6 = (from: number, to = from): IpPermission => ({
  IpProtocol: 'tcp',
  FromPort: from,
  ToPort: to,
  Ipv6Ranges: [{ CidrIpv6: '::/0' }],
});

async function tag(ec2: EC2Client, id: string, name: string): Promise<void> {
  await ec2.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'Name', Value: name }] }));
}

async function seedRegion(ec2: EC2Client, region: string, encryptionByDefault: boolean): Promise<ExpectedFinding[]> {
  const out: ExpectedFinding[] = [];
  const expect = (checkId: string, resourceArn: string, status: Status) => out.push({ checkId, resourceArn, status });
  const az = `${region}a`;

  // VPCs: demo-app with flow logs, demo-legacy without.
  const appVpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc!.VpcId!;
  await tag(ec2, appVpc, 'demo-app-vpc');
  const legacyVpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc!.VpcId!;
  await tag(ec2, legacyVpc, 'demo-legacy-vpc');
  // Firehose destination: moto marks CloudWatch Logs destinations without a log group FAILED and
  // needs an existing bucket for S3, which would touch other services' resources.
  await ec2.send(
    new CreateFlowLogsCommand({
      ResourceIds: [appVpc],
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 'kinesis-data-firehose',
      LogDestination: `arn:aws:firehose:${region}:${MOTO_ACCOUNT_ID}:deliverystream/demo-flow-logs`,
    }),
  );
  expect('ec2-vpc-flow-logs-enabled', arn(region, `vpc/${appVpc}`), 'PASS');
  expect('ec2-vpc-flow-logs-enabled', arn(region, `vpc/${legacyVpc}`), 'FAIL');

  // Subnets: a public one that auto-assigns addresses, and a private one.
  const publicSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: appVpc, CidrBlock: '10.20.1.0/24', AvailabilityZone: az }))).Subnet!
    .SubnetId!;
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: publicSubnet, MapPublicIpOnLaunch: { Value: true } }));
  await tag(ec2, publicSubnet, 'demo-public');
  const privateSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: appVpc, CidrBlock: '10.20.2.0/24', AvailabilityZone: az })))
    .Subnet!.SubnetId!;
  await tag(ec2, privateSubnet, 'demo-private');
  expect('ec2-subnet-no-auto-assign-public-ip', arn(region, `subnet/${publicSubnet}`), 'FAIL');
  expect('ec2-subnet-no-auto-assign-public-ip', arn(region, `subnet/${privateSubnet}`), 'PASS');

  // Security groups.
  const web = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'demo-web', Description: 'Web servers', VpcId: appVpc })))
    .GroupId!;
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: web, IpPermissions: [world4(22), world4(3389), world4(443)] }));
  const db = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'demo-db', Description: 'Database', VpcId: appVpc }))).GroupId!;
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: db, IpPermissions: [world6(5432)] }));
  const locked = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'demo-locked', Description: 'Internal only', VpcId: appVpc })))
    .GroupId!;
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: locked,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.20.0.0/16' }] }],
    }),
  );
  // UDP 443 (QUIC) and MongoDB open to the world: EC2.18 judges UDP against its own (empty) list,
  // and 27017 is outside EC2.19's ports but inside the checklist's.
  const edge = (
    await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'demo-edge', Description: 'QUIC and a database', VpcId: appVpc }))
  ).GroupId!;
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({ GroupId: edge, IpPermissions: [{ ...world4(443), IpProtocol: 'udp' }, world4(27017)] }),
  );
  const sg = (id: string) => arn(region, `security-group/${id}`);
  // NOT_APPLICABLE is documentation here: seeds list only PASS, FAIL and UNKNOWN findings.
  type SgStatus = Status | 'NOT_APPLICABLE';
  const sgExpect: Record<string, [web: SgStatus, db: SgStatus, locked: SgStatus, edge: SgStatus]> = {
    'ec2-security-group-ssh-restricted': ['FAIL', 'PASS', 'PASS', 'PASS'],
    'ec2-security-group-rdp-restricted': ['FAIL', 'PASS', 'PASS', 'PASS'],
    'ec2-security-group-admin-ports-ipv4-restricted': ['FAIL', 'PASS', 'PASS', 'PASS'],
    'ec2-security-group-admin-ports-ipv6-restricted': ['PASS', 'PASS', 'PASS', 'PASS'],
    'ec2-security-group-high-risk-ports-restricted': ['FAIL', 'FAIL', 'PASS', 'PASS'],
    'ec2-security-group-sensitive-ports-restricted': ['FAIL', 'FAIL', 'PASS', 'FAIL'],
    'ec2-security-group-public-ingress-authorized-ports-only': ['FAIL', 'FAIL', 'NOT_APPLICABLE', 'FAIL'],
  };
  for (const [checkId, statuses] of Object.entries(sgExpect)) {
    [web, db, locked, edge].forEach((id, i) => {
      const status = statuses[i];
      if (status && status !== 'NOT_APPLICABLE') expect(checkId, sg(id), status);
    });
  }

  // Default groups: moto gives them the egress-all rule (AWS adds a self-referencing ingress rule
  // too). The legacy VPC's is emptied, the app VPC's is left as created.
  const defaults = await ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [appVpc, legacyVpc] },
        { Name: 'group-name', Values: ['default'] },
      ],
    }),
  );
  for (const g of defaults.SecurityGroups ?? []) {
    if (g.VpcId === legacyVpc) {
      if ((g.IpPermissionsEgress ?? []).length > 0)
        await ec2.send(new RevokeSecurityGroupEgressCommand({ GroupId: g.GroupId, IpPermissions: g.IpPermissionsEgress }));
      expect('ec2-security-group-default-restricts-all-traffic', sg(g.GroupId!), 'PASS');
    } else {
      expect('ec2-security-group-default-restricts-all-traffic', sg(g.GroupId!), 'FAIL');
    }
  }

  // Network ACLs: one opening SSH to the world, one opening only HTTPS.
  const sshAcl = (await ec2.send(new CreateNetworkAclCommand({ VpcId: appVpc }))).NetworkAcl!.NetworkAclId!;
  await tag(ec2, sshAcl, 'demo-nacl-ssh');
  await ec2.send(
    new CreateNetworkAclEntryCommand({
      NetworkAclId: sshAcl,
      RuleNumber: 100,
      Protocol: '6',
      RuleAction: 'allow',
      Egress: false,
      CidrBlock: '0.0.0.0/0',
      PortRange: { From: 22, To: 22 },
    }),
  );
  const httpsAcl = (await ec2.send(new CreateNetworkAclCommand({ VpcId: appVpc }))).NetworkAcl!.NetworkAclId!;
  await tag(ec2, httpsAcl, 'demo-nacl-https');
  await ec2.send(
    new CreateNetworkAclEntryCommand({
      NetworkAclId: httpsAcl,
      RuleNumber: 100,
      Protocol: '6',
      RuleAction: 'allow',
      Egress: false,
      CidrBlock: '0.0.0.0/0',
      PortRange: { From: 443, To: 443 },
    }),
  );
  expect('ec2-network-acl-admin-ports-restricted', arn(region, `network-acl/${sshAcl}`), 'FAIL');
  expect('ec2-network-acl-admin-ports-restricted', arn(region, `network-acl/${httpsAcl}`), 'PASS');

  // Gateways: one attached and one orphaned internet gateway, one orphaned VPN gateway.
  const appIgw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: appIgw, VpcId: appVpc }));
  await tag(ec2, appIgw, 'demo-app-igw');
  const orphanIgw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await tag(ec2, orphanIgw, 'demo-orphan-igw');
  const orphanVgw = (await ec2.send(new CreateVpnGatewayCommand({ Type: 'ipsec.1' }))).VpnGateway!.VpnGatewayId!;
  await tag(ec2, orphanVgw, 'demo-orphan-vgw');
  expect('ec2-internet-gateway-attached', arn(region, `internet-gateway/${appIgw}`), 'PASS');
  expect('ec2-internet-gateway-attached', arn(region, `internet-gateway/${orphanIgw}`), 'FAIL');
  expect('ec2-vpn-gateway-attached', arn(region, `vpn-gateway/${orphanVgw}`), 'FAIL');

  // VPC endpoints: S3 with AWS's default full-access policy, DynamoDB limited to the account.
  const s3Endpoint = (
    await ec2.send(new CreateVpcEndpointCommand({ VpcId: appVpc, ServiceName: `com.amazonaws.${region}.s3`, VpcEndpointType: 'Gateway' }))
  ).VpcEndpoint!.VpcEndpointId!;
  const ddbEndpoint = (
    await ec2.send(
      new CreateVpcEndpointCommand({
        VpcId: appVpc,
        ServiceName: `com.amazonaws.${region}.dynamodb`,
        VpcEndpointType: 'Gateway',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 'dynamodb:*',
              Resource: '*',
              Condition: { StringEquals: { 'aws:PrincipalAccount': MOTO_ACCOUNT_ID } },
            },
          ],
        }),
      }),
    )
  ).VpcEndpoint!.VpcEndpointId!;
  expect('ec2-vpc-endpoint-policy-principal-restricted', arn(region, `vpc-endpoint/${s3Endpoint}`), 'FAIL');
  expect('ec2-vpc-endpoint-policy-principal-restricted', arn(region, `vpc-endpoint/${ddbEndpoint}`), 'PASS');

  // Key pairs and instances: a legacy box (IMDSv1, public IP, no role) and a hardened one.
  await ec2.send(new CreateKeyPairCommand({ KeyName: 'demo-legacy-key' }));
  await ec2.send(new CreateKeyPairCommand({ KeyName: 'demo-unused-key' }));
  expect('ec2-key-pair-in-use', arn(region, 'key-pair/demo-legacy-key'), 'PASS');
  expect('ec2-key-pair-in-use', arn(region, 'key-pair/demo-unused-key'), 'FAIL');
  // A key only an Auto Scaling launch template uses: in use, though no instance runs with it now.
  await ec2.send(new CreateKeyPairCommand({ KeyName: 'demo-asg-key' }));
  await ec2.send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: 'demo-web-asg',
      LaunchTemplateData: { ImageId: 'ami-0demo0web00000001', InstanceType: 't3.micro', KeyName: 'demo-asg-key' },
    }),
  );
  expect('ec2-key-pair-in-use', arn(region, 'key-pair/demo-asg-key'), 'PASS');
  const legacy = (
    await ec2.send(
      new RunInstancesCommand({
        ImageId: 'ami-0demo0legacy0001',
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
        KeyName: 'demo-legacy-key',
        SubnetId: publicSubnet,
        SecurityGroupIds: [web],
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'demo-legacy-app' }] }],
      }),
    )
  ).Instances![0]!.InstanceId!;
  // A freshly built image (moto dates it now): checklist 6.3 passes; the legacy AMI does not exist any more.
  const hardenedImage = (await ec2.send(new RegisterImageCommand({ Name: 'demo-hardened-golden', RootDeviceName: '/dev/xvda' }))).ImageId!;
  const hardened = (
    await ec2.send(
      new RunInstancesCommand({
        ImageId: hardenedImage,
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
        SubnetId: privateSubnet,
        SecurityGroupIds: [locked],
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'demo-hardened-app' }] }],
      }),
    )
  ).Instances![0]!.InstanceId!;
  const inst = (id: string) => arn(region, `instance/${id}`);
  expect('ec2-instance-ami-recent', inst(legacy), 'UNKNOWN');
  expect('ec2-instance-ami-recent', inst(hardened), 'PASS');
  expect('ec2-instance-imdsv2-required', inst(legacy), 'FAIL');
  expect('ec2-instance-imdsv2-required', inst(hardened), 'PASS');
  expect('ec2-instance-no-public-ip', inst(legacy), 'FAIL');
  expect('ec2-instance-no-public-ip', inst(hardened), 'PASS');
  expect('ec2-instance-profile-attached', inst(legacy), 'FAIL');
  expect('ec2-instance-profile-attached', inst(hardened), 'FAIL');

  // Data volumes: unencrypted on the legacy box, encrypted on the hardened one. (moto does not
  // apply encryption by default to new volumes, so the explicit flags hold in both regions.)
  const plainVolume = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: az, Size: 8, Encrypted: false }))).VolumeId!;
  await ec2.send(new AttachVolumeCommand({ VolumeId: plainVolume, InstanceId: legacy, Device: '/dev/sdf' }));
  await tag(ec2, plainVolume, 'demo-legacy-data');
  const encryptedVolume = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: az, Size: 8, Encrypted: true }))).VolumeId!;
  await ec2.send(new AttachVolumeCommand({ VolumeId: encryptedVolume, InstanceId: hardened, Device: '/dev/sdf' }));
  await tag(ec2, encryptedVolume, 'demo-hardened-data');
  expect('ec2-volume-encrypted', arn(region, `volume/${plainVolume}`), 'FAIL');
  expect('ec2-volume-encrypted', arn(region, `volume/${encryptedVolume}`), 'PASS');

  // Snapshots: a public one of the legacy data, a private one of the hardened data.
  const publicSnapshot = (await ec2.send(new CreateSnapshotCommand({ VolumeId: plainVolume, Description: 'demo-legacy-data backup' })))
    .SnapshotId!;
  await ec2.send(
    new ModifySnapshotAttributeCommand({
      SnapshotId: publicSnapshot,
      Attribute: 'createVolumePermission',
      OperationType: 'add',
      GroupNames: ['all'],
    }),
  );
  const privateSnapshot = (
    await ec2.send(new CreateSnapshotCommand({ VolumeId: encryptedVolume, Description: 'demo-hardened-data backup' }))
  ).SnapshotId!;
  expect('ec2-snapshot-not-public', `arn:aws:ec2:${region}::snapshot/${publicSnapshot}`, 'FAIL');
  expect('ec2-snapshot-not-public', `arn:aws:ec2:${region}::snapshot/${privateSnapshot}`, 'PASS');

  // A private golden image of the hardened instance.
  const image = (await ec2.send(new CreateImageCommand({ InstanceId: hardened, Name: 'demo-hardened-golden' }))).ImageId!;
  expect('ec2-image-not-public', `arn:aws:ec2:${region}::image/${image}`, 'PASS');

  // EBS encryption by default: on in the first region, off in the others.
  await ec2.send(encryptionByDefault ? new EnableEbsEncryptionByDefaultCommand({}) : new DisableEbsEncryptionByDefaultCommand({}));
  expect('ec2-ebs-default-encryption-enabled', arn(region, 'account'), encryptionByDefault ? 'PASS' : 'FAIL');
  return out;
}

export async function seedEc2(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const findings: ExpectedFinding[] = [];
  for (const [index, region] of regions.entries()) {
    const ec2 = clientFor(moto, region);
    try {
      findings.push(...(await seedRegion(ec2, region, index === 0)));
    } finally {
      ec2.destroy();
    }
  }
  return findings;
}
