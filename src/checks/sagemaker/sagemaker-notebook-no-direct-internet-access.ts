import { defineCheck, eachRegional, fail, pass, undecided, unknown } from '../define-check.js';

export const sagemakerNotebookNoDirectInternetAccess = defineCheck({
  id: 'sagemaker-notebook-no-direct-internet-access',
  title: 'SageMaker notebook instances have no direct internet access',
  service: 'sagemaker',
  severity: 'high',
  resourceType: 'AwsSageMakerNotebookInstance',
  frameworks: { fsbp: ['SageMaker.1'], checklist: ['3.31'] },
  rationale:
    'A notebook instance with direct internet access reaches, and is reachable from, the internet through the SageMaker service network, outside your VPC controls; notebooks hold code, credentials of their execution role and data. As Security Hub SageMaker.1, a notebook fails when DirectInternetAccess is Enabled.',
  remediation: {
    summary:
      'The setting cannot be changed on an existing notebook: stop and delete it, and recreate it in a VPC subnet with direct internet access disabled (reach the internet, if needed, through a NAT gateway or VPC endpoints).',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <instance-type> --role-arn <role-arn> --subnet-id <subnet-id> --security-group-ids <security-group-id> --direct-internet-access Disabled',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sagemaker.notebookInstances, 'sagemaker', (nb) => {
      if (!nb.detail.ok) return unknown(nb, nb.detail.error);
      const access = nb.detail.value.directInternetAccess;
      if (access === 'Disabled') return pass(nb, `SageMaker notebook instance ${nb.name} has direct internet access disabled.`);
      if (access === 'Enabled') return fail(nb, `SageMaker notebook instance ${nb.name} has direct internet access enabled.`);
      return undecided(
        nb,
        `Whether SageMaker notebook instance ${nb.name} has direct internet access could not be decided: DescribeNotebookInstance returned DirectInternetAccess ${access ?? 'absent'}.`,
      );
    }),
});
