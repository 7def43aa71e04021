import { defineCheck } from '../define-check.js';
import { judgeJobDefinitions } from './job-definition.js';

export const sagemakerDataQualityJobNetworkIsolation = defineCheck({
  id: 'sagemaker-data-quality-job-network-isolation',
  title: 'SageMaker data quality job definitions have network isolation enabled',
  service: 'sagemaker',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['SageMaker.11'] },
  rationale:
    'A monitoring job container with network access can send the captured inference data anywhere; network isolation blocks every outbound call from it. As Security Hub SageMaker.11, a data quality job definition fails when NetworkConfig.EnableNetworkIsolation is false or not configured.',
  remediation: {
    summary:
      'Data quality job definitions cannot be changed: create the definition again with EnableNetworkIsolation set to true, and point the monitoring schedule at it.',
    cli: 'aws sagemaker create-data-quality-job-definition --cli-input-json file://<definition>.json --network-config EnableNetworkIsolation=true',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringNetworkConfig.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    judgeJobDefinitions(inv.sagemaker, ctx, 'dataQualityJobDefinitions', {
      flag: 'networkIsolation',
      noun: 'data quality',
      multiInstanceOnly: false,
    }),
});
