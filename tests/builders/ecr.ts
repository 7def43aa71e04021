import type { EcrRegion, EcrRepository, EcrSection } from '../../src/model/ecr.js';
import { ACCOUNT_ID, REGIONS, arn, ok } from './common.js';

/** A compliant private repository: scanned on push, immutable tags, a lifecycle policy, a policy for the own account only. */
export function ecrRepository(name: string, region: string, overrides: Partial<EcrRepository> = {}): EcrRepository {
  return {
    name,
    arn: arn('ecr', region, `repository/${name}`),
    region,
    scanOnPush: true,
    imageTagMutability: 'IMMUTABLE',
    encryptionType: 'KMS',
    // The customer managed key compliantKmsSection holds in this region.
    kmsKey: arn('kms', region, `key/1234abcd-12ab-34cd-56ef-00000000000${REGIONS.indexOf(region as (typeof REGIONS)[number])}`),
    scanning: ok({ scanOnPush: true, scanFrequency: 'SCAN_ON_PUSH' }),
    lifecyclePolicy: ok({ ruleCount: 1 }),
    policy: ok({
      Version: '2012-10-17',
      Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: ['ecr:BatchGetImage'] }],
    }),
    ...overrides,
  };
}

export function ecrSection(repositories: EcrRepository[], registry: Partial<EcrRegion> = {}): EcrSection {
  const region = (r: string): EcrRegion => ({
    repositories: ok(repositories.filter((x) => x.region === r)),
    registryScanning: ok({ scanType: 'BASIC', ruleCount: 0 }),
    ...registry,
  });
  return { regions: Object.fromEntries(REGIONS.map((r) => [r, region(r)])) };
}

export function compliantEcrSection(): EcrSection {
  return ecrSection(REGIONS.map((r) => ecrRepository('app', r)));
}
