import {
  EC2Client,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeKeyPairsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeAddressesCommand,
  DescribeCustomerGatewaysCommand,
  DescribeVpnConnectionsCommand,
  DescribeVpnGatewaysCommand,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeClientVpnEndpoints,
  paginateDescribeDhcpOptions,
  paginateDescribeFlowLogs,
  paginateDescribeLaunchTemplates,
  paginateDescribeManagedPrefixLists,
  paginateDescribeNatGateways,
  paginateDescribeNetworkInterfaces,
  paginateDescribeTrafficMirrorFilters,
  paginateDescribeTrafficMirrorSessions,
  paginateDescribeTrafficMirrorTargets,
  paginateDescribeTransitGatewayAttachments,
  paginateDescribeTransitGatewayRouteTables,
  paginateDescribeTransitGateways,
  paginateDescribeVpcEndpointServiceConfigurations,
  paginateDescribeVpcPeeringConnections,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeInternetGateways,
  paginateDescribeLaunchTemplateVersions,
  paginateDescribeNetworkAcls,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcs,
  type Address,
  type ClientVpnEndpoint,
  type CreateVolumePermission,
  type CustomerGateway,
  type NetworkInterface,
  type Tag,
  type TransitGateway,
  type VpnConnection,
  type FlowLog,
  type Image,
  type Instance,
  type InternetGateway,
  type IpPermission,
  type KeyPairInfo,
  type LaunchPermission,
  type LaunchTemplateVersion,
  type NetworkAcl,
  type RouteTable,
  type SecurityGroup,
  type Subnet,
  type Volume,
  type Vpc,
  type VpcEndpoint,
  type VpnGateway,
} from '@aws-sdk/client-ec2';
import type {
  Ec2Address,
  Ec2ClientVpnEndpoint,
  Ec2NetworkInterface,
  Ec2TaggedResource,
  Ec2Tags,
  Ec2TransitGateway,
  Ec2VpnConnection,
  Ec2FlowLog,
  Ec2Image,
  Ec2InstanceImage,
  Ec2Instance,
  Ec2InternetGateway,
  Ec2IpPermission,
  Ec2KeyPair,
  Ec2LaunchTemplateVersion,
  Ec2NetworkAcl,
  Ec2Permission,
  Ec2Region,
  Ec2RouteTable,
  Ec2SecurityGroup,
  Ec2Section,
  Ec2Snapshot,
  Ec2Subnet,
  Ec2Volume,
  Ec2Vpc,
  Ec2VpcEndpoint,
  Ec2VpnGateway,
} from '../model/ec2.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import type { AwsAction } from './aws/services.js';
import { allPages, readList } from './kit/list.js';
import { allKeyed, mapObserved } from './kit/observed.js';
import { iso } from './kit/time.js';
import { parsePolicyText } from './kit/policy-text.js';

/**
 * Page sizes: always pass MaxResults. AWS throttles unpaginated, unfiltered Describe calls in a
 * stricter bucket ("non-paginated calls" in
 * https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html), and the maximum
 * differs per call.
 */
const PAGE = {
  securityGroups: { MaxResults: 1000 },
  networkAcls: { MaxResults: 100 },
  vpcs: { MaxResults: 1000 },
  flowLogs: { MaxResults: 1000 },
  subnets: { MaxResults: 1000 },
  routeTables: { MaxResults: 100 },
  internetGateways: { MaxResults: 1000 },
  vpcEndpoints: { MaxResults: 1000 },
  instances: { MaxResults: 1000 },
  volumes: { MaxResults: 500 },
  snapshots: { MaxResults: 1000 },
  images: { MaxResults: 1000 },
  launchTemplateVersions: { MaxResults: 200 },
  launchTemplates: { MaxResults: 200 },
  transitGateways: { MaxResults: 1000 },
  transitGatewayAttachments: { MaxResults: 1000 },
  transitGatewayRouteTables: { MaxResults: 1000 },
  networkInterfaces: { MaxResults: 1000 },
  natGateways: { MaxResults: 1000 },
  vpcEndpointServices: { MaxResults: 1000 },
  vpcPeeringConnections: { MaxResults: 1000 },
  dhcpOptions: { MaxResults: 1000 },
  prefixLists: { MaxResults: 100 },
  trafficMirror: { MaxResults: 1000 },
  clientVpnEndpoints: { MaxResults: 1000 },
} as const;

/** Tags[] / TagSet[] as a key -> value map. */
function tagMap(tags: Tag[] | undefined): Ec2Tags {
  return Object.fromEntries((tags ?? []).flatMap((t) => (t.Key !== undefined ? [[t.Key, t.Value ?? '']] : [])));
}

