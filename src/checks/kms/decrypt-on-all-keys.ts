/**
 * KMS.1 / KMS.2's question of an IAM identity policy: does it allow a decryption action on every
 * KMS key? Security Hub's parameter blockedActionsPatterns is kms:Decrypt, kms:ReEncryptFrom (not
 * customizable); "every key" is `Resource: "*"` or any pattern covering every key ARN.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-1
 */
import { grantsOnAllOf, parsePolicy, statementLabel } from '../lib/policy/index.js';

export const BLOCKED_KMS_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'] as const;

export type DecryptVerdict = { ok: false; reason: string } | { ok: true; grants: string[] };

/** What a policy grants on every key: `statement "S" allows kms:Decrypt`, one entry per statement and action. */
export function decryptOnAllKeys(document: unknown, partition: string): DecryptVerdict {
  const parsed = parsePolicy(document);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const everyKey = `arn:${partition}:kms:*:*:key/*`;
  const grants = BLOCKED_KMS_ACTIONS.flatMap((action) =>
    grantsOnAllOf(parsed.policy, action, everyKey).map((s) => `${statementLabel(s)} allows ${action}`),
  );
  return { ok: true, grants };
}
