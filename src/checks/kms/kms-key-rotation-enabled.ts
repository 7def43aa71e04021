import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';

export const kmsKeyRotationEnabled = defineCheck({
  id: 'kms-key-rotation-enabled',
  title: 'Customer managed symmetric KMS keys rotate automatically',
  service: 'kms',
  severity: 'medium',
  resourceType: 'AwsKmsKey',
  frameworks: { fsbp: ['KMS.4'], 'cis-3.0': ['3.6'], checklist: ['3.27'] },
  rationale:
    'Automatic rotation replaces the key material yearly (or on the period you set) while keeping old material for decryption, which limits how much data a compromised key version exposes.',
  remediation: {
    summary:
      'Enable automatic rotation on the key. Keys with imported material, in CloudHSM or external key stores cannot rotate automatically: rotate those manually.',
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  },
  reads: ['kms'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.kms.keys, 'kms', (key) => {
      if (!key.metadata.ok) return unknown(key, key.metadata.error);
      const m = key.metadata.value;
      // In scope: customer managed, symmetric encryption, KMS-generated material, enabled
      // (AWS managed keys rotate on AWS's schedule; the others cannot rotate automatically).
      if (m.keyManager !== 'CUSTOMER' || m.keySpec !== 'SYMMETRIC_DEFAULT' || m.origin !== 'AWS_KMS' || m.keyState !== 'Enabled')
        return undefined;
      const name = key.aliases[0] ?? key.keyId;
      if (!key.rotation) {
        return unknown(key, missingData('kms:GetKeyRotationStatus', key.arn, 'not read', { region: key.region }));
      }
      if (!key.rotation.ok) return unknown(key, key.rotation.error);
      return key.rotation.value.enabled
        ? pass(
            key,
            `KMS key ${name} rotates automatically${key.rotation.value.rotationPeriodInDays ? ` every ${key.rotation.value.rotationPeriodInDays} days` : ''}.`,
          )
        : fail(key, `KMS key ${name} does not have automatic rotation enabled.`);
    }),
});
