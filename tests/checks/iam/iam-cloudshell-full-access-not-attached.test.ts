import { describe, expect, it } from 'vitest';
import { iamCloudshellFullAccessNotAttached as check } from '../../../src/checks/iam/iam-cloudshell-full-access-not-attached.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamArn, iamSection, policyEntity } from '../../builders/iam.js';
import type { IamSection } from '../../../src/model/iam.js';

const ARN = 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess';
const results = (cloudShellFullAccessEntities: IamSection['cloudShellFullAccessEntities']) =>
  run(check, buildInventory({ iam: iamSection({ cloudShellFullAccessEntities }) }));

describe('iam-cloudshell-full-access-not-attached', () => {
  it('passes when no identity has the policy', () => {
    expect(results({ ok: true, value: { policyArn: ARN, entities: [] } }).map((r) => r.status)).toEqual(['PASS']);
  });
  it('passes when the policy does not exist', () => {
    expect(results({ ok: true, value: null }).map((r) => r.status)).toEqual(['PASS']);
  });
  it('fails each identity that has it, typed by kind', () => {
    const r = results({
      ok: true,
      value: { policyArn: ARN, entities: [policyEntity('user', 'bob'), policyEntity('role', 'ops', '/team/')] },
    });
    expect(r.map((x) => [x.resourceArn, x.status, x.resourceType])).toEqual([
      [iamArn('user/bob'), 'FAIL', 'AwsIamUser'],
      [iamArn('role/team/ops'), 'FAIL', 'AwsIamRole'],
    ]);
    expect(r[0]?.reason).toBe('IAM user bob has the AWSCloudShellFullAccess policy attached.');
  });
  it('is unknown when ListEntitiesForPolicy is denied', () => {
    const [r] = results(denied('iam:ListEntitiesForPolicy'));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:ListEntitiesForPolicy');
  });
});
