import { z } from 'zod';
import { IsoDate, optionalObservedSchema, regionalSchema } from './observed.js';

/** The Macie session of the account in one region (macie2 GetMacieSession). */
export const MacieSession = z.object({
  /** GetMacieSession status: ENABLED or PAUSED */
  status: z.string(),
  /** GetMacieSession createdAt */
  createdAt: IsoDate.nullable(),
  /** GetMacieSession updatedAt */
  updatedAt: IsoDate.nullable(),
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
