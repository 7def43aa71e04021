/**
 * EC2/VPC/EBS builders. Every builder returns a compliant resource; tests override only what makes
 * their case fail. ARNs use the builders' account (ACCOUNT_ID) and follow AWS's formats.
 */
import type {
  Ec2InstanceImage,
  Ec2Address,
  Ec2ClientVpnEndpoint,
  Ec2NetworkInterface,
  Ec2TaggedResource,
  Ec2TransitGateway,
  Ec2VpnConnection,
  Ec2FlowLog,
  Ec2Image,
  Ec2Instance,
  Ec2InternetGateway,
  Ec2IpPermission,
  Ec2KeyPair,
  Ec2LaunchTemplateVersion,
  Ec2NetworkAcl,
  Ec2NetworkAclEntry,
  Ec2Region,
  Ec2RouteTable,
  Ec2Section,
  Ec2SecurityGroup,
  Ec2Snapshot,
  Ec2Subnet,
  Ec2Volume,
  Ec2Vpc,
  Ec2VpcEndpoint,
  Ec2VpnGateway,
} from '../../src/model/ec2.js';
import { ACCOUNT_ID, REGIONS, daysAgo, ok } from './common.js';

const DEFAULT_REGION = 'us-east-1';
/** The tags every compliant builder carries (one user tag, one AWS system tag). */
export const EC2_TAGS: Readonly<Record<string, string>> = { owner: 'platform', 'aws:cloudformation:stack-name': 'net' };
const ec2Arn = (region: string, resource: string) => `arn:aws:ec2:${region}:${ACCOUNT_ID}:${resource}`;

export function ec2IpPermission(overrides: Partial<Ec2IpPermission> = {}): Ec2IpPermission {
  return {
    ipProtocol: 'tcp',
    fromPort: 443,
    toPort: 443,
    ipRanges: ['0.0.0.0/0'],
    ipv6Ranges: [],
    prefixListIds: [],
    userIdGroupPairs: [],
    ...overrides,
  };
}

/** A world-open ingress permission: `ec2WorldRule('tcp', 22)`, `ec2WorldRule('-1')`, `ec2WorldRule('tcp', 0, 65535, 'ipv6')`. */
export function ec2WorldRule(
  ipProtocol: string,
  fromPort: number | null = null,
  toPort: number | null = fromPort,
  family: 'ipv4' | 'ipv6' = 'ipv4',
): Ec2IpPermission {
  return ec2IpPermission({
    ipProtocol,
    fromPort,
    toPort,
    ipRanges: family === 'ipv4' ? ['0.0.0.0/0'] : [],
    ipv6Ranges: family === 'ipv6' ? ['::/0'] : [],
  });
}

/** A non-default group allowing HTTPS from the world and SSH from a private range. */
export function ec2SecurityGroup(overrides: Partial<Ec2SecurityGroup> = {}): Ec2SecurityGroup {
  const region = overrides.region ?? DEFAULT_REGION;
  const groupId = overrides.groupId ?? 'sg-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `security-group/${groupId}`),
    region,
    groupId,
    groupName: 'web',
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    ipPermissions: [ec2IpPermission(), ec2IpPermission({ fromPort: 22, toPort: 22, ipRanges: ['10.0.0.0/8'] })],
    ipPermissionsEgress: [ec2IpPermission({ ipProtocol: '-1', fromPort: null, toPort: null })],
    tags: EC2_TAGS,
    ...overrides,
  };
}

/** A VPC default security group with no rules (the compliant state; AWS creates it with rules). */
export function ec2DefaultSecurityGroup(overrides: Partial<Ec2SecurityGroup> = {}): Ec2SecurityGroup {
  return ec2SecurityGroup({
    groupId: 'sg-0defa017000000001',
    groupName: 'default',
    ipPermissions: [],
    ipPermissionsEgress: [],
    ...overrides,
  });
}

export function ec2NetworkAclEntry(overrides: Partial<Ec2NetworkAclEntry> = {}): Ec2NetworkAclEntry {
  return {
    ruleNumber: 100,
    egress: false,
    protocol: '6',
    ruleAction: 'allow',
    cidrBlock: '0.0.0.0/0',
    ipv6CidrBlock: null,
    portRange: { from: 443, to: 443 },
    ...overrides,
  };
}

