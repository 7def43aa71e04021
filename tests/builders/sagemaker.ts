import type {
  SageMakerEndpointConfig,
  SageMakerJobDefinition,
  SageMakerJobDefinitionDetail,
  SageMakerModel,
  SageMakerMonitoringSchedule,
  SageMakerMonitoringScheduleDetail,
  SageMakerNotebookDetail,
  SageMakerNotebookInstance,
  SageMakerSection,
} from '../../src/model/sagemaker.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant notebook: in a customer subnet, no direct internet, no root, supported platform. */
export function notebookDetail(overrides: Partial<SageMakerNotebookDetail> = {}): SageMakerNotebookDetail {
  return {
    directInternetAccess: 'Disabled',
    rootAccess: 'Disabled',
    subnetId: 'subnet-0abc',
    platformIdentifier: 'notebook-al2023-v1',
    ...overrides,
  };
}

export function notebookInstance(name: string, region: string, detail: Partial<SageMakerNotebookDetail> = {}): SageMakerNotebookInstance {
  return { arn: arn('sagemaker', region, `notebook-instance/${name}`), region, name, detail: ok(notebookDetail(detail)) };
}

/** A compliant endpoint configuration: one instance-based variant with two instances. */
export function endpointConfig(name: string, region: string, overrides: Partial<SageMakerEndpointConfig> = {}): SageMakerEndpointConfig {
  return {
    arn: arn('sagemaker', region, `endpoint-config/${name}`),
    region,
    name,
    productionVariants: ok([{ name: 'AllTraffic', initialInstanceCount: 2, serverless: false }]),
    ...overrides,
  };
}

export function model(name: string, region: string, isolation: boolean | null = true): SageMakerModel {
  return { arn: arn('sagemaker', region, `model/${name}`), region, name, enableNetworkIsolation: ok(isolation) };
}

export function jobDetail(overrides: Partial<SageMakerJobDefinitionDetail> = {}): SageMakerJobDefinitionDetail {
  return { interContainerTrafficEncryption: true, networkIsolation: true, instanceCount: 2, ...overrides };
}

/** A compliant job definition of any kind (`kind` is the ARN's resource type, e.g. `data-quality-job-definition`). */
export function jobDefinition(
  kind: string,
  name: string,
  region: string,
  detail: Partial<SageMakerJobDefinitionDetail> = {},
): SageMakerJobDefinition {
  return { arn: arn('sagemaker', region, `${kind}/${name}`), region, name, detail: ok(jobDetail(detail)) };
}

export function monitoringSchedule(
  name: string,
  region: string,
  detail: Partial<SageMakerMonitoringScheduleDetail> = {},
): SageMakerMonitoringSchedule {
  return {
    arn: arn('sagemaker', region, `monitoring-schedule/${name}`),
    region,
    name,
    detail: ok({ monitoringType: 'DataQuality', jobDefinitionName: null, inlineNetworkIsolation: true, ...detail }),
  };
}

type Lists = {
  [K in keyof SageMakerSection]: SageMakerSection[K][string] extends infer O ? (O extends { ok: true; value: infer V } ? V : never) : never;
};

/** A section holding exactly the given resources (each in its own region); lists not given are empty. */
export function sagemakerSection(resources: Partial<Lists> = {}): SageMakerSection {
  const regional = <T extends { region: string }>(items: T[] = []) =>
    Object.fromEntries(REGIONS.map((r) => [r, ok(items.filter((x) => x.region === r))]));
  return {
    notebookInstances: regional(resources.notebookInstances),
    endpointConfigs: regional(resources.endpointConfigs),
    models: regional(resources.models),
    dataQualityJobDefinitions: regional(resources.dataQualityJobDefinitions),
    modelQualityJobDefinitions: regional(resources.modelQualityJobDefinitions),
    modelBiasJobDefinitions: regional(resources.modelBiasJobDefinitions),
    modelExplainabilityJobDefinitions: regional(resources.modelExplainabilityJobDefinitions),
    monitoringSchedules: regional(resources.monitoringSchedules),
  };
}

export function compliantSagemakerSection(): SageMakerSection {
  return sagemakerSection({
    notebookInstances: REGIONS.map((r) => notebookInstance(`nb-${r}`, r)),
    endpointConfigs: REGIONS.map((r) => endpointConfig(`ec-${r}`, r)),
    models: REGIONS.map((r) => model(`model-${r}`, r)),
    dataQualityJobDefinitions: REGIONS.map((r) => jobDefinition('data-quality-job-definition', `dq-${r}`, r)),
    modelQualityJobDefinitions: REGIONS.map((r) => jobDefinition('model-quality-job-definition', `mq-${r}`, r)),
    modelBiasJobDefinitions: REGIONS.map((r) => jobDefinition('model-bias-job-definition', `mb-${r}`, r)),
    modelExplainabilityJobDefinitions: REGIONS.map((r) => jobDefinition('model-explainability-job-definition', `me-${r}`, r)),
    monitoringSchedules: REGIONS.map((r) => monitoringSchedule(`ms-${r}`, r)),
  });
}
