/**
 * The "protected by a backup plan" judgment shared by EFS.2-like controls (DynamoDB.4, RDS.26):
 * a resource passes when a backup plan of its region selects it (by ARN, wildcards included, or by
 * tag), as AWS Config's *-resources-protected-by-backup-plan rules decide with default parameters.
 */
import type { BackupRegion, BackupSelection } from '../../model/backup.js';
import type { Observed } from '../../model/observed.js';
import { fail, missingData, pass, undecided, unknown, type CheckResult, type ResourceRef } from '../define-check.js';
import { listSome } from './policy/index.js';

type Cover = (s: BackupSelection) => 'yes' | 'no' | 'ambiguous';

/** `covers` judges one selection; `backup` is the region's Backup data (undefined: not read). */
export function backupPlanVerdict(
  r: ResourceRef,
  label: string,
  region: string,
  backup: BackupRegion | undefined,
  covers: Cover,
  tags?: Observed<unknown>,
): CheckResult {
  if (tags && !tags.ok) return unknown(r, tags.error);
  if (!backup) return unknown(r, missingData('backup:ListBackupPlans', r.arn, 'the region was not read', { region }));
  if (!backup.plans.ok) return unknown(r, backup.plans.error);
  const covering: string[] = [];
  const ambiguous: string[] = [];
  for (const plan of backup.plans.value) {
    if (!plan.selections.ok) return unknown(r, plan.selections.error);
    const verdicts = plan.selections.value.map(covers);
    if (verdicts.includes('yes')) covering.push(plan.name);
    else if (verdicts.includes('ambiguous')) ambiguous.push(plan.name);
  }
  if (covering.length > 0) return pass(r, `${label} is selected by backup plan ${listSome(covering)}.`);
  if (ambiguous.length > 0)
    return undecided(
      r,
      `Whether ${label} is in a backup plan could not be decided: it matches only part of a selection (ARNs or tags) of plan ${listSome(ambiguous)}.`,
    );
  return fail(
    r,
    backup.plans.value.length === 0
      ? `${label} is in no backup plan: region ${region} has no backup plans.`
      : `${label} is selected by none of the ${backup.plans.value.length} backup plans of region ${region}.`,
  );
}
