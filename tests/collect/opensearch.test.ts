import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateDomainCommand,
  DescribeDomainsCommand,
  ListDomainNamesCommand,
  ListTagsCommand,
  OpenSearchClient,
} from '@aws-sdk/client-opensearch';
import { collectOpensearch } from '../../src/collect/opensearch.js';
import { OpensearchSection } from '../../src/model/opensearch.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const openPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `arn:aws:es:us-east-1:${MOTO_ACCOUNT_ID}:domain/open/*` },
  ],
};
const logGroup = `arn:aws:logs:us-east-1:${MOTO_ACCOUNT_ID}:log-group:/aws/OpenSearchService/domains/hardened`;
/** Seven domains: more than one DescribeDomains batch of five. */
const PLAIN = ['plain-1', 'plain-2', 'plain-3', 'plain-4', 'plain-5'];

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const os = new OpenSearchClient(seedConfig(moto, 'us-east-1'));
  try {
    await os.send(
      new CreateDomainCommand({
        DomainName: 'hardened',
        EngineVersion: 'OpenSearch_2.11',
        ClusterConfig: {
          InstanceType: 'r6g.large.search',
          InstanceCount: 3,
          ZoneAwarenessEnabled: true,
          DedicatedMasterEnabled: true,
          DedicatedMasterCount: 3,
        },
        EncryptionAtRestOptions: { Enabled: true },
        NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
        AdvancedSecurityOptions: {
          Enabled: true,
          InternalUserDatabaseEnabled: true,
          MasterUserOptions: { MasterUserName: 'admin', MasterUserPassword: 'Example-Passw0rd' },
        },
        VPCOptions: { SubnetIds: ['subnet-0a'], SecurityGroupIds: ['sg-0a'] },
        LogPublishingOptions: {
          ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: logGroup, Enabled: true },
          AUDIT_LOGS: { CloudWatchLogsLogGroupArn: logGroup, Enabled: true },
        },
        TagList: [
          { Key: 'team', Value: 'search' },
          { Key: 'owner', Value: 'platform' },
        ],
      }),
    );
    await os.send(
      new CreateDomainCommand({ DomainName: 'open', EngineVersion: 'Elasticsearch_7.10', AccessPolicies: JSON.stringify(openPolicy) }),
    );
    for (const name of PLAIN) await os.send(new CreateDomainCommand({ DomainName: name }));
  } finally {
    os.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectOpensearch', () => {
  it('records each domain, described in batches of five, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const section = await collectOpensearch(ctx);
      expect(() => OpensearchSection.parse(section)).not.toThrow();
      expect(section.domains['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = section.domains['us-east-1'];
      const byName = new Map((list?.ok ? list.value : []).map((d) => [d.name, d]));
      expect([...byName.keys()].sort()).toEqual(['hardened', 'open', ...PLAIN]);
      expect(byName.get('hardened')).toEqual({
        arn: `arn:aws:es:us-east-1:${MOTO_ACCOUNT_ID}:domain/hardened`,
        region: 'us-east-1',
        name: 'hardened',
        status: {
          ok: true,
          value: {
            encryptionAtRest: true,
            nodeToNodeEncryption: true,
            enforceHttps: true,
            tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
            fineGrainedAccessControl: true,
            // moto returns the subnets but no VPCId, which AWS derives from them.
            vpc: { vpcId: null, subnetIds: ['subnet-0a'] },
            logPublishing: {
              ES_APPLICATION_LOGS: { enabled: true, logGroupArn: logGroup },
              AUDIT_LOGS: { enabled: true, logGroupArn: logGroup },
            },
            cluster: { instanceCount: 3, zoneAwarenessEnabled: true, dedicatedMasterEnabled: true, dedicatedMasterCount: 3 },
            // moto never returns ServiceSoftwareOptions (see the mocked test below).
            serviceSoftware: null,
            accessPolicy: null,
          },
        },
        tagKeys: { ok: true, value: ['owner', 'team'] },
      });
      expect(byName.get('open')).toMatchObject({
        status: {
          ok: true,
          value: {
            encryptionAtRest: false,
            nodeToNodeEncryption: false,
            enforceHttps: false,
            fineGrainedAccessControl: false,
            vpc: null,
            logPublishing: {},
            cluster: { instanceCount: 1, zoneAwarenessEnabled: false, dedicatedMasterEnabled: false, dedicatedMasterCount: null },
            accessPolicy: openPolicy,
          },
        },
        tagKeys: { ok: true, value: [] },
      });
      for (const name of PLAIN) expect(byName.get(name)?.status.ok).toBe(true);
      // One list, two DescribeDomains batches (5 + 2) and ListTags per domain in us-east-1, one list in eu-west-1.
      expect(ctx.reader.stats.get('es:ListDomainNames')?.calls).toBe(2);
      expect(ctx.reader.stats.get('es:DescribeDomains')?.calls).toBe(2);
      expect(ctx.reader.stats.get('es:ListTags')?.calls).toBe(7);
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the domain list, or each described domain', async () => {
    const listOnly = await restrictedCredentials(moto, 'domain-lister', ['es:ListDomainNames']);
    const nothing = await restrictedCredentials(moto, 'domain-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectOpensearch(listed)).domains['us-east-1'];
      expect(seen?.ok ? seen.value.length : 0).toBe(7);
      for (const d of seen?.ok ? seen.value : []) {
        expect(d.status).toMatchObject({ ok: false, error: { action: 'es:DescribeDomains', kind: 'access-denied' } });
        expect(d.tagKeys).toMatchObject({ ok: false, error: { action: 'es:ListTags', kind: 'access-denied', target: d.arn } });
        expect(d.arn).toBe(`arn:aws:es:us-east-1:${MOTO_ACCOUNT_ID}:domain/${d.name}`);
      }
      expect((await collectOpensearch(denied)).domains['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'es:ListDomainNames', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });

  // moto 5.2.1 never returns ServiceSoftwareOptions (Opensearch.10's field), so its mapping, and a
  // domain that vanishes between ListDomainNames and DescribeDomains, are tested on recorded-shape answers.
  it('maps ServiceSoftwareOptions and records a domain missing from the DescribeDomains answer as a failed read', async () => {
    const mock = mockClient(OpenSearchClient);
    mock.on(ListDomainNamesCommand).resolves({
      DomainNames: [
        { DomainName: 'stale', EngineType: 'OpenSearch' },
        { DomainName: 'gone', EngineType: 'OpenSearch' },
      ],
    });
    mock.on(DescribeDomainsCommand).resolves({
      DomainStatusList: [
        {
          DomainId: `${MOTO_ACCOUNT_ID}/stale`,
          DomainName: 'stale',
          ARN: `arn:aws:es:us-east-1:${MOTO_ACCOUNT_ID}:domain/stale`,
          EngineVersion: 'OpenSearch_2.11',
          ClusterConfig: { InstanceCount: 1 },
          AccessPolicies: '',
          VPCOptions: { VPCId: 'vpc-0abc', SubnetIds: ['subnet-1'] },
          ServiceSoftwareOptions: {
            CurrentVersion: 'OpenSearch_2_11_R20240502',
            NewVersion: 'OpenSearch_2_11_R20240901',
            UpdateAvailable: true,
            Cancellable: false,
            UpdateStatus: 'ELIGIBLE',
            Description: 'An update is available.',
            OptionalDeployment: true,
          },
        },
      ],
    });
    mock.on(ListTagsCommand).resolves({ TagList: [{ Key: 'aws:cloudformation:stack-name', Value: 'search' }] });
    const ctx = mockedContext(['us-east-1']);
    try {
      const list = (await collectOpensearch(ctx)).domains['us-east-1'];
      const byName = new Map((list?.ok ? list.value : []).map((d) => [d.name, d]));
      expect(byName.get('stale')?.status).toMatchObject({
        ok: true,
        value: {
          vpc: { vpcId: 'vpc-0abc', subnetIds: ['subnet-1'] },
          serviceSoftware: {
            updateAvailable: true,
            updateStatus: 'ELIGIBLE',
            currentVersion: 'OpenSearch_2_11_R20240502',
            newVersion: 'OpenSearch_2_11_R20240901',
          },
          accessPolicy: null,
        },
      });
      expect(byName.get('stale')?.tagKeys).toEqual({ ok: true, value: ['aws:cloudformation:stack-name'] });
      expect(byName.get('gone')?.status).toMatchObject({
        ok: false,
        error: { action: 'es:DescribeDomains', target: `arn:aws:es:us-east-1:${MOTO_ACCOUNT_ID}:domain/gone` },
      });
    } finally {
      ctx.close();
      mock.restore();
    }
  });
});
