import { describe, expect, it } from 'vitest';
import { sagemakerDataQualityJobInterContainerEncryption as check } from '../../../src/checks/sagemaker/sagemaker-data-quality-job-inter-container-encryption.js';
import type { SageMakerJobDefinitionDetail } from '../../../src/model/sagemaker.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { jobDefinition, sagemakerSection } from '../../builders/sagemaker.js';

const one = (detail: Partial<SageMakerJobDefinitionDetail>) =>
  run(
    check,
    buildInventory({
      sagemaker: sagemakerSection({ dataQualityJobDefinitions: [jobDefinition('data-quality-job-definition', 'd', 'us-east-1', detail)] }),
    }),
  )[0];

describe('sagemaker-data-quality-job-inter-container-encryption', () => {
  it('passes definitions with inter-container traffic encryption enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SageMaker data quality job definition d has inter-container traffic encryption enabled.');
  });

  it('fails a definition with inter-container traffic encryption off or not configured', () => {
    for (const value of [false, null]) {
      const r = one({ interContainerTrafficEncryption: value });
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe('SageMaker data quality job definition d does not have inter-container traffic encryption enabled.');
    }
  });

  it('judges a single-instance definition too (the control has no instance-count scope)', () => {
    expect(one({ interContainerTrafficEncryption: false, instanceCount: 1 })?.status).toBe('FAIL');
  });

  it('is UNKNOWN when sagemaker:DescribeDataQualityJobDefinition is denied', () => {
    const d = {
      ...jobDefinition('data-quality-job-definition', 'd', 'us-east-1'),
      detail: denied('sagemaker:DescribeDataQualityJobDefinition'),
    };
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ dataQualityJobDefinitions: [d] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeDataQualityJobDefinition');
  });
});
