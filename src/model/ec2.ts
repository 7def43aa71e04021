import { z } from 'zod';
import { IsoDate, observedSchema, regionalSchema } from './observed.js';

/**
 * A resource's tags as key -> value (the Tags[] the Describe call returns with the resource).
 * Keys include `aws:` system tags; the tagging checks drop those.
 */
export const Ec2Tags = z.record(z.string(), z.string());
export type Ec2Tags = z.infer<typeof Ec2Tags>;

/**
 * Tags of a resource kind Bulwark listed before it recorded tags: null means "not recorded"
 * (an inventory from an older Bulwark), which the tagging checks report as UNKNOWN.
 */
const recordedTags = Ec2Tags.nullable().default(null);

/**
 * EC2, VPC and EBS: what the ec2 collector records per region. Every list is its own Observed,
 * so one denied Describe call only turns the checks that read it into UNKNOWN.
 */

/** A security group rule set (one IpPermission of DescribeSecurityGroups). */
export const Ec2IpPermission = z.object({
  /** IpPermissions[].IpProtocol: 'tcp', 'udp', 'icmp', 'icmpv6', a protocol number, or '-1' (all). */
  ipProtocol: z.string(),
  /** IpPermissions[].FromPort (ICMP type for ICMP; -1 or absent for all). */
  fromPort: z.number().nullable(),
  /** IpPermissions[].ToPort (ICMP code for ICMP; -1 or absent for all). */
  toPort: z.number().nullable(),
  /** IpPermissions[].IpRanges[].CidrIp */
  ipRanges: z.array(z.string()),
  /** IpPermissions[].Ipv6Ranges[].CidrIpv6 */
  ipv6Ranges: z.array(z.string()),
  /** IpPermissions[].PrefixListIds[].PrefixListId */
  prefixListIds: z.array(z.string()),
  /** IpPermissions[].UserIdGroupPairs[] (security group references) */
  userIdGroupPairs: z.array(z.object({ groupId: z.string().nullable(), userId: z.string().nullable() })),
});
export type Ec2IpPermission = z.infer<typeof Ec2IpPermission>;

export const Ec2SecurityGroup = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeSecurityGroups GroupId */
  groupId: z.string(),
  /** DescribeSecurityGroups GroupName ('default' for a VPC's default group) */
  groupName: z.string(),
  /** DescribeSecurityGroups VpcId */
  vpcId: z.string().nullable(),
  /** DescribeSecurityGroups IpPermissions (ingress) */
  ipPermissions: z.array(Ec2IpPermission),
  /** DescribeSecurityGroups IpPermissionsEgress */
  ipPermissionsEgress: z.array(Ec2IpPermission),
  /** DescribeSecurityGroups Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2SecurityGroup = z.infer<typeof Ec2SecurityGroup>;

export const Ec2NetworkAclEntry = z.object({
  /** DescribeNetworkAcls Entries[].RuleNumber (evaluated lowest first; 32767 is the implicit deny) */
  ruleNumber: z.number(),
  /** DescribeNetworkAcls Entries[].Egress */
  egress: z.boolean(),
  /** DescribeNetworkAcls Entries[].Protocol: a protocol number as text ('6' tcp, '17' udp) or '-1' (all) */
  protocol: z.string(),
  /** DescribeNetworkAcls Entries[].RuleAction: 'allow' or 'deny' */
  ruleAction: z.string(),
  /** DescribeNetworkAcls Entries[].CidrBlock */
  cidrBlock: z.string().nullable(),
  /** DescribeNetworkAcls Entries[].Ipv6CidrBlock */
  ipv6CidrBlock: z.string().nullable(),
  /** DescribeNetworkAcls Entries[].PortRange (absent for all protocols / ICMP) */
  portRange: z.object({ from: z.number().nullable(), to: z.number().nullable() }).nullable(),
});
export type Ec2NetworkAclEntry = z.infer<typeof Ec2NetworkAclEntry>;

