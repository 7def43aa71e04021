/**
 * Demo SageMaker resources in the first region: a locked-down notebook and an open one, endpoint
 * configurations with two instances and with one, a model without network isolation, and one
 * compliant and one failing definition of each model monitoring job kind. moto stores neither a
 * notebook's PlatformIdentifier nor a model's EnableNetworkIsolation, and has no monitoring
 * schedules (docs/testing.md), so SageMaker.8 is UNKNOWN here, only a failing model is seeded and
 * SageMaker.14 has no demo resource.
 */
import {
  CreateDataQualityJobDefinitionCommand,
  CreateEndpointConfigCommand,
  CreateModelBiasJobDefinitionCommand,
  CreateModelCommand,
  CreateModelExplainabilityJobDefinitionCommand,
  CreateModelQualityJobDefinitionCommand,
  CreateNotebookInstanceCommand,
  SageMakerClient,
  type MonitoringNetworkConfig,
  type MonitoringResources,
} from '@aws-sdk/client-sagemaker';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const ROLE = `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/demo-sagemaker`;
const ENDPOINT_INPUT = { EndpointName: 'demo-endpoint', LocalPath: '/opt/ml/processing/input' };
const OUTPUT = { MonitoringOutputs: [{ S3Output: { S3Uri: 's3://demo-monitoring/out', LocalPath: '/opt/ml/processing/output' } }] };
const TWO_INSTANCES: MonitoringResources = { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.large', VolumeSizeInGB: 20 } };
const LOCKED: MonitoringNetworkConfig = { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: true };
const OPEN: MonitoringNetworkConfig = { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: false };

export async function seedSagemaker(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const sm = new SageMakerClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const arnOf = (resource: string) => `arn:aws:sagemaker:${region}:${MOTO_ACCOUNT_ID}:${resource}`;
  const expect = (checkId: string, resource: string, status: ExpectedFinding['status']): ExpectedFinding => ({
    checkId,
    resourceArn: arnOf(resource),
    status,
  });
  try {
    await sm.send(
      new CreateNotebookInstanceCommand({
        NotebookInstanceName: 'demo-private-notebook',
        InstanceType: 'ml.t3.medium',
        RoleArn: ROLE,
        SubnetId: 'subnet-0demo',
        SecurityGroupIds: ['sg-0demo'],
        DirectInternetAccess: 'Disabled',
        RootAccess: 'Disabled',
        PlatformIdentifier: 'notebook-al2023-v1',
      }),
    );
    await sm.send(
      new CreateNotebookInstanceCommand({
        NotebookInstanceName: 'demo-open-notebook',
        InstanceType: 'ml.t3.medium',
        RoleArn: ROLE,
        DirectInternetAccess: 'Enabled',
        RootAccess: 'Enabled',
      }),
    );
    await sm.send(new CreateModelCommand({ ModelName: 'demo-model', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: 'demo-image' } }));
    for (const [name, count] of [
      ['demo-ha-endpoint-config', 2],
      ['demo-single-endpoint-config', 1],
    ] as const)
      await sm.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: name,
          ProductionVariants: [
            { VariantName: 'AllTraffic', ModelName: 'demo-model', InstanceType: 'ml.m5.large', InitialInstanceCount: count },
          ],
        }),
      );
    for (const [suffix, network] of [
      ['locked', LOCKED],
      ['open', OPEN],
    ] as const) {
      const common = { RoleArn: ROLE, JobResources: TWO_INSTANCES, NetworkConfig: network };
      await sm.send(
        new CreateDataQualityJobDefinitionCommand({
          ...common,
          JobDefinitionName: `demo-dq-${suffix}`,
          DataQualityAppSpecification: { ImageUri: 'demo-image' },
          DataQualityJobInput: { EndpointInput: ENDPOINT_INPUT },
          DataQualityJobOutputConfig: OUTPUT,
        }),
      );
      await sm.send(
        new CreateModelQualityJobDefinitionCommand({
          ...common,
          JobDefinitionName: `demo-mq-${suffix}`,
          ModelQualityAppSpecification: { ImageUri: 'demo-image', ProblemType: 'BinaryClassification' },
          ModelQualityJobInput: { EndpointInput: ENDPOINT_INPUT, GroundTruthS3Input: { S3Uri: 's3://demo-monitoring/truth' } },
          ModelQualityJobOutputConfig: OUTPUT,
        }),
      );
      await sm.send(
        new CreateModelBiasJobDefinitionCommand({
          ...common,
          JobDefinitionName: `demo-mb-${suffix}`,
          ModelBiasAppSpecification: { ImageUri: 'demo-image', ConfigUri: 's3://demo-monitoring/bias.json' },
          ModelBiasJobInput: { EndpointInput: ENDPOINT_INPUT, GroundTruthS3Input: { S3Uri: 's3://demo-monitoring/truth' } },
          ModelBiasJobOutputConfig: OUTPUT,
        }),
      );
      await sm.send(
        new CreateModelExplainabilityJobDefinitionCommand({
          ...common,
          JobDefinitionName: `demo-me-${suffix}`,
          ModelExplainabilityAppSpecification: { ImageUri: 'demo-image', ConfigUri: 's3://demo-monitoring/shap.json' },
          ModelExplainabilityJobInput: { EndpointInput: ENDPOINT_INPUT },
          ModelExplainabilityJobOutputConfig: OUTPUT,
        }),
      );
    }
    const jobChecks = [
      ['sagemaker-data-quality-job-inter-container-encryption', 'data-quality-job-definition/demo-dq'],
      ['sagemaker-data-quality-job-network-isolation', 'data-quality-job-definition/demo-dq'],
      ['sagemaker-model-quality-job-inter-container-encryption', 'model-quality-job-definition/demo-mq'],
      ['sagemaker-model-bias-job-network-isolation', 'model-bias-job-definition/demo-mb'],
      ['sagemaker-model-bias-job-inter-container-encryption', 'model-bias-job-definition/demo-mb'],
      ['sagemaker-model-explainability-job-inter-container-encryption', 'model-explainability-job-definition/demo-me'],
    ] as const;
    const good = 'notebook-instance/demo-private-notebook';
    const bad = 'notebook-instance/demo-open-notebook';
    return [
      expect('sagemaker-notebook-no-direct-internet-access', good, 'PASS'),
      expect('sagemaker-notebook-no-direct-internet-access', bad, 'FAIL'),
      expect('sagemaker-notebook-in-custom-vpc', good, 'PASS'),
      expect('sagemaker-notebook-in-custom-vpc', bad, 'FAIL'),
      expect('sagemaker-notebook-root-access-disabled', good, 'PASS'),
      expect('sagemaker-notebook-root-access-disabled', bad, 'FAIL'),
      // moto does not store PlatformIdentifier: the answer has none, so the platform is undecided.
      expect('sagemaker-notebook-supported-platform', good, 'UNKNOWN'),
      expect('sagemaker-endpoint-config-multiple-instances', 'endpoint-config/demo-ha-endpoint-config', 'PASS'),
      expect('sagemaker-endpoint-config-multiple-instances', 'endpoint-config/demo-single-endpoint-config', 'FAIL'),
      expect('sagemaker-model-network-isolation-enabled', 'model/demo-model', 'FAIL'),
      ...jobChecks.flatMap(([checkId, prefix]) => [expect(checkId, `${prefix}-locked`, 'PASS'), expect(checkId, `${prefix}-open`, 'FAIL')]),
    ];
  } finally {
    sm.destroy();
  }
}
