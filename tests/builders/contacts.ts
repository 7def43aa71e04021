import type { ContactsSection } from '../../src/model/contacts.js';

/** A fully compliant account section with at least one resource per kind (placeholder). */
export function compliantContactsSection(): ContactsSection {
  return {};
}
