import { describe, expect, it } from 'vitest';
import { iamSupportRoleExists as check } from '../../../src/checks/iam/iam-support-role-exists.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamSection, policyEntity } from '../../builders/iam.js';
import type { IamPolicyEntity, IamSection } from '../../../src/model/iam.js';

const ARN = 'arn:aws:iam::aws:policy/AWSSupportAccess';
const one = (supportAccessEntities: IamSection['supportAccessEntities']) =>
  run(check, buildInventory({ iam: iamSection({ supportAccessEntities }) }))[0];
const entities = (...e: IamPolicyEntity[]): IamSection['supportAccessEntities'] => ({ ok: true, value: { policyArn: ARN, entities: e } });

describe('iam-support-role-exists', () => {
  it('passes when a role has AWSSupportAccess', () => {
    const r = one(entities(policyEntity('role', 'support')));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toContain('support');
  });
  it('fails when nothing has it', () => {
    expect(one(entities())?.status).toBe('FAIL');
  });
  it('fails when only a user has it (CIS asks for a role)', () => {
    const r = one(entities(policyEntity('user', 'bob')));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('only to users or groups (bob)');
  });
  it('fails when the policy does not exist (NoSuchEntity)', () => {
    expect(one({ ok: true, value: null })?.status).toBe('FAIL');
  });
  it('is unknown when ListEntitiesForPolicy is denied', () => {
    const r = one(denied('iam:ListEntitiesForPolicy'));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:ListEntitiesForPolicy');
  });
});
