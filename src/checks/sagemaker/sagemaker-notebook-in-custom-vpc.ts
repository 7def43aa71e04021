import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const sagemakerNotebookInCustomVpc = defineCheck({
  id: 'sagemaker-notebook-in-custom-vpc',
  title: 'SageMaker notebook instances are launched in a custom VPC',
  service: 'sagemaker',
  severity: 'high',
  resourceType: 'AwsSageMakerNotebookInstance',
  frameworks: { fsbp: ['SageMaker.2'] },
  rationale:
    'A notebook instance launched without a subnet of your own runs in the SageMaker service VPC, where your security groups, network ACLs, flow logs and VPC endpoints do not apply. As Security Hub SageMaker.2, a notebook fails when it is not launched within a custom VPC (DescribeNotebookInstance has no SubnetId).',
  remediation: {
    summary:
      'The VPC cannot be changed on an existing notebook: stop and delete it, and recreate it with a subnet and security groups of your VPC.',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <instance-type> --role-arn <role-arn> --subnet-id <subnet-id> --security-group-ids <security-group-id> --direct-internet-access Disabled',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sagemaker.notebookInstances, 'sagemaker', (nb) => {
      if (!nb.detail.ok) return unknown(nb, nb.detail.error);
      const subnet = nb.detail.value.subnetId;
      return subnet
        ? pass(nb, `SageMaker notebook instance ${nb.name} runs in subnet ${subnet} of a customer VPC.`)
        : fail(nb, `SageMaker notebook instance ${nb.name} has no subnet of a customer VPC: it runs in the SageMaker service VPC.`);
    }),
});
