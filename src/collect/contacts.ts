import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import type { ContactsSection } from '../model/contacts.js';
import type { Collector } from './kit/collector.js';
import { task, type CollectContext } from './kit/context.js';
import { mapObserved } from './kit/observed.js';

const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';

/**
 * The security alternate contact. The Account API is global (one endpoint), so the client lives
 * in the home region. AWS answers ResourceNotFoundException when the contact was never set
 * (https://docs.aws.amazon.com/accounts/latest/reference/API_GetAlternateContact.html).
 */
export async function collectContacts(ctx: CollectContext): Promise<ContactsSection> {
  return task(ctx, 'account', 'global', async () => {
    const client = ctx.clients.get(AccountClient, ctx.homeRegion);
    const read = await ctx.reader.read(
      'account:GetAlternateContact',
      { target: `arn:${ctx.partition}:account::${ctx.accountId}:account`, region: 'global' },
      () => client.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })),
      { absentWhen: ['ResourceNotFoundException'] },
    );
    return {
      securityContact: mapObserved(read, (r) => {
        const c = r?.AlternateContact;
        if (!c) return null;
        return {
          alternateContactType: c.AlternateContactType ?? 'SECURITY',
          hasName: filled(c.Name),
          hasEmailAddress: filled(c.EmailAddress),
          hasPhoneNumber: filled(c.PhoneNumber),
        };
      }),
    };
  });
}

export const contactsCollector: Collector<'contacts'> = {
  section: 'contacts',
  collect: collectContacts,
};