export const Ec2NetworkAcl = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeNetworkAcls NetworkAclId */
  networkAclId: z.string(),
  /** DescribeNetworkAcls VpcId */
  vpcId: z.string().nullable(),
  /** DescribeNetworkAcls IsDefault */
  isDefault: z.boolean(),
  /** DescribeNetworkAcls Entries */
  entries: z.array(Ec2NetworkAclEntry),
  /** DescribeNetworkAcls Associations[].SubnetId */
  associatedSubnetIds: z.array(z.string()),
  /** DescribeNetworkAcls Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2NetworkAcl = z.infer<typeof Ec2NetworkAcl>;

export const Ec2Vpc = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeVpcs VpcId */
  vpcId: z.string(),
  /** DescribeVpcs IsDefault */
  isDefault: z.boolean(),
  /** DescribeVpcs CidrBlock */
  cidrBlock: z.string().nullable(),
  /**
   * DescribeVpcs OwnerId: another account's id for a VPC shared with this one through AWS RAM
   * (VPC sharing). Defaults to null (treated as this account's) for older inventories.
   */
  ownerId: z.string().nullable().default(null),
  /** DescribeVpcs Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2Vpc = z.infer<typeof Ec2Vpc>;

export const Ec2FlowLog = z.object({
  /** DescribeFlowLogs FlowLogId */
  flowLogId: z.string(),
  /** DescribeFlowLogs ResourceId (a VPC, subnet or network interface id) */
  resourceId: z.string(),
  /** DescribeFlowLogs FlowLogStatus ('ACTIVE') */
  flowLogStatus: z.string().nullable(),
  /** DescribeFlowLogs TrafficType: 'ACCEPT', 'REJECT' or 'ALL' */
  trafficType: z.string().nullable(),
  /** DescribeFlowLogs DeliverLogsStatus: 'SUCCESS' or 'FAILED' */
  deliverLogsStatus: z.string().nullable(),
  /** DescribeFlowLogs LogDestinationType: 'cloud-watch-logs', 's3', 'kinesis-data-firehose' */
  logDestinationType: z.string().nullable(),
  /** DescribeFlowLogs Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2FlowLog = z.infer<typeof Ec2FlowLog>;

export const Ec2Subnet = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeSubnets SubnetId */
  subnetId: z.string(),
  /** DescribeSubnets VpcId */
  vpcId: z.string().nullable(),
  /** DescribeSubnets MapPublicIpOnLaunch */
  mapPublicIpOnLaunch: z.boolean(),
  /** DescribeSubnets DefaultForAz */
  defaultForAz: z.boolean(),
  /** DescribeSubnets OwnerId: another account's id for a subnet shared with this one (VPC sharing); null in older inventories */
  ownerId: z.string().nullable().default(null),
  /** DescribeSubnets Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2Subnet = z.infer<typeof Ec2Subnet>;

export const Ec2Route = z.object({
  /** DescribeRouteTables Routes[].DestinationCidrBlock / DestinationIpv6CidrBlock / DestinationPrefixListId */
  destination: z.string().nullable(),
  /** DescribeRouteTables Routes[].GatewayId (igw-, vgw-, 'local', vpce-) */
  gatewayId: z.string().nullable(),
  /** DescribeRouteTables Routes[].NatGatewayId */
  natGatewayId: z.string().nullable(),
  /** DescribeRouteTables Routes[].VpcPeeringConnectionId */
  vpcPeeringConnectionId: z.string().nullable(),
  /** DescribeRouteTables Routes[].TransitGatewayId */
  transitGatewayId: z.string().nullable(),
});
export type Ec2Route = z.infer<typeof Ec2Route>;

