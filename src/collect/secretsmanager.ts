import { SecretsManagerClient, paginateListSecrets, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { SecretsManagerSecret, SecretsmanagerSection } from '../model/secretsmanager.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { iso } from './kit/time.js';

function toSecret(s: SecretListEntry, region: string, ctx: CollectContext): SecretsManagerSecret {
  const name = s.Name ?? '';
  return {
    arn: s.ARN ?? `${arnPrefix(ctx, 'secretsmanager', region)}:secret:${name}`,
    region,
    name,
    rotationEnabled: s.RotationEnabled ?? false,
    rotationLambdaArn: s.RotationLambdaARN || null,
    rotationIntervalDays: s.RotationRules?.AutomaticallyAfterDays ?? null,
    rotationSchedule: s.RotationRules?.ScheduleExpression || null,
    lastRotatedDate: iso(s.LastRotatedDate),
    lastAccessedDate: iso(s.LastAccessedDate),
    nextRotationDate: iso(s.NextRotationDate),
    createdDate: iso(s.CreatedDate),
    kmsKeyId: s.KmsKeyId || null,
    owningService: s.OwningService || null,
    tags: Object.fromEntries((s.Tags ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : []))),
  };
}

/**
 * ListSecrets returns every field the checks read (rotation, dates, key, tags), so a region costs
 * one paginated read and no per-secret call. It never returns a secret value.
 */
export async function collectSecretsmanager(ctx: CollectContext): Promise<SecretsmanagerSection> {
  const secrets = await forEachRegion(ctx, 'secretsmanager', (region) => {
    const client = ctx.clients.get(SecretsManagerClient, region);
    return readList(
      ctx.reader,
      'secretsmanager:ListSecrets',
      { target: `${arnPrefix(ctx, 'secretsmanager', region)}:secret:*`, region },
      () => paginateListSecrets({ client }, {}),
      (p) => p.SecretList,
      (s) => toSecret(s, region, ctx),
    );
  });
  return { secrets };
}

export const secretsmanagerCollector: Collector<'secretsmanager'> = {
  section: 'secretsmanager',
  collect: collectSecretsmanager,
};
