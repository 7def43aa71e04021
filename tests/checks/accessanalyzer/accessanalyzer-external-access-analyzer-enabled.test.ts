import { describe, it, expect } from 'vitest';
import { accessanalyzerExternalAccessAnalyzerEnabled as check } from '../../../src/checks/accessanalyzer/accessanalyzer-external-access-analyzer-enabled.js';
import { accessAnalyzer, compliantAccessAnalyzerSection } from '../../builders/accessanalyzer.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run, statusByArn } from '../../builders/index.js';

// moto has no Access Analyzer backend (tests/collect/accessanalyzer.test.ts shows the collector
// records a ReadError there), so every branch is covered here on built inventories.
const ref = (region: string) => `arn:aws:access-analyzer:${region}:${ACCOUNT_ID}:account`;

describe('accessanalyzer-external-access-analyzer-enabled', () => {
  it('passes in each region with an active external access analyzer', () => {
    const results = run(check, buildInventory());
    expect(statusByArn(results)).toEqual({ [ref('eu-west-1')]: 'PASS', [ref('us-east-1')]: 'PASS' });
    expect(results[0]?.region).toBe('eu-west-1');
    expect(results[0]?.reason).toContain('external-access-eu-west-1');
  });

  it('accepts an organization analyzer', () => {
    const section = compliantAccessAnalyzerSection();
    section.analyzers['us-east-1'] = ok([accessAnalyzer('us-east-1', { name: 'org', type: 'ORGANIZATION' })]);
    expect(statusByArn(run(check, buildInventory({ accessanalyzer: section })))[ref('us-east-1')]).toBe('PASS');
  });

  it('fails a region with no analyzer at all', () => {
    const section = compliantAccessAnalyzerSection();
    section.analyzers['us-east-1'] = ok([]);
    const results = run(check, buildInventory({ accessanalyzer: section }));
    expect(statusByArn(results)).toEqual({ [ref('eu-west-1')]: 'PASS', [ref('us-east-1')]: 'FAIL' });
    expect(results.find((r) => r.status === 'FAIL')?.reason).toBe('Region us-east-1 has no IAM Access Analyzer external access analyzer.');
  });

  it('fails a region with only an unused-access analyzer', () => {
    const section = compliantAccessAnalyzerSection();
    section.analyzers['eu-west-1'] = ok([accessAnalyzer('eu-west-1', { name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS' })]);
    const [result] = run(check, buildInventory({ accessanalyzer: section }));
    expect(result?.status).toBe('FAIL');
    expect(result?.reason).toBe(
      'Region eu-west-1 has no IAM Access Analyzer external access analyzer, only unused (ACCOUNT_UNUSED_ACCESS).',
    );
  });

  it('fails a region whose external access analyzer is not active', () => {
    const section = compliantAccessAnalyzerSection();
    section.analyzers['eu-west-1'] = ok([accessAnalyzer('eu-west-1', { status: 'DISABLED' })]);
    const [result] = run(check, buildInventory({ accessanalyzer: section }));
    expect(result?.status).toBe('FAIL');
    expect(result?.reason).toContain('external-access-eu-west-1 is DISABLED');
  });

  it('is UNKNOWN in a region where ListAnalyzers was denied, naming the action', () => {
    const section = compliantAccessAnalyzerSection();
    section.analyzers['us-east-1'] = denied('access-analyzer:ListAnalyzers', { region: 'us-east-1' });
    const results = run(check, buildInventory({ accessanalyzer: section }));
    expect(statusByArn(results)).toEqual({ [ref('eu-west-1')]: 'PASS', [ref('us-east-1')]: 'UNKNOWN' });
    expect(results[1]?.reason).toContain('access-analyzer:ListAnalyzers was denied in us-east-1');
  });

  it('is UNKNOWN, not PASS, for a scanned region the inventory has no list for', () => {
    const section = compliantAccessAnalyzerSection();
    delete section.analyzers['us-east-1'];
    const results = run(check, buildInventory({ accessanalyzer: section }));
    expect(statusByArn(results)[ref('us-east-1')]).toBe('UNKNOWN');
    expect(results[1]?.reason).toContain('access-analyzer:ListAnalyzers');
  });
});
