import { describe, it, expect } from 'vitest';
import { ssmAutomationCloudwatchLoggingEnabled as check } from '../../../src/checks/ssm/ssm-automation-cloudwatch-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ssmSection } from '../../builders/ssm.js';

const R = 'us-east-1';
const one = (value: string | null) =>
  run(check, buildInventory({ ssm: ssmSection({ [R]: { automationLogDestination: ok(value) } }) })).find((r) => r.region === R);

describe('ssm-automation-cloudwatch-logging-enabled', () => {
  it('passes a region logging Automation output to CloudWatch', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one('CloudWatch')?.reason).toBe('Systems Manager Automation sends its output to CloudWatch Logs in us-east-1.');
  });

  it('fails a region with no log destination', () => {
    const r = one('None');
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Systems Manager Automation does not send its output to CloudWatch Logs in us-east-1 (log destination None).');
    expect(one(null)?.reason).toBe(
      'Systems Manager Automation does not send its output to CloudWatch Logs in us-east-1 (log destination not set).',
    );
  });

  it('is UNKNOWN when ssm:GetServiceSetting is denied', () => {
    const inv = buildInventory({ ssm: ssmSection({ [R]: { automationLogDestination: denied('ssm:GetServiceSetting', { region: R }) } }) });
    const r = run(check, inv).find((x) => x.region === R);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ssm:GetServiceSetting');
  });
});
