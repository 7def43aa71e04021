import { GetResourcePolicyCommand, SecretsManagerClient, paginateListSecrets, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { SecretsManagerResourcePolicy, SecretsManagerSecret, SecretsmanagerSection } from '../model/secretsmanager.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';
import { iso } from './kit/time.js';

function toSecret(s: SecretListEntry, region: string, ctx: CollectContext): Omit<SecretsManagerSecret, 'resourcePolicy'> {
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
 * ListSecrets returns every field the checks read but the resource policy (rotation, dates, key,
 * tags) in one paginated read; GetResourcePolicy then costs one call per secret, because no bulk
 * call returns policies. Neither ever returns a secret value.
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetResourcePolicy.html
 */
export async function collectSecretsmanager(ctx: CollectContext): Promise<SecretsmanagerSection> {
  const secrets = await forEachRegion(ctx, 'secretsmanager', async (region) => {
    const client = ctx.clients.get(SecretsManagerClient, region);
    const listed = await readList(
      ctx.reader,
      'secretsmanager:ListSecrets',
      { target: `${arnPrefix(ctx, 'secretsmanager', region)}:secret:*`, region },
      () => paginateListSecrets({ client }, {}),
      (p) => p.SecretList,
      (s) => toSecret(s, region, ctx),
    );
    return andThen(listed, async (list) =>
      ok(
        await Promise.all(
          list.map(async (secret): Promise<SecretsManagerSecret> => {
            const read = await ctx.reader.read('secretsmanager:GetResourcePolicy', { target: secret.arn, region }, () =>
              client.send(new GetResourcePolicyCommand({ SecretId: secret.arn })),
            );
            return {
              ...secret,
              resourcePolicy: mapObserved(read, (r) => parsePolicyText(r.ResourcePolicy) as SecretsManagerResourcePolicy | null),
            };
          }),
        ),
      ),
    );
  });
  return { secrets };
}

export const secretsmanagerCollector: Collector<'secretsmanager'> = {
  section: 'secretsmanager',
  collect: collectSecretsmanager,
};