/** An ACL allowing HTTPS from the world, everything from 10/8, and denying the rest. */
export function ec2NetworkAcl(overrides: Partial<Ec2NetworkAcl> = {}): Ec2NetworkAcl {
  const region = overrides.region ?? DEFAULT_REGION;
  const networkAclId = overrides.networkAclId ?? 'acl-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `network-acl/${networkAclId}`),
    region,
    networkAclId,
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    isDefault: false,
    entries: [
      ec2NetworkAclEntry(),
      ec2NetworkAclEntry({ ruleNumber: 200, protocol: '-1', cidrBlock: '10.0.0.0/8', portRange: null }),
      ec2NetworkAclEntry({ ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', portRange: null }),
      ec2NetworkAclEntry({
        ruleNumber: 32768,
        protocol: '-1',
        ruleAction: 'deny',
        cidrBlock: null,
        ipv6CidrBlock: '::/0',
        portRange: null,
      }),
      ec2NetworkAclEntry({ ruleNumber: 100, egress: true, protocol: '-1', portRange: null }),
      ec2NetworkAclEntry({ ruleNumber: 32767, egress: true, protocol: '-1', ruleAction: 'deny', portRange: null }),
    ],
    associatedSubnetIds: ['subnet-0a1b2c3d4e5f60001'],
    tags: EC2_TAGS,
    ...overrides,
  };
}

export function ec2Vpc(overrides: Partial<Ec2Vpc> = {}): Ec2Vpc {
  const region = overrides.region ?? DEFAULT_REGION;
  const vpcId = overrides.vpcId ?? 'vpc-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `vpc/${vpcId}`),
    region,
    vpcId,
    isDefault: false,
    cidrBlock: '10.0.0.0/16',
    ownerId: ACCOUNT_ID,
    tags: EC2_TAGS,
    ...overrides,
  };
}

export function ec2FlowLog(overrides: Partial<Ec2FlowLog> = {}): Ec2FlowLog {
  return {
    flowLogId: 'fl-0a1b2c3d4e5f60001',
    resourceId: 'vpc-0a1b2c3d4e5f60001',
    flowLogStatus: 'ACTIVE',
    trafficType: 'ALL',
    deliverLogsStatus: 'SUCCESS',
    logDestinationType: 's3',
    tags: EC2_TAGS,
    ...overrides,
  };
}

export function ec2Subnet(overrides: Partial<Ec2Subnet> = {}): Ec2Subnet {
  const region = overrides.region ?? DEFAULT_REGION;
  const subnetId = overrides.subnetId ?? 'subnet-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `subnet/${subnetId}`),
    region,
    subnetId,
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    mapPublicIpOnLaunch: false,
    defaultForAz: false,
    ownerId: ACCOUNT_ID,
    tags: EC2_TAGS,
    ...overrides,
  };
}

export function ec2RouteTable(overrides: Partial<Ec2RouteTable> = {}): Ec2RouteTable {
  const region = overrides.region ?? DEFAULT_REGION;
  const routeTableId = overrides.routeTableId ?? 'rtb-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `route-table/${routeTableId}`),
    region,
    routeTableId,
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    routes: [
      { destination: '10.0.0.0/16', gatewayId: 'local', natGatewayId: null, vpcPeeringConnectionId: null, transitGatewayId: null },
      {
        destination: '0.0.0.0/0',
        gatewayId: null,
        natGatewayId: 'nat-0a1b2c3d4e5f60001',
        vpcPeeringConnectionId: null,
        transitGatewayId: null,
      },
    ],
    associations: [{ main: false, subnetId: 'subnet-0a1b2c3d4e5f60001', gatewayId: null }],
    tags: EC2_TAGS,
    ...overrides,
  };
}

export function ec2InternetGateway(overrides: Partial<Ec2InternetGateway> = {}): Ec2InternetGateway {
  const region = overrides.region ?? DEFAULT_REGION;
  const internetGatewayId = overrides.internetGatewayId ?? 'igw-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `internet-gateway/${internetGatewayId}`),
    region,
    internetGatewayId,
    attachments: [{ vpcId: 'vpc-0a1b2c3d4e5f60001', state: 'available' }],
    tags: EC2_TAGS,
    ...overrides,
  };
}

export function ec2VpnGateway(overrides: Partial<Ec2VpnGateway> = {}): Ec2VpnGateway {
  const region = overrides.region ?? DEFAULT_REGION;
  const vpnGatewayId = overrides.vpnGatewayId ?? 'vgw-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `vpn-gateway/${vpnGatewayId}`),
    region,
    vpnGatewayId,
    state: 'available',
    vpcAttachments: [{ vpcId: 'vpc-0a1b2c3d4e5f60001', state: 'attached' }],
    tags: EC2_TAGS,
    ...overrides,
  };
}

