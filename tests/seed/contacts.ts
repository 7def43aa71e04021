/**
 * Seeds the account's alternate contacts: a billing contact is set but the security one was
 * forgotten, so AWS security notices would reach only the root mailbox.
 */
import { AccountClient, PutAlternateContactCommand } from '@aws-sdk/client-account';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedContacts(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const account = new AccountClient({
    endpoint: moto.endpoint,
    region: regions[0] ?? 'us-east-1',
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
  });
  try {
    await account.send(
      new PutAlternateContactCommand({
        AlternateContactType: 'BILLING',
        Name: 'demo-finance',
        Title: 'Accounts payable',
        EmailAddress: 'demo-billing@example.com',
        PhoneNumber: '+1-555-0101',
      }),
    );
  } finally {
    account.destroy();
  }
  return [{ checkId: 'account-security-contact-registered', resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`, status: 'FAIL' }];
}
