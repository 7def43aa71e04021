import {
  DescribeDocumentPermissionCommand,
  GetServiceSettingCommand,
  SSMClient,
  paginateDescribeInstanceInformation,
  paginateListDocuments,
  paginateListResourceComplianceSummaries,
} from '@aws-sdk/client-ssm';
import type { SsmComplianceSummary, SsmDocument, SsmRegion, SsmSection } from '../model/ssm.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';

/** Service settings the checks read (SSM.7 and SSM.6). */
export const PUBLIC_SHARING_SETTING = '/ssm/documents/console/public-sharing-permission';
export const AUTOMATION_LOG_SETTING = '/ssm/automation/customer-script-log-destination';

/** EC2 instances keep their EC2 ARN (so findings line up with the ec2 section); hybrid nodes get the managed-instance ARN. */
function nodeArn(ctx: CollectContext, region: string, id: string): string {
  return id.startsWith('i-')
    ? `${arnPrefix(ctx, 'ec2', region)}:instance/${id}`
    : `${arnPrefix(ctx, 'ssm', region)}:managed-instance/${id}`;
}

async function readDocument(
  ctx: CollectContext,
  client: SSMClient,
  region: string,
  name: string,
  documentType: string | null,
  tagKeys: string[],
): Promise<SsmDocument> {
  const arn = `${arnPrefix(ctx, 'ssm', region)}:document/${name}`;
  const permission = await ctx.reader.read('ssm:DescribeDocumentPermission', { target: arn, region }, () =>
    client.send(new DescribeDocumentPermissionCommand({ Name: name, PermissionType: 'Share' })),
  );
  return { arn, region, name, documentType, tagKeys, sharedWith: mapObserved(permission, (p) => [...(p.AccountIds ?? [])].sort()) };
}

async function readDocuments(ctx: CollectContext, client: SSMClient, region: string): Promise<Observed<SsmDocument[]>> {
  const listed = await readList(
    ctx.reader,
    'ssm:ListDocuments',
    { target: `${arnPrefix(ctx, 'ssm', region)}:document/*`, region },
    () => paginateListDocuments({ client, pageSize: 50 }, { Filters: [{ Key: 'Owner', Values: ['Self'] }] }),
    (p) => p.DocumentIdentifiers,
    // ListDocuments returns each document's tags: SSM.5 costs no call per document.
    (d) => ({ name: d.Name ?? '', documentType: d.DocumentType ?? null, tagKeys: (d.Tags ?? []).flatMap((t) => (t.Key ? [t.Key] : [])) }),
  );
  return andThen(listed, async (docs) =>
    ok(await Promise.all(docs.map((d) => readDocument(ctx, client, region, d.name, d.documentType, d.tagKeys)))),
  );
}

async function readSetting(ctx: CollectContext, client: SSMClient, region: string, id: string) {
  const read = await ctx.reader.read(
    'ssm:GetServiceSetting',
    { target: `${arnPrefix(ctx, 'ssm', region)}:servicesetting${id}`, region },
    () => client.send(new GetServiceSettingCommand({ SettingId: id })),
  );
  return mapObserved(read, (r) => r.ServiceSetting?.SettingValue ?? null);
}

async function collectRegion(ctx: CollectContext, region: string): Promise<SsmRegion> {
  const client = ctx.clients.get(SSMClient, region);
  const scope = { target: `${arnPrefix(ctx, 'ssm', region)}:*`, region };
  return allKeyed({
    managedInstances: readList(
      ctx.reader,
      'ssm:DescribeInstanceInformation',
      scope,
      () => paginateDescribeInstanceInformation({ client, pageSize: 50 }, {}),
      (p) => p.InstanceInformationList,
      (i) => ({ instanceId: i.InstanceId ?? '', pingStatus: i.PingStatus ?? null, resourceType: i.ResourceType ?? null }),
    ),
    // One read for every compliance type (Patch, Association, custom): cheaper than one per type.
    complianceSummaries: readList(
      ctx.reader,
      'ssm:ListResourceComplianceSummaries',
      scope,
      () => paginateListResourceComplianceSummaries({ client, pageSize: 100 }, {}),
      (p) => p.ResourceComplianceSummaryItems,
      (s): SsmComplianceSummary => ({
        arn: nodeArn(ctx, region, s.ResourceId ?? ''),
        region,
        resourceId: s.ResourceId ?? '',
        resourceType: s.ResourceType ?? '',
        complianceType: s.ComplianceType ?? '',
        status: s.Status ?? '',
        nonCompliantCount: s.NonCompliantSummary?.NonCompliantCount ?? null,
      }),
    ),
    documents: readDocuments(ctx, client, region),
    publicSharingPermission: readSetting(ctx, client, region, PUBLIC_SHARING_SETTING),
    automationLogDestination: readSetting(ctx, client, region, AUTOMATION_LOG_SETTING),
  });
}

/**
 * Per region: DescribeInstanceInformation (50 per page), ListResourceComplianceSummaries (100 per
 * page, all compliance types at once), ListDocuments Owner=Self (50 per page) then
 * DescribeDocumentPermission per owned document, and GetServiceSetting twice: 5 + D calls.
 */
export async function collectSsm(ctx: CollectContext): Promise<SsmSection> {
  return { regions: await forEachRegion(ctx, 'ssm', (region) => collectRegion(ctx, region)) };
}

export const ssmCollector: Collector<'ssm'> = {
  section: 'ssm',
  collect: collectSsm,
};