/** An EC2 ARN with region and account; `resource` is "<type>/<id>". */
function ec2Arn(ctx: CollectContext, region: string, resource: string): string {
  return `${arnPrefix(ctx, 'ec2', region)}:${resource}`;
}

/**
 * Snapshots and images have no account in their ARN
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-resources-for-iam-policies).
 */
function ec2ArnNoAccount(ctx: CollectContext, region: string, resource: string): string {
  return `arn:${ctx.partition}:ec2:${region}::${resource}`;
}

function toPermission(p: IpPermission): Ec2IpPermission {
  return {
    ipProtocol: p.IpProtocol ?? '-1',
    fromPort: p.FromPort ?? null,
    toPort: p.ToPort ?? null,
    ipRanges: (p.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
    ipv6Ranges: (p.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
    prefixListIds: (p.PrefixListIds ?? []).flatMap((r) => (r.PrefixListId ? [r.PrefixListId] : [])),
    userIdGroupPairs: (p.UserIdGroupPairs ?? []).map((g) => ({ groupId: g.GroupId ?? null, userId: g.UserId ?? null })),
  };
}

function toSecurityGroup(ctx: CollectContext, region: string, g: SecurityGroup): Ec2SecurityGroup {
  const groupId = g.GroupId ?? '';
  return {
    arn: ec2Arn(ctx, region, `security-group/${groupId}`),
    region,
    groupId,
    groupName: g.GroupName ?? '',
    vpcId: g.VpcId ?? null,
    ipPermissions: (g.IpPermissions ?? []).map(toPermission),
    ipPermissionsEgress: (g.IpPermissionsEgress ?? []).map(toPermission),
    tags: tagMap(g.Tags),
  };
}

function toNetworkAcl(ctx: CollectContext, region: string, n: NetworkAcl): Ec2NetworkAcl {
  const networkAclId = n.NetworkAclId ?? '';
  return {
    arn: ec2Arn(ctx, region, `network-acl/${networkAclId}`),
    region,
    networkAclId,
    vpcId: n.VpcId ?? null,
    isDefault: n.IsDefault ?? false,
    entries: (n.Entries ?? []).map((e) => ({
      ruleNumber: e.RuleNumber ?? 32767,
      egress: e.Egress ?? false,
      protocol: e.Protocol ?? '-1',
      ruleAction: e.RuleAction ?? 'deny',
      cidrBlock: e.CidrBlock ?? null,
      ipv6CidrBlock: e.Ipv6CidrBlock ?? null,
      portRange: e.PortRange ? { from: e.PortRange.From ?? null, to: e.PortRange.To ?? null } : null,
    })),
    associatedSubnetIds: (n.Associations ?? []).flatMap((a) => (a.SubnetId ? [a.SubnetId] : [])),
    tags: tagMap(n.Tags),
  };
}

function toRouteTable(ctx: CollectContext, region: string, t: RouteTable): Ec2RouteTable {
  const routeTableId = t.RouteTableId ?? '';
  return {
    arn: ec2Arn(ctx, region, `route-table/${routeTableId}`),
    region,
    routeTableId,
    vpcId: t.VpcId ?? null,
    routes: (t.Routes ?? []).map((r) => ({
      destination: r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId ?? null,
      gatewayId: r.GatewayId ?? null,
      natGatewayId: r.NatGatewayId ?? null,
      vpcPeeringConnectionId: r.VpcPeeringConnectionId ?? null,
      transitGatewayId: r.TransitGatewayId ?? null,
    })),
    associations: (t.Associations ?? []).map((a) => ({
      main: a.Main ?? false,
      subnetId: a.SubnetId ?? null,
      gatewayId: a.GatewayId ?? null,
    })),
    tags: tagMap(t.Tags),
  };
}

function toInstance(ctx: CollectContext, region: string, i: Instance): Ec2Instance {
  const instanceId = i.InstanceId ?? '';
  // moto lists groups given through NetworkInterfaces[].Groups only there; AWS lists them in both.
  const groups = new Set<string>();
  for (const g of i.SecurityGroups ?? []) if (g.GroupId) groups.add(g.GroupId);
  for (const eni of i.NetworkInterfaces ?? []) for (const g of eni.Groups ?? []) if (g.GroupId) groups.add(g.GroupId);
  return {
    arn: ec2Arn(ctx, region, `instance/${instanceId}`),
    region,
    instanceId,
    state: i.State?.Name ?? 'unknown',
    publicIpAddress: i.PublicIpAddress ?? null,
    subnetId: i.SubnetId ?? null,
    vpcId: i.VpcId ?? null,
    securityGroupIds: [...groups].sort(),
    httpTokens: i.MetadataOptions?.HttpTokens ?? null,
    // AWS defaults HttpEndpoint to enabled; moto drops the field after ModifyInstanceMetadataOptions.
    httpEndpoint: i.MetadataOptions?.HttpEndpoint ?? 'enabled',
    iamInstanceProfileArn: i.IamInstanceProfile?.Arn ?? null,
    keyName: i.KeyName ?? null,
    imageId: i.ImageId ?? null,
    launchTime: iso(i.LaunchTime),
    tags: tagMap(i.Tags),
    stateTransitionReason: i.StateTransitionReason || null,
    virtualizationType: i.VirtualizationType ?? null,
    networkInterfaceIds: (i.NetworkInterfaces ?? []).flatMap((n) => (n.NetworkInterfaceId ? [n.NetworkInterfaceId] : [])),
  };
}

const toVpc = (ctx: CollectContext, region: string, v: Vpc): Ec2Vpc => ({
  arn: ec2Arn(ctx, region, `vpc/${v.VpcId ?? ''}`),
  region,
  vpcId: v.VpcId ?? '',
  isDefault: v.IsDefault ?? false,
  cidrBlock: v.CidrBlock ?? null,
  ownerId: v.OwnerId ?? null,
  tags: tagMap(v.Tags),
});

const toFlowLog = (_ctx: CollectContext, _region: string, f: FlowLog): Ec2FlowLog => ({
  flowLogId: f.FlowLogId ?? '',
  resourceId: f.ResourceId ?? '',
  flowLogStatus: f.FlowLogStatus ?? null,
  trafficType: f.TrafficType ?? null,
  deliverLogsStatus: f.DeliverLogsStatus ?? null,
  logDestinationType: f.LogDestinationType ?? null,
  tags: tagMap(f.Tags),
});

const toSubnet = (ctx: CollectContext, region: string, s: Subnet): Ec2Subnet => ({
  arn: ec2Arn(ctx, region, `subnet/${s.SubnetId ?? ''}`),
  region,
  subnetId: s.SubnetId ?? '',
  vpcId: s.VpcId ?? null,
  mapPublicIpOnLaunch: s.MapPublicIpOnLaunch ?? false,
  defaultForAz: s.DefaultForAz ?? false,
  ownerId: s.OwnerId ?? null,
  tags: tagMap(s.Tags),
});

const toInternetGateway = (ctx: CollectContext, region: string, g: InternetGateway): Ec2InternetGateway => ({
  arn: ec2Arn(ctx, region, `internet-gateway/${g.InternetGatewayId ?? ''}`),
  region,
  internetGatewayId: g.InternetGatewayId ?? '',
  attachments: (g.Attachments ?? []).map((a) => ({ vpcId: a.VpcId ?? null, state: a.State ?? null })),
  tags: tagMap(g.Tags),
});

const toVpnGateway = (ctx: CollectContext, region: string, g: VpnGateway): Ec2VpnGateway => ({
  arn: ec2Arn(ctx, region, `vpn-gateway/${g.VpnGatewayId ?? ''}`),
  region,
  vpnGatewayId: g.VpnGatewayId ?? '',
  state: g.State ?? null,
  vpcAttachments: (g.VpcAttachments ?? []).map((a) => ({ vpcId: a.VpcId ?? null, state: a.State ?? null })),
  tags: tagMap(g.Tags),
});

const toVpcEndpoint = (ctx: CollectContext, region: string, e: VpcEndpoint): Ec2VpcEndpoint => ({
  arn: ec2Arn(ctx, region, `vpc-endpoint/${e.VpcEndpointId ?? ''}`),
  region,
  vpcEndpointId: e.VpcEndpointId ?? '',
  vpcEndpointType: e.VpcEndpointType ?? null,
  serviceName: e.ServiceName ?? null,
  vpcId: e.VpcId ?? null,
  state: e.State ?? null,
  policyDocument: parsePolicyText(e.PolicyDocument),
});

const toVolume = (ctx: CollectContext, region: string, v: Volume): Ec2Volume => ({
  arn: ec2Arn(ctx, region, `volume/${v.VolumeId ?? ''}`),
  region,
  volumeId: v.VolumeId ?? '',
  encrypted: v.Encrypted ?? false,
  kmsKeyId: v.KmsKeyId ?? null,
  state: v.State ?? null,
  attachments: (v.Attachments ?? []).map((a) => ({ instanceId: a.InstanceId ?? null, state: a.State ?? null })),
  tags: tagMap(v.Tags),
});

const toKeyPair = (ctx: CollectContext, region: string, k: KeyPairInfo): Ec2KeyPair => ({
  arn: ec2Arn(ctx, region, `key-pair/${k.KeyName ?? ''}`),
  region,
  keyName: k.KeyName ?? '',
  keyPairId: k.KeyPairId ?? null,
  createTime: iso(k.CreateTime),
});

const toGrant = (p: CreateVolumePermission | LaunchPermission): Ec2Permission => ({
  group: p.Group ?? null,
  userId: p.UserId ?? null,
  organizationArn:
    ('OrganizationArn' in p ? p.OrganizationArn : undefined) ??
    ('OrganizationalUnitArn' in p ? p.OrganizationalUnitArn : undefined) ??
    null,
});

/**
 * A mapper for the kinds read only for their tags: `fields` picks the id, state and tags from the
 * Describe answer; `type` is the resource type of the ARN (arn:...:<type>/<id>).
 */
function tagged<I>(type: string, fields: (item: I) => [string | undefined, string | undefined | null, Tag[] | undefined]) {
  return (ctx: CollectContext, region: string, item: I): Ec2TaggedResource => {
    const [id, state, tags] = fields(item);
    return { arn: ec2Arn(ctx, region, `${type}/${id ?? ''}`), region, id: id ?? '', state: state ?? null, tags: tagMap(tags) };
  };
}

const toTransitGateway = (ctx: CollectContext, region: string, g: TransitGateway): Ec2TransitGateway => ({
  arn: g.TransitGatewayArn ?? ec2Arn(ctx, region, `transit-gateway/${g.TransitGatewayId ?? ''}`),
  region,
  transitGatewayId: g.TransitGatewayId ?? '',
  state: g.State ?? null,
  autoAcceptSharedAttachments: g.Options?.AutoAcceptSharedAttachments ?? null,
  tags: tagMap(g.Tags),
});

const toNetworkInterface = (ctx: CollectContext, region: string, n: NetworkInterface): Ec2NetworkInterface => ({
  arn: ec2Arn(ctx, region, `network-interface/${n.NetworkInterfaceId ?? ''}`),
  region,
  networkInterfaceId: n.NetworkInterfaceId ?? '',
  status: n.Status ?? null,
  interfaceType: n.InterfaceType ?? null,
  requesterManaged: n.RequesterManaged ?? false,
  sourceDestCheck: n.SourceDestCheck ?? null,
  attachmentInstanceId: n.Attachment?.InstanceId ?? null,
  groupIds: (n.Groups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
  tags: tagMap(n.TagSet),
});

const toAddress = (ctx: CollectContext, region: string, a: Address): Ec2Address => ({
  arn: ec2Arn(ctx, region, `elastic-ip/${a.AllocationId ?? a.PublicIp ?? ''}`),
  region,
  allocationId: a.AllocationId ?? null,
  publicIp: a.PublicIp ?? null,
  associationId: a.AssociationId ?? null,
  instanceId: a.InstanceId || null,
  networkInterfaceId: a.NetworkInterfaceId ?? null,
  tags: tagMap(a.Tags),
});

const toVpnConnection = (ctx: CollectContext, region: string, v: VpnConnection): Ec2VpnConnection => ({
  arn: ec2Arn(ctx, region, `vpn-connection/${v.VpnConnectionId ?? ''}`),
  region,
  vpnConnectionId: v.VpnConnectionId ?? '',
  state: v.State ?? null,
  tunnels: (v.VgwTelemetry ?? []).map((t) => ({ outsideIpAddress: t.OutsideIpAddress ?? null, status: t.Status ?? null })),
  tunnelLogging: (v.Options?.TunnelOptions ?? []).map((t) => ({
    outsideIpAddress: t.OutsideIpAddress ?? null,
    logEnabled: t.LogOptions?.CloudWatchLogOptions?.LogEnabled ?? false,
  })),
  tags: tagMap(v.Tags),
});

const toClientVpnEndpoint = (ctx: CollectContext, region: string, e: ClientVpnEndpoint): Ec2ClientVpnEndpoint => ({
  arn: ec2Arn(ctx, region, `client-vpn-endpoint/${e.ClientVpnEndpointId ?? ''}`),
  region,
  clientVpnEndpointId: e.ClientVpnEndpointId ?? '',
  status: e.Status?.Code ?? null,
  connectionLogEnabled: e.ConnectionLogOptions?.Enabled ?? false,
  tags: tagMap(e.Tags),
});

async function collectRegion(ctx: CollectContext, region: string): Promise<Ec2Region> {
  const client = ctx.clients.get(EC2Client, region);
  const scope = { target: `${arnPrefix(ctx, 'ec2', region)}:account`, region };
  // A paginated Describe call at its page size (see PAGE), each item mapped with its region.
  const list = <In, P, I, T>(
    action: AwsAction,
    paginate: (config: { client: EC2Client }, input: In) => AsyncIterable<P>,
    input: In,
    items: (page: P) => I[] | undefined,
    to: (ctx: CollectContext, region: string, item: I) => T,
  ) =>
    readList(
      ctx.reader,
      action,
      scope,
      () => paginate({ client }, input),
      items,
      (item) => to(ctx, region, item),
    );
  // A call without pagination (no MaxResults parameter), its answer mapped.
  const one = <T, U>(action: AwsAction, call: () => Promise<T>, map: (r: T) => U) =>
    ctx.reader.read(action, scope, call).then((o) => mapObserved(o, map));
  const all =
    <I, T>(to: (ctx: CollectContext, region: string, item: I) => T) =>
    (items: I[] | undefined) =>
      (items ?? []).map((item) => to(ctx, region, item));

  const instances = list(
    'ec2:DescribeInstances',
    paginateDescribeInstances,
    PAGE.instances,
    (p) => p.Reservations?.flatMap((r) => r.Instances ?? []),
    toInstance,
  );
  const instanceImages = (async () => readInstanceImages(ctx, client, region, await instances))();
  return allKeyed({
    securityGroups: list(
      'ec2:DescribeSecurityGroups',
      paginateDescribeSecurityGroups,
      PAGE.securityGroups,
      (p) => p.SecurityGroups,
      toSecurityGroup,
    ),
    networkAcls: list('ec2:DescribeNetworkAcls', paginateDescribeNetworkAcls, PAGE.networkAcls, (p) => p.NetworkAcls, toNetworkAcl),
    vpcs: list('ec2:DescribeVpcs', paginateDescribeVpcs, PAGE.vpcs, (p) => p.Vpcs, toVpc),
    flowLogs: list('ec2:DescribeFlowLogs', paginateDescribeFlowLogs, PAGE.flowLogs, (p) => p.FlowLogs, toFlowLog),
    subnets: list('ec2:DescribeSubnets', paginateDescribeSubnets, PAGE.subnets, (p) => p.Subnets, toSubnet),
    routeTables: list('ec2:DescribeRouteTables', paginateDescribeRouteTables, PAGE.routeTables, (p) => p.RouteTables, toRouteTable),
    internetGateways: list(
      'ec2:DescribeInternetGateways',
      paginateDescribeInternetGateways,
      PAGE.internetGateways,
      (p) => p.InternetGateways,
      toInternetGateway,
    ),
    vpnGateways: one(
      'ec2:DescribeVpnGateways',
      () => client.send(new DescribeVpnGatewaysCommand({})),
      (r) => all(toVpnGateway)(r.VpnGateways),
    ),
    vpcEndpoints: list('ec2:DescribeVpcEndpoints', paginateDescribeVpcEndpoints, PAGE.vpcEndpoints, (p) => p.VpcEndpoints, toVpcEndpoint),
    instances,
    instanceImages,
    volumes: list('ec2:DescribeVolumes', paginateDescribeVolumes, PAGE.volumes, (p) => p.Volumes, toVolume),
    ebsEncryptionByDefault: one(
      'ec2:GetEbsEncryptionByDefault',
      () => client.send(new GetEbsEncryptionByDefaultCommand({})),
      (r) => r.EbsEncryptionByDefault ?? false,
    ),
    snapshots: readSnapshots(ctx, client, region),
    images: readImages(ctx, client, region),
    keyPairs: one(
      'ec2:DescribeKeyPairs',
      () => client.send(new DescribeKeyPairsCommand({})),
      (r) => all(toKeyPair)(r.KeyPairs),
    ),
    launchTemplateVersions: readLaunchTemplateVersions(ctx, client, region),
    launchTemplates: list(
      'ec2:DescribeLaunchTemplates',
      paginateDescribeLaunchTemplates,
      PAGE.launchTemplates,
      (p) => p.LaunchTemplates,
      tagged('launch-template', (t) => [t.LaunchTemplateId, null, t.Tags]),
    ),
    transitGateways: list(
      'ec2:DescribeTransitGateways',
      paginateDescribeTransitGateways,
      PAGE.transitGateways,
      (p) => p.TransitGateways,
      toTransitGateway,
    ),
    transitGatewayAttachments: list(
      'ec2:DescribeTransitGatewayAttachments',
      paginateDescribeTransitGatewayAttachments,
      PAGE.transitGatewayAttachments,
      (p) => p.TransitGatewayAttachments,
      tagged('transit-gateway-attachment', (t) => [t.TransitGatewayAttachmentId, t.State, t.Tags]),
    ),
    transitGatewayRouteTables: list(
      'ec2:DescribeTransitGatewayRouteTables',
      paginateDescribeTransitGatewayRouteTables,
      PAGE.transitGatewayRouteTables,
      (p) => p.TransitGatewayRouteTables,
      tagged('transit-gateway-route-table', (t) => [t.TransitGatewayRouteTableId, t.State, t.Tags]),
    ),
    networkInterfaces: list(
      'ec2:DescribeNetworkInterfaces',
      paginateDescribeNetworkInterfaces,
      PAGE.networkInterfaces,
      (p) => p.NetworkInterfaces,
      toNetworkInterface,
    ),
    customerGateways: one(
      'ec2:DescribeCustomerGateways',
      () => client.send(new DescribeCustomerGatewaysCommand({})),
      (r) => all(tagged('customer-gateway', (g: CustomerGateway) => [g.CustomerGatewayId, g.State, g.Tags]))(r.CustomerGateways),
    ),
    addresses: one(
      'ec2:DescribeAddresses',
      () => client.send(new DescribeAddressesCommand({})),
      (r) => all(toAddress)(r.Addresses),
    ),
    natGateways: list(
      'ec2:DescribeNatGateways',
      paginateDescribeNatGateways,
      PAGE.natGateways,
      (p) => p.NatGateways,
      tagged('natgateway', (g) => [g.NatGatewayId, g.State, g.Tags]),
    ),
    vpcEndpointServices: list(
      'ec2:DescribeVpcEndpointServiceConfigurations',
      paginateDescribeVpcEndpointServiceConfigurations,
      PAGE.vpcEndpointServices,
      (p) => p.ServiceConfigurations,
      tagged('vpc-endpoint-service', (c) => [c.ServiceId, c.ServiceState, c.Tags]),
    ),
    vpcPeeringConnections: list(
      'ec2:DescribeVpcPeeringConnections',
      paginateDescribeVpcPeeringConnections,
      PAGE.vpcPeeringConnections,
      (p) => p.VpcPeeringConnections,
      tagged('vpc-peering-connection', (c) => [c.VpcPeeringConnectionId, c.Status?.Code, c.Tags]),
    ),
    dhcpOptions: list(
      'ec2:DescribeDhcpOptions',
      paginateDescribeDhcpOptions,
      PAGE.dhcpOptions,
      (p) => p.DhcpOptions,
      tagged('dhcp-options', (d) => [d.DhcpOptionsId, null, d.Tags]),
    ),
    // AWS-managed prefix lists (OwnerId "AWS") belong to no account and cannot be tagged by it.
    prefixLists: list(
      'ec2:DescribeManagedPrefixLists',
      paginateDescribeManagedPrefixLists,
      { Filters: [{ Name: 'owner-id', Values: [ctx.accountId] }], ...PAGE.prefixLists },
      (p) => p.PrefixLists,
      tagged('prefix-list', (l) => [l.PrefixListId, l.State, l.Tags]),
    ),
    trafficMirrorSessions: list(
      'ec2:DescribeTrafficMirrorSessions',
      paginateDescribeTrafficMirrorSessions,
      PAGE.trafficMirror,
      (p) => p.TrafficMirrorSessions,
      tagged('traffic-mirror-session', (t) => [t.TrafficMirrorSessionId, null, t.Tags]),
    ),
    trafficMirrorFilters: list(
      'ec2:DescribeTrafficMirrorFilters',
      paginateDescribeTrafficMirrorFilters,
      PAGE.trafficMirror,
      (p) => p.TrafficMirrorFilters,
      tagged('traffic-mirror-filter', (t) => [t.TrafficMirrorFilterId, null, t.Tags]),
    ),
    trafficMirrorTargets: list(
      'ec2:DescribeTrafficMirrorTargets',
      paginateDescribeTrafficMirrorTargets,
      PAGE.trafficMirror,
      (p) => p.TrafficMirrorTargets,
      tagged('traffic-mirror-target', (t) => [t.TrafficMirrorTargetId, null, t.Tags]),
    ),
    vpnConnections: one(
      'ec2:DescribeVpnConnections',
      () => client.send(new DescribeVpnConnectionsCommand({})),
      (r) => all(toVpnConnection)(r.VpnConnections),
    ),
    clientVpnEndpoints: list(
      'ec2:DescribeClientVpnEndpoints',
      paginateDescribeClientVpnEndpoints,
      PAGE.clientVpnEndpoints,
      (p) => p.ClientVpnEndpoints,
      toClientVpnEndpoint,
    ),
  });
}

/**
 * Own snapshots, then each one's createVolumePermission. moto ignores OwnerIds (it would list
 * the ~1,180 Amazon-owned snapshots behind its preloaded AMIs), so the owner-id filter is passed
 * as well; on AWS the two select the same snapshots.
 */
async function readSnapshots(ctx: CollectContext, client: EC2Client, region: string): Promise<Observed<Ec2Snapshot[]>> {
  const scope = { target: `${arnPrefix(ctx, 'ec2', region)}:account`, region };
  const list = await ctx.reader.read('ec2:DescribeSnapshots', scope, () =>
    allPages(
      paginateDescribeSnapshots(
        { client },
        { OwnerIds: ['self'], Filters: [{ Name: 'owner-id', Values: [ctx.accountId] }], ...PAGE.snapshots },
      ),
      (p) => p.Snapshots,
    ),
  );
  if (!list.ok) return list;
  const snapshots = await Promise.all(
    list.value.map(async (s): Promise<Ec2Snapshot> => {
      const snapshotId = s.SnapshotId ?? '';
      const arn = ec2ArnNoAccount(ctx, region, `snapshot/${snapshotId}`);
      const attr = await ctx.reader.read('ec2:DescribeSnapshotAttribute', { target: arn, region }, () =>
        client.send(new DescribeSnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'createVolumePermission' })),
      );
      return {
        arn,
        region,
        snapshotId,
        volumeId: s.VolumeId ?? null,
        encrypted: s.Encrypted ?? false,
        startTime: iso(s.StartTime),
        createVolumePermissions: mapObserved(attr, (r) => (r.CreateVolumePermissions ?? []).map(toGrant)),
      };
    }),
  );
  return { ok: true, value: snapshots };
}

/** Own AMIs, then each one's launchPermission. */
async function readImages(ctx: CollectContext, client: EC2Client, region: string): Promise<Observed<Ec2Image[]>> {
  const scope = { target: `${arnPrefix(ctx, 'ec2', region)}:account`, region };
  const list = await ctx.reader.read('ec2:DescribeImages', scope, () =>
    allPages(paginateDescribeImages({ client }, { Owners: ['self'], ...PAGE.images }), (p) => p.Images),
  );
  if (!list.ok) return list;
  const images = await Promise.all(
    list.value.map(async (i): Promise<Ec2Image> => {
      const imageId = i.ImageId ?? '';
      const arn = ec2ArnNoAccount(ctx, region, `image/${imageId}`);
      const attr = await ctx.reader.read('ec2:DescribeImageAttribute', { target: arn, region }, () =>
        client.send(new DescribeImageAttributeCommand({ ImageId: imageId, Attribute: 'launchPermission' })),
      );
      return {
        arn,
        region,
        imageId,
        name: i.Name ?? null,
        public: i.Public ?? false,
        creationDate: i.CreationDate ?? null,
        launchPermissions: mapObserved(attr, (r) => (r.LaunchPermissions ?? []).map(toGrant)),
      };
    }),
  );
  return { ok: true, value: images };
}

/** DescribeImages takes at most this many ImageIds per request without paging (MaxResults excludes ImageIds). */
/** AWS's answers for an AMI that was deregistered, is no longer shared with the account, or never existed. */
const AMI_GONE = ['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable', 'InvalidAMIID.Malformed'];
const IMAGE_IDS_PER_CALL = 200;

/**
 * The AMIs the region's instances were launched from (checklist 6.3: their age), whoever owns
 * them: one DescribeImages per 200 distinct image IDs. With ImageIds, AWS also returns deprecated
 * and disabled AMIs; an AMI that is deregistered (or no longer shared) is simply absent.
 */
async function readInstanceImages(
  ctx: CollectContext,
  client: EC2Client,
  region: string,
  instances: Observed<Ec2Instance[]>,
): Promise<Observed<Ec2InstanceImage[]>> {
  if (!instances.ok) return instances;
  const ids = [...new Set(instances.value.map((i) => i.imageId).filter((id): id is string => !!id))].sort();
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += IMAGE_IDS_PER_CALL) batches.push(ids.slice(i, i + IMAGE_IDS_PER_CALL));
  const scope = { target: `${arnPrefix(ctx, 'ec2', region)}:account`, region };
  const out: Ec2InstanceImage[] = [];
  const describe = (ids: string[]) =>
    ctx.reader.read('ec2:DescribeImages', scope, () => client.send(new DescribeImagesCommand({ ImageIds: ids })), {
      absentWhen: AMI_GONE,
    });
  for (const batch of batches) {
    const page = await describe(batch);
    if (!page.ok) return page;
    if (page.value) {
      out.push(...(page.value.Images ?? []).map(toInstanceImage));
      continue;
    }
    // One unknown ID fails the whole request: ask for each on its own, a gone AMI answering null.
    for (const id of batch) {
      const one = await describe([id]);
      if (!one.ok) return one;
      out.push(...(one.value?.Images ?? []).map(toInstanceImage));
    }
  }
  return { ok: true, value: out };
}

