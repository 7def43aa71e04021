import { describe, expect, it } from 'vitest';
import { cloudwatchOrganizationsChangesAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-organizations-changes-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.15';

describe('cloudwatch-organizations-changes-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.15 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.15'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('fails a filter narrowed to another event source than organizations.amazonaws.com', () => {
    const source = METRIC_FILTER_SPECS[ITEM].eventSource;
    const pattern = METRIC_FILTER_SPECS[ITEM].cisPattern.replace(source, 'ec2.amazonaws.com');
    expect(pattern).not.toBe(METRIC_FILTER_SPECS[ITEM].cisPattern);
    expect(runWithPattern(check, ITEM, pattern)[0]?.status).toBe('FAIL');
  });
});
