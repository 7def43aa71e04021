/**
 * Demo Amazon Inspector in the first region: EC2 and ECR scanning activated, Lambda standard and
 * code scanning not. (moto answers BatchGetAccountStatus with no account at all where nothing was
 * ever enabled, which the collector records as a failed read: the other regions show UNKNOWN.)
 */
import { EnableCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedInspector(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const inspector = new Inspector2Client({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    await inspector.send(new EnableCommand({ accountIds: [MOTO_ACCOUNT_ID], resourceTypes: ['EC2', 'ECR'] }));
    const account = `arn:aws:inspector2:${region}:${MOTO_ACCOUNT_ID}:account`;
    return [
      { checkId: 'inspector-ec2-scanning-enabled', resourceArn: account, status: 'PASS' },
      { checkId: 'inspector-ecr-scanning-enabled', resourceArn: account, status: 'PASS' },
      { checkId: 'inspector-lambda-standard-scanning-enabled', resourceArn: account, status: 'FAIL' },
      { checkId: 'inspector-lambda-code-scanning-enabled', resourceArn: account, status: 'FAIL' },
    ];
  } finally {
    inspector.destroy();
  }
}