function toInstanceImage(i: Image): Ec2InstanceImage {
  return {
    imageId: i.ImageId ?? '',
    name: i.Name ?? null,
    ownerId: i.OwnerId ?? null,
    creationDate: iso(i.CreationDate ? new Date(i.CreationDate) : undefined),
  };
}

/**
 * The $Latest and $Default version of every launch template in the region, in one paginated
 * call: with Versions ['$Latest', '$Default'] and no LaunchTemplateId/Name, AWS describes those
 * versions of all launch templates in the account
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLaunchTemplateVersions.html).
 * When $Latest and $Default are the same version it can be listed twice (moto lists it twice);
 * keep one entry per template version. moto returns only the first MaxResults entries and no NextToken, so the page
 * size is AWS's maximum (200) rather than anything smaller.
 */
async function readLaunchTemplateVersions(
  ctx: CollectContext,
  client: EC2Client,
  region: string,
): Promise<Observed<Ec2LaunchTemplateVersion[]>> {
  const scope = { target: `${arnPrefix(ctx, 'ec2', region)}:account`, region };
  const r = await ctx.reader.read('ec2:DescribeLaunchTemplateVersions', scope, () =>
    allPages(
      paginateDescribeLaunchTemplateVersions({ client }, { Versions: ['$Latest', '$Default'], ...PAGE.launchTemplateVersions }),
      (p) => p.LaunchTemplateVersions,
    ),
  );
  return mapObserved(r, (list) => {
    const byVersion = new Map<string, Ec2LaunchTemplateVersion>();
    for (const v of list) {
      const t = toLaunchTemplateVersion(ctx, region, v);
      byVersion.set(`${t.launchTemplateId}:${t.versionNumber}`, t);
    }
    return [...byVersion.values()];
  });
}

