import { describe, expect, it } from 'vitest';
import { sagemakerNotebookInCustomVpc as check } from '../../../src/checks/sagemaker/sagemaker-notebook-in-custom-vpc.js';
import type { SageMakerNotebookDetail } from '../../../src/model/sagemaker.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { notebookInstance, sagemakerSection } from '../../builders/sagemaker.js';

const one = (detail: Partial<SageMakerNotebookDetail>) =>
  run(check, buildInventory({ sagemaker: sagemakerSection({ notebookInstances: [notebookInstance('nb', 'us-east-1', detail)] }) }))[0];

describe('sagemaker-notebook-in-custom-vpc', () => {
  it('passes notebooks in a subnet of a customer VPC', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SageMaker notebook instance nb runs in subnet subnet-0abc of a customer VPC.');
  });

  it('fails a notebook without a subnet (the SageMaker service VPC)', () => {
    const r = one({ subnetId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SageMaker notebook instance nb has no subnet of a customer VPC: it runs in the SageMaker service VPC.');
  });

  it('is UNKNOWN when sagemaker:DescribeNotebookInstance is denied', () => {
    const nb = { ...notebookInstance('nb', 'us-east-1'), detail: denied('sagemaker:DescribeNotebookInstance') };
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ notebookInstances: [nb] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeNotebookInstance');
  });
});
