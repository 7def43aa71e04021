/**
 * Demo Systems Manager documents in the first region: "demo-runbook" kept private and
 * "demo-public-runbook" shared with all accounts. moto answers DescribeInstanceInformation,
 * ListResourceComplianceSummaries and GetServiceSetting with HTTP 500, so SSM.1, .2, .3, .6 and .7
 * show as UNKNOWN in the demo and are not seeded.
 */
import { CreateDocumentCommand, ModifyDocumentPermissionCommand, SSMClient } from '@aws-sdk/client-ssm';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const content = JSON.stringify({
  schemaVersion: '2.2',
  description: 'Print the host name',
  mainSteps: [{ action: 'aws:runShellScript', name: 'hostname', inputs: { runCommand: ['hostname'] } }],
});

export async function seedSsm(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const ssm = new SSMClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const arnOf = (name: string) => `arn:aws:ssm:${region}:${MOTO_ACCOUNT_ID}:document/${name}`;
  try {
    await ssm.send(new CreateDocumentCommand({ Name: 'demo-runbook', DocumentType: 'Command', Content: content }));
    await ssm.send(new CreateDocumentCommand({ Name: 'demo-public-runbook', DocumentType: 'Command', Content: content }));
    await ssm.send(new ModifyDocumentPermissionCommand({ Name: 'demo-public-runbook', PermissionType: 'Share', AccountIdsToAdd: ['all'] }));
    return [
      { checkId: 'ssm-document-not-public', resourceArn: arnOf('demo-runbook'), status: 'PASS' },
      { checkId: 'ssm-document-not-public', resourceArn: arnOf('demo-public-runbook'), status: 'FAIL' },
    ];
  } finally {
    ssm.destroy();
  }
}
