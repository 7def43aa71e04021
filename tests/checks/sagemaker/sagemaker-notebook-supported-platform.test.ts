import { describe, expect, it } from 'vitest';
import { sagemakerNotebookSupportedPlatform as check } from '../../../src/checks/sagemaker/sagemaker-notebook-supported-platform.js';
import type { SageMakerNotebookDetail } from '../../../src/model/sagemaker.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { notebookInstance, sagemakerSection } from '../../builders/sagemaker.js';

const one = (detail: Partial<SageMakerNotebookDetail>) =>
  run(check, buildInventory({ sagemaker: sagemakerSection({ notebookInstances: [notebookInstance('nb', 'us-east-1', detail)] }) }))[0];

describe('sagemaker-notebook-supported-platform', () => {
  it('passes notebooks on notebook-al2023-v1', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SageMaker notebook instance nb runs on the supported platform notebook-al2023-v1.');
  });

  it('fails a notebook on an Amazon Linux 2 platform', () => {
    const r = one({ platformIdentifier: 'notebook-al2-v3' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'SageMaker notebook instance nb runs on platform notebook-al2-v3, which is no longer supported (supported: notebook-al2023-v1).',
    );
  });

  it('is UNKNOWN when the answer has no PlatformIdentifier', () => {
    const r = one({ platformIdentifier: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'The platform of SageMaker notebook instance nb could not be decided: DescribeNotebookInstance returned no PlatformIdentifier.',
    );
  });

  it('is UNKNOWN when sagemaker:DescribeNotebookInstance is denied', () => {
    const nb = { ...notebookInstance('nb', 'us-east-1'), detail: denied('sagemaker:DescribeNotebookInstance') };
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ notebookInstances: [nb] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeNotebookInstance');
  });
});
