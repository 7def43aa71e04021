import { defineCheck } from '../define-check.js';
import { eachReplicationTask, judgeTaskLogging } from './lib.js';

/** The log components of the target database that Security Hub DMS.7 judges. */
const COMPONENTS = ['TARGET_APPLY', 'TARGET_LOAD'] as const;

export const dmsReplicationTaskTargetLoggingEnabled = defineCheck({
  id: 'dms-replication-task-target-logging-enabled',
  title: 'DMS replication tasks log the target database',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsReplicationTask',
  frameworks: { fsbp: ['DMS.7'] },
  rationale:
    'Task logs in CloudWatch are the record of what a migration did to the target database and why it failed. As Security Hub DMS.7, a task fails when logging is off or when TARGET_APPLY or TARGET_LOAD is logged below LOGGER_SEVERITY_DEFAULT (SKIP, ERROR or WARNING).',
  remediation: {
    summary:
      'Turn on task logging (Logging.EnableLogging true) with TARGET_APPLY and TARGET_LOAD at LOGGER_SEVERITY_DEFAULT or more verbose; stop the task before changing its settings.',
    cli: 'aws dms modify-replication-task --replication-task-arn <task-arn> --replication-task-settings file://task-settings.json',
    console:
      'AWS DMS console > Database migration tasks > <task> > Modify > Task settings: Turn on CloudWatch logs, set TARGET_APPLY and TARGET_LOAD to Default or more > Save.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) => eachReplicationTask(inv, ctx, (t, _data, region) => judgeTaskLogging(t, region, 'target', COMPONENTS)),
});