export const Ec2RouteTable = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeRouteTables RouteTableId */
  routeTableId: z.string(),
  /** DescribeRouteTables VpcId */
  vpcId: z.string().nullable(),
  /** DescribeRouteTables Routes */
  routes: z.array(Ec2Route),
  /** DescribeRouteTables Associations[] (Main, SubnetId, GatewayId) */
  associations: z.array(z.object({ main: z.boolean(), subnetId: z.string().nullable(), gatewayId: z.string().nullable() })),
  /** DescribeRouteTables Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2RouteTable = z.infer<typeof Ec2RouteTable>;

export const Ec2InternetGateway = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeInternetGateways InternetGatewayId */
  internetGatewayId: z.string(),
  /** DescribeInternetGateways Attachments[] (State is 'available' when attached) */
  attachments: z.array(z.object({ vpcId: z.string().nullable(), state: z.string().nullable() })),
  /** DescribeInternetGateways Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2InternetGateway = z.infer<typeof Ec2InternetGateway>;

export const Ec2VpnGateway = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeVpnGateways VpnGatewayId */
  vpnGatewayId: z.string(),
  /** DescribeVpnGateways State: 'pending', 'available', 'deleting', 'deleted' */
  state: z.string().nullable(),
  /** DescribeVpnGateways VpcAttachments[] (State: 'attaching', 'attached', 'detaching', 'detached') */
  vpcAttachments: z.array(z.object({ vpcId: z.string().nullable(), state: z.string().nullable() })),
  /** DescribeVpnGateways Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2VpnGateway = z.infer<typeof Ec2VpnGateway>;

export const Ec2VpcEndpoint = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeVpcEndpoints VpcEndpointId */
  vpcEndpointId: z.string(),
  /** DescribeVpcEndpoints VpcEndpointType: 'Interface', 'Gateway', 'GatewayLoadBalancer', ... */
  vpcEndpointType: z.string().nullable(),
  /** DescribeVpcEndpoints ServiceName */
  serviceName: z.string().nullable(),
  /** DescribeVpcEndpoints VpcId */
  vpcId: z.string().nullable(),
  /** DescribeVpcEndpoints State */
  state: z.string().nullable(),
  /**
   * DescribeVpcEndpoints PolicyDocument, parsed JSON; null when the endpoint has none (endpoint
   * types without policy support); the raw text when it is not JSON.
   */
  policyDocument: z.unknown(),
});
export type Ec2VpcEndpoint = z.infer<typeof Ec2VpcEndpoint>;

export const Ec2Instance = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeInstances InstanceId */
  instanceId: z.string(),
  /** DescribeInstances State.Name: pending, running, shutting-down, terminated, stopping, stopped */
  state: z.string(),
  /** DescribeInstances PublicIpAddress */
  publicIpAddress: z.string().nullable(),
  /** DescribeInstances SubnetId */
  subnetId: z.string().nullable(),
  /** DescribeInstances VpcId */
  vpcId: z.string().nullable(),
  /** DescribeInstances SecurityGroups[].GroupId plus NetworkInterfaces[].Groups[].GroupId */
  securityGroupIds: z.array(z.string()),
  /** DescribeInstances MetadataOptions.HttpTokens: 'optional' or 'required' */
  httpTokens: z.string().nullable(),
  /** DescribeInstances MetadataOptions.HttpEndpoint: 'enabled' or 'disabled' (absent means enabled, AWS's default) */
  httpEndpoint: z.string(),
  /** DescribeInstances IamInstanceProfile.Arn */
  iamInstanceProfileArn: z.string().nullable(),
  /** DescribeInstances KeyName */
  keyName: z.string().nullable(),
  /** DescribeInstances ImageId */
  imageId: z.string().nullable(),
  /** DescribeInstances LaunchTime */
  launchTime: IsoDate.nullable(),
  /** DescribeInstances Tags (null: not recorded, older inventory) */
  tags: recordedTags,
  /**
   * DescribeInstances StateTransitionReason, e.g. "User initiated (2026-01-02 03:04:05 GMT)": the
   * only read-only record of when a stopped instance stopped. Null when absent or not recorded.
   */
  stateTransitionReason: z.string().nullable().default(null),
  /** DescribeInstances VirtualizationType: 'hvm' or 'paravirtual'; null when not recorded (older inventory) */
  virtualizationType: z.string().nullable().default(null),
  /** DescribeInstances NetworkInterfaces[].NetworkInterfaceId; null when not recorded (older inventory) */
  networkInterfaceIds: z.array(z.string()).nullable().default(null),
});
export type Ec2Instance = z.infer<typeof Ec2Instance>;

export const Ec2Volume = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeVolumes VolumeId */
  volumeId: z.string(),
  /** DescribeVolumes Encrypted */
  encrypted: z.boolean(),
  /** DescribeVolumes KmsKeyId */
  kmsKeyId: z.string().nullable(),
  /** DescribeVolumes State: creating, available, in-use, deleting, deleted, error */
  state: z.string().nullable(),
  /** DescribeVolumes Attachments[] */
  attachments: z.array(z.object({ instanceId: z.string().nullable(), state: z.string().nullable() })),
  /** DescribeVolumes Tags (null: not recorded, older inventory) */
  tags: recordedTags,
});
export type Ec2Volume = z.infer<typeof Ec2Volume>;

