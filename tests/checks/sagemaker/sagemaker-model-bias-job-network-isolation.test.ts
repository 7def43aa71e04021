import { describe, expect, it } from 'vitest';
import { sagemakerModelBiasJobNetworkIsolation as check } from '../../../src/checks/sagemaker/sagemaker-model-bias-job-network-isolation.js';
import type { SageMakerJobDefinitionDetail } from '../../../src/model/sagemaker.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { jobDefinition, sagemakerSection } from '../../builders/sagemaker.js';

const one = (detail: Partial<SageMakerJobDefinitionDetail>) =>
  run(
    check,
    buildInventory({
      sagemaker: sagemakerSection({ modelBiasJobDefinitions: [jobDefinition('model-bias-job-definition', 'd', 'us-east-1', detail)] }),
    }),
  )[0];

describe('sagemaker-model-bias-job-network-isolation', () => {
  it('passes definitions with network isolation enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SageMaker model bias job definition d has network isolation enabled.');
  });

  it('fails a definition with network isolation off or not configured', () => {
    for (const value of [false, null]) {
      const r = one({ networkIsolation: value });
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe('SageMaker model bias job definition d does not have network isolation enabled.');
    }
  });

  it('judges a single-instance definition too (the control has no instance-count scope)', () => {
    expect(one({ networkIsolation: false, instanceCount: 1 })?.status).toBe('FAIL');
  });

  it('is UNKNOWN when sagemaker:DescribeModelBiasJobDefinition is denied', () => {
    const d = {
      ...jobDefinition('model-bias-job-definition', 'd', 'us-east-1'),
      detail: denied('sagemaker:DescribeModelBiasJobDefinition'),
    };
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ modelBiasJobDefinitions: [d] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeModelBiasJobDefinition');
  });
});
