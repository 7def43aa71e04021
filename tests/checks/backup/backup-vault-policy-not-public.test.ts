import { describe, expect, it } from 'vitest';
import { backupVaultPolicyNotPublic as check } from '../../../src/checks/backup/backup-vault-policy-not-public.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { backupSection, backupVault } from '../../builders/backup.js';

const vaultArn = 'arn:aws:backup:us-east-1:111122223333:backup-vault:v';
const policy = (principal: unknown, condition?: unknown) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: principal,
      Action: 'backup:CopyIntoBackupVault',
      Resource: vaultArn,
      ...(condition ? { Condition: condition } : {}),
    },
  ],
});
const one = (p: unknown) =>
  run(check, buildInventory({ backup: backupSection([backupVault('v', 'us-east-1', { policy: ok(p as never) })]) }))[0];

describe('backup-vault-policy-not-public', () => {
  it('passes a vault without a policy', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(null)?.reason).toBe("Backup vault v has no access policy, so only its own account's IAM grants apply.");
  });

  it('passes a grant to everyone pinned to an organization', () => {
    expect(one(policy('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }))?.status).toBe('PASS');
  });

  it('fails a grant to everyone', () => {
    const r = one(policy({ AWS: '*' }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toMatch(/^Backup vault v policy .*everyone/);
  });

  it('is UNKNOWN when backup:GetBackupVaultAccessPolicy is denied', () => {
    const [r] = run(
      check,
      buildInventory({ backup: backupSection([backupVault('v', 'us-east-1', { policy: denied('backup:GetBackupVaultAccessPolicy') })]) }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('backup:GetBackupVaultAccessPolicy');
  });
});
