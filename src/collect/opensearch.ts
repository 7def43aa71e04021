import {
  DescribeDomainsCommand,
  ListDomainNamesCommand,
  ListTagsCommand,
  OpenSearchClient,
  type DomainStatus,
} from '@aws-sdk/client-opensearch';
import type { Observed } from '../model/observed.js';
import type { OpenSearchDomain, OpenSearchDomainPolicy, OpenSearchDomainStatus, OpensearchSection } from '../model/opensearch.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/** DescribeDomains takes at most five domain names per request. https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomains.html */
const DESCRIBE_BATCH = 5;

function toStatus(d: DomainStatus): OpenSearchDomainStatus {
  const cluster = d.ClusterConfig;
  const software = d.ServiceSoftwareOptions;
  const vpc = d.VPCOptions;
  return {
    encryptionAtRest: d.EncryptionAtRestOptions?.Enabled ?? null,
    nodeToNodeEncryption: d.NodeToNodeEncryptionOptions?.Enabled ?? null,
    enforceHttps: d.DomainEndpointOptions?.EnforceHTTPS ?? null,
    tlsSecurityPolicy: d.DomainEndpointOptions?.TLSSecurityPolicy ?? null,
    fineGrainedAccessControl: d.AdvancedSecurityOptions?.Enabled ?? null,
    vpc: vpc ? { vpcId: vpc.VPCId ? vpc.VPCId : null, subnetIds: vpc.SubnetIds ?? [] } : null,
    logPublishing: Object.fromEntries(
      Object.entries(d.LogPublishingOptions ?? {}).map(([type, o]) => [
        type,
        { enabled: o.Enabled ?? false, logGroupArn: o.CloudWatchLogsLogGroupArn ? o.CloudWatchLogsLogGroupArn : null },
      ]),
    ),
    cluster: {
      instanceCount: cluster?.InstanceCount ?? null,
      zoneAwarenessEnabled: cluster?.ZoneAwarenessEnabled ?? null,
      dedicatedMasterEnabled: cluster?.DedicatedMasterEnabled ?? null,
      dedicatedMasterCount: cluster?.DedicatedMasterCount ?? null,
    },
    serviceSoftware: software
      ? {
          updateAvailable: software.UpdateAvailable ?? null,
          updateStatus: software.UpdateStatus ?? null,
          currentVersion: software.CurrentVersion ? software.CurrentVersion : null,
          newVersion: software.NewVersion ? software.NewVersion : null,
        }
      : null,
    accessPolicy: parsePolicyText(d.AccessPolicies) as OpenSearchDomainPolicy | null,
  };
}

/**
 * DescribeDomains in batches of five: one call describes five domains with every field the checks
 * read, where DescribeDomain or DescribeDomainConfig would take one call per domain. A failed batch
 * fails its five domains; a domain missing from an answer (deleted in between) is recorded as a
 * failed read, never as a default.
 */
async function describeDomains(
  ctx: CollectContext,
  client: OpenSearchClient,
  region: string,
  names: readonly string[],
): Promise<Map<string, { arn: string | null; status: Observed<OpenSearchDomainStatus> }>> {
  const out = new Map<string, { arn: string | null; status: Observed<OpenSearchDomainStatus> }>();
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += DESCRIBE_BATCH) batches.push(names.slice(i, i + DESCRIBE_BATCH));
  await Promise.all(
    batches.map(async (batch) => {
      const target = batch.length === 1 ? `${arnPrefix(ctx, 'es', region)}:domain/${batch[0]}` : `${arnPrefix(ctx, 'es', region)}:domain/*`;
      const read = await ctx.reader.read('es:DescribeDomains', { target, region }, () =>
        client.send(new DescribeDomainsCommand({ DomainNames: batch })),
      );
      for (const name of batch) {
        if (!read.ok) {
          out.set(name, { arn: null, status: read });
          continue;
        }
        const found = read.value.DomainStatusList?.find((d) => d.DomainName === name);
        out.set(
          name,
          found
            ? { arn: found.ARN ?? null, status: ok(toStatus(found)) }
            : {
                arn: null,
                status: ctx.reader.fail(
                  'es:DescribeDomains',
                  { target: `${arnPrefix(ctx, 'es', region)}:domain/${name}`, region },
                  `DescribeDomains returned no status for domain ${name}`,
                ),
              },
        );
      }
    }),
  );
  return out;
}

/**
 * Domains per region: ListDomainNames (one call, not paginated: it returns every domain of the
 * region, OpenSearch and Elasticsearch engines alike), then DescribeDomains per five domains and
 * ListTags per domain (for the tagging controls). So a region costs 1 + ceil(N / 5) + N calls.
 * https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainNames.html
 */
export async function collectOpensearch(ctx: CollectContext): Promise<OpensearchSection> {
  const domains = await forEachRegion(ctx, 'opensearch', async (region) => {
    const client = ctx.clients.get(OpenSearchClient, region);
    const listed = await ctx.reader.read('es:ListDomainNames', { target: `${arnPrefix(ctx, 'es', region)}:domain/*`, region }, () =>
      client.send(new ListDomainNamesCommand({})),
    );
    return andThen(listed, async (answer): Promise<Observed<OpenSearchDomain[]>> => {
      const names = (answer.DomainNames ?? []).flatMap((d) => (d.DomainName ? [d.DomainName] : []));
      // A domain ARN is `arn:PARTITION:es:REGION:ACCOUNT:domain/NAME`, so ListTags need not wait for DescribeDomains.
      const arnOf = (name: string) => `${arnPrefix(ctx, 'es', region)}:domain/${name}`;
      const [described, tagKeys] = await Promise.all([
        describeDomains(ctx, client, region, names),
        Promise.all(
          names.map((name) =>
            ctx.reader
              .read('es:ListTags', { target: arnOf(name), region }, () => client.send(new ListTagsCommand({ ARN: arnOf(name) })))
              .then((o) => mapObserved(o, (t) => (t.TagList ?? []).flatMap((tag) => (tag.Key ? [tag.Key] : [])).sort())),
          ),
        ),
      ]);
      return ok(
        names.map((name, i): OpenSearchDomain => {
          const d = described.get(name);
          return {
            arn: d?.arn ?? arnOf(name),
            region,
            name,
            status: d?.status ?? ctx.reader.fail('es:DescribeDomains', { target: arnOf(name), region }, `domain ${name} was in no batch`),
            tagKeys: tagKeys[i] ?? ctx.reader.fail('es:ListTags', { target: arnOf(name), region }, `domain ${name} was not read`),
          };
        }),
      );
    });
  });
  return { domains };
}

export const opensearchCollector: Collector<'opensearch'> = {
  section: 'opensearch',
  collect: collectOpensearch,
};
