import { accountRef, defineCheck, eachRegion, fail, pass, undecided, unknown } from '../define-check.js';

export const ssmDocumentPublicSharingBlocked = defineCheck({
  id: 'ssm-document-public-sharing-blocked',
  title: 'Systems Manager block public sharing for documents is on',
  service: 'ssm',
  severity: 'critical',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['SSM.7'] },
  rationale:
    "The block public sharing setting stops anyone in the account from making a document public, the mistake SSM.4 finds afterwards. As Security Hub SSM.7, a region passes when the service setting /ssm/documents/console/public-sharing-permission is Disable; AWS's default is Enable.",
  remediation: {
    summary: 'Turn on block public sharing for Systems Manager documents in every region.',
    cli: 'aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html#block-public-access',
  },
  reads: ['ssm'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.ssm.regions, (region, data) => {
      const ref = accountRef(ctx, region, 'ssm');
      if (!data.publicSharingPermission.ok) return unknown(ref, data.publicSharingPermission.error);
      const value = data.publicSharingPermission.value;
      if (value === 'Disable') return pass(ref, `Systems Manager blocks public sharing of documents in ${region}.`);
      if (value === 'Enable')
        return fail(ref, `Systems Manager allows public sharing of documents in ${region} (block public sharing is off).`);
      return undecided(
        ref,
        `Whether Systems Manager blocks public document sharing in ${region} could not be decided: the setting reads "${value ?? 'nothing'}".`,
      );
    }),
});
