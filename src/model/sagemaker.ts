import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** What DescribeNotebookInstance says about a notebook instance (ListNotebookInstances carries none of it). */
export const SageMakerNotebookDetail = z.object({
  /** DescribeNotebookInstance DirectInternetAccess: `Enabled` or `Disabled`; null when the answer omits it. */
  directInternetAccess: z.string().nullable(),
  /** DescribeNotebookInstance RootAccess: `Enabled` or `Disabled`; null when the answer omits it. */
  rootAccess: z.string().nullable(),
  /** DescribeNotebookInstance SubnetId: the customer VPC subnet; null = launched in the SageMaker service VPC. */
  subnetId: z.string().nullable(),
  /** DescribeNotebookInstance PlatformIdentifier (e.g. `notebook-al2023-v1`); null when the answer omits it. */
  platformIdentifier: z.string().nullable(),
});
export type SageMakerNotebookDetail = z.infer<typeof SageMakerNotebookDetail>;

export const SageMakerNotebookInstance = z.object({
  /** ListNotebookInstances NotebookInstanceArn */
  arn: z.string(),
  region: z.string(),
  /** ListNotebookInstances NotebookInstanceName */
  name: z.string(),
  /** DescribeNotebookInstance */
  detail: observedSchema(SageMakerNotebookDetail),
});
export type SageMakerNotebookInstance = z.infer<typeof SageMakerNotebookInstance>;

/** One production variant of an endpoint configuration (DescribeEndpointConfig ProductionVariants). */
export const SageMakerProductionVariant = z.object({
  /** VariantName */
  name: z.string(),
  /** InitialInstanceCount; null for serverless variants and variants whose instances are not counted up front. */
  initialInstanceCount: z.number().nullable(),
  /** Whether the variant has a ServerlessConfig (serverless inference: no instances to count). */
  serverless: z.boolean(),
});
export type SageMakerProductionVariant = z.infer<typeof SageMakerProductionVariant>;

export const SageMakerEndpointConfig = z.object({
  /** ListEndpointConfigs EndpointConfigArn */
  arn: z.string(),
  region: z.string(),
  /** ListEndpointConfigs EndpointConfigName */
  name: z.string(),
  /** DescribeEndpointConfig ProductionVariants */
  productionVariants: observedSchema(z.array(SageMakerProductionVariant)),
});
export type SageMakerEndpointConfig = z.infer<typeof SageMakerEndpointConfig>;

export const SageMakerModel = z.object({
  /** ListModels ModelArn */
  arn: z.string(),
  region: z.string(),
  /** ListModels ModelName */
  name: z.string(),
  /** DescribeModel EnableNetworkIsolation; null when the answer omits it (AWS's default is off). */
  enableNetworkIsolation: observedSchema(z.boolean().nullable()),
});
export type SageMakerModel = z.infer<typeof SageMakerModel>;

/** The NetworkConfig and cluster size of a model monitoring job definition (Describe*JobDefinition). */
export const SageMakerJobDefinitionDetail = z.object({
  /** NetworkConfig.EnableInterContainerTrafficEncryption; null when not configured (AWS's default is off). */
  interContainerTrafficEncryption: z.boolean().nullable(),
  /** NetworkConfig.EnableNetworkIsolation; null when not configured (AWS's default is off). */
  networkIsolation: z.boolean().nullable(),
  /** JobResources.ClusterConfig.InstanceCount; null when the answer omits it. */
  instanceCount: z.number().nullable(),
});
export type SageMakerJobDefinitionDetail = z.infer<typeof SageMakerJobDefinitionDetail>;

/** A model monitoring job definition of one of the four kinds (data quality, model quality, bias, explainability). */
export const SageMakerJobDefinition = z.object({
  /** List*JobDefinitions MonitoringJobDefinitionArn */
  arn: z.string(),
  region: z.string(),
  /** List*JobDefinitions MonitoringJobDefinitionName */
  name: z.string(),
  /** Describe*JobDefinition */
  detail: observedSchema(SageMakerJobDefinitionDetail),
});
export type SageMakerJobDefinition = z.infer<typeof SageMakerJobDefinition>;

/** What DescribeMonitoringSchedule says about a schedule's network isolation. */
export const SageMakerMonitoringScheduleDetail = z.object({
  /** MonitoringScheduleConfig.MonitoringType (DataQuality, ModelQuality, ModelBias, ModelExplainability); null when omitted. */
  monitoringType: z.string().nullable(),
  /** MonitoringScheduleConfig.MonitoringJobDefinitionName: the job definition the schedule runs; null when it defines its job inline. */
  jobDefinitionName: z.string().nullable(),
  /**
   * MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation of an
   * inline job definition; null when the schedule has no inline definition or it sets no value.
   */
  inlineNetworkIsolation: z.boolean().nullable(),
});
export type SageMakerMonitoringScheduleDetail = z.infer<typeof SageMakerMonitoringScheduleDetail>;

export const SageMakerMonitoringSchedule = z.object({
  /** ListMonitoringSchedules MonitoringScheduleArn */
  arn: z.string(),
  region: z.string(),
  /** ListMonitoringSchedules MonitoringScheduleName */
  name: z.string(),
  /** DescribeMonitoringSchedule */
  detail: observedSchema(SageMakerMonitoringScheduleDetail),
});
export type SageMakerMonitoringSchedule = z.infer<typeof SageMakerMonitoringSchedule>;

const regionalList = <S extends z.ZodType>(item: S) => regionalSchema(observedSchema(z.array(item)));

/** What the sagemaker collector records, per scanned region. */
export const SageMakerSection = z.object({
  /** ListNotebookInstances, then DescribeNotebookInstance per instance */
  notebookInstances: regionalList(SageMakerNotebookInstance),
  /** ListEndpointConfigs, then DescribeEndpointConfig per configuration */
  endpointConfigs: regionalList(SageMakerEndpointConfig),
  /** ListModels, then DescribeModel per model */
  models: regionalList(SageMakerModel),
  /** ListDataQualityJobDefinitions, then DescribeDataQualityJobDefinition per definition */
  dataQualityJobDefinitions: regionalList(SageMakerJobDefinition),
  /** ListModelQualityJobDefinitions, then DescribeModelQualityJobDefinition per definition */
  modelQualityJobDefinitions: regionalList(SageMakerJobDefinition),
  /** ListModelBiasJobDefinitions, then DescribeModelBiasJobDefinition per definition */
  modelBiasJobDefinitions: regionalList(SageMakerJobDefinition),
  /** ListModelExplainabilityJobDefinitions, then DescribeModelExplainabilityJobDefinition per definition */
  modelExplainabilityJobDefinitions: regionalList(SageMakerJobDefinition),
  /** ListMonitoringSchedules, then DescribeMonitoringSchedule per schedule */
  monitoringSchedules: regionalList(SageMakerMonitoringSchedule),
});
export type SageMakerSection = z.infer<typeof SageMakerSection>;
