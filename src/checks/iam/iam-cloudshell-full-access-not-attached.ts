import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

const RESOURCE_TYPE_OF_ENTITY = { user: 'AwsIamUser', group: 'AwsIamGroup', role: 'AwsIamRole' } as const;

export const iamCloudshellFullAccessNotAttached = defineCheck({
  id: 'iam-cloudshell-full-access-not-attached',
  title: 'No IAM identity has the AWSCloudShellFullAccess policy',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamRole',
  frameworks: { fsbp: ['IAM.27'], 'cis-3.0': ['1.22'], checklist: ['1.19'] },
  rationale:
    'AWSCloudShellFullAccess allows file upload and download and outbound internet from CloudShell, a ready channel to move data out of the account.',
  remediation: {
    summary:
      'Detach AWSCloudShellFullAccess and grant a custom policy that allows only the CloudShell actions needed (for example without file transfer).',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    docs: 'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const entities = inv.iam.cloudShellFullAccessEntities;
    if (!entities.ok) return [unknown(account, entities.error)];
    if (!entities.value) return [pass(account, 'The AWS managed policy AWSCloudShellFullAccess does not exist in this partition.')];
    if (entities.value.entities.length === 0) return [pass(account, 'No IAM user, group or role has AWSCloudShellFullAccess attached.')];
    return entities.value.entities.map((e) =>
      fail(
        { arn: e.arn, region: e.region, resourceType: RESOURCE_TYPE_OF_ENTITY[e.kind] },
        `IAM ${e.kind} ${e.name} has the AWSCloudShellFullAccess policy attached.`,
      ),
    );
  },
});