/** One createVolumePermission / launchPermission grant. */
export const Ec2Permission = z.object({
  /** Group: 'all' means public */
  group: z.string().nullable(),
  /** UserId: an account the resource is shared with */
  userId: z.string().nullable(),
  /** OrganizationArn / OrganizationalUnitArn (launch permissions only) */
  organizationArn: z.string().nullable(),
});
export type Ec2Permission = z.infer<typeof Ec2Permission>;

export const Ec2Snapshot = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeSnapshots SnapshotId */
  snapshotId: z.string(),
  /** DescribeSnapshots VolumeId */
  volumeId: z.string().nullable(),
  /** DescribeSnapshots Encrypted */
  encrypted: z.boolean(),
  /** DescribeSnapshots StartTime */
  startTime: IsoDate.nullable(),
  /** DescribeSnapshotAttribute(createVolumePermission) CreateVolumePermissions */
  createVolumePermissions: observedSchema(z.array(Ec2Permission)),
});
export type Ec2Snapshot = z.infer<typeof Ec2Snapshot>;

export const Ec2Image = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeImages ImageId */
  imageId: z.string(),
  /** DescribeImages Name */
  name: z.string().nullable(),
  /** DescribeImages Public */
  public: z.boolean(),
  /** DescribeImages CreationDate */
  creationDate: IsoDate.nullable(),
  /** DescribeImageAttribute(launchPermission) LaunchPermissions */
  launchPermissions: observedSchema(z.array(Ec2Permission)),
});
export type Ec2Image = z.infer<typeof Ec2Image>;

/** An AMI a running instance was launched from, whoever owns it (checklist 6.3). */
export const Ec2InstanceImage = z.object({
  /** DescribeImages(ImageIds) ImageId */
  imageId: z.string(),
  /** DescribeImages Name */
  name: z.string().nullable(),
  /** DescribeImages OwnerId */
  ownerId: z.string().nullable(),
  /** DescribeImages CreationDate (null: not given or not a date) */
  creationDate: IsoDate.nullable(),
});
export type Ec2InstanceImage = z.infer<typeof Ec2InstanceImage>;

export const Ec2KeyPair = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeKeyPairs KeyName */
  keyName: z.string(),
  /** DescribeKeyPairs KeyPairId */
  keyPairId: z.string().nullable(),
  /** DescribeKeyPairs CreateTime */
  createTime: IsoDate.nullable(),
});
export type Ec2KeyPair = z.infer<typeof Ec2KeyPair>;

/**
 * One launch template version, as DescribeLaunchTemplateVersions returns it for
 * Versions ['$Latest', '$Default'] across every launch template in the region.
 */
export const Ec2LaunchTemplateVersion = z.object({
  /** The launch template's ARN (arn:...:launch-template/<id>); versions have no ARN of their own. */
  arn: z.string(),
  region: z.string(),
  /** DescribeLaunchTemplateVersions LaunchTemplateId */
  launchTemplateId: z.string(),
  /** DescribeLaunchTemplateVersions LaunchTemplateName */
  launchTemplateName: z.string().nullable(),
  /** DescribeLaunchTemplateVersions VersionNumber */
  versionNumber: z.number(),
  /** DescribeLaunchTemplateVersions DefaultVersion (true for the $Default version) */
  defaultVersion: z.boolean(),
  /** DescribeLaunchTemplateVersions LaunchTemplateData.KeyName */
  keyName: z.string().nullable(),
  /**
   * What the version's LaunchTemplateData sets that the launch-template controls judge; null when
   * not recorded (an inventory from an older Bulwark). Inside, null means "not set in the template".
   */
  launchData: z
    .object({
      /** LaunchTemplateData.MetadataOptions.HttpTokens ('required' / 'optional'), null when unset */
      httpTokens: z.string().nullable(),
      /** LaunchTemplateData.MetadataOptions.HttpEndpoint ('enabled' / 'disabled'), null when unset */
      httpEndpoint: z.string().nullable(),
      /** LaunchTemplateData.NetworkInterfaces[].AssociatePublicIpAddress (null when unset) */
      networkInterfaces: z.array(z.object({ associatePublicIpAddress: z.boolean().nullable() })),
      /** LaunchTemplateData.BlockDeviceMappings[]: device name and Ebs.Encrypted (null: no Ebs block / unset) */
      blockDeviceMappings: z.array(z.object({ deviceName: z.string().nullable(), ebs: z.boolean(), encrypted: z.boolean().nullable() })),
    })
    .nullable()
    .default(null),
});
export type Ec2LaunchTemplateVersion = z.infer<typeof Ec2LaunchTemplateVersion>;

