import type { AnyCheck } from './types.js';
import { iamChecks } from './iam/index.js';
import { s3Checks } from './s3/index.js';
import { ec2Checks } from './ec2/index.js';
import { cloudtrailChecks } from './cloudtrail/index.js';
import { configChecks } from './config/index.js';
import { cloudwatchChecks } from './cloudwatch/index.js';
import { guarddutyChecks } from './guardduty/index.js';
import { securityhubChecks } from './securityhub/index.js';
import { kmsChecks } from './kms/index.js';
import { accessanalyzerChecks } from './accessanalyzer/index.js';
import { accountChecks } from './account/index.js';
import { organizationsChecks } from './organizations/index.js';
import { identitycenterChecks } from './identitycenter/index.js';
import { macieChecks } from './macie/index.js';
import { manualChecks } from './manual/index.js';
import { snsChecks } from './sns/index.js';
import { sqsChecks } from './sqs/index.js';
import { lambdaChecks } from './lambda/index.js';
import { secretsmanagerChecks } from './secretsmanager/index.js';
import { dynamodbChecks } from './dynamodb/index.js';
import { efsChecks } from './efs/index.js';
import { ecrChecks } from './ecr/index.js';
import { rdsChecks } from './rds/index.js';
import { sagemakerChecks } from './sagemaker/index.js';
import { inspectorChecks } from './inspector/index.js';
import { elbChecks } from './elb/index.js';
import { cloudfrontChecks } from './cloudfront/index.js';
import { wafChecks } from './waf/index.js';
import { shieldChecks } from './shield/index.js';
import { opensearchChecks } from './opensearch/index.js';
import { redshiftChecks } from './redshift/index.js';
import { dmsChecks } from './dms/index.js';
import { apigatewayChecks } from './apigateway/index.js';
import { eksChecks } from './eks/index.js';
import { ssmChecks } from './ssm/index.js';
import { autoscalingChecks } from './autoscaling/index.js';
import { acmChecks } from './acm/index.js';
import { kinesisChecks } from './kinesis/index.js';
import { backupChecks } from './backup/index.js';
import { daxChecks } from './dax/index.js';
import { applicationautoscalingChecks } from './applicationautoscaling/index.js';
import { trustedadvisorChecks } from './trustedadvisor/index.js';
import { budgetsChecks } from './budgets/index.js';
import { cloudformationChecks } from './cloudformation/index.js';
import { ec2userdataChecks } from './ec2userdata/index.js';
import { fmsChecks } from './fms/index.js';

/** The registry: every check, in a stable order (service, then as listed in each service index). */
export const allChecks: readonly AnyCheck[] = [
  ...iamChecks,
  ...s3Checks,
  ...ec2Checks,
  ...cloudtrailChecks,
  ...configChecks,
  ...cloudwatchChecks,
  ...guarddutyChecks,
  ...securityhubChecks,
  ...kmsChecks,
  ...accessanalyzerChecks,
  ...accountChecks,
  ...organizationsChecks,
  ...identitycenterChecks,
  ...macieChecks,
  ...snsChecks,
  ...sqsChecks,
  ...lambdaChecks,
  ...secretsmanagerChecks,
  ...dynamodbChecks,
  ...efsChecks,
  ...ecrChecks,
  ...rdsChecks,
  ...sagemakerChecks,
  ...inspectorChecks,
  ...elbChecks,
  ...cloudfrontChecks,
  ...wafChecks,
  ...shieldChecks,
  ...opensearchChecks,
  ...redshiftChecks,
  ...dmsChecks,
  ...apigatewayChecks,
  ...eksChecks,
  ...ssmChecks,
  ...autoscalingChecks,
  ...acmChecks,
  ...kinesisChecks,
  ...backupChecks,
  ...daxChecks,
  ...applicationautoscalingChecks,
  ...trustedadvisorChecks,
  ...budgetsChecks,
  ...cloudformationChecks,
  ...ec2userdataChecks,
  ...fmsChecks,
  ...manualChecks,
];
