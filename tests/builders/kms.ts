import type { KmsKey, KmsKeyMetadata, KmsSection } from '../../src/model/kms.js';
import { ACCOUNT_ID, REGIONS, arn, ok } from './common.js';

export function kmsMetadata(overrides: Partial<KmsKeyMetadata> = {}): KmsKeyMetadata {
  return {
    keyManager: 'CUSTOMER',
    keyState: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    origin: 'AWS_KMS',
    deletionDate: null,
    multiRegionKeyType: null,
    ...overrides,
  };
}

/** A compliant customer managed key (symmetric, enabled, rotating). */
export function kmsKey(region: string, keyId: string, overrides: Partial<KmsKey> = {}): KmsKey {
  return {
    keyId,
    arn: arn('kms', region, `key/${keyId}`),
    region,
    aliases: [`alias/app-${keyId.slice(0, 8)}`],
    metadata: ok(kmsMetadata()),
    rotation: ok({ enabled: true, rotationPeriodInDays: 365 }),
    policy: ok({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    }),
    ...overrides,
  };
}

/** Per region: a rotating customer key and an AWS managed key (out of scope for every check). */
export function compliantKmsSection(): KmsSection {
  return {
    keys: Object.fromEntries(
      REGIONS.map((r, i) => [
        r,
        ok([
          kmsKey(r, `1234abcd-12ab-34cd-56ef-00000000000${i}`),
          kmsKey(r, `aaaabbbb-12ab-34cd-56ef-00000000000${i}`, {
            aliases: ['alias/aws/s3'],
            metadata: ok(kmsMetadata({ keyManager: 'AWS' })),
            rotation: null,
            policy: null,
          }),
        ]),
      ]),
    ),
  };
}
