import { z } from 'zod';

/** What the contacts collector records (placeholder until the collector lands). */
export const ContactsSection = z.object({});
export type ContactsSection = z.infer<typeof ContactsSection>;
