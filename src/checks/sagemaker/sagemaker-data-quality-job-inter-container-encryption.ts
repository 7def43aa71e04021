import { defineCheck } from '../define-check.js';
import { judgeJobDefinitions } from './job-definition.js';

export const sagemakerDataQualityJobInterContainerEncryption = defineCheck({
  id: 'sagemaker-data-quality-job-inter-container-encryption',
  title: 'SageMaker data quality job definitions have inter-container traffic encryption enabled',
  service: 'sagemaker',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['SageMaker.9'] },
  rationale:
    'Monitoring jobs on several instances exchange the captured inference data and intermediate results between containers; unencrypted, that traffic is readable on the network path. As Security Hub SageMaker.9, a data quality job definition fails when NetworkConfig.EnableInterContainerTrafficEncryption is false or not configured.',
  remediation: {
    summary:
      'Data quality job definitions cannot be changed: create the definition again with EnableInterContainerTrafficEncryption set to true, and point the monitoring schedule at it.',
    cli: 'aws sagemaker create-data-quality-job-definition --cli-input-json file://<definition>.json --network-config EnableInterContainerTrafficEncryption=true',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringNetworkConfig.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    judgeJobDefinitions(inv.sagemaker, ctx, 'dataQualityJobDefinitions', {
      flag: 'interContainerTrafficEncryption',
      noun: 'data quality',
      multiInstanceOnly: false,
    }),
});
