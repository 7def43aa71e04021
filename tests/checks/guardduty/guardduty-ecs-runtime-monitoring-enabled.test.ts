import { guarddutyEcsRuntimeMonitoringEnabled as check } from '../../../src/checks/guardduty/guardduty-ecs-runtime-monitoring-enabled.js';
import { describePlanControl } from './plan-cases.js';

describePlanControl(check, { plan: 'ECS Runtime Monitoring', features: ['RUNTIME_MONITORING'], agent: 'ECS_FARGATE_AGENT_MANAGEMENT' });
