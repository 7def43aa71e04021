import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const kmsKeyNotPendingDeletion = defineCheck({
  id: 'kms-key-not-pending-deletion',
  title: 'Customer managed KMS keys are not scheduled for deletion',
  service: 'kms',
  severity: 'critical',
  resourceType: 'AwsKmsKey',
  frameworks: { fsbp: ['KMS.3'], checklist: ['3.28'] },
  rationale:
    'Deleting a KMS key is irreversible and makes every ciphertext under it unrecoverable; a key scheduled for deletion by mistake (or by an attacker) must be caught within the waiting period.',
  remediation: {
    summary: 'If the deletion is not intended, cancel it and re-enable the key before the deletion date.',
    cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html',
  },
  reads: ['kms'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.kms.keys, 'kms', (key) => {
      if (!key.metadata.ok) return unknown(key, key.metadata.error);
      const m = key.metadata.value;
      // AWS managed keys cannot be scheduled for deletion by the account.
      if (m.keyManager !== 'CUSTOMER') return undefined;
      const name = key.aliases[0] ?? key.keyId;
      // PendingReplicaDeletion: a multi-Region primary waiting for its replicas to be deleted first.
      if (m.keyState === 'PendingDeletion' || m.keyState === 'PendingReplicaDeletion') {
        return fail(
          key,
          `KMS key ${name} is scheduled for deletion${m.deletionDate ? ` on ${m.deletionDate}` : ''} (state ${m.keyState}).`,
        );
      }
      return pass(key, `KMS key ${name} is not scheduled for deletion (state ${m.keyState}).`);
    }),
});
