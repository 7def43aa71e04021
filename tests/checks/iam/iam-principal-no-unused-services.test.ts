import { describe, expect, it } from 'vitest';
import { iamPrincipalNoUnusedServices as check } from '../../../src/checks/iam/iam-principal-no-unused-services.js';
import { buildInventory, daysAgo, denied, readError, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamRole, iamSection, iamUser, serviceLastAccessed } from '../../builders/iam.js';

const never = (ns: string) => serviceLastAccessed({ serviceNamespace: ns, serviceName: ns, lastAuthenticated: null });

describe('iam-principal-no-unused-services', () => {
  it('passes principals that used every granted service and skips service-linked roles', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => r.status)).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
    expect(results.map((r) => r.resourceArn)).not.toContain(iamArn('role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport'));
  });
  it('fails a user and a role with never-used services', () => {
    const results = run(
      check,
      buildInventory({
        iam: iamSection({
          users: {
            ok: true,
            value: [iamUser({ serviceLastAccessed: { ok: true, value: [serviceLastAccessed(), never('ec2'), never('iam')] } })],
          },
          roles: { ok: true, value: [iamRole({ serviceLastAccessed: { ok: true, value: [never('dynamodb')] } })] },
        }),
      }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'FAIL', [iamArn('role/app')]: 'FAIL' });
    expect(results[0]?.reason).toBe('IAM user alice is allowed 3 services and never used 2 of them: ec2, iam.');
  });
  it('does not judge principals created in the last 30 days', () => {
    const [r] = run(
      check,
      buildInventory({
        iam: iamSection({
          users: { ok: true, value: [iamUser({ createDate: daysAgo(3), serviceLastAccessed: { ok: true, value: [never('ec2')] } })] },
          roles: { ok: true, value: [] },
        }),
      }),
    );
    expect(r?.status).toBe('NOT_APPLICABLE');
  });
  it('is unknown when the API is not supported (moto answers HTTP 500)', () => {
    const error = readError('iam:GenerateServiceLastAccessedDetails', { kind: 'not-supported', message: 'HTTP 500' });
    const [r] = run(
      check,
      buildInventory({
        iam: iamSection({
          users: { ok: true, value: [iamUser({ serviceLastAccessed: { ok: false, error } })] },
          roles: { ok: true, value: [] },
        }),
      }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GenerateServiceLastAccessedDetails is not supported here');
  });
  it('skips an AWS-reserved role even with never-used services on record', () => {
    const reserved = iamRole({
      roleName: 'AWSReservedSSO_admin',
      path: '/aws-reserved/sso.amazonaws.com/',
      serviceLastAccessed: { ok: true, value: [never('ec2')] },
    });
    expect(
      run(check, buildInventory({ iam: iamSection({ users: { ok: true, value: [] }, roles: { ok: true, value: [reserved] } }) })),
    ).toEqual([]);
  });
  it('is unknown for a customer role whose details were not read (null), never a pass', () => {
    const [r] = run(
      check,
      buildInventory({
        iam: iamSection({ users: { ok: true, value: [] }, roles: { ok: true, value: [iamRole({ serviceLastAccessed: null })] } }),
      }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GenerateServiceLastAccessedDetails');
  });
  it('is unknown when GetServiceLastAccessedDetails is denied', () => {
    const [r] = run(
      check,
      buildInventory({
        iam: iamSection({
          users: { ok: true, value: [iamUser({ serviceLastAccessed: denied('iam:GetServiceLastAccessedDetails') })] },
          roles: { ok: true, value: [] },
        }),
      }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetServiceLastAccessedDetails');
  });
});
