import { describe, it, expect } from 'vitest';
import { ecrRepositoryImageScanningEnabled as check } from '../../../src/checks/ecr/ecr-repository-image-scanning-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ecrRepository, ecrSection } from '../../builders/ecr.js';
import type { EcrRegion, EcrRepository } from '../../../src/model/ecr.js';

const one = (overrides: Partial<EcrRepository>, registry: Partial<EcrRegion> = {}) =>
  run(check, buildInventory({ ecr: ecrSection([ecrRepository('app', 'us-east-1', overrides)], registry) }))[0];
const manual = ok({ scanOnPush: false, scanFrequency: 'MANUAL' });

describe('ecr-repository-image-scanning-enabled', () => {
  it('passes repositories scanned on push or continuously', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('ECR repository app has image scanning configured (SCAN_ON_PUSH).');
    expect(one({ scanning: ok({ scanOnPush: false, scanFrequency: 'CONTINUOUS_SCAN' }) })?.reason).toBe(
      'ECR repository app has image scanning configured (CONTINUOUS_SCAN).',
    );
  });

  it('passes the repository-level scan on push while the registry has no scanning rules', () => {
    const r = one({ scanOnPush: true, scanning: manual });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('ECR repository app scans images on push (repository setting).');
  });

  it('fails a repository scanned manually only', () => {
    const r = one({ scanOnPush: false, scanning: manual });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app has no image scanning configured (scan frequency MANUAL).');
  });

  it('fails a repository-level scan on push that registry rules override', () => {
    const r = one({ scanOnPush: true, scanning: manual }, { registryScanning: ok({ scanType: 'BASIC', ruleCount: 1 }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app has no image scanning configured (scan frequency MANUAL).');
  });

  it('is UNKNOWN when ecr:BatchGetRepositoryScanningConfiguration is denied', () => {
    const r = one({ scanning: denied('ecr:BatchGetRepositoryScanningConfiguration') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ecr:BatchGetRepositoryScanningConfiguration');
  });

  it('is UNKNOWN when the repository setting needs ecr:GetRegistryScanningConfiguration and it is denied', () => {
    const r = one({ scanOnPush: true, scanning: manual }, { registryScanning: denied('ecr:GetRegistryScanningConfiguration') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ecr:GetRegistryScanningConfiguration');
  });

  it('is UNKNOWN for the region when ecr:DescribeRepositories is denied', () => {
    const r = run(check, buildInventory({ ecr: ecrSection([], { repositories: denied('ecr:DescribeRepositories') }) }));
    expect(r.map((x) => x.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(r[0]?.reason).toContain('ecr:DescribeRepositories');
  });
});
