import {
  BackupClient,
  GetBackupSelectionCommand,
  GetBackupVaultAccessPolicyCommand,
  paginateListBackupPlans,
  paginateListBackupSelections,
  paginateListBackupVaults,
  paginateListRecoveryPointsByBackupVault,
  type BackupPlansListMember,
  type BackupVaultListMember,
  type ConditionParameter,
  type GetBackupSelectionCommandOutput,
} from '@aws-sdk/client-backup';
import type {
  BackupCondition,
  BackupPlan,
  BackupRecoveryPoint,
  BackupSection,
  BackupSelection,
  BackupVault,
  BackupVaultPolicy,
} from '../model/backup.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/** GetBackupVaultAccessPolicy answers ResourceNotFoundException when the vault has no policy. */
const NO_POLICY = ['ResourceNotFoundException'];

const conditions = (xs: readonly ConditionParameter[] | undefined): BackupCondition[] =>
  (xs ?? []).map((c) => ({ key: c.ConditionKey ?? '', value: c.ConditionValue ?? '' }));

function toSelection(id: string, out: GetBackupSelectionCommandOutput): BackupSelection {
  const s = out.BackupSelection;
  return {
    selectionId: id,
    name: s?.SelectionName ?? '',
    resources: s?.Resources ?? [],
    notResources: s?.NotResources ?? [],
    listOfTags: (s?.ListOfTags ?? []).map((t) => ({ key: t.ConditionKey ?? '', value: t.ConditionValue ?? '' })),
    conditions: {
      stringEquals: conditions(s?.Conditions?.StringEquals),
      stringNotEquals: conditions(s?.Conditions?.StringNotEquals),
      stringLike: conditions(s?.Conditions?.StringLike),
      stringNotLike: conditions(s?.Conditions?.StringNotLike),
    },
  };
}

async function readVault(ctx: CollectContext, client: BackupClient, region: string, v: BackupVaultListMember): Promise<BackupVault> {
  const name = v.BackupVaultName ?? '';
  const arn = v.BackupVaultArn ?? `${arnPrefix(ctx, 'backup', region)}:backup-vault:${name}`;
  const scope = { target: arn, region };
  const reads = await allKeyed({
    policy: ctx.reader.read(
      'backup:GetBackupVaultAccessPolicy',
      scope,
      () => client.send(new GetBackupVaultAccessPolicyCommand({ BackupVaultName: name })),
      { absentWhen: NO_POLICY },
    ),
    recoveryPoints: readList(
      ctx.reader,
      'backup:ListRecoveryPointsByBackupVault',
      scope,
      () => paginateListRecoveryPointsByBackupVault({ client, pageSize: 1000 }, { BackupVaultName: name }),
      (p) => p.RecoveryPoints,
      (r): BackupRecoveryPoint => ({
        arn: r.RecoveryPointArn ?? '',
        region,
        resourceArn: r.ResourceArn ?? null,
        isEncrypted: r.IsEncrypted ?? null,
        encryptionKeyArn: r.EncryptionKeyArn ?? null,
      }),
    ),
  });
  return {
    arn,
    region,
    name,
    policy: mapObserved(reads.policy, (p) => (p === null ? null : (parsePolicyText(p.Policy) as BackupVaultPolicy | null))),
    recoveryPoints: reads.recoveryPoints,
  };
}

async function readPlan(ctx: CollectContext, client: BackupClient, region: string, p: BackupPlansListMember): Promise<BackupPlan> {
  const id = p.BackupPlanId ?? '';
  const arn = p.BackupPlanArn ?? `${arnPrefix(ctx, 'backup', region)}:backup-plan:${id}`;
  const scope = { target: arn, region };
  const listed = await readList(
    ctx.reader,
    'backup:ListBackupSelections',
    scope,
    () => paginateListBackupSelections({ client, pageSize: 1000 }, { BackupPlanId: id }),
    (page) => page.BackupSelectionsList,
    (s) => s.SelectionId ?? '',
  );
  const selections = await andThen(listed, async (ids) => {
    const reads = await Promise.all(
      ids.map(async (sid) =>
        mapObserved(
          await ctx.reader.read('backup:GetBackupSelection', scope, () =>
            client.send(new GetBackupSelectionCommand({ BackupPlanId: id, SelectionId: sid })),
          ),
          (out) => toSelection(sid, out),
        ),
      ),
    );
    // One unreadable selection makes the plan's coverage unknown, never smaller.
    const failed = reads.find((r) => !r.ok);
    return failed ?? ok(reads.flatMap((r) => (r.ok ? [r.value] : [])));
  });
  return { arn, region, id, name: p.BackupPlanName ?? '', selections };
}

/**
 * Per region: ListBackupVaults, then per vault GetBackupVaultAccessPolicy and
 * ListRecoveryPointsByBackupVault (paginated); ListBackupPlans, then per plan ListBackupSelections
 * and per selection GetBackupSelection: 2 + 2 per vault (+ pages) + 1 per plan + 1 per selection.
 * https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupVaults.html
 */
export async function collectBackup(ctx: CollectContext): Promise<BackupSection> {
  const regions = await forEachRegion(ctx, 'backup', async (region) => {
    const client = ctx.clients.get(BackupClient, region);
    const prefix = arnPrefix(ctx, 'backup', region);
    const vaults = readList(
      ctx.reader,
      'backup:ListBackupVaults',
      { target: `${prefix}:backup-vault:*`, region },
      () => paginateListBackupVaults({ client, pageSize: 1000 }, {}),
      (p) => p.BackupVaultList,
      (v) => v,
    ).then((l): Promise<Observed<BackupVault[]>> =>
      andThen(l, async (vs) => ok(await Promise.all(vs.map((v) => readVault(ctx, client, region, v))))),
    );
    const plans = readList(
      ctx.reader,
      'backup:ListBackupPlans',
      { target: `${prefix}:backup-plan:*`, region },
      () => paginateListBackupPlans({ client, pageSize: 1000 }, {}),
      (p) => p.BackupPlansList,
      (p) => p,
    ).then((l): Promise<Observed<BackupPlan[]>> =>
      andThen(l, async (ps) => ok(await Promise.all(ps.map((p) => readPlan(ctx, client, region, p))))),
    );
    return allKeyed({ vaults, plans });
  });
  return { regions };
}

export const backupCollector: Collector<'backup'> = {
  section: 'backup',
  collect: collectBackup,
};
