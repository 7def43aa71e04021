import { describe, it, expect } from 'vitest';
import { cloudwatchAlarmActionConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-alarm-action-configured.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudWatchAlarm, compliantCloudWatchSection } from '../../builders/cloudwatch.js';
import type { CloudWatchAlarm } from '../../../src/model/cloudwatch.js';
import type { Observed } from '../../../src/model/observed.js';

const R = 'us-east-1';
function inR(alarms: Observed<CloudWatchAlarm[]>) {
  const section = compliantCloudWatchSection();
  const region = section.regions[R];
  if (region) section.regions[R] = { ...region, alarms };
  return run(check, buildInventory({ cloudwatch: section })).filter((r) => r.region === R);
}

describe('cloudwatch-alarm-action-configured', () => {
  it('passes an alarm with an ALARM action', () => {
    expect(inR(ok([cloudWatchAlarm(R, 'cpu')]))[0]).toMatchObject({ status: 'PASS', reason: 'CloudWatch alarm cpu has 1 ALARM action.' });
  });
  it('fails an alarm without one', () => {
    expect(inR(ok([cloudWatchAlarm(R, 'cpu', { alarmActions: [] })]))[0]).toMatchObject({
      status: 'FAIL',
      reason: 'CloudWatch alarm cpu has no action for the ALARM state.',
    });
  });
  it('is UNKNOWN naming cloudwatch:DescribeAlarms when denied', () => {
    const [r] = inR(denied('cloudwatch:DescribeAlarms', { region: R }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudwatch:DescribeAlarms');
  });
});
