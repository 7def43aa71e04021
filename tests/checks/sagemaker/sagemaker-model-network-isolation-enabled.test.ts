import { describe, expect, it } from 'vitest';
import { sagemakerModelNetworkIsolationEnabled as check } from '../../../src/checks/sagemaker/sagemaker-model-network-isolation-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { model, sagemakerSection } from '../../builders/sagemaker.js';

const one = (isolation: boolean | null) =>
  run(check, buildInventory({ sagemaker: sagemakerSection({ models: [model('m', 'us-east-1', isolation)] }) }))[0];

describe('sagemaker-model-network-isolation-enabled', () => {
  it('passes models with network isolation', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(true)?.reason).toBe('SageMaker model m has network isolation enabled.');
  });

  it('fails a model with network isolation off or not set', () => {
    for (const value of [false, null]) {
      const r = one(value);
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe('SageMaker model m does not have network isolation enabled.');
    }
  });

  it('is UNKNOWN when sagemaker:DescribeModel is denied', () => {
    const m = { ...model('m', 'us-east-1'), enableNetworkIsolation: denied('sagemaker:DescribeModel') };
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ models: [m] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeModel');
  });
});