/** AWS's default endpoint policy: full access for everyone (the failing state). */
export const DEFAULT_ENDPOINT_POLICY = { Statement: [{ Action: '*', Effect: 'Allow', Principal: '*', Resource: '*' }] };

export function ec2VpcEndpoint(overrides: Partial<Ec2VpcEndpoint> = {}): Ec2VpcEndpoint {
  const region = overrides.region ?? DEFAULT_REGION;
  const vpcEndpointId = overrides.vpcEndpointId ?? 'vpce-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `vpc-endpoint/${vpcEndpointId}`),
    region,
    vpcEndpointId,
    vpcEndpointType: 'Gateway',
    serviceName: `com.amazonaws.${region}.s3`,
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    state: 'available',
    policyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OrgOnly',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
        },
      ],
    },
    ...overrides,
  };
}

export function ec2Instance(overrides: Partial<Ec2Instance> = {}): Ec2Instance {
  const region = overrides.region ?? DEFAULT_REGION;
  const instanceId = overrides.instanceId ?? 'i-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `instance/${instanceId}`),
    region,
    instanceId,
    state: 'running',
    publicIpAddress: null,
    subnetId: 'subnet-0a1b2c3d4e5f60001',
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    securityGroupIds: ['sg-0a1b2c3d4e5f60001'],
    httpTokens: 'required',
    httpEndpoint: 'enabled',
    iamInstanceProfileArn: `arn:aws:iam::${ACCOUNT_ID}:instance-profile/app`,
    keyName: 'deploy',
    imageId: 'ami-0a1b2c3d4e5f60001',
    launchTime: daysAgo(10),
    tags: EC2_TAGS,
    stateTransitionReason: null,
    virtualizationType: 'hvm',
    networkInterfaceIds: ['eni-0a1b2c3d4e5f60001'],
    ...overrides,
  };
}

