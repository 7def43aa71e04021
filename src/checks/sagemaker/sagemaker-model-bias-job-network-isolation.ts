import { defineCheck } from '../define-check.js';
import { judgeJobDefinitions } from './job-definition.js';

export const sagemakerModelBiasJobNetworkIsolation = defineCheck({
  id: 'sagemaker-model-bias-job-network-isolation',
  title: 'SageMaker model bias job definitions have network isolation enabled',
  service: 'sagemaker',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['SageMaker.12'] },
  rationale:
    'A monitoring job container with network access can send the captured inference data anywhere; network isolation blocks every outbound call from it. As Security Hub SageMaker.12, a model bias job definition fails when NetworkConfig.EnableNetworkIsolation is false or not configured.',
  remediation: {
    summary:
      'Model bias job definitions cannot be changed: create the definition again with EnableNetworkIsolation set to true, and point the monitoring schedule at it.',
    cli: 'aws sagemaker create-model-bias-job-definition --cli-input-json file://<definition>.json --network-config EnableNetworkIsolation=true',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringNetworkConfig.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    judgeJobDefinitions(inv.sagemaker, ctx, 'modelBiasJobDefinitions', {
      flag: 'networkIsolation',
      noun: 'model bias',
      multiInstanceOnly: false,
    }),
});
