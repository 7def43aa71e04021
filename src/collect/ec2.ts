import {
  EC2Client,
  DescribeImageAttributeCommand,
  DescribeKeyPairsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeVpnGatewaysCommand,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeFlowLogs,
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
  type CreateVolumePermission,
  type Instance,
  type IpPermission,
  type LaunchPermission,
  type LaunchTemplateVersion,
  type NetworkAcl,
  type RouteTable,
  type SecurityGroup,
} from '@aws-sdk/client-ec2';
import type {
  Ec2Image,
  Ec2Instance,
  Ec2IpPermission,
  Ec2LaunchTemplateVersion,
  Ec2NetworkAcl,
  Ec2Permission,
  Ec2Region,
  Ec2RouteTable,
  Ec2SecurityGroup,
  Ec2Section,
  Ec2Snapshot,
} from '../model/ec2.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './context.js';
import { allPages, mapObserved } from './read.js';
import { parsePolicyText } from './policy-text.js';

/**
 * Page sizes: always pass MaxResults. AWS throttles unpaginated, unfiltered Describe calls in a
 * stricter bucket ("non-paginated calls" in
 * https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html), and the maximum
 * differs per call.
 */
const PAGE = {
  securityGroups: 1000,
  networkAcls: 100,
  vpcs: 1000,
  flowLogs: 1000,
  subnets: 1000,
  routeTables: 100,
  internetGateways: 1000,
  vpcEndpoints: 1000,
  instances: 1000,
  volumes: 500,
  snapshots: 1000,
  images: 1000,
  launchTemplateVersions: 200,
} as const;

const iso = (d: Date | undefined): string | null => (d ? d.toISOString() : null);

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
  };
}

const toGrant = (p: CreateVolumePermission | LaunchPermission): Ec2Permission => ({
  group: p.Group ?? null,
  userId: p.UserId ?? null,
  organizationArn:
    ('OrganizationArn' in p ? p.OrganizationArn : undefined) ??
    ('OrganizationalUnitArn' in p ? p.OrganizationalUnitArn : undefined) ??
    null,
});

