import { describe, expect, it } from 'vitest';
import { sagemakerEndpointConfigMultipleInstances as check } from '../../../src/checks/sagemaker/sagemaker-endpoint-config-multiple-instances.js';
import type { SageMakerProductionVariant } from '../../../src/model/sagemaker.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { endpointConfig, sagemakerSection } from '../../builders/sagemaker.js';

const variant = (name: string, initialInstanceCount: number | null, serverless = false): SageMakerProductionVariant => ({
  name,
  initialInstanceCount,
  serverless,
});
const one = (variants: SageMakerProductionVariant[]) =>
  run(
    check,
    buildInventory({
      sagemaker: sagemakerSection({ endpointConfigs: [endpointConfig('ec', 'us-east-1', { productionVariants: ok(variants) })] }),
    }),
  )[0];

describe('sagemaker-endpoint-config-multiple-instances', () => {
  it('passes configurations whose instance-based variants start on two or more instances (serverless variants aside)', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one([variant('a', 2), variant('b', 3), variant('s', null, true)]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(
      'SageMaker endpoint configuration ec starts every instance-based production variant on more than one instance (a: 2, b: 3).',
    );
  });

  it('fails a configuration with a variant on one instance', () => {
    const r = one([variant('a', 2), variant('b', 1)]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SageMaker endpoint configuration ec starts production variant b on 1 instance.');
  });

  it('is NOT_APPLICABLE for a configuration of serverless variants only', () => {
    const r = one([variant('s', null, true)]);
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('SageMaker endpoint configuration ec has only serverless production variants, which have no instance count.');
  });

  it('is UNKNOWN for an instance-based variant without an initial instance count', () => {
    const r = one([variant('a', 2), variant('m', null)]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('SageMaker endpoint configuration ec has production variant m without an initial instance count.');
  });

  it('is UNKNOWN when sagemaker:DescribeEndpointConfig is denied', () => {
    const config = endpointConfig('ec', 'us-east-1', { productionVariants: denied('sagemaker:DescribeEndpointConfig') });
    const [r] = run(check, buildInventory({ sagemaker: sagemakerSection({ endpointConfigs: [config] }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sagemaker:DescribeEndpointConfig');
  });
});
