import { describe, it, expect } from 'vitest';
import { ssmInstanceAssociationCompliant as check } from '../../../src/checks/ssm/ssm-instance-association-compliant.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ssmCompliance, ssmSection } from '../../builders/ssm.js';
import type { SsmComplianceSummary } from '../../../src/model/ssm.js';

const R = 'us-east-1';
const results = (summaries: SsmComplianceSummary[]) =>
  run(check, buildInventory({ ssm: ssmSection({ [R]: { complianceSummaries: ok(summaries) } }) })).filter((r) => r.region === R);

describe('ssm-instance-association-compliant', () => {
  it('passes instances whose association compliance is COMPLIANT', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(results([ssmCompliance('i-1', R, 'Association')])[0]?.reason).toBe(
      'Managed instance i-1 has association compliance status COMPLIANT.',
    );
  });

  it('fails NON_COMPLIANT instances', () => {
    const [r] = results([ssmCompliance('i-1', R, 'Association', { status: 'NON_COMPLIANT', nonCompliantCount: 1 })]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Managed instance i-1 has association compliance status NON_COMPLIANT (1 non-compliant items).');
    expect(r?.resourceArn).toBe('arn:aws:ec2:us-east-1:111122223333:instance/i-1');
  });

  it('is UNKNOWN when ssm:ListResourceComplianceSummaries failed', () => {
    const inv = buildInventory({
      ssm: ssmSection({ [R]: { complianceSummaries: denied('ssm:ListResourceComplianceSummaries', { region: R }) } }),
    });
    expect(run(check, inv).find((x) => x.region === R)?.reason).toContain('ssm:ListResourceComplianceSummaries');
  });
});
