/**
 * Inventory builders. Defaults are compliant resources, so a test states only what makes its
 * case fail; `denyAll` turns any inventory into one where every read was denied.
 */
import type { Inventory, InventoryWith, SectionKey } from '../../src/model/inventory.js';
import { INVENTORY_KIND, INVENTORY_SCHEMA_VERSION } from '../../src/model/inventory.js';
import type { AnyCheck, CheckResult, EvalContext } from '../../src/checks/types.js';
import { DEFAULT_SETTINGS } from '../../src/evaluate/settings.js';
import { compliantIamSection } from './iam.js';
import { compliantS3Section } from './s3.js';
import { compliantEc2Section } from './ec2.js';
import { compliantCloudTrailSection } from './cloudtrail.js';
import { compliantConfigSection } from './config.js';
import { compliantCloudWatchSection } from './cloudwatch.js';
import { compliantGuardDutySection } from './guardduty.js';
import { compliantSecurityHubSection } from './securityhub.js';
import { compliantKmsSection } from './kms.js';
import { compliantAccessAnalyzerSection } from './accessanalyzer.js';
import { compliantContactsSection } from './contacts.js';
import { compliantOrganizationsSection } from './organizations.js';
import { compliantIdentityCenterSection } from './identitycenter.js';
import { compliantMacieSection } from './macie.js';
import { compliantSnsSection } from './sns.js';
import { compliantSqsSection } from './sqs.js';
import { compliantLambdaSection } from './lambda.js';
import { compliantSecretsmanagerSection } from './secretsmanager.js';
import { compliantDynamodbSection } from './dynamodb.js';
import { compliantEfsSection } from './efs.js';
import { compliantEcrSection } from './ecr.js';
import { compliantRdsSection } from './rds.js';
import { compliantSagemakerSection } from './sagemaker.js';
import { compliantInspectorSection } from './inspector.js';
import { compliantElbSection } from './elb.js';
import { compliantCloudfrontSection } from './cloudfront.js';
import { compliantWafSection } from './waf.js';
import { compliantShieldSection } from './shield.js';
import { compliantOpensearchSection } from './opensearch.js';
import { compliantRedshiftSection } from './redshift.js';
import { compliantDmsSection } from './dms.js';
import { compliantApigatewaySection } from './apigateway.js';
import { compliantEksSection } from './eks.js';
import { compliantSsmSection } from './ssm.js';
import { compliantAutoscalingSection } from './autoscaling.js';
import { compliantAcmSection } from './acm.js';
import { compliantKinesisSection } from './kinesis.js';
import { compliantBackupSection } from './backup.js';
import { compliantDaxSection } from './dax.js';
import { compliantApplicationautoscalingSection } from './applicationautoscaling.js';
import { compliantTrustedadvisorSection } from './trustedadvisor.js';
import { compliantBudgetsSection } from './budgets.js';
import { compliantCloudformationSection } from './cloudformation.js';
import { compliantEc2userdataSection } from './ec2userdata.js';
import { compliantFmsSection } from './fms.js';

export { ACCOUNT_ID, NOW, REGIONS, ok, readError, denied, daysAgo, arn } from './common.js';
import { ACCOUNT_ID, NOW, REGIONS, denied } from './common.js';

type Sections = { [K in SectionKey]: NonNullable<Inventory[K]> };

export function compliantSections(): Sections {
  return {
    iam: compliantIamSection(),
    s3: compliantS3Section(),
    ec2: compliantEc2Section(),
    cloudtrail: compliantCloudTrailSection(),
    config: compliantConfigSection(),
    cloudwatch: compliantCloudWatchSection(),
    guardduty: compliantGuardDutySection(),
    securityhub: compliantSecurityHubSection(),
    kms: compliantKmsSection(),
    accessanalyzer: compliantAccessAnalyzerSection(),
    contacts: compliantContactsSection(),
    organizations: compliantOrganizationsSection(),
    identitycenter: compliantIdentityCenterSection(),
    macie: compliantMacieSection(),
    sns: compliantSnsSection(),
    sqs: compliantSqsSection(),
    lambda: compliantLambdaSection(),
    secretsmanager: compliantSecretsmanagerSection(),
    dynamodb: compliantDynamodbSection(),
    efs: compliantEfsSection(),
    ecr: compliantEcrSection(),
    rds: compliantRdsSection(),
    sagemaker: compliantSagemakerSection(),
    inspector: compliantInspectorSection(),
    elb: compliantElbSection(),
    cloudfront: compliantCloudfrontSection(),
    waf: compliantWafSection(),
    shield: compliantShieldSection(),
    opensearch: compliantOpensearchSection(),
    redshift: compliantRedshiftSection(),
    dms: compliantDmsSection(),
    apigateway: compliantApigatewaySection(),
    eks: compliantEksSection(),
    ssm: compliantSsmSection(),
    autoscaling: compliantAutoscalingSection(),
    acm: compliantAcmSection(),
    kinesis: compliantKinesisSection(),
    backup: compliantBackupSection(),
    dax: compliantDaxSection(),
    applicationautoscaling: compliantApplicationautoscalingSection(),
    trustedadvisor: compliantTrustedadvisorSection(),
    budgets: compliantBudgetsSection(),
    cloudformation: compliantCloudformationSection(),
    ec2userdata: compliantEc2userdataSection(),
    fms: compliantFmsSection(),
  };
}

/** A complete, compliant inventory; pass sections to replace whole sections. */
export function buildInventory(overrides: Partial<Sections> = {}): InventoryWith<SectionKey> {
  return {
    kind: INVENTORY_KIND,
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    tool: { name: 'bulwark', version: 'test' },
    account: { id: ACCOUNT_ID, partition: 'aws', callerArn: `arn:aws:iam::${ACCOUNT_ID}:user/auditor` },
    startedAt: NOW.toISOString(),
    finishedAt: NOW.toISOString(),
    regions: { scanned: [...REGIONS], skipped: [], complete: true },
    ...compliantSections(),
    ...overrides,
  };
}

export function evalContext(overrides: Partial<EvalContext> = {}): EvalContext {
  return { now: NOW, accountId: ACCOUNT_ID, partition: 'aws', settings: { ...DEFAULT_SETTINGS }, ...overrides };
}

/** Every Observed in the inventory replaced by an access-denied failure (deep). */
export function denyAll<T>(value: T): T {
  const walk = (v: unknown, path: string): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o['ok'] === true && 'value' in o) return denied(`test:Read${path.replace(/[^A-Za-z0-9]/g, '')}`);
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x, `${path}.${k}`)]));
    }
    return v;
  };
  return walk(value, '') as T;
}

/** Runs one check as the evaluator would, without the runner's NOT_APPLICABLE row. */
export function run(check: AnyCheck, inv: Inventory, ctx: EvalContext = evalContext()): CheckResult[] {
  return (check.evaluate as (i: Inventory, c: EvalContext) => CheckResult[])(inv, ctx);
}

/** Statuses by resource ARN, for compact assertions. */
export function statusByArn(results: CheckResult[]): Record<string, string> {
  return Object.fromEntries(results.map((r) => [r.resourceArn, r.status]));
}
