import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const sagemakerModelNetworkIsolationEnabled = defineCheck({
  id: 'sagemaker-model-network-isolation-enabled',
  title: 'SageMaker models have network isolation enabled',
  service: 'sagemaker',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['SageMaker.5'] },
  rationale:
    'SageMaker inference containers can make network calls by default; with network isolation no inbound or outbound call reaches the model container and no AWS credentials are handed to it. As Security Hub SageMaker.5, a model fails when EnableNetworkIsolation is false (not set means false).',
  remediation: {
    summary: 'Models are immutable: create the model again with network isolation enabled and point the endpoint configuration at it.',
    cli: 'aws sagemaker create-model --model-name <new-name> --execution-role-arn <role-arn> --primary-container Image=<image-uri>,ModelDataUrl=<s3-uri> --enable-network-isolation',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sagemaker.models, 'sagemaker', (model) => {
      if (!model.enableNetworkIsolation.ok) return unknown(model, model.enableNetworkIsolation.error);
      return model.enableNetworkIsolation.value === true
        ? pass(model, `SageMaker model ${model.name} has network isolation enabled.`)
        : fail(model, `SageMaker model ${model.name} does not have network isolation enabled.`);
    }),
});
