import { defineCheck } from '../define-check.js';
import { eachReplicationTask, judgeTaskLogging } from './lib.js';

/** The log components of the source database that Security Hub DMS.8 judges. */
const COMPONENTS = ['SOURCE_CAPTURE', 'SOURCE_UNLOAD'] as const;

export const dmsReplicationTaskSourceLoggingEnabled = defineCheck({
  id: 'dms-replication-task-source-logging-enabled',
  title: 'DMS replication tasks log the source database',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsReplicationTask',
  frameworks: { fsbp: ['DMS.8'] },
  rationale:
    'Task logs in CloudWatch are the record of what a migration did to the source database and why it failed. As Security Hub DMS.8, a task fails when logging is off or when SOURCE_CAPTURE or SOURCE_UNLOAD is logged below LOGGER_SEVERITY_DEFAULT (SKIP, ERROR or WARNING).',
  remediation: {
    summary:
      'Turn on task logging (Logging.EnableLogging true) with SOURCE_CAPTURE and SOURCE_UNLOAD at LOGGER_SEVERITY_DEFAULT or more verbose; stop the task before changing its settings.',
    cli: 'aws dms modify-replication-task --replication-task-arn <task-arn> --replication-task-settings file://task-settings.json',
    console:
      'AWS DMS console > Database migration tasks > <task> > Modify > Task settings: Turn on CloudWatch logs, set SOURCE_CAPTURE and SOURCE_UNLOAD to Default or more > Save.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) => eachReplicationTask(inv, ctx, (t, _data, region) => judgeTaskLogging(t, region, 'source', COMPONENTS)),
});
