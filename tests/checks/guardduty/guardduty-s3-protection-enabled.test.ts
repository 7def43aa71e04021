import { guarddutyS3ProtectionEnabled as check } from '../../../src/checks/guardduty/guardduty-s3-protection-enabled.js';
import { describePlanControl } from './plan-cases.js';

describePlanControl(check, { plan: 'S3 Protection', features: ['S3_DATA_EVENTS'] });
