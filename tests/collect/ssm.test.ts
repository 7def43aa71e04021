import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateDocumentCommand,
  DescribeDocumentPermissionCommand,
  DescribeInstanceInformationCommand,
  GetServiceSettingCommand,
  ListDocumentsCommand,
  ListResourceComplianceSummariesCommand,
  ModifyDocumentPermissionCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { AUTOMATION_LOG_SETTING, PUBLIC_SHARING_SETTING, collectSsm } from '../../src/collect/ssm.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const R = 'us-east-1';
const content = JSON.stringify({
  schemaVersion: '2.2',
  description: 'test',
  mainSteps: [{ action: 'aws:runShellScript', name: 'run', inputs: { runCommand: ['echo hi'] } }],
});

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const ssm = new SSMClient(seedConfig(moto, R));
  try {
    await ssm.send(
      new CreateDocumentCommand({ Name: 'private-doc', DocumentType: 'Command', Content: content, Tags: [{ Key: 'owner', Value: 'ops' }] }),
    );
    await ssm.send(new CreateDocumentCommand({ Name: 'public-doc', DocumentType: 'Command', Content: content }));
    await ssm.send(new ModifyDocumentPermissionCommand({ Name: 'public-doc', PermissionType: 'Share', AccountIdsToAdd: ['all'] }));
  } finally {
    ssm.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

const docArn = (name: string) => `arn:aws:ssm:${R}:${MOTO_ACCOUNT_ID}:document/${name}`;

describe('collectSsm', () => {
  // moto answers DescribeInstanceInformation, ListResourceComplianceSummaries and GetServiceSetting
  // with HTTP 500 (not implemented); documents and their permissions work. So this test reads the
  // documents from moto, and pins that the unimplemented reads are recorded as failed reads (never
  // as "no instances" or "no compliance data").
  it('records owned documents with whom they are shared (moto), and reads moto cannot answer as failures', async () => {
    const ctx = motoContext(moto, [R, 'eu-west-1']);
    try {
      const { regions } = await collectSsm(ctx);
      expect(regions['eu-west-1']?.documents).toEqual({ ok: true, value: [] });
      const region = regions[R];
      const docs = region?.documents.ok ? [...region.documents.value].sort((a, b) => a.name.localeCompare(b.name)) : [];
      expect(docs).toEqual([
        {
          arn: docArn('private-doc'),
          region: R,
          name: 'private-doc',
          documentType: 'Command',
          tagKeys: ['owner'],
          sharedWith: { ok: true, value: [] },
        },
        {
          arn: docArn('public-doc'),
          region: R,
          name: 'public-doc',
          documentType: 'Command',
          tagKeys: [],
          sharedWith: { ok: true, value: ['all'] },
        },
      ]);
      expect(region?.managedInstances).toMatchObject({ ok: false, error: { action: 'ssm:DescribeInstanceInformation' } });
      expect(region?.complianceSummaries).toMatchObject({ ok: false, error: { action: 'ssm:ListResourceComplianceSummaries' } });
      expect(region?.publicSharingPermission).toMatchObject({ ok: false, error: { action: 'ssm:GetServiceSetting' } });
    } finally {
      ctx.close();
    }
  });

  it('records denied document reads as access-denied ReadErrors: the list, or each permission read', async () => {
    const listOnly = await restrictedCredentials(moto, 'ssm-lister', ['ssm:ListDocuments']);
    const nothing = await restrictedCredentials(moto, 'ssm-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, [R], listOnly);
    const denied = motoContext(moto, [R], nothing);
    try {
      const seen = (await collectSsm(listed)).regions[R]?.documents;
      expect(seen?.ok ? seen.value.length : 0).toBe(2);
      for (const d of seen?.ok ? seen.value : []) {
        expect(d.sharedWith).toMatchObject({
          ok: false,
          error: { action: 'ssm:DescribeDocumentPermission', kind: 'access-denied', target: d.arn },
        });
      }
      const none = (await collectSsm(denied)).regions[R];
      expect(none?.documents).toMatchObject({ ok: false, error: { action: 'ssm:ListDocuments', kind: 'access-denied', region: R } });
      expect(none?.managedInstances).toMatchObject({
        ok: false,
        error: { action: 'ssm:DescribeInstanceInformation', kind: 'access-denied' },
      });
      expect(none?.complianceSummaries).toMatchObject({
        ok: false,
        error: { action: 'ssm:ListResourceComplianceSummaries', kind: 'access-denied' },
      });
      expect(none?.automationLogDestination).toMatchObject({
        ok: false,
        error: { action: 'ssm:GetServiceSetting', kind: 'access-denied' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });

  // Recorded-shape answers for the three reads moto does not implement (HTTP 500), with paging.
  it('maps managed instances, compliance summaries of every type and service settings (aws-sdk-client-mock, since moto answers 500)', async () => {
    const mock = mockClient(SSMClient);
    try {
      mock
        .on(DescribeInstanceInformationCommand)
        .resolves({
          InstanceInformationList: [{ InstanceId: 'i-0aaa', PingStatus: 'Online', ResourceType: 'EC2Instance' }],
          NextToken: 'p2',
        })
        .on(DescribeInstanceInformationCommand, { NextToken: 'p2' })
        .resolves({ InstanceInformationList: [{ InstanceId: 'mi-0bbb', PingStatus: 'ConnectionLost', ResourceType: 'ManagedInstance' }] });
      mock.on(ListResourceComplianceSummariesCommand).resolves({
        ResourceComplianceSummaryItems: [
          {
            ComplianceType: 'Patch',
            ResourceType: 'ManagedInstance',
            ResourceId: 'i-0aaa',
            Status: 'NON_COMPLIANT',
            OverallSeverity: 'CRITICAL',
            NonCompliantSummary: { NonCompliantCount: 4 },
            CompliantSummary: { CompliantCount: 120 },
          },
          { ComplianceType: 'Association', ResourceType: 'ManagedInstance', ResourceId: 'mi-0bbb', Status: 'COMPLIANT' },
        ],
      });
      mock.on(ListDocumentsCommand).resolves({ DocumentIdentifiers: [] });
      mock.on(DescribeDocumentPermissionCommand).resolves({ AccountIds: [] });
      mock
        .on(GetServiceSettingCommand, { SettingId: PUBLIC_SHARING_SETTING })
        .resolves({ ServiceSetting: { SettingId: PUBLIC_SHARING_SETTING, SettingValue: 'Enable', Status: 'Default' } })
        .on(GetServiceSettingCommand, { SettingId: AUTOMATION_LOG_SETTING })
        .resolves({ ServiceSetting: { SettingId: AUTOMATION_LOG_SETTING, SettingValue: 'CloudWatch', Status: 'Customized' } });
      const ctx = motoContext(moto, [R]);
      try {
        const region = (await collectSsm(ctx)).regions[R];
        expect(region).toEqual({
          managedInstances: {
            ok: true,
            value: [
              { instanceId: 'i-0aaa', pingStatus: 'Online', resourceType: 'EC2Instance' },
              { instanceId: 'mi-0bbb', pingStatus: 'ConnectionLost', resourceType: 'ManagedInstance' },
            ],
          },
          complianceSummaries: {
            ok: true,
            value: [
              {
                arn: `arn:aws:ec2:${R}:${MOTO_ACCOUNT_ID}:instance/i-0aaa`,
                region: R,
                resourceId: 'i-0aaa',
                resourceType: 'ManagedInstance',
                complianceType: 'Patch',
                status: 'NON_COMPLIANT',
                nonCompliantCount: 4,
              },
              {
                arn: `arn:aws:ssm:${R}:${MOTO_ACCOUNT_ID}:managed-instance/mi-0bbb`,
                region: R,
                resourceId: 'mi-0bbb',
                resourceType: 'ManagedInstance',
                complianceType: 'Association',
                status: 'COMPLIANT',
                nonCompliantCount: null,
              },
            ],
          },
          documents: { ok: true, value: [] },
          publicSharingPermission: { ok: true, value: 'Enable' },
          automationLogDestination: { ok: true, value: 'CloudWatch' },
        });
      } finally {
        ctx.close();
      }
    } finally {
      mock.restore();
    }
  });
});
