import { z } from 'zod';
import { optionalObservedSchema } from './observed.js';

/**
 * An alternate contact of the account (account:GetAlternateContact AlternateContact). Only which
 * fields are filled is kept: the name, address and phone number are personal data no check needs.
 */
export const AccountAlternateContact = z.object({
  /** GetAlternateContact AlternateContact.AlternateContactType */
  alternateContactType: z.string(),
  /** GetAlternateContact AlternateContact.Name is non-empty */
  hasName: z.boolean(),
  /** GetAlternateContact AlternateContact.EmailAddress is non-empty */
  hasEmailAddress: z.boolean(),
  /** GetAlternateContact AlternateContact.PhoneNumber is non-empty */
  hasPhoneNumber: z.boolean(),
});
export type AccountAlternateContact = z.infer<typeof AccountAlternateContact>;

export const ContactsSection = z.object({
  /** GetAlternateContact(AlternateContactType=SECURITY) (null: ResourceNotFoundException, no security contact set) */
  securityContact: optionalObservedSchema(AccountAlternateContact),
});
export type ContactsSection = z.infer<typeof ContactsSection>;
