import {
  DescribeDataQualityJobDefinitionCommand,
  DescribeEndpointConfigCommand,
  DescribeModelBiasJobDefinitionCommand,
  DescribeModelCommand,
  DescribeModelExplainabilityJobDefinitionCommand,
  DescribeModelQualityJobDefinitionCommand,
  DescribeMonitoringScheduleCommand,
  DescribeNotebookInstanceCommand,
  SageMakerClient,
  paginateListDataQualityJobDefinitions,
  paginateListEndpointConfigs,
  paginateListModelBiasJobDefinitions,
  paginateListModelExplainabilityJobDefinitions,
  paginateListModelQualityJobDefinitions,
  paginateListModels,
  paginateListMonitoringSchedules,
  paginateListNotebookInstances,
  type MonitoringJobDefinitionSummary,
  type MonitoringNetworkConfig,
  type MonitoringResources,
  type ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import type { Observed } from '../model/observed.js';
import type {
  SageMakerJobDefinition,
  SageMakerJobDefinitionDetail,
  SageMakerProductionVariant,
  SageMakerSection,
} from '../model/sagemaker.js';
import type { AwsAction } from './aws/services.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';

/** The largest page the SageMaker list APIs accept (MaxResults 1-100). */
const PAGE = 100;

/** Reads every item of a list, then one Describe per item: SageMaker's list calls return summaries only. */
async function eachDescribed<T, U>(listed: Observed<T[]>, describe: (item: T) => Promise<U>): Promise<Observed<U[]>> {
  return andThen(listed, async (items) => ok(await Promise.all(items.map(describe))));
}

function variant(v: ProductionVariant): SageMakerProductionVariant {
  return { name: v.VariantName ?? '', initialInstanceCount: v.InitialInstanceCount ?? null, serverless: v.ServerlessConfig !== undefined };
}

function jobDetail(network: MonitoringNetworkConfig | undefined, resources: MonitoringResources | undefined): SageMakerJobDefinitionDetail {
  return {
    interContainerTrafficEncryption: network?.EnableInterContainerTrafficEncryption ?? null,
    networkIsolation: network?.EnableNetworkIsolation ?? null,
    instanceCount: resources?.ClusterConfig?.InstanceCount ?? null,
  };
}

/** The four kinds of model monitoring job definition share one shape: a list call and a describe call. */
interface JobDefinitionKind {
  list: AwsAction;
  describe: AwsAction;
  pages: (client: SageMakerClient) => AsyncIterable<{ JobDefinitionSummaries?: MonitoringJobDefinitionSummary[] }>;
  read: (client: SageMakerClient, name: string) => Promise<SageMakerJobDefinitionDetail>;
}

const JOB_DEFINITIONS = {
  dataQualityJobDefinitions: {
    list: 'sagemaker:ListDataQualityJobDefinitions',
    describe: 'sagemaker:DescribeDataQualityJobDefinition',
    pages: (client) => paginateListDataQualityJobDefinitions({ client, pageSize: PAGE }, {}),
    read: async (client, name) => {
      const d = await client.send(new DescribeDataQualityJobDefinitionCommand({ JobDefinitionName: name }));
      return jobDetail(d.NetworkConfig, d.JobResources);
    },
  },
  modelQualityJobDefinitions: {
    list: 'sagemaker:ListModelQualityJobDefinitions',
    describe: 'sagemaker:DescribeModelQualityJobDefinition',
    pages: (client) => paginateListModelQualityJobDefinitions({ client, pageSize: PAGE }, {}),
    read: async (client, name) => {
      const d = await client.send(new DescribeModelQualityJobDefinitionCommand({ JobDefinitionName: name }));
      return jobDetail(d.NetworkConfig, d.JobResources);
    },
  },
  modelBiasJobDefinitions: {
    list: 'sagemaker:ListModelBiasJobDefinitions',
    describe: 'sagemaker:DescribeModelBiasJobDefinition',
    pages: (client) => paginateListModelBiasJobDefinitions({ client, pageSize: PAGE }, {}),
    read: async (client, name) => {
      const d = await client.send(new DescribeModelBiasJobDefinitionCommand({ JobDefinitionName: name }));
      return jobDetail(d.NetworkConfig, d.JobResources);
    },
  },
  modelExplainabilityJobDefinitions: {
    list: 'sagemaker:ListModelExplainabilityJobDefinitions',
    describe: 'sagemaker:DescribeModelExplainabilityJobDefinition',
    pages: (client) => paginateListModelExplainabilityJobDefinitions({ client, pageSize: PAGE }, {}),
    read: async (client, name) => {
      const d = await client.send(new DescribeModelExplainabilityJobDefinitionCommand({ JobDefinitionName: name }));
      return jobDetail(d.NetworkConfig, d.JobResources);
    },
  },
} satisfies Record<string, JobDefinitionKind>;

async function readJobDefinitions(
  ctx: CollectContext,
  client: SageMakerClient,
  region: string,
  kind: JobDefinitionKind,
): Promise<Observed<SageMakerJobDefinition[]>> {
  const listed = await readList(
    ctx.reader,
    kind.list,
    { target: `${arnPrefix(ctx, 'sagemaker', region)}:*`, region },
    () => kind.pages(client),
    (p) => p.JobDefinitionSummaries,
    (s) => ({ arn: s.MonitoringJobDefinitionArn ?? '', name: s.MonitoringJobDefinitionName ?? '' }),
  );
  return eachDescribed(listed, async ({ arn, name }) => ({
    arn,
    region,
    name,
    detail: await ctx.reader.read(kind.describe, { target: arn, region }, () => kind.read(client, name)),
  }));
}

/**
 * SageMaker per region. Every list call returns summaries without the settings the FSBP controls
 * judge, so each listed resource costs one Describe call: per region 8 list calls (one page per
 * 100 resources) plus one Describe per notebook instance, endpoint configuration, model, monitoring
 * job definition and monitoring schedule. Training, processing and transform jobs are not read: no
 * FSBP control judges them, and an account keeps every job it ever ran (one Describe each).
 */
export async function collectSageMaker(ctx: CollectContext): Promise<SageMakerSection> {
  const perRegion = await forEachRegion(ctx, 'sagemaker', async (region) => {
    const client = ctx.clients.get(SageMakerClient, region);
    const target = `${arnPrefix(ctx, 'sagemaker', region)}:*`;
    const scope = { target, region };
    return allKeyed({
      notebookInstances: readList(
        ctx.reader,
        'sagemaker:ListNotebookInstances',
        scope,
        () => paginateListNotebookInstances({ client, pageSize: PAGE }, {}),
        (p) => p.NotebookInstances,
        (n) => ({ arn: n.NotebookInstanceArn ?? '', name: n.NotebookInstanceName ?? '' }),
      ).then((listed) =>
        eachDescribed(listed, async ({ arn, name }) => {
          const d = await ctx.reader.read('sagemaker:DescribeNotebookInstance', { target: arn, region }, () =>
            client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: name })),
          );
          return {
            arn,
            region,
            name,
            detail: mapObserved(d, (n) => ({
              directInternetAccess: n.DirectInternetAccess ?? null,
              rootAccess: n.RootAccess ?? null,
              subnetId: n.SubnetId ? n.SubnetId : null,
              platformIdentifier: n.PlatformIdentifier ?? null,
            })),
          };
        }),
      ),
      endpointConfigs: readList(
        ctx.reader,
        'sagemaker:ListEndpointConfigs',
        scope,
        () => paginateListEndpointConfigs({ client, pageSize: PAGE }, {}),
        (p) => p.EndpointConfigs,
        (c) => ({ arn: c.EndpointConfigArn ?? '', name: c.EndpointConfigName ?? '' }),
      ).then((listed) =>
        eachDescribed(listed, async ({ arn, name }) => {
          const d = await ctx.reader.read('sagemaker:DescribeEndpointConfig', { target: arn, region }, () =>
            client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })),
          );
          return { arn, region, name, productionVariants: mapObserved(d, (c) => (c.ProductionVariants ?? []).map(variant)) };
        }),
      ),
      models: readList(
        ctx.reader,
        'sagemaker:ListModels',
        scope,
        () => paginateListModels({ client, pageSize: PAGE }, {}),
        (p) => p.Models,
        (m) => ({ arn: m.ModelArn ?? '', name: m.ModelName ?? '' }),
      ).then((listed) =>
        eachDescribed(listed, async ({ arn, name }) => {
          const d = await ctx.reader.read('sagemaker:DescribeModel', { target: arn, region }, () =>
            client.send(new DescribeModelCommand({ ModelName: name })),
          );
          return { arn, region, name, enableNetworkIsolation: mapObserved(d, (m) => m.EnableNetworkIsolation ?? null) };
        }),
      ),
      dataQualityJobDefinitions: readJobDefinitions(ctx, client, region, JOB_DEFINITIONS.dataQualityJobDefinitions),
      modelQualityJobDefinitions: readJobDefinitions(ctx, client, region, JOB_DEFINITIONS.modelQualityJobDefinitions),
      modelBiasJobDefinitions: readJobDefinitions(ctx, client, region, JOB_DEFINITIONS.modelBiasJobDefinitions),
      modelExplainabilityJobDefinitions: readJobDefinitions(ctx, client, region, JOB_DEFINITIONS.modelExplainabilityJobDefinitions),
      monitoringSchedules: readList(
        ctx.reader,
        'sagemaker:ListMonitoringSchedules',
        scope,
        () => paginateListMonitoringSchedules({ client, pageSize: PAGE }, {}),
        (p) => p.MonitoringScheduleSummaries,
        (s) => ({ arn: s.MonitoringScheduleArn ?? '', name: s.MonitoringScheduleName ?? '' }),
      ).then((listed) =>
        eachDescribed(listed, async ({ arn, name }) => {
          const d = await ctx.reader.read('sagemaker:DescribeMonitoringSchedule', { target: arn, region }, () =>
            client.send(new DescribeMonitoringScheduleCommand({ MonitoringScheduleName: name })),
          );
          return {
            arn,
            region,
            name,
            detail: mapObserved(d, (s) => {
              const config = s.MonitoringScheduleConfig;
              return {
                monitoringType: config?.MonitoringType ?? s.MonitoringType ?? null,
                jobDefinitionName: config?.MonitoringJobDefinitionName ?? null,
                inlineNetworkIsolation: config?.MonitoringJobDefinition?.NetworkConfig?.EnableNetworkIsolation ?? null,
              };
            }),
          };
        }),
      ),
    });
  });
  const pick = <K extends keyof SageMakerSection>(key: K): SageMakerSection[K] =>
    Object.fromEntries(Object.entries(perRegion).map(([region, data]) => [region, data[key]])) as SageMakerSection[K];
  return {
    notebookInstances: pick('notebookInstances'),
    endpointConfigs: pick('endpointConfigs'),
    models: pick('models'),
    dataQualityJobDefinitions: pick('dataQualityJobDefinitions'),
    modelQualityJobDefinitions: pick('modelQualityJobDefinitions'),
    modelBiasJobDefinitions: pick('modelBiasJobDefinitions'),
    modelExplainabilityJobDefinitions: pick('modelExplainabilityJobDefinitions'),
    monitoringSchedules: pick('monitoringSchedules'),
  };
}

export const sagemakerCollector: Collector<'sagemaker'> = {
  section: 'sagemaker',
  collect: collectSageMaker,
};