/**
 * A resource Bulwark lists only for its tags (and whether it still exists): customer gateways,
 * NAT gateways, transit gateway attachments and route tables, VPC endpoint services, peering
 * connections, DHCP option sets, prefix lists, traffic mirror sessions/filters/targets, launch
 * templates. `id` is the resource's own id (cgw-, nat-, tgw-attach-, ...).
 */
export const Ec2TaggedResource = z.object({
  arn: z.string(),
  region: z.string(),
  id: z.string(),
  /** The resource's state where the Describe call gives one ('available', 'deleted', ...); null otherwise */
  state: z.string().nullable(),
  tags: Ec2Tags,
});
export type Ec2TaggedResource = z.infer<typeof Ec2TaggedResource>;

export const Ec2TransitGateway = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeTransitGateways TransitGatewayId */
  transitGatewayId: z.string(),
  /** DescribeTransitGateways State */
  state: z.string().nullable(),
  /** DescribeTransitGateways Options.AutoAcceptSharedAttachments: 'enable' or 'disable' (null when absent) */
  autoAcceptSharedAttachments: z.string().nullable(),
  /** DescribeTransitGateways Tags */
  tags: Ec2Tags,
});
export type Ec2TransitGateway = z.infer<typeof Ec2TransitGateway>;

export const Ec2NetworkInterface = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeNetworkInterfaces NetworkInterfaceId */
  networkInterfaceId: z.string(),
  /** DescribeNetworkInterfaces Status ('available' = not attached, 'in-use', ...) */
  status: z.string().nullable(),
  /** DescribeNetworkInterfaces InterfaceType ('interface', 'nat_gateway', 'lambda', ...) */
  interfaceType: z.string().nullable(),
  /** DescribeNetworkInterfaces RequesterManaged: created and managed by an AWS service */
  requesterManaged: z.boolean(),
  /** DescribeNetworkInterfaces SourceDestCheck (null when absent) */
  sourceDestCheck: z.boolean().nullable(),
  /** DescribeNetworkInterfaces Attachment.InstanceId */
  attachmentInstanceId: z.string().nullable(),
  /** DescribeNetworkInterfaces Groups[].GroupId */
  groupIds: z.array(z.string()),
  /** DescribeNetworkInterfaces TagSet */
  tags: Ec2Tags,
});
export type Ec2NetworkInterface = z.infer<typeof Ec2NetworkInterface>;

export const Ec2Address = z.object({
  /** arn:...:elastic-ip/<allocation id> */
  arn: z.string(),
  region: z.string(),
  /** DescribeAddresses AllocationId (null for EC2-Classic addresses) */
  allocationId: z.string().nullable(),
  /** DescribeAddresses PublicIp */
  publicIp: z.string().nullable(),
  /** DescribeAddresses AssociationId: set while the address is associated */
  associationId: z.string().nullable(),
  /** DescribeAddresses InstanceId */
  instanceId: z.string().nullable(),
  /** DescribeAddresses NetworkInterfaceId */
  networkInterfaceId: z.string().nullable(),
  /** DescribeAddresses Tags */
  tags: Ec2Tags,
});
export type Ec2Address = z.infer<typeof Ec2Address>;

