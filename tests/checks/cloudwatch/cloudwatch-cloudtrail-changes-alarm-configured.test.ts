import { describe, expect, it } from 'vitest';
import { cloudwatchCloudtrailChangesAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-cloudtrail-changes-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.5';

describe('cloudwatch-cloudtrail-changes-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.5 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.5'], fsbp: ['CloudWatch.5'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('passes the pattern written without spaces or with quoted event names', () => {
    // Quoted values and no whitespace: CloudWatch Logs treats them as the same terms.
    const compact = METRIC_FILTER_SPECS[ITEM].cisPattern.replace(/\s+/g, '').replace(/=(\w+)\)/g, '="$1")');
    expect(compact).not.toBe(METRIC_FILTER_SPECS[ITEM].cisPattern);
    expect(runWithPattern(check, ITEM, compact)[0]?.status).toBe('PASS');
  });
});