const toLaunchTemplateVersion = (ctx: CollectContext, region: string, v: LaunchTemplateVersion): Ec2LaunchTemplateVersion => ({
  arn: ec2Arn(ctx, region, `launch-template/${v.LaunchTemplateId ?? ''}`),
  region,
  launchTemplateId: v.LaunchTemplateId ?? '',
  launchTemplateName: v.LaunchTemplateName ?? null,
  versionNumber: v.VersionNumber ?? 0,
  defaultVersion: v.DefaultVersion ?? false,
  keyName: v.LaunchTemplateData?.KeyName ?? null,
  launchData: {
    httpTokens: v.LaunchTemplateData?.MetadataOptions?.HttpTokens ?? null,
    httpEndpoint: v.LaunchTemplateData?.MetadataOptions?.HttpEndpoint ?? null,
    networkInterfaces: (v.LaunchTemplateData?.NetworkInterfaces ?? []).map((n) => ({
      associatePublicIpAddress: n.AssociatePublicIpAddress ?? null,
    })),
    blockDeviceMappings: (v.LaunchTemplateData?.BlockDeviceMappings ?? []).map((b) => ({
      deviceName: b.DeviceName ?? null,
      ebs: b.Ebs !== undefined,
      encrypted: b.Ebs?.Encrypted ?? null,
    })),
  },
});

export async function collectEc2(ctx: CollectContext): Promise<Ec2Section> {
  return { regions: await forEachRegion(ctx, 'ec2', (region) => collectRegion(ctx, region)) };
}

export const ec2Collector: Collector<'ec2'> = {
  section: 'ec2',
  collect: collectEc2,
};
