import { describe, expect, it } from 'vitest';
import { inspectorLambdaStandardScanningEnabled as check } from '../../../src/checks/inspector/inspector-lambda-standard-scanning-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { inspectorSection, inspectorStatus } from '../../builders/inspector.js';

const inRegion = (status: string | null) =>
  run(check, buildInventory({ inspector: inspectorSection({ 'us-east-1': ok(inspectorStatus({ lambda: status })) }) })).find(
    (r) => r.region === 'us-east-1',
  );

describe('inspector-lambda-standard-scanning-enabled', () => {
  it('passes every region where Lambda standard scanning is enabled', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => [r.region, r.status])).toEqual([
      ['eu-west-1', 'PASS'],
      ['us-east-1', 'PASS'],
    ]);
    expect(results[1]?.reason).toBe('Amazon Inspector Lambda standard scanning is enabled in us-east-1.');
    expect(results[1]?.resourceArn).toBe('arn:aws:inspector2:us-east-1:111122223333:account');
  });

  it('fails a region where Lambda standard scanning is not enabled (disabled, suspended, or still enabling)', () => {
    for (const status of ['DISABLED', 'SUSPENDED', 'ENABLING']) {
      const r = inRegion(status);
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe(`Amazon Inspector Lambda standard scanning is ${status} in us-east-1.`);
    }
  });

  it('is UNKNOWN when the answer has no status for the scan type', () => {
    const r = inRegion(null);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether Amazon Inspector Lambda standard scanning is enabled in us-east-1 could not be decided: BatchGetAccountStatus returned no status for it.',
    );
  });

  it('is UNKNOWN when inspector2:BatchGetAccountStatus is denied', () => {
    const inv = buildInventory({
      inspector: inspectorSection({ 'us-east-1': denied('inspector2:BatchGetAccountStatus', { region: 'us-east-1' }) }),
    });
    const r = run(check, inv).find((x) => x.region === 'us-east-1');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('inspector2:BatchGetAccountStatus');
  });
});