export function ec2Volume(overrides: Partial<Ec2Volume> = {}): Ec2Volume {
  const region = overrides.region ?? DEFAULT_REGION;
  const volumeId = overrides.volumeId ?? 'vol-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `volume/${volumeId}`),
    region,
    volumeId,
    encrypted: true,
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT_ID}:key/11111111-2222-3333-4444-555555555555`,
    state: 'in-use',
    attachments: [{ instanceId: 'i-0a1b2c3d4e5f60001', state: 'attached' }],
    tags: EC2_TAGS,
    ...overrides,
  };
}

export function ec2Snapshot(overrides: Partial<Ec2Snapshot> = {}): Ec2Snapshot {
  const region = overrides.region ?? DEFAULT_REGION;
  const snapshotId = overrides.snapshotId ?? 'snap-0a1b2c3d4e5f60001';
  return {
    arn: `arn:aws:ec2:${region}::snapshot/${snapshotId}`,
    region,
    snapshotId,
    volumeId: 'vol-0a1b2c3d4e5f60001',
    encrypted: true,
    startTime: daysAgo(3),
    createVolumePermissions: ok([]),
    ...overrides,
  };
}

export function ec2Image(overrides: Partial<Ec2Image> = {}): Ec2Image {
  const region = overrides.region ?? DEFAULT_REGION;
  const imageId = overrides.imageId ?? 'ami-0a1b2c3d4e5f60001';
  return {
    arn: `arn:aws:ec2:${region}::image/${imageId}`,
    region,
    imageId,
    name: 'app-base',
    public: false,
    creationDate: daysAgo(30),
    launchPermissions: ok([]),
    ...overrides,
  };
}

export function ec2KeyPair(overrides: Partial<Ec2KeyPair> = {}): Ec2KeyPair {
  const region = overrides.region ?? DEFAULT_REGION;
  const keyName = overrides.keyName ?? 'deploy';
  return {
    arn: ec2Arn(region, `key-pair/${keyName}`),
    region,
    keyName,
    keyPairId: 'key-0a1b2c3d4e5f60001',
    createTime: daysAgo(100),
    ...overrides,
  };
}

/** The default (and latest) version of a launch template that launches with the 'deploy' key pair. */
export function ec2LaunchTemplateVersion(overrides: Partial<Ec2LaunchTemplateVersion> = {}): Ec2LaunchTemplateVersion {
  const region = overrides.region ?? DEFAULT_REGION;
  const launchTemplateId = overrides.launchTemplateId ?? 'lt-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `launch-template/${launchTemplateId}`),
    region,
    launchTemplateId,
    launchTemplateName: 'app-asg',
    versionNumber: 1,
    defaultVersion: true,
    keyName: 'deploy',
    launchData: {
      httpTokens: 'required',
      httpEndpoint: 'enabled',
      networkInterfaces: [{ associatePublicIpAddress: false }],
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: true, encrypted: true }],
    },
    ...overrides,
  };
}

/** A resource read only for its tags: `ec2TaggedResource('natgateway', 'nat-0a1b...')`. */
export function ec2TaggedResource(type: string, id: string, overrides: Partial<Ec2TaggedResource> = {}): Ec2TaggedResource {
  const region = overrides.region ?? DEFAULT_REGION;
  return { arn: ec2Arn(region, `${type}/${id}`), region, id, state: 'available', tags: EC2_TAGS, ...overrides };
}

export function ec2TransitGateway(overrides: Partial<Ec2TransitGateway> = {}): Ec2TransitGateway {
  const region = overrides.region ?? DEFAULT_REGION;
  const transitGatewayId = overrides.transitGatewayId ?? 'tgw-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `transit-gateway/${transitGatewayId}`),
    region,
    transitGatewayId,
    state: 'available',
    autoAcceptSharedAttachments: 'disable',
    tags: EC2_TAGS,
    ...overrides,
  };
}

/** The instance's primary interface, in the web security group. */
export function ec2NetworkInterface(overrides: Partial<Ec2NetworkInterface> = {}): Ec2NetworkInterface {
  const region = overrides.region ?? DEFAULT_REGION;
  const networkInterfaceId = overrides.networkInterfaceId ?? 'eni-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `network-interface/${networkInterfaceId}`),
    region,
    networkInterfaceId,
    status: 'in-use',
    interfaceType: 'interface',
    requesterManaged: false,
    sourceDestCheck: true,
    attachmentInstanceId: 'i-0a1b2c3d4e5f60001',
    groupIds: ['sg-0a1b2c3d4e5f60001'],
    tags: EC2_TAGS,
    ...overrides,
  };
}

/** An Elastic IP associated with the instance. */
export function ec2Address(overrides: Partial<Ec2Address> = {}): Ec2Address {
  const region = overrides.region ?? DEFAULT_REGION;
  const allocationId = overrides.allocationId ?? 'eipalloc-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `elastic-ip/${allocationId}`),
    region,
    allocationId,
    publicIp: '198.51.100.7',
    associationId: 'eipassoc-0a1b2c3d4e5f60001',
    instanceId: 'i-0a1b2c3d4e5f60001',
    networkInterfaceId: 'eni-0a1b2c3d4e5f60001',
    tags: EC2_TAGS,
    ...overrides,
  };
}

/** A Site-to-Site VPN connection with both tunnels up and logging to CloudWatch Logs. */
export function ec2VpnConnection(overrides: Partial<Ec2VpnConnection> = {}): Ec2VpnConnection {
  const region = overrides.region ?? DEFAULT_REGION;
  const vpnConnectionId = overrides.vpnConnectionId ?? 'vpn-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `vpn-connection/${vpnConnectionId}`),
    region,
    vpnConnectionId,
    state: 'available',
    tunnels: [
      { outsideIpAddress: '203.0.113.1', status: 'UP' },
      { outsideIpAddress: '203.0.113.2', status: 'UP' },
    ],
    tunnelLogging: [
      { outsideIpAddress: '203.0.113.1', logEnabled: true },
      { outsideIpAddress: '203.0.113.2', logEnabled: true },
    ],
    tags: EC2_TAGS,
    ...overrides,
  };
}

export function ec2ClientVpnEndpoint(overrides: Partial<Ec2ClientVpnEndpoint> = {}): Ec2ClientVpnEndpoint {
  const region = overrides.region ?? DEFAULT_REGION;
  const clientVpnEndpointId = overrides.clientVpnEndpointId ?? 'cvpn-endpoint-0a1b2c3d4e5f60001';
  return {
    arn: ec2Arn(region, `client-vpn-endpoint/${clientVpnEndpointId}`),
    region,
    clientVpnEndpointId,
    status: 'available',
    connectionLogEnabled: true,
    tags: EC2_TAGS,
    ...overrides,
  };
}

/** An AMI an instance runs from, built 30 days before NOW (checklist 6.3 wants under 180). */
export function ec2InstanceImage(overrides: Partial<Ec2InstanceImage> = {}): Ec2InstanceImage {
  return { imageId: 'ami-0a1b2c3d4e5f60001', name: 'golden-2026-05', ownerId: ACCOUNT_ID, creationDate: daysAgo(30), ...overrides };
}

/** One compliant region: at least one resource of every kind. */
export function ec2Region(region: string = DEFAULT_REGION, overrides: Partial<Ec2Region> = {}): Ec2Region {
  const r = { region };
  return {
    securityGroups: ok([ec2DefaultSecurityGroup(r), ec2SecurityGroup(r)]),
    networkAcls: ok([ec2NetworkAcl(r)]),
    vpcs: ok([ec2Vpc(r)]),
    flowLogs: ok([ec2FlowLog()]),
    subnets: ok([ec2Subnet(r)]),
    routeTables: ok([ec2RouteTable(r)]),
    internetGateways: ok([ec2InternetGateway(r)]),
    vpnGateways: ok([ec2VpnGateway(r)]),
    vpcEndpoints: ok([
      ec2VpcEndpoint(r),
      // The interface endpoints EC2.10 and EC2.55-EC2.60 look for, in the same VPC.
      ...['ec2', 'ecr.api', 'ecr.dkr', 'ssm', 'ssm-contacts', 'ssm-incidents'].map((svc, i) =>
        ec2VpcEndpoint({
          ...r,
          vpcEndpointId: `vpce-0a1b2c3d4e5f6010${i}`,
          vpcEndpointType: 'Interface',
          serviceName: `com.amazonaws.${region}.${svc}`,
        }),
      ),
    ]),
    instances: ok([ec2Instance(r)]),
    volumes: ok([ec2Volume(r)]),
    ebsEncryptionByDefault: ok(true),
    snapshots: ok([ec2Snapshot(r)]),
    images: ok([ec2Image(r)]),
    keyPairs: ok([ec2KeyPair(r)]),
    instanceImages: ok([ec2InstanceImage({ imageId: ec2Instance(r).imageId ?? 'ami-0a1b2c3d4e5f60001' })]),
    launchTemplateVersions: ok([ec2LaunchTemplateVersion(r)]),
    launchTemplates: ok([ec2TaggedResource('launch-template', 'lt-0a1b2c3d4e5f60001', r)]),
    transitGateways: ok([ec2TransitGateway(r)]),
    transitGatewayAttachments: ok([ec2TaggedResource('transit-gateway-attachment', 'tgw-attach-0a1b2c3d4e5f60001', r)]),
    transitGatewayRouteTables: ok([ec2TaggedResource('transit-gateway-route-table', 'tgw-rtb-0a1b2c3d4e5f60001', r)]),
    networkInterfaces: ok([ec2NetworkInterface(r)]),
    customerGateways: ok([ec2TaggedResource('customer-gateway', 'cgw-0a1b2c3d4e5f60001', r)]),
    addresses: ok([ec2Address(r)]),
    natGateways: ok([ec2TaggedResource('natgateway', 'nat-0a1b2c3d4e5f60001', r)]),
    vpcEndpointServices: ok([ec2TaggedResource('vpc-endpoint-service', 'vpce-svc-0a1b2c3d4e5f60001', r)]),
    vpcPeeringConnections: ok([ec2TaggedResource('vpc-peering-connection', 'pcx-0a1b2c3d4e5f60001', { ...r, state: 'active' })]),
    dhcpOptions: ok([ec2TaggedResource('dhcp-options', 'dopt-0a1b2c3d4e5f60001', { ...r, state: null })]),
    prefixLists: ok([ec2TaggedResource('prefix-list', 'pl-0a1b2c3d4e5f60001', { ...r, state: 'create-complete' })]),
    trafficMirrorSessions: ok([ec2TaggedResource('traffic-mirror-session', 'tms-0a1b2c3d4e5f60001', { ...r, state: null })]),
    trafficMirrorFilters: ok([ec2TaggedResource('traffic-mirror-filter', 'tmf-0a1b2c3d4e5f60001', { ...r, state: null })]),
    trafficMirrorTargets: ok([ec2TaggedResource('traffic-mirror-target', 'tmt-0a1b2c3d4e5f60001', { ...r, state: null })]),
    vpnConnections: ok([ec2VpnConnection(r)]),
    clientVpnEndpoints: ok([ec2ClientVpnEndpoint(r)]),
    ...overrides,
  };
}

/** A fully compliant ec2 section with at least one resource per kind in both REGIONS. */
export function compliantEc2Section(): Ec2Section {
  return { regions: Object.fromEntries(REGIONS.map((region) => [region, ec2Region(region)])) };
}

/** The compliant section with one region's lists replaced (the other region stays compliant). */
export function ec2SectionWith(region: string, overrides: Partial<Ec2Region>): Ec2Section {
  const section = compliantEc2Section();
  return { regions: { ...section.regions, [region]: ec2Region(region, overrides) } };
}
