import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { judgePublicPolicy } from '../lib/resource-policy-public.js';

export const backupVaultPolicyNotPublic = defineCheck({
  id: 'backup-vault-policy-not-public',
  title: 'AWS Backup vault access policies do not allow public access',
  service: 'backup',
  severity: 'critical',
  resourceType: 'AwsBackupBackupVault',
  frameworks: {},
  rationale:
    'A vault access policy that grants everyone access lets any AWS account copy, restore or delete the recovery points that the account relies on to recover, for example from ransomware. No Security Hub control covers vault policies; as for other resource policies, a grant to everyone is not public only when a condition pins the caller to fixed values (aws:PrincipalOrgID, aws:SourceAccount, ...).',
  remediation: {
    summary: 'Remove the grants to Principal "*" from the vault access policy, or pin them with conditions such as aws:PrincipalOrgID.',
    cli: 'aws backup delete-backup-vault-access-policy --backup-vault-name <vault-name>',
    console:
      'AWS Backup console > Backup vaults > <vault> > Access policy > Edit: remove or narrow the statements that allow "*" > Save policy.',
    docs: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html',
  },
  reads: ['backup'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.backup.regions, 'vaults', 'backup', (vault, _data, region) => {
      if (!vault.policy.ok) return unknown(vault, vault.policy.error);
      const verdict = judgePublicPolicy(vault.policy.value);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(vault, `Backup vault ${vault.name} has no access policy, so only its own account's IAM grants apply.`);
        case 'unreadable':
          return unknown(
            vault,
            missingData(
              'backup:GetBackupVaultAccessPolicy',
              vault.arn,
              `the vault policy is not a readable policy document (${verdict.reason})`,
              {
                region,
              },
            ),
            `Whether Backup vault ${vault.name} is public could not be decided`,
          );
        case 'public':
          return fail(vault, `Backup vault ${vault.name} policy ${verdict.text}.`);
        case 'not-public':
          return pass(vault, `Backup vault ${vault.name} policy ${verdict.text}.`);
      }
    }),
});
