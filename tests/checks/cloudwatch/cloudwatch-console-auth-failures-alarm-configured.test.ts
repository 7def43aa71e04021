import { describe, expect, it } from 'vitest';
import { cloudwatchConsoleAuthFailuresAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-console-auth-failures-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.6';

describe('cloudwatch-console-auth-failures-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.6 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.6'], fsbp: ['CloudWatch.6'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('passes the pattern with the event name quoted', () => {
    const results = runWithPattern(check, ITEM, '{($.eventName="ConsoleLogin")&&($.errorMessage="Failed authentication")}');
    expect(results[0]?.status).toBe('PASS');
  });
});
