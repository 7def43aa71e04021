import type { SecretsManagerSecret, SecretsmanagerSection } from '../../src/model/secretsmanager.js';
import { REGIONS, arn, daysAgo, ok } from './common.js';

/**
 * A compliant secret: rotation every 30 days through a Lambda function, rotated 10 days ago and
 * due in 20, read yesterday, encrypted with a customer managed key, tagged.
 */
export function secret(name: string, region: string, overrides: Partial<SecretsManagerSecret> = {}): SecretsManagerSecret {
  return {
    arn: arn('secretsmanager', region, `secret:${name}-AbCdEf`),
    region,
    name,
    rotationEnabled: true,
    rotationLambdaArn: arn('lambda', region, 'function:rotate'),
    rotationIntervalDays: 30,
    rotationSchedule: null,
    lastRotatedDate: daysAgo(10),
    lastAccessedDate: daysAgo(1),
    nextRotationDate: daysAgo(-20),
    createdDate: daysAgo(200),
    kmsKeyId: arn('kms', region, 'key/1234abcd-12ab-34cd-56ef-1234567890ab'),
    owningService: null,
    tags: { team: 'platform' },
    resourcePolicy: ok(null),
    ...overrides,
  };
}

export function secretsmanagerSection(secrets: SecretsManagerSecret[]): SecretsmanagerSection {
  return { secrets: Object.fromEntries(REGIONS.map((r) => [r, ok(secrets.filter((x) => x.region === r))])) };
}

export function compliantSecretsmanagerSection(): SecretsmanagerSection {
  return secretsmanagerSection(REGIONS.map((r) => secret(`db-${r}`, r)));
}
