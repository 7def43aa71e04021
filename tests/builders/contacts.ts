import type { AccountAlternateContact, ContactsSection } from '../../src/model/contacts.js';
import { ok } from './common.js';

/** A complete security alternate contact (compliant). */
export function securityContact(overrides: Partial<AccountAlternateContact> = {}): AccountAlternateContact {
  return { alternateContactType: 'SECURITY', hasName: true, hasEmailAddress: true, hasPhoneNumber: true, ...overrides };
}

/** The security contact is set. */
export function compliantContactsSection(): ContactsSection {
  return { securityContact: ok(securityContact()) };
}
