import { describe, it, expect } from 'vitest';
import { ssmInstancePatchCompliant as check } from '../../../src/checks/ssm/ssm-instance-patch-compliant.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ssmCompliance, ssmSection } from '../../builders/ssm.js';
import type { SsmComplianceSummary } from '../../../src/model/ssm.js';

const R = 'us-east-1';
const results = (summaries: SsmComplianceSummary[]) =>
  run(check, buildInventory({ ssm: ssmSection({ [R]: { complianceSummaries: ok(summaries) } }) })).filter((r) => r.region === R);

describe('ssm-instance-patch-compliant', () => {
  it('passes instances whose patch compliance is COMPLIANT', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(results([ssmCompliance('i-1', R, 'Patch')])[0]?.reason).toBe('Managed instance i-1 has patch compliance status COMPLIANT.');
  });

  it('fails NON_COMPLIANT instances, with the count of missing patches', () => {
    const [r] = results([ssmCompliance('mi-1', R, 'Patch', { status: 'NON_COMPLIANT', nonCompliantCount: 3 })]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Managed instance mi-1 has patch compliance status NON_COMPLIANT (3 non-compliant items).');
    expect(r?.resourceArn).toBe('arn:aws:ssm:us-east-1:111122223333:managed-instance/mi-1');
  });

  it('ignores other compliance types, so instances without patch data get no finding', () => {
    expect(results([ssmCompliance('i-1', R, 'Association', { status: 'NON_COMPLIANT' })])).toEqual([]);
  });

  it('is UNKNOWN for an unexpected status', () => {
    expect(results([ssmCompliance('i-1', R, 'Patch', { status: 'UNSPECIFIED_DATA' })])[0]?.status).toBe('UNKNOWN');
  });

  it('is UNKNOWN when ssm:ListResourceComplianceSummaries failed', () => {
    const inv = buildInventory({
      ssm: ssmSection({ [R]: { complianceSummaries: denied('ssm:ListResourceComplianceSummaries', { region: R }) } }),
    });
    const r = run(check, inv).find((x) => x.region === R);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ssm:ListResourceComplianceSummaries');
  });
});
