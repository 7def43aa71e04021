import { defineCheck, eachRegional, fail, notApplicable, pass, undecided, unknown } from '../define-check.js';

export const sagemakerEndpointConfigMultipleInstances = defineCheck({
  id: 'sagemaker-endpoint-config-multiple-instances',
  title: 'SageMaker endpoint configurations start each production variant on more than one instance',
  service: 'sagemaker',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['SageMaker.4'] },
  rationale:
    'A production variant on a single instance has no redundancy: SageMaker spreads the instances of a variant over Availability Zones only when there are several. As Security Hub SageMaker.4, an endpoint configuration fails when a production variant has an initial instance count of 1; the control applies only to instance-based variants (serverless variants have no instance count).',
  remediation: {
    summary:
      'Endpoint configurations are immutable: create one whose instance-based variants start with two or more instances, and update the endpoint to use it.',
    cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new-name> --production-variants VariantName=<variant>,ModelName=<model>,InstanceType=<instance-type>,InitialInstanceCount=2',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints-deploy-models.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sagemaker.endpointConfigs, 'sagemaker', (config) => {
      if (!config.productionVariants.ok) return unknown(config, config.productionVariants.error);
      const counted = config.productionVariants.value.filter((v) => !v.serverless);
      if (counted.length === 0)
        return notApplicable(
          config,
          `SageMaker endpoint configuration ${config.name} has only serverless production variants, which have no instance count.`,
        );
      const single = counted.filter((v) => v.initialInstanceCount !== null && v.initialInstanceCount <= 1);
      if (single.length)
        return fail(
          config,
          `SageMaker endpoint configuration ${config.name} starts production variant ${single.map((v) => `${v.name} on ${v.initialInstanceCount} instance`).join(', ')}.`,
        );
      const uncounted = counted.filter((v) => v.initialInstanceCount === null);
      if (uncounted.length)
        return undecided(
          config,
          `SageMaker endpoint configuration ${config.name} has production variant ${uncounted.map((v) => v.name).join(', ')} without an initial instance count.`,
        );
      return pass(
        config,
        `SageMaker endpoint configuration ${config.name} starts every instance-based production variant on more than one instance (${counted.map((v) => `${v.name}: ${v.initialInstanceCount}`).join(', ')}).`,
      );
    }),
});
