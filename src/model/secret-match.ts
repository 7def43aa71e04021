import { z } from 'zod';

/**
 * Where a secrets rule matched, and never the value: the collector reduces the text (user data, a
 * stack output) to these before anything reaches the inventory (src/secrets/detector.ts).
 */
export const SecretMatch = z.object({
  /** The rule that matched (aws-access-key-id, aws-secret-access-key, private-key, password-assignment, secret-named-value, high-entropy-token) */
  rule: z.string(),
  /** Where it matched: a place in the resource ("user data line 3", "output ApiKey") */
  location: z.string(),
  /** What matched, masked: a name, a kind and a length, never the secret's characters */
  hint: z.string(),
});
export type SecretMatch = z.infer<typeof SecretMatch>;
