import { describe, expect, it } from 'vitest';
import { sagemakerModelBiasJobInterContainerEncryption as check } from '../../../src/checks/sagemaker/sagemaker-model-bias-job-inter-container-encryption.js';
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

describe('sagemaker-model-bias-job-inter-container-encryption', () => {
  it('passes definitions with inter-container traffic encryption enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SageMaker model bias job definition d has inter-container traffic encryption enabled.');
  });

  it('fails a definition with inter-container traffic encryption off or not configured', () => {
    for (const value of [false, null]) {
      const r = one({ interContainerTrafficEncryption: value });
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe('SageMaker model bias job definition d does not have inter-container traffic encryption enabled.');
    }
  });

  it('is NOT_APPLICABLE for a definition running on one instance', () => {
    const r = one({ interContainerTrafficEncryption: false, instanceCount: 1 });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe(
      'SageMaker model bias job definition d runs on 1 instance, so there is no traffic between instances to encrypt.',
    );
  });

  it('is UNKNOWN when the definition has no instance count', () => {
    const r = one({ instanceCount: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether SageMaker model bias job definition d runs on several instances could not be decided: its ClusterConfig has no InstanceCount.',
    );
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
