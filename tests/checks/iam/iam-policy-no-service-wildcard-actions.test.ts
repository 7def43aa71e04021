import { describe, expect, it } from 'vitest';
import { iamPolicyNoServiceWildcardActions as check } from '../../../src/checks/iam/iam-policy-no-service-wildcard-actions.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { doc, iamArn, iamManagedPolicy, iamSection } from '../../builders/iam.js';
import type { IamManagedPolicy } from '../../../src/model/iam.js';

const withPolicies = (...p: IamManagedPolicy[]) => run(check, buildInventory({ iam: iamSection({ policies: { ok: true, value: p } }) }));

describe('iam-policy-no-service-wildcard-actions', () => {
  it('passes named actions and prefixes such as ec2:Describe*, and ignores AWS managed policies', () => {
    const results = withPolicies(
      iamManagedPolicy({
        document: doc(
          { Effect: 'Allow', Action: ['ec2:Describe*', 's3:GetObject'], Resource: '*' },
          { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
        ),
      }),
      iamManagedPolicy({
        policyName: 'AmazonS3FullAccess',
        awsManaged: true,
        document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('policy/developer-access')]: 'PASS' });
  });
  it('fails service:* even on a single resource', () => {
    const [r] = withPolicies(
      iamManagedPolicy({ policyName: 'demo-s3', document: doc({ Effect: 'Allow', Action: 'S3:*', Resource: 'arn:aws:s3:::one/*' }) }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Customer managed policy demo-s3 allows wildcard actions: S3:*.');
  });
  it('fails Allow with NotAction', () => {
    const [r] = withPolicies(iamManagedPolicy({ document: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('NotAction iam:*');
  });
  it('is unknown when GetAccountAuthorizationDetails is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ policies: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
});
