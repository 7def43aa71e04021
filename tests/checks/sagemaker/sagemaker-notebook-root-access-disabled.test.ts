import { describe, expect, it } from 'vitest';
import { sagemakerNotebookRootAccessDisabled as check } from '../../../src/checks/sagemaker/sagemaker-notebook-root-access-disabled.js';
import type { SageMakerNotebookDetail } from '../../../src/model/sagemaker.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { notebookInstance, sagemakerSection } from '../../builders/sagemaker.js';

const one = (detail: Partial<SageMakerNotebookDetail>) =>
  run(check, buildInventory({ sagemaker: sagemakerSection({ notebookInstances: [notebookInstance('nb', 'us-east-1', detail)] }) }))[0];

describe('sagemaker-notebook-root-access-disabled', () => {
  it('passes notebooks with root access disabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SageMaker notebook instance nb has root access disabled.');
  });

  it('fails a notebook that gives root access', () => {
    const r = one({ rootAccess: 'Enabled' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SageMaker notebook instance nb gives its users root access.');
  });

  it('is UNKNOWN when the answer has no RootAccess', () => {
    const r = one({ rootAccess: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether SageMaker notebook instance nb gives root access could not be decided: DescribeNotebookInstance returned RootAccess absent.',
    );
  });

  it('is UNKNOWN when sagemaker:DescribeNotebookInstance is denied', () => {
    const nb = { ...notebookInstance('nb', 'us-east-1'), detail: denied('sagemaker:DescribeNotebookInstance') };
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ notebookInstances: [nb] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeNotebookInstance');
  });
});
