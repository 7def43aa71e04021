import { describe, expect, it } from 'vitest';
import { sagemakerMonitoringScheduleNetworkIsolation as check } from '../../../src/checks/sagemaker/sagemaker-monitoring-schedule-network-isolation.js';
import type { SageMakerJobDefinition, SageMakerMonitoringScheduleDetail } from '../../../src/model/sagemaker.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { jobDefinition, monitoringSchedule, sagemakerSection } from '../../builders/sagemaker.js';

const one = (detail: Partial<SageMakerMonitoringScheduleDetail>, modelBiasJobDefinitions: SageMakerJobDefinition[] = []) =>
  run(
    check,
    buildInventory({
      sagemaker: sagemakerSection({ monitoringSchedules: [monitoringSchedule('s', 'us-east-1', detail)], modelBiasJobDefinitions }),
    }),
  )[0];
const named = { monitoringType: 'ModelBias', jobDefinitionName: 'mb', inlineNetworkIsolation: null };

describe('sagemaker-monitoring-schedule-network-isolation', () => {
  it('passes a schedule whose inline job definition has network isolation', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SageMaker monitoring schedule s has network isolation enabled.');
  });

  it('fails a schedule whose inline job definition has it off or not configured', () => {
    for (const value of [false, null]) {
      const r = one({ inlineNetworkIsolation: value });
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe('SageMaker monitoring schedule s does not have network isolation enabled.');
    }
  });

  it('judges a schedule that names a job definition by that definition', () => {
    const isolated = one(named, [jobDefinition('model-bias-job-definition', 'mb', 'us-east-1')]);
    expect(isolated?.status).toBe('PASS');
    expect(isolated?.reason).toBe('SageMaker monitoring schedule s runs job definition mb, which has network isolation enabled.');
    const open = one(named, [jobDefinition('model-bias-job-definition', 'mb', 'us-east-1', { networkIsolation: false })]);
    expect(open?.status).toBe('FAIL');
    expect(open?.reason).toBe('SageMaker monitoring schedule s runs job definition mb, which does not have network isolation enabled.');
  });

  it('is UNKNOWN when the named job definition was not found or could not be read', () => {
    const missing = one(named);
    expect(missing?.status).toBe('UNKNOWN');
    expect(missing?.reason).toBe('SageMaker monitoring schedule s runs job definition mb, which the scan did not find.');
    const unread = one(named, [
      { ...jobDefinition('model-bias-job-definition', 'mb', 'us-east-1'), detail: denied('sagemaker:DescribeModelBiasJobDefinition') },
    ]);
    expect(unread?.status).toBe('UNKNOWN');
    expect(unread?.reason).toContain('sagemaker:DescribeModelBiasJobDefinition');
    const unknownType = one({ ...named, monitoringType: 'Custom' });
    expect(unknownType?.status).toBe('UNKNOWN');
    expect(unknownType?.reason).toBe(
      'SageMaker monitoring schedule s runs job definition mb of monitoring type Custom, which the scan does not read.',
    );
  });

  it('is UNKNOWN when the list of the named definition kind was denied', () => {
    const section = sagemakerSection({ monitoringSchedules: [monitoringSchedule('s', 'us-east-1', named)] });
    section.modelBiasJobDefinitions['us-east-1'] = denied('sagemaker:ListModelBiasJobDefinitions', { region: 'us-east-1' });
    const [r] = run(check, buildInventory({ sagemaker: section }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:ListModelBiasJobDefinitions');
  });

  it('is UNKNOWN when sagemaker:DescribeMonitoringSchedule is denied', () => {
    const s = { ...monitoringSchedule('s', 'us-east-1'), detail: denied('sagemaker:DescribeMonitoringSchedule') };
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ monitoringSchedules: [s] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeMonitoringSchedule');
  });
});
