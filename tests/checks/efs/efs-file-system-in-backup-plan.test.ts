import { describe, expect, it } from 'vitest';
import { efsFileSystemInBackupPlan as check } from '../../../src/checks/efs/efs-file-system-in-backup-plan.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { backupPlan, backupSection, backupSelection } from '../../builders/backup.js';
import { efsFileSystem, efsSection } from '../../builders/efs.js';
import type { BackupSelection } from '../../../src/model/backup.js';

const fsArn = 'arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-1';
const one = (tags: Record<string, string>, selections: BackupSelection[] | null) =>
  run(
    check,
    buildInventory({
      efs: efsSection([efsFileSystem('fs-1', 'us-east-1', { tags })]),
      backup: backupSection([], selections ? [backupPlan('daily', 'us-east-1', { selections: ok(selections) })] : []),
    }),
  ).find((r) => r.resourceArn === fsArn);

describe('efs-file-system-in-backup-plan', () => {
  it('passes a file system selected by tag (automatic backups) or by ARN wildcard', () => {
    expect(run(check, buildInventory()).every((r) => r.status === 'PASS')).toBe(true);
    const byArn = one({}, [backupSelection({ resources: ['arn:aws:elasticfilesystem:*:*:file-system/*'] })]);
    expect(byArn?.status).toBe('PASS');
    expect(byArn?.reason).toBe('EFS file system fs-1 is selected by backup plan daily.');
  });

  it('fails when no plan selects it, or the region has no plans', () => {
    const r = one({}, [backupSelection({ resources: ['arn:aws:dynamodb:*:*:table/*'] })]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS file system fs-1 is selected by none of the 1 backup plans of region us-east-1.');
    expect(one({}, null)?.reason).toBe('EFS file system fs-1 is in no backup plan: region us-east-1 has no backup plans.');
  });

  it('honours NotResources and Conditions', () => {
    const excluded = one({}, [backupSelection({ resources: ['*'], notResources: [fsArn] })]);
    expect(excluded?.status).toBe('FAIL');
    const conditioned = backupSelection({
      resources: ['*'],
      conditions: {
        stringEquals: [{ key: 'aws:ResourceTag/backup', value: 'yes' }],
        stringNotEquals: [],
        stringLike: [],
        stringNotLike: [],
      },
    });
    expect(one({ backup: 'yes' }, [conditioned])?.status).toBe('PASS');
    expect(one({ backup: 'no' }, [conditioned])?.status).toBe('FAIL');
  });

  it('is UNKNOWN when the file system matches only the ARNs or only the tags of a selection', () => {
    const r = one({}, [backupSelection({ resources: ['*'], listOfTags: [{ key: 'backup', value: 'yes' }] })]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('matches only part of a selection');
  });

  it('is UNKNOWN when backup plans or selections could not be read', () => {
    const inv = buildInventory({ efs: efsSection([efsFileSystem('fs-1', 'us-east-1')]) });
    const region = inv.backup.regions['us-east-1'];
    if (region) region.plans = denied('backup:ListBackupPlans');
    expect(run(check, inv).find((r) => r.resourceArn === fsArn)?.reason).toContain('backup:ListBackupPlans');
    const sel = run(
      check,
      buildInventory({
        efs: efsSection([efsFileSystem('fs-1', 'us-east-1')]),
        backup: backupSection([], [backupPlan('daily', 'us-east-1', { selections: denied('backup:GetBackupSelection') })]),
      }),
    ).find((r) => r.resourceArn === fsArn);
    expect(sel?.status).toBe('UNKNOWN');
    expect(sel?.reason).toContain('backup:GetBackupSelection');
  });
});
