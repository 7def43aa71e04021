import { describe, expect, it } from 'vitest';
import { sagemakerNotebookNoDirectInternetAccess as check } from '../../../src/checks/sagemaker/sagemaker-notebook-no-direct-internet-access.js';
import type { SageMakerNotebookDetail } from '../../../src/model/sagemaker.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { notebookInstance, sagemakerSection } from '../../builders/sagemaker.js';

const one = (detail: Partial<SageMakerNotebookDetail>) =>
  run(check, buildInventory({ sagemaker: sagemakerSection({ notebookInstances: [notebookInstance('nb', 'us-east-1', detail)] }) }))[0];

describe('sagemaker-notebook-no-direct-internet-access', () => {
  it('passes notebooks with direct internet access disabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SageMaker notebook instance nb has direct internet access disabled.');
  });

  it('fails a notebook with direct internet access enabled', () => {
    const r = one({ directInternetAccess: 'Enabled' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SageMaker notebook instance nb has direct internet access enabled.');
  });

  it('is UNKNOWN when the answer has no DirectInternetAccess', () => {
    const r = one({ directInternetAccess: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether SageMaker notebook instance nb has direct internet access could not be decided: DescribeNotebookInstance returned DirectInternetAccess absent.',
    );
  });

  it('is UNKNOWN when sagemaker:DescribeNotebookInstance is denied', () => {
    const nb = { ...notebookInstance('nb', 'us-east-1'), detail: denied('sagemaker:DescribeNotebookInstance') };
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ notebookInstances: [nb] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeNotebookInstance');
  });

  it('is UNKNOWN for the region when sagemaker:ListNotebookInstances is denied', () => {
    const section = sagemakerSection();
    section.notebookInstances['eu-west-1'] = denied('sagemaker:ListNotebookInstances', { region: 'eu-west-1' });
    const results = run(check, buildInventory({ sagemaker: section }));
    expect(results.map((r) => r.status)).toEqual(['UNKNOWN']);
    expect(results[0]?.reason).toContain('sagemaker:ListNotebookInstances');
  });
});
