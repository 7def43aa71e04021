import { describe, expect, it } from 'vitest';
import { cloudwatchUnauthorizedApiCallsAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-unauthorized-api-calls-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.1';

describe('cloudwatch-unauthorized-api-calls-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.1 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.1'], fsbp: ['CloudWatch.2'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('passes the CIS audit variant with the false-positive exclusions (sourceIPAddress, HeadBucket)', () => {
    const results = runWithPattern(
      check,
      ITEM,
      '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") || ($.sourceIPAddress!="delivery.logs.amazonaws.com") || ($.eventName!="HeadBucket") }',
    );
    expect(results[0]?.status).toBe('PASS');
  });
});
