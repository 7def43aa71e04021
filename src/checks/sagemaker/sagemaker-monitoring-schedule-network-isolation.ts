import { defineCheck, eachRegional, fail, pass, undecided, unknown } from '../define-check.js';
import type { JobDefinitionList } from './job-definition.js';

/** Where a schedule's MonitoringType keeps the job definition it names. */
const LIST_OF_TYPE: Record<string, JobDefinitionList> = {
  DataQuality: 'dataQualityJobDefinitions',
  ModelQuality: 'modelQualityJobDefinitions',
  ModelBias: 'modelBiasJobDefinitions',
  ModelExplainability: 'modelExplainabilityJobDefinitions',
};

export const sagemakerMonitoringScheduleNetworkIsolation = defineCheck({
  id: 'sagemaker-monitoring-schedule-network-isolation',
  title: 'SageMaker monitoring schedules run their jobs with network isolation',
  service: 'sagemaker',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['SageMaker.14'] },
  rationale:
    "A monitoring schedule starts processing jobs over the data an endpoint captured; without network isolation their containers can make outbound calls and send that data out. As Security Hub SageMaker.14, a schedule fails when EnableNetworkIsolation is false or not configured. A schedule that runs a named job definition (rather than an inline one) is judged by that definition's NetworkConfig, which is where its network settings live.",
  remediation: {
    summary:
      "Set NetworkConfig.EnableNetworkIsolation to true in the schedule's job definition: update the schedule (inline definition) or point it at a job definition created with network isolation.",
    cli: 'aws sagemaker update-monitoring-schedule --monitoring-schedule-name <name> --monitoring-schedule-config file://<schedule-config>.json',
    docs: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateMonitoringSchedule.html',
  },
  reads: ['sagemaker'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sagemaker.monitoringSchedules, 'sagemaker', (schedule, region) => {
      if (!schedule.detail.ok) return unknown(schedule, schedule.detail.error);
      const { monitoringType, jobDefinitionName, inlineNetworkIsolation } = schedule.detail.value;
      const name = `SageMaker monitoring schedule ${schedule.name}`;
      if (!jobDefinitionName)
        return inlineNetworkIsolation === true
          ? pass(schedule, `${name} has network isolation enabled.`)
          : fail(schedule, `${name} does not have network isolation enabled.`);
      const listKey = monitoringType ? LIST_OF_TYPE[monitoringType] : undefined;
      if (!listKey)
        return undecided(
          schedule,
          `${name} runs job definition ${jobDefinitionName} of monitoring type ${monitoringType ?? 'absent'}, which the scan does not read.`,
        );
      const definitions = inv.sagemaker[listKey][region];
      if (!definitions) return undecided(schedule, `${name} runs job definition ${jobDefinitionName}, whose region was not scanned.`);
      if (!definitions.ok) return unknown(schedule, definitions.error);
      const definition = definitions.value.find((d) => d.name === jobDefinitionName);
      if (!definition) return undecided(schedule, `${name} runs job definition ${jobDefinitionName}, which the scan did not find.`);
      if (!definition.detail.ok) return unknown(schedule, definition.detail.error);
      return definition.detail.value.networkIsolation === true
        ? pass(schedule, `${name} runs job definition ${jobDefinitionName}, which has network isolation enabled.`)
        : fail(schedule, `${name} runs job definition ${jobDefinitionName}, which does not have network isolation enabled.`);
    }),
});
