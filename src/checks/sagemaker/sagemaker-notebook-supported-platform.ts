import { defineCheck, eachRegional, fail, pass, undecided, unknown } from '../define-check.js';

/**
 * Security Hub SageMaker.8's `supportedPlatformIdentifierVersions` (not customizable). AWS moved it
 * from `notebook-al2-v3` to `notebook-al2023-v1` when the Amazon Linux 2 platforms reached their end
 * of support: https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-8
 */
export const SUPPORTED_NOTEBOOK_PLATFORMS: readonly string[] = ['notebook-al2023-v1'];

export const sagemakerNotebookSupportedPlatform = defineCheck({
  id: 'sagemaker-notebook-supported-platform',
  title: 'SageMaker notebook instances run on a supported platform',
  service: 'sagemaker',
  severity: 'medium',
  resourceType: 'AwsSageMakerNotebookInstance',
  frameworks: { fsbp: ['SageMaker.8'] },
  rationale: `A notebook instance on a platform SageMaker no longer supports gets no security patches or fixes, yet keeps its execution role and data access. As Security Hub SageMaker.8, a notebook passes only on a supported platform identifier (${SUPPORTED_NOTEBOOK_PLATFORMS.join(', ')}).`,
  remediation: {
    summary:
      'The platform cannot be changed in place: save the work, then delete the notebook instance and recreate it on the supported platform.',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <instance-type> --role-arn <role-arn> --platform-identifier notebook-al2023-v1',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-jl.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sagemaker.notebookInstances, 'sagemaker', (nb) => {
      if (!nb.detail.ok) return unknown(nb, nb.detail.error);
      const platform = nb.detail.value.platformIdentifier;
      if (platform === null)
        return undecided(
          nb,
          `The platform of SageMaker notebook instance ${nb.name} could not be decided: DescribeNotebookInstance returned no PlatformIdentifier.`,
        );
      return SUPPORTED_NOTEBOOK_PLATFORMS.includes(platform)
        ? pass(nb, `SageMaker notebook instance ${nb.name} runs on the supported platform ${platform}.`)
        : fail(
            nb,
            `SageMaker notebook instance ${nb.name} runs on platform ${platform}, which is no longer supported (supported: ${SUPPORTED_NOTEBOOK_PLATFORMS.join(', ')}).`,
          );
    }),
});
