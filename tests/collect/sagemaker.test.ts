import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateDataQualityJobDefinitionCommand,
  CreateEndpointConfigCommand,
  CreateModelBiasJobDefinitionCommand,
  CreateModelCommand,
  CreateNotebookInstanceCommand,
  DescribeMonitoringScheduleCommand,
  ListMonitoringSchedulesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { collectSageMaker } from '../../src/collect/sagemaker.js';
import { SageMakerSection } from '../../src/model/sagemaker.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const ROLE = `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/sm`;
const arnOf = (resource: string) => `arn:aws:sagemaker:us-east-1:${MOTO_ACCOUNT_ID}:${resource}`;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const sm = new SageMakerClient(seedConfig(moto, 'us-east-1'));
  try {
    await sm.send(
      new CreateNotebookInstanceCommand({
        NotebookInstanceName: 'private',
        InstanceType: 'ml.t3.medium',
        RoleArn: ROLE,
        SubnetId: 'subnet-1',
        SecurityGroupIds: ['sg-1'],
        DirectInternetAccess: 'Disabled',
        RootAccess: 'Disabled',
      }),
    );
    await sm.send(
      new CreateNotebookInstanceCommand({
        NotebookInstanceName: 'open',
        InstanceType: 'ml.t3.medium',
        RoleArn: ROLE,
        RootAccess: 'Enabled',
      }),
    );
    await sm.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: 'img' } }));
    await sm.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'mixed',
        ProductionVariants: [
          { VariantName: 'big', ModelName: 'm', InstanceType: 'ml.m5.large', InitialInstanceCount: 3 },
          { VariantName: 'sls', ModelName: 'm', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 1 } },
        ],
      }),
    );
    const output = { MonitoringOutputs: [{ S3Output: { S3Uri: 's3://b/o', LocalPath: '/opt/ml/processing/output' } }] };
    await sm.send(
      new CreateDataQualityJobDefinitionCommand({
        JobDefinitionName: 'dq',
        RoleArn: ROLE,
        DataQualityAppSpecification: { ImageUri: 'img' },
        DataQualityJobInput: { EndpointInput: { EndpointName: 'e', LocalPath: '/opt/ml/processing/input' } },
        DataQualityJobOutputConfig: output,
        JobResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.large', VolumeSizeInGB: 20 } },
        NetworkConfig: { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: true },
      }),
    );
    await sm.send(
      new CreateModelBiasJobDefinitionCommand({
        JobDefinitionName: 'mb',
        RoleArn: ROLE,
        ModelBiasAppSpecification: { ImageUri: 'img', ConfigUri: 's3://b/c' },
        ModelBiasJobInput: {
          EndpointInput: { EndpointName: 'e', LocalPath: '/opt/ml/processing/input' },
          GroundTruthS3Input: { S3Uri: 's3://b/g' },
        },
        ModelBiasJobOutputConfig: output,
        JobResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 20 } },
      }),
    );
  } finally {
    sm.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectSageMaker', () => {
  it('records notebooks, endpoint configurations, models and job definitions with their settings, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const section = await collectSageMaker(ctx);
      expect(SageMakerSection.safeParse(section).success).toBe(true);
      expect(section.notebookInstances['eu-west-1']).toEqual({ ok: true, value: [] });
      expect(section.models['eu-west-1']).toEqual({ ok: true, value: [] });
      const notebooks = section.notebookInstances['us-east-1'];
      const byName = new Map((notebooks?.ok ? notebooks.value : []).map((n) => [n.name, n]));
      expect(byName.get('private')).toEqual({
        arn: arnOf('notebook-instance/private'),
        region: 'us-east-1',
        name: 'private',
        // moto does not store PlatformIdentifier (docs/testing.md).
        detail: {
          ok: true,
          value: { directInternetAccess: 'Disabled', rootAccess: 'Disabled', subnetId: 'subnet-1', platformIdentifier: null },
        },
      });
      // AWS's default: direct internet access enabled, no subnet (moto leaves RootAccess unset unless given).
      expect(byName.get('open')?.detail).toEqual({
        ok: true,
        value: { directInternetAccess: 'Enabled', rootAccess: 'Enabled', subnetId: null, platformIdentifier: null },
      });
      expect(section.endpointConfigs['us-east-1']).toEqual({
        ok: true,
        value: [
          {
            arn: arnOf('endpoint-config/mixed'),
            region: 'us-east-1',
            name: 'mixed',
            productionVariants: {
              ok: true,
              value: [
                { name: 'big', initialInstanceCount: 3, serverless: false },
                { name: 'sls', initialInstanceCount: null, serverless: true },
              ],
            },
          },
        ],
      });
      expect(section.models['us-east-1']).toEqual({
        ok: true,
        value: [{ arn: arnOf('model/m'), region: 'us-east-1', name: 'm', enableNetworkIsolation: { ok: true, value: false } }],
      });
      expect(section.dataQualityJobDefinitions['us-east-1']).toEqual({
        ok: true,
        value: [
          {
            arn: arnOf('data-quality-job-definition/dq'),
            region: 'us-east-1',
            name: 'dq',
            detail: { ok: true, value: { interContainerTrafficEncryption: true, networkIsolation: true, instanceCount: 2 } },
          },
        ],
      });
      expect(section.modelBiasJobDefinitions['us-east-1']).toMatchObject({
        ok: true,
        value: [
          { name: 'mb', detail: { ok: true, value: { interContainerTrafficEncryption: null, networkIsolation: null, instanceCount: 1 } } },
        ],
      });
      expect(section.modelQualityJobDefinitions['us-east-1']).toEqual({ ok: true, value: [] });
      expect(section.modelExplainabilityJobDefinitions['us-east-1']).toEqual({ ok: true, value: [] });
      // moto has no monitoring schedules (HTTP 500): a failed read, never an empty list.
      expect(section.monitoringSchedules['us-east-1']).toMatchObject({ ok: false, error: { action: 'sagemaker:ListMonitoringSchedules' } });
    } finally {
      ctx.close();
    }
  });

  it('maps monitoring schedules, inline and by job definition name (aws-sdk-client-mock, since moto has no monitoring schedules)', async () => {
    const mock = mockClient(SageMakerClient);
    try {
      mock.on(ListMonitoringSchedulesCommand).resolves({
        MonitoringScheduleSummaries: [
          {
            MonitoringScheduleName: 'inline',
            MonitoringScheduleArn: arnOf('monitoring-schedule/inline'),
            CreationTime: new Date(),
            LastModifiedTime: new Date(),
            MonitoringScheduleStatus: 'Scheduled',
          },
          {
            MonitoringScheduleName: 'named',
            MonitoringScheduleArn: arnOf('monitoring-schedule/named'),
            CreationTime: new Date(),
            LastModifiedTime: new Date(),
            MonitoringScheduleStatus: 'Scheduled',
          },
        ],
      });
      mock.on(DescribeMonitoringScheduleCommand, { MonitoringScheduleName: 'inline' }).resolves({
        MonitoringScheduleName: 'inline',
        MonitoringType: 'DataQuality',
        MonitoringScheduleConfig: {
          MonitoringType: 'DataQuality',
          MonitoringJobDefinition: {
            MonitoringInputs: [],
            MonitoringOutputConfig: { MonitoringOutputs: [] },
            MonitoringResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 20 } },
            MonitoringAppSpecification: { ImageUri: 'img' },
            RoleArn: ROLE,
            NetworkConfig: { EnableNetworkIsolation: true },
          },
        },
      });
      mock.on(DescribeMonitoringScheduleCommand, { MonitoringScheduleName: 'named' }).resolves({
        MonitoringScheduleName: 'named',
        MonitoringType: 'ModelBias',
        MonitoringScheduleConfig: { MonitoringType: 'ModelBias', MonitoringJobDefinitionName: 'mb' },
      });
      const ctx = mockedContext(['us-east-1']);
      try {
        const { monitoringSchedules } = await collectSageMaker(ctx);
        expect(monitoringSchedules['us-east-1']).toEqual({
          ok: true,
          value: [
            {
              arn: arnOf('monitoring-schedule/inline'),
              region: 'us-east-1',
              name: 'inline',
              detail: { ok: true, value: { monitoringType: 'DataQuality', jobDefinitionName: null, inlineNetworkIsolation: true } },
            },
            {
              arn: arnOf('monitoring-schedule/named'),
              region: 'us-east-1',
              name: 'named',
              detail: { ok: true, value: { monitoringType: 'ModelBias', jobDefinitionName: 'mb', inlineNetworkIsolation: null } },
            },
          ],
        });
      } finally {
        ctx.close();
      }
    } finally {
      mock.restore();
    }
  });

  it('records denied reads as access-denied ReadErrors: each list, or each describe', async () => {
    const listOnly = await restrictedCredentials(moto, 'sm-lister', ['sagemaker:List*']);
    const nothing = await restrictedCredentials(moto, 'sm-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = await collectSageMaker(listed);
      const notebooks = seen.notebookInstances['us-east-1'];
      expect(notebooks?.ok ? notebooks.value.length : 0).toBe(2);
      for (const nb of notebooks?.ok ? notebooks.value : [])
        expect(nb.detail).toMatchObject({
          ok: false,
          error: { action: 'sagemaker:DescribeNotebookInstance', kind: 'access-denied', target: nb.arn },
        });
      expect(seen.endpointConfigs['us-east-1']).toMatchObject({
        ok: true,
        value: [{ productionVariants: { ok: false, error: { action: 'sagemaker:DescribeEndpointConfig', kind: 'access-denied' } } }],
      });
      expect(seen.models['us-east-1']).toMatchObject({
        ok: true,
        value: [{ enableNetworkIsolation: { ok: false, error: { action: 'sagemaker:DescribeModel', kind: 'access-denied' } } }],
      });
      expect(seen.dataQualityJobDefinitions['us-east-1']).toMatchObject({
        ok: true,
        value: [{ detail: { ok: false, error: { action: 'sagemaker:DescribeDataQualityJobDefinition', kind: 'access-denied' } } }],
      });
      expect(seen.modelBiasJobDefinitions['us-east-1']).toMatchObject({
        ok: true,
        value: [{ detail: { ok: false, error: { action: 'sagemaker:DescribeModelBiasJobDefinition', kind: 'access-denied' } } }],
      });
      const none = await collectSageMaker(denied);
      for (const [list, action] of [
        ['notebookInstances', 'ListNotebookInstances'],
        ['endpointConfigs', 'ListEndpointConfigs'],
        ['models', 'ListModels'],
        ['dataQualityJobDefinitions', 'ListDataQualityJobDefinitions'],
        ['modelQualityJobDefinitions', 'ListModelQualityJobDefinitions'],
        ['modelBiasJobDefinitions', 'ListModelBiasJobDefinitions'],
        ['modelExplainabilityJobDefinitions', 'ListModelExplainabilityJobDefinitions'],
      ] as const)
        expect(none[list]['us-east-1'], list).toMatchObject({
          ok: false,
          error: { action: `sagemaker:${action}`, kind: 'access-denied', region: 'us-east-1' },
        });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