async function collectRegion(ctx: CollectContext, region: string): Promise<Ec2Region> {
  const client = ctx.clients.get(EC2Client, region);
  const scope = { target: `${arnPrefix(ctx, 'ec2', region)}:account`, region };
  const read = <T>(action: string, call: () => Promise<T>) => ctx.reader.read(action, scope, call);

  const securityGroups = read('ec2:DescribeSecurityGroups', () =>
    allPages(paginateDescribeSecurityGroups({ client }, { MaxResults: PAGE.securityGroups }), (p) => p.SecurityGroups),
  ).then((o) => mapObserved(o, (list) => list.map((g) => toSecurityGroup(ctx, region, g))));

  const networkAcls = read('ec2:DescribeNetworkAcls', () =>
    allPages(paginateDescribeNetworkAcls({ client }, { MaxResults: PAGE.networkAcls }), (p) => p.NetworkAcls),
  ).then((o) => mapObserved(o, (list) => list.map((n) => toNetworkAcl(ctx, region, n))));

  const vpcs = read('ec2:DescribeVpcs', () => allPages(paginateDescribeVpcs({ client }, { MaxResults: PAGE.vpcs }), (p) => p.Vpcs)).then(
    (o) =>
      mapObserved(o, (list) =>
        list.map((v) => ({
          arn: ec2Arn(ctx, region, `vpc/${v.VpcId ?? ''}`),
          region,
          vpcId: v.VpcId ?? '',
          isDefault: v.IsDefault ?? false,
          cidrBlock: v.CidrBlock ?? null,
          ownerId: v.OwnerId ?? null,
        })),
      ),
  );

  const flowLogs = read('ec2:DescribeFlowLogs', () =>
    allPages(paginateDescribeFlowLogs({ client }, { MaxResults: PAGE.flowLogs }), (p) => p.FlowLogs),
  ).then((o) =>
    mapObserved(o, (list) =>
      list.map((f) => ({
        flowLogId: f.FlowLogId ?? '',
        resourceId: f.ResourceId ?? '',
        flowLogStatus: f.FlowLogStatus ?? null,
        trafficType: f.TrafficType ?? null,
        deliverLogsStatus: f.DeliverLogsStatus ?? null,
        logDestinationType: f.LogDestinationType ?? null,
      })),
    ),
  );

  const subnets = read('ec2:DescribeSubnets', () =>
    allPages(paginateDescribeSubnets({ client }, { MaxResults: PAGE.subnets }), (p) => p.Subnets),
  ).then((o) =>
    mapObserved(o, (list) =>
      list.map((s) => ({
        arn: ec2Arn(ctx, region, `subnet/${s.SubnetId ?? ''}`),
        region,
        subnetId: s.SubnetId ?? '',
        vpcId: s.VpcId ?? null,
        mapPublicIpOnLaunch: s.MapPublicIpOnLaunch ?? false,
        defaultForAz: s.DefaultForAz ?? false,
        ownerId: s.OwnerId ?? null,
      })),
    ),
  );

  const routeTables = read('ec2:DescribeRouteTables', () =>
    allPages(paginateDescribeRouteTables({ client }, { MaxResults: PAGE.routeTables }), (p) => p.RouteTables),
  ).then((o) => mapObserved(o, (list) => list.map((t) => toRouteTable(ctx, region, t))));

  const internetGateways = read('ec2:DescribeInternetGateways', () =>
    allPages(paginateDescribeInternetGateways({ client }, { MaxResults: PAGE.internetGateways }), (p) => p.InternetGateways),
  ).then((o) =>
    mapObserved(o, (list) =>
      list.map((g) => ({
        arn: ec2Arn(ctx, region, `internet-gateway/${g.InternetGatewayId ?? ''}`),
        region,
        internetGatewayId: g.InternetGatewayId ?? '',
        attachments: (g.Attachments ?? []).map((a) => ({ vpcId: a.VpcId ?? null, state: a.State ?? null })),
      })),
    ),
  );

  // DescribeVpnGateways has no pagination (no MaxResults parameter).
  const vpnGateways = read('ec2:DescribeVpnGateways', () => client.send(new DescribeVpnGatewaysCommand({}))).then((o) =>
    mapObserved(o, (r) =>
      (r.VpnGateways ?? []).map((g) => ({
        arn: ec2Arn(ctx, region, `vpn-gateway/${g.VpnGatewayId ?? ''}`),
        region,
        vpnGatewayId: g.VpnGatewayId ?? '',
        state: g.State ?? null,
        vpcAttachments: (g.VpcAttachments ?? []).map((a) => ({ vpcId: a.VpcId ?? null, state: a.State ?? null })),
      })),
    ),
  );

  const vpcEndpoints = read('ec2:DescribeVpcEndpoints', () =>
    allPages(paginateDescribeVpcEndpoints({ client }, { MaxResults: PAGE.vpcEndpoints }), (p) => p.VpcEndpoints),
  ).then((o) =>
    mapObserved(o, (list) =>
      list.map((e) => ({
        arn: ec2Arn(ctx, region, `vpc-endpoint/${e.VpcEndpointId ?? ''}`),
        region,
        vpcEndpointId: e.VpcEndpointId ?? '',
        vpcEndpointType: e.VpcEndpointType ?? null,
        serviceName: e.ServiceName ?? null,
        vpcId: e.VpcId ?? null,
        state: e.State ?? null,
        policyDocument: parsePolicyText(e.PolicyDocument),
      })),
    ),
  );

  const instances = read('ec2:DescribeInstances', () =>
    allPages(paginateDescribeInstances({ client }, { MaxResults: PAGE.instances }), (p) =>
      (p.Reservations ?? []).flatMap((r) => r.Instances ?? []),
    ),
  ).then((o) => mapObserved(o, (list) => list.map((i) => toInstance(ctx, region, i))));

  const volumes = read('ec2:DescribeVolumes', () =>
    allPages(paginateDescribeVolumes({ client }, { MaxResults: PAGE.volumes }), (p) => p.Volumes),
  ).then((o) =>
    mapObserved(o, (list) =>
      list.map((v) => ({
        arn: ec2Arn(ctx, region, `volume/${v.VolumeId ?? ''}`),
        region,
        volumeId: v.VolumeId ?? '',
        encrypted: v.Encrypted ?? false,
        kmsKeyId: v.KmsKeyId ?? null,
        state: v.State ?? null,
        attachments: (v.Attachments ?? []).map((a) => ({ instanceId: a.InstanceId ?? null, state: a.State ?? null })),
      })),
    ),
  );

  const ebsEncryptionByDefault = read('ec2:GetEbsEncryptionByDefault', () => client.send(new GetEbsEncryptionByDefaultCommand({}))).then(
    (o) => mapObserved(o, (r) => r.EbsEncryptionByDefault ?? false),
  );

  const [
    securityGroupsV,
    networkAclsV,
    vpcsV,
    flowLogsV,
    subnetsV,
    routeTablesV,
    internetGatewaysV,
    vpnGatewaysV,
    vpcEndpointsV,
    instancesV,
    volumesV,
    ebsV,
    snapshotsV,
    imagesV,
    keyPairsV,
    launchTemplateVersionsV,
  ] = await Promise.all([
    securityGroups,
    networkAcls,
    vpcs,
    flowLogs,
    subnets,
    routeTables,
    internetGateways,
    vpnGateways,
    vpcEndpoints,
    instances,
    volumes,
    ebsEncryptionByDefault,
    readSnapshots(ctx, client, region),
    readImages(ctx, client, region),
    readKeyPairs(ctx, client, region),
    readLaunchTemplateVersions(ctx, client, region),
  ]);
  return {
    securityGroups: securityGroupsV,
    networkAcls: networkAclsV,
    vpcs: vpcsV,
    flowLogs: flowLogsV,
    subnets: subnetsV,
    routeTables: routeTablesV,
    internetGateways: internetGatewaysV,
    vpnGateways: vpnGatewaysV,
    vpcEndpoints: vpcEndpointsV,
    instances: instancesV,
    volumes: volumesV,
    ebsEncryptionByDefault: ebsV,
    snapshots: snapshotsV,
    images: imagesV,
    keyPairs: keyPairsV,
    launchTemplateVersions: launchTemplateVersionsV,
  };
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
        { OwnerIds: ['self'], Filters: [{ Name: 'owner-id', Values: [ctx.accountId] }], MaxResults: PAGE.snapshots },
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
    allPages(paginateDescribeImages({ client }, { Owners: ['self'], MaxResults: PAGE.images }), (p) => p.Images),
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

/** DescribeKeyPairs has no pagination (no MaxResults parameter). */
async function readKeyPairs(ctx: CollectContext, client: EC2Client, region: string): Promise<Ec2Region['keyPairs']> {
  const scope = { target: `${arnPrefix(ctx, 'ec2', region)}:account`, region };
  const r = await ctx.reader.read('ec2:DescribeKeyPairs', scope, () => client.send(new DescribeKeyPairsCommand({})));
  return mapObserved(r, (res) =>
    (res.KeyPairs ?? []).map((k) => ({
      arn: ec2Arn(ctx, region, `key-pair/${k.KeyName ?? ''}`),
      region,
      keyName: k.KeyName ?? '',
      keyPairId: k.KeyPairId ?? null,
      createTime: iso(k.CreateTime),
    })),
  );
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
      paginateDescribeLaunchTemplateVersions({ client }, { Versions: ['$Latest', '$Default'], MaxResults: PAGE.launchTemplateVersions }),
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
});

export async function collectEc2(ctx: CollectContext): Promise<Ec2Section> {
  return { regions: await forEachRegion(ctx, 'ec2', (region) => collectRegion(ctx, region)) };
}

export const ec2Collector: Collector<'ec2'> = {
  section: 'ec2',
  collect: collectEc2,
};
