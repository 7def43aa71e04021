/**
 * What the SageMaker model monitoring job definition checks (SageMaker.9-13, .15) share: they judge
 * one NetworkConfig flag of one kind of job definition, where not configured means off.
 */
import type { SageMakerJobDefinition, SageMakerSection } from '../../model/sagemaker.js';
import { eachRegional, fail, notApplicable, pass, undecided, unknown } from '../define-check.js';
import type { CheckResult, EvalContext } from '../types.js';

export type JobDefinitionList = Exclude<keyof SageMakerSection, 'notebookInstances' | 'endpointConfigs' | 'models' | 'monitoringSchedules'>;

export interface JobSetting {
  /** The NetworkConfig flag judged. */
  flag: 'interContainerTrafficEncryption' | 'networkIsolation';
  /** "data quality", "model bias" ...: how reasons name the definition. */
  noun: string;
  /** Only definitions running on at least two instances are in scope (inter-container traffic needs two). */
  multiInstanceOnly: boolean;
}

const WHAT = { interContainerTrafficEncryption: 'inter-container traffic encryption', networkIsolation: 'network isolation' };

export function judgeJobDefinitions(section: SageMakerSection, ctx: EvalContext, list: JobDefinitionList, s: JobSetting): CheckResult[] {
  return eachRegional(ctx, section[list], 'sagemaker', (def: SageMakerJobDefinition) => {
    const name = `SageMaker ${s.noun} job definition ${def.name}`;
    if (!def.detail.ok) return unknown(def, def.detail.error);
    const { instanceCount } = def.detail.value;
    if (s.multiInstanceOnly) {
      if (instanceCount === null)
        return undecided(def, `Whether ${name} runs on several instances could not be decided: its ClusterConfig has no InstanceCount.`);
      if (instanceCount < 2)
        return notApplicable(def, `${name} runs on ${instanceCount} instance, so there is no traffic between instances to encrypt.`);
    }
    return def.detail.value[s.flag] === true
      ? pass(def, `${name} has ${WHAT[s.flag]} enabled.`)
      : fail(def, `${name} does not have ${WHAT[s.flag]} enabled.`);
  });
}