export const Ec2VpnConnection = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeVpnConnections VpnConnectionId */
  vpnConnectionId: z.string(),
  /** DescribeVpnConnections State: pending, available, deleting, deleted */
  state: z.string().nullable(),
  /** DescribeVpnConnections VgwTelemetry[]: one per tunnel, Status 'UP' or 'DOWN' */
  tunnels: z.array(z.object({ outsideIpAddress: z.string().nullable(), status: z.string().nullable() })),
  /**
   * DescribeVpnConnections Options.TunnelOptions[].LogOptions.CloudWatchLogOptions.LogEnabled, one
   * per tunnel (false when the tunnel has no log options).
   */
  tunnelLogging: z.array(z.object({ outsideIpAddress: z.string().nullable(), logEnabled: z.boolean() })),
  /** DescribeVpnConnections Tags */
  tags: Ec2Tags,
});
export type Ec2VpnConnection = z.infer<typeof Ec2VpnConnection>;

export const Ec2ClientVpnEndpoint = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeClientVpnEndpoints ClientVpnEndpointId */
  clientVpnEndpointId: z.string(),
  /** DescribeClientVpnEndpoints Status.Code */
  status: z.string().nullable(),
  /** DescribeClientVpnEndpoints ConnectionLogOptions.Enabled (false when absent) */
  connectionLogEnabled: z.boolean(),
  /** DescribeClientVpnEndpoints Tags */
  tags: Ec2Tags,
});
export type Ec2ClientVpnEndpoint = z.infer<typeof Ec2ClientVpnEndpoint>;

/**
 * A list that inventories from an older Bulwark do not have: it parses as "not read" naming the
 * call, so its checks say UNKNOWN rather than judge data that was never collected.
 */
function notInOlderInventories(action: string) {
  return {
    ok: false as const,
    error: {
      action,
      kind: 'not-supported' as const,
      target: 'inventory',
      region: 'unknown',
      message: `This inventory was collected by a Bulwark version that did not call ${action}.`,
    },
  };
}
const newList = <S extends z.ZodType>(item: S, action: string) => observedSchema(z.array(item)).default(notInOlderInventories(action));

/**
 * Inventories collected before launch templates were read have no launchTemplateVersions; they
 * parse as "not read", so the key pair check reports UNKNOWN for them rather than a FAIL it
 * cannot back up.
 */
const NOT_IN_OLDER_INVENTORIES = {
  ok: false as const,
  error: {
    action: 'ec2:DescribeLaunchTemplateVersions',
    kind: 'not-supported' as const,
    target: 'inventory',
    region: 'unknown',
    message: 'This inventory was collected by a Bulwark version that did not read launch templates.',
  },
};

