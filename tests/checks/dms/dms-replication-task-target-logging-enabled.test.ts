import { describe, expect, it } from 'vitest';
import { dmsReplicationTaskTargetLoggingEnabled as check } from '../../../src/checks/dms/dms-replication-task-target-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { dmsSection, dmsTaskLogging } from '../../builders/dms.js';
import { compliant, task } from './helpers.js';

const withComponents = (components: Record<string, string>) => ({ logging: ok(dmsTaskLogging({ components })) });

describe('dms-replication-task-target-logging-enabled', () => {
  it('passes tasks logging TARGET_APPLY and TARGET_LOAD at the default severity or more', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(task(check)?.reason).toBe(
      'DMS replication task t1 logs TARGET_APPLY at LOGGER_SEVERITY_DEFAULT and TARGET_LOAD at LOGGER_SEVERITY_DEFAULT.',
    );
    const verbose = task(check, withComponents({ TARGET_APPLY: 'LOGGER_SEVERITY_DETAILED_DEBUG', TARGET_LOAD: 'LOGGER_SEVERITY_DEBUG' }));
    expect(verbose?.status).toBe('PASS');
  });

  it('fails a task with logging turned off', () => {
    const r = task(check, { logging: ok(dmsTaskLogging({ enabled: false })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS replication task t1 has logging turned off (Logging.EnableLogging is false).');
  });

  it('fails a component logged below LOGGER_SEVERITY_DEFAULT', () => {
    const r = task(check, withComponents({ TARGET_APPLY: 'LOGGER_SEVERITY_ERROR', TARGET_LOAD: 'LOGGER_SEVERITY_DEFAULT' }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS replication task t1 logs TARGET_APPLY at LOGGER_SEVERITY_ERROR, below LOGGER_SEVERITY_DEFAULT.');
  });

  it('is UNKNOWN when a component is not listed', () => {
    const r = task(check, withComponents({ TARGET_APPLY: 'LOGGER_SEVERITY_DEFAULT' }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether DMS replication task t1 logs its target database could not be decided: in dms:DescribeReplicationTasks, its settings list no log component TARGET_LOAD.',
    );
  });

  it('is UNKNOWN when the task carries no settings, or they say nothing of EnableLogging', () => {
    expect(task(check, { logging: ok(null) })?.reason).toBe(
      'Whether DMS replication task t1 logs its target database could not be decided: in dms:DescribeReplicationTasks, the task carries no ReplicationTaskSettings.',
    );
    expect(task(check, { logging: ok(dmsTaskLogging({ enabled: null })) })?.status).toBe('UNKNOWN');
  });

  it('is UNKNOWN when the settings did not parse', () => {
    const r = task(check, {
      logging: denied('dms:DescribeReplicationTasks', { kind: 'other', message: 'ReplicationTaskSettings is not JSON' }),
    });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ReplicationTaskSettings is not JSON');
  });

  it('is UNKNOWN for the region when dms:DescribeReplicationTasks is denied', () => {
    const [r] = run(check, buildInventory({ dms: dmsSection({}, { replicationTasks: denied('dms:DescribeReplicationTasks') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dms:DescribeReplicationTasks');
  });
});
