import { describe, expect, it } from 'vitest';
import { cloudwatchRootUsageAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-root-usage-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.3';

describe('cloudwatch-root-usage-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.3 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.3'], fsbp: ['CloudWatch.1'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('passes a filter on root activity without the invokedBy / AwsServiceEvent exclusions (a superset)', () => {
    const results = runWithPattern(check, ITEM, '{ $.userIdentity.type = "Root" }');
    expect(results[0]?.status).toBe('PASS');
  });
});