/** Everything read in one region. */
export const Ec2Region = z.object({
  /** ec2:DescribeSecurityGroups */
  securityGroups: observedSchema(z.array(Ec2SecurityGroup)),
  /** ec2:DescribeNetworkAcls */
  networkAcls: observedSchema(z.array(Ec2NetworkAcl)),
  /** ec2:DescribeVpcs */
  vpcs: observedSchema(z.array(Ec2Vpc)),
  /** ec2:DescribeFlowLogs */
  flowLogs: observedSchema(z.array(Ec2FlowLog)),
  /** ec2:DescribeSubnets */
  subnets: observedSchema(z.array(Ec2Subnet)),
  /** ec2:DescribeRouteTables */
  routeTables: observedSchema(z.array(Ec2RouteTable)),
  /** ec2:DescribeInternetGateways */
  internetGateways: observedSchema(z.array(Ec2InternetGateway)),
  /** ec2:DescribeVpnGateways */
  vpnGateways: observedSchema(z.array(Ec2VpnGateway)),
  /** ec2:DescribeVpcEndpoints */
  vpcEndpoints: observedSchema(z.array(Ec2VpcEndpoint)),
  /** ec2:DescribeInstances (all reservations flattened) */
  instances: observedSchema(z.array(Ec2Instance)),
  /** ec2:DescribeVolumes */
  volumes: observedSchema(z.array(Ec2Volume)),
  /** ec2:GetEbsEncryptionByDefault EbsEncryptionByDefault */
  ebsEncryptionByDefault: observedSchema(z.boolean()),
  /** ec2:DescribeSnapshots (OwnerIds self), each with its createVolumePermission attribute */
  snapshots: observedSchema(z.array(Ec2Snapshot)),
  /** ec2:DescribeImages (Owners self), each with its launchPermission attribute */
  images: observedSchema(z.array(Ec2Image)),
  /** ec2:DescribeKeyPairs */
  keyPairs: observedSchema(z.array(Ec2KeyPair)),
  /**
   * ec2:DescribeImages(ImageIds: the instances' image IDs): the AMIs instances run from, any owner.
   * An AMI absent from the list was deregistered or is no longer shared with the account.
   */
  instanceImages: newList(Ec2InstanceImage, 'ec2:DescribeImages'),
  /**
   * ec2:DescribeLaunchTemplateVersions (Versions ['$Latest', '$Default'], no template id or name:
   * those versions of every launch template), one entry per distinct template version.
   */
  launchTemplateVersions: observedSchema(z.array(Ec2LaunchTemplateVersion)).default(NOT_IN_OLDER_INVENTORIES),
  /** ec2:DescribeLaunchTemplates (the templates themselves: id and tags) */
  launchTemplates: newList(Ec2TaggedResource, 'ec2:DescribeLaunchTemplates'),
  /** ec2:DescribeTransitGateways */
  transitGateways: newList(Ec2TransitGateway, 'ec2:DescribeTransitGateways'),
  /** ec2:DescribeTransitGatewayAttachments */
  transitGatewayAttachments: newList(Ec2TaggedResource, 'ec2:DescribeTransitGatewayAttachments'),
  /** ec2:DescribeTransitGatewayRouteTables */
  transitGatewayRouteTables: newList(Ec2TaggedResource, 'ec2:DescribeTransitGatewayRouteTables'),
  /** ec2:DescribeNetworkInterfaces */
  networkInterfaces: newList(Ec2NetworkInterface, 'ec2:DescribeNetworkInterfaces'),
  /** ec2:DescribeCustomerGateways */
  customerGateways: newList(Ec2TaggedResource, 'ec2:DescribeCustomerGateways'),
  /** ec2:DescribeAddresses (Elastic IP addresses) */
  addresses: newList(Ec2Address, 'ec2:DescribeAddresses'),
  /** ec2:DescribeNatGateways */
  natGateways: newList(Ec2TaggedResource, 'ec2:DescribeNatGateways'),
  /** ec2:DescribeVpcEndpointServiceConfigurations (endpoint services this account provides) */
  vpcEndpointServices: newList(Ec2TaggedResource, 'ec2:DescribeVpcEndpointServiceConfigurations'),
  /** ec2:DescribeVpcPeeringConnections */
  vpcPeeringConnections: newList(Ec2TaggedResource, 'ec2:DescribeVpcPeeringConnections'),
  /** ec2:DescribeDhcpOptions */
  dhcpOptions: newList(Ec2TaggedResource, 'ec2:DescribeDhcpOptions'),
  /** ec2:DescribeManagedPrefixLists (owner-id: this account; AWS-managed lists are not the account's) */
  prefixLists: newList(Ec2TaggedResource, 'ec2:DescribeManagedPrefixLists'),
  /** ec2:DescribeTrafficMirrorSessions */
  trafficMirrorSessions: newList(Ec2TaggedResource, 'ec2:DescribeTrafficMirrorSessions'),
  /** ec2:DescribeTrafficMirrorFilters */
  trafficMirrorFilters: newList(Ec2TaggedResource, 'ec2:DescribeTrafficMirrorFilters'),
  /** ec2:DescribeTrafficMirrorTargets */
  trafficMirrorTargets: newList(Ec2TaggedResource, 'ec2:DescribeTrafficMirrorTargets'),
  /** ec2:DescribeVpnConnections */
  vpnConnections: newList(Ec2VpnConnection, 'ec2:DescribeVpnConnections'),
  /** ec2:DescribeClientVpnEndpoints */
  clientVpnEndpoints: newList(Ec2ClientVpnEndpoint, 'ec2:DescribeClientVpnEndpoints'),
});
export type Ec2Region = z.infer<typeof Ec2Region>;

export const Ec2Section = z.object({
  /** One entry per scanned region. */
  regions: regionalSchema(Ec2Region),
});
export type Ec2Section = z.infer<typeof Ec2Section>;
