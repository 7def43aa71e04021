import { describe, expect, it } from 'vitest';
import { accessanalyzerAnalyzerTagged as check } from '../../../src/checks/accessanalyzer/accessanalyzer-analyzer-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { accessAnalyzer } from '../../builders/accessanalyzer.js';
import type { AccessAnalyzerAnalyzer } from '../../../src/model/accessanalyzer.js';

const judge = (...a: AccessAnalyzerAnalyzer[]) =>
  run(check, buildInventory({ accessanalyzer: { analyzers: { 'us-east-1': ok(a), 'eu-west-1': ok([]) } } }));

describe('accessanalyzer-analyzer-tagged (Security Hub IAM.23)', () => {
  it('passes tagged analyzers', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(judge(accessAnalyzer('us-east-1'))[0]).toMatchObject({
      resourceArn: 'arn:aws:access-analyzer:us-east-1:111122223333:analyzer/external-access-us-east-1',
      reason: 'Access Analyzer analyzer external-access-us-east-1 is tagged with owner.',
    });
  });
  it('fails an analyzer of any type without user tags', () => {
    const [r] = judge(accessAnalyzer('us-east-1', { name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', tags: { 'aws:x': '1' } }));
    expect(r).toMatchObject({ status: 'FAIL', reason: 'Access Analyzer analyzer unused has no tags other than 1 aws: system tag.' });
  });
  it('is unknown for an inventory without analyzer tags, and when ListAnalyzers was denied', () => {
    const { tags: _omit, ...old } = accessAnalyzer('us-east-1');
    expect(judge(old)[0]?.reason).toContain('access-analyzer:ListAnalyzers');
    const [r] = run(check, buildInventory({ accessanalyzer: { analyzers: { 'us-east-1': denied('access-analyzer:ListAnalyzers') } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('access-analyzer:ListAnalyzers');
  });
});
