import { defineCheck, eachRegional, fail, pass, undecided, unknown } from '../define-check.js';

export const sagemakerNotebookRootAccessDisabled = defineCheck({
  id: 'sagemaker-notebook-root-access-disabled',
  title: 'SageMaker notebook instances do not give users root access',
  service: 'sagemaker',
  severity: 'high',
  resourceType: 'AwsSageMakerNotebookInstance',
  frameworks: { fsbp: ['SageMaker.3'] },
  rationale:
    'With root access, every notebook user can change the instance system-wide: install software, alter its configuration and reach what the instance can reach; least privilege keeps users unprivileged. As Security Hub SageMaker.3, a notebook fails when RootAccess is Enabled (the default).',
  remediation: {
    summary: 'Stop the notebook instance, turn root access off, and start it again (lifecycle configurations still run as root).',
    cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sagemaker.notebookInstances, 'sagemaker', (nb) => {
      if (!nb.detail.ok) return unknown(nb, nb.detail.error);
      const root = nb.detail.value.rootAccess;
      if (root === 'Disabled') return pass(nb, `SageMaker notebook instance ${nb.name} has root access disabled.`);
      if (root === 'Enabled') return fail(nb, `SageMaker notebook instance ${nb.name} gives its users root access.`);
      return undecided(
        nb,
        `Whether SageMaker notebook instance ${nb.name} gives root access could not be decided: DescribeNotebookInstance returned RootAccess ${root ?? 'absent'}.`,
      );
    }),
});
