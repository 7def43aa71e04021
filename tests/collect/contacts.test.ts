import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountClient, DeleteAlternateContactCommand, PutAlternateContactCommand } from '@aws-sdk/client-account';
import { collectContacts } from '../../src/collect/contacts.js';
import { ContactsSection } from '../../src/model/contacts.js';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
});
afterAll(async () => {
  await moto?.stop();
});

async function collect() {
  const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
  try {
    const section = await collectContacts(ctx);
    expect(ContactsSection.safeParse(section).success).toBe(true);
    return { section, actions: ctx.reader.actions };
  } finally {
    ctx.close();
  }
}

describe('collectContacts', () => {
  it('records an unset security contact (ResourceNotFoundException) as null, not as an error', async () => {
    const { section, actions } = await collect();
    expect(section.securityContact).toEqual({ ok: true, value: null });
    expect(actions).toEqual(new Set(['account:GetAlternateContact']));
  });

  it('records which fields of a set security contact are filled, never the values', async () => {
    const account = new AccountClient(seedConfig(moto));
    // A billing contact must not be mistaken for the security one.
    await account.send(
      new PutAlternateContactCommand({
        AlternateContactType: 'BILLING',
        Name: 'Billing',
        Title: 'Finance',
        EmailAddress: 'billing@example.com',
        PhoneNumber: '+1-555-0101',
      }),
    );
    expect((await collect()).section.securityContact).toEqual({ ok: true, value: null });

    await account.send(
      new PutAlternateContactCommand({
        AlternateContactType: 'SECURITY',
        Name: 'Security team',
        Title: 'SecOps',
        EmailAddress: 'security@example.com',
        PhoneNumber: '+1-555-0100',
      }),
    );
    const { section } = await collect();
    expect(section.securityContact).toEqual({
      ok: true,
      value: { alternateContactType: 'SECURITY', hasName: true, hasEmailAddress: true, hasPhoneNumber: true },
    });
    expect(JSON.stringify(section)).not.toContain('security@example.com');
    expect(JSON.stringify(section)).not.toContain('555');
    await account.send(new DeleteAlternateContactCommand({ AlternateContactType: 'SECURITY' }));
  });

  it('records a denied GetAlternateContact as an access-denied ReadError, never as "no contact"', async () => {
    const creds = await restrictedCredentials(moto, 'no-account-reader', ['iam:GetUser']);
    await moto.enableIamAuth();
    // moto answers a denied JSON-protocol call with an XML body the SDK cannot parse, so the
    // message is a SyntaxError; the HTTP 403 is what makes it access-denied (as AWS's own code would).
    const ctx = motoContext(moto, ['us-east-1'], creds);
    try {
      expect((await collectContacts(ctx)).securityContact).toMatchObject({
        ok: false,
        error: { action: 'account:GetAlternateContact', kind: 'access-denied', region: 'global' },
      });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});
