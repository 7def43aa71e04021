import { defineCheck } from '../define-check.js';
import { judgeJobDefinitions } from './job-definition.js';

export const sagemakerModelExplainabilityJobInterContainerEncryption = defineCheck({
  id: 'sagemaker-model-explainability-job-inter-container-encryption',
  title: 'SageMaker model explainability job definitions have inter-container traffic encryption enabled',
  service: 'sagemaker',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['SageMaker.10'] },
  rationale:
    'Monitoring jobs on several instances exchange the captured inference data and intermediate results between containers; unencrypted, that traffic is readable on the network path. As Security Hub SageMaker.10, a model explainability job definition fails when NetworkConfig.EnableInterContainerTrafficEncryption is false or not configured. Only definitions running on two or more instances are in scope (AWS Config rule sagemaker-model-explainability-job-encrypt-in-transit); a single-instance definition is NOT_APPLICABLE.',
  remediation: {
    summary:
      'Model explainability job definitions cannot be changed: create the definition again with EnableInterContainerTrafficEncryption set to true, and point the monitoring schedule at it.',
    cli: 'aws sagemaker create-model-explainability-job-definition --cli-input-json file://<definition>.json --network-config EnableInterContainerTrafficEncryption=true',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringNetworkConfig.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    judgeJobDefinitions(inv.sagemaker, ctx, 'modelExplainabilityJobDefinitions', {
      flag: 'interContainerTrafficEncryption',
      noun: 'model explainability',
      multiInstanceOnly: true,
    }),
});
