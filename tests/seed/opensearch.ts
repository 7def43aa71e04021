/**
 * Demo OpenSearch Service domains in the second region: "demo-search", hardened (VPC, encryption at
 * rest and between nodes, HTTPS with the latest TLS policy, fine-grained access control, error and
 * audit logs, three zone-aware data nodes, three dedicated masters, no access policy, tagged), and
 * "demo-logs", a legacy Elasticsearch domain with a public endpoint, none of that, and an access
 * policy open to everyone and no tags. moto never returns ServiceSoftwareOptions, so Opensearch.10 is UNKNOWN.
 */
import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

/** The checks each family runs, both judging every domain. */
const SHARED = [
  'encrypted-at-rest',
  'in-vpc',
  'node-to-node-encryption-enabled',
  'error-logs-to-cloudwatch',
  'audit-logging-enabled',
  'three-data-nodes-zone-aware',
  'three-dedicated-master-nodes',
  'latest-tls-policy',
  'tagged',
];
const OPENSEARCH_ONLY = ['opensearch-domain-fine-grained-access-control-enabled', 'opensearch-domain-access-policy-not-public'];

export async function seedOpensearch(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[1] ?? regions[0];
  if (!region) return [];
  const os = new OpenSearchClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const arnOf = (name: string) => `arn:aws:es:${region}:${MOTO_ACCOUNT_ID}:domain/${name}`;
  const logGroup = `arn:aws:logs:${region}:${MOTO_ACCOUNT_ID}:log-group:/aws/OpenSearchService/domains/demo-search`;
  try {
    await os.send(
      new CreateDomainCommand({
        DomainName: 'demo-search',
        EngineVersion: 'OpenSearch_2.11',
        ClusterConfig: {
          InstanceType: 'r6g.large.search',
          InstanceCount: 3,
          ZoneAwarenessEnabled: true,
          ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
          DedicatedMasterEnabled: true,
          DedicatedMasterType: 'm6g.large.search',
          DedicatedMasterCount: 3,
        },
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
        AdvancedSecurityOptions: {
          Enabled: true,
          MasterUserOptions: { MasterUserARN: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/search-admin` },
        },
        VPCOptions: { SubnetIds: ['subnet-0demo1', 'subnet-0demo2', 'subnet-0demo3'], SecurityGroupIds: ['sg-0demo'] },
        LogPublishingOptions: {
          ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: logGroup, Enabled: true },
          AUDIT_LOGS: { CloudWatchLogsLogGroupArn: logGroup, Enabled: true },
        },
        TagList: [{ Key: 'owner', Value: 'search-team' }],
      }),
    );
    const openPolicy = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Anyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `${arnOf('demo-logs')}/*` }],
    };
    await os.send(
      new CreateDomainCommand({ DomainName: 'demo-logs', EngineVersion: 'Elasticsearch_7.10', AccessPolicies: JSON.stringify(openPolicy) }),
    );
    const expected: ExpectedFinding[] = [];
    for (const [name, status] of [
      ['demo-search', 'PASS'],
      ['demo-logs', 'FAIL'],
    ] as const) {
      const resourceArn = arnOf(name);
      for (const rule of SHARED) {
        expected.push({ checkId: `opensearch-domain-${rule}`, resourceArn, status });
        expected.push({ checkId: `opensearch-elasticsearch-domain-${rule}`, resourceArn, status });
      }
      for (const checkId of OPENSEARCH_ONLY) expected.push({ checkId, resourceArn, status });
      expected.push({ checkId: 'opensearch-domain-service-software-up-to-date', resourceArn, status: 'UNKNOWN' });
    }
    return expected;
  } finally {
    os.destroy();
  }
}
