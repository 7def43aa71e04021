import { describe, expect, it } from 'vitest';
import { cloudwatchConsoleSigninWithoutMfaAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-console-signin-without-mfa-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.2';

describe('cloudwatch-console-signin-without-mfa-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.2 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.2'], fsbp: ['CloudWatch.3'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('passes the CIS variant limited to successful IAM user sign-ins', () => {
    const results = runWithPattern(
      check,
      ITEM,
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    );
    expect(results[0]?.status).toBe('PASS');
  });
});
