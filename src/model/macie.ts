import { z } from 'zod';
import { IsoDate, observedSchema, optionalObservedSchema, regionalSchema } from './observed.js';

/** The Macie session of the account in one region (macie2 GetMacieSession). */
export const MacieSession = z.object({
  /** GetMacieSession status: ENABLED or PAUSED */
  status: z.string(),
  /** GetMacieSession createdAt */
  createdAt: IsoDate.nullable(),
  /** GetMacieSession updatedAt */
  updatedAt: IsoDate.nullable(),
  /**
   * GetAutomatedDiscoveryConfiguration status: ENABLED or DISABLED (read only where a session
   * exists). Absent: an inventory written before it was recorded (Macie.2 says UNKNOWN).
   */
  automatedDiscoveryStatus: observedSchema(z.string()).optional(),
  /**
   * GetAdministratorAccount administrator.accountId: the Macie administrator this account is a
   * member of; null when it has none (a standalone or administrator account). Absent: not recorded.
   */
  administratorAccountId: observedSchema(z.string().nullable()).optional(),
});
export type MacieSession = z.infer<typeof MacieSession>;

/** What the macie collector records. */
export const MacieSection = z.object({
  /**
   * GetMacieSession per region; null = Macie is not enabled in that region (AWS answers
   * AccessDeniedException "Macie is not enabled", moto ResourceNotFoundException).
   */
  sessions: regionalSchema(optionalObservedSchema(MacieSession)),
});
export type MacieSection = z.infer<typeof MacieSection>;
