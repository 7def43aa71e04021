import { z } from 'zod';
import { IsoDate, ReadError } from './observed.js';
import { IamSection } from './iam.js';
import { S3Section } from './s3.js';
import { Ec2Section } from './ec2.js';
import { CloudTrailSection } from './cloudtrail.js';
import { ConfigSection } from './config.js';
import { CloudWatchSection } from './cloudwatch.js';
import { GuardDutySection } from './guardduty.js';
import { SecurityHubSection } from './securityhub.js';
import { KmsSection } from './kms.js';
import { AccessAnalyzerSection } from './accessanalyzer.js';
import { ContactsSection } from './contacts.js';
import { OrganizationsSection } from './organizations.js';
import { IdentityCenterSection } from './identitycenter.js';
import { MacieSection } from './macie.js';
import { SnsSection } from './sns.js';
import { SqsSection } from './sqs.js';
import { LambdaSection } from './lambda.js';
import { SecretsmanagerSection } from './secretsmanager.js';
import { DynamodbSection } from './dynamodb.js';
import { EfsSection } from './efs.js';
import { EcrSection } from './ecr.js';
import { RdsSection } from './rds.js';
import { SageMakerSection } from './sagemaker.js';
import { InspectorSection } from './inspector.js';
import { ElbSection } from './elb.js';
import { CloudfrontSection } from './cloudfront.js';
import { WafSection } from './waf.js';
import { ShieldSection } from './shield.js';
import { OpensearchSection } from './opensearch.js';
import { RedshiftSection } from './redshift.js';
import { DmsSection } from './dms.js';
import { ApigatewaySection } from './apigateway.js';
import { EksSection } from './eks.js';
import { SsmSection } from './ssm.js';
import { AutoscalingSection } from './autoscaling.js';
import { AcmSection } from './acm.js';
import { KinesisSection } from './kinesis.js';
import { BackupSection } from './backup.js';
import { DaxSection } from './dax.js';
import { ApplicationautoscalingSection } from './applicationautoscaling.js';
import { TrustedadvisorSection } from './trustedadvisor.js';
import { BudgetsSection } from './budgets.js';
import { CloudformationSection } from './cloudformation.js';
import { Ec2userdataSection } from './ec2userdata.js';
import { FmsSection } from './fms.js';

/** Bump when a change to the model would make an older inventory mean something else. */
export const INVENTORY_SCHEMA_VERSION = 1;
export const INVENTORY_KIND = 'bulwark-inventory';

/**
 * One section per collector. A section is absent when it was not collected (not selected), which
 * the evaluator reports as UNKNOWN for every check that reads it, never as PASS.
 */
export const sections = {
  iam: IamSection,
  s3: S3Section,
  ec2: Ec2Section,
  cloudtrail: CloudTrailSection,
  config: ConfigSection,
  cloudwatch: CloudWatchSection,
  guardduty: GuardDutySection,
  securityhub: SecurityHubSection,
  kms: KmsSection,
  accessanalyzer: AccessAnalyzerSection,
  contacts: ContactsSection,
  organizations: OrganizationsSection,
  identitycenter: IdentityCenterSection,
  macie: MacieSection,
  sns: SnsSection,
  sqs: SqsSection,
  lambda: LambdaSection,
  secretsmanager: SecretsmanagerSection,
  dynamodb: DynamodbSection,
  efs: EfsSection,
  ecr: EcrSection,
  rds: RdsSection,
  sagemaker: SageMakerSection,
  inspector: InspectorSection,
  elb: ElbSection,
  cloudfront: CloudfrontSection,
  waf: WafSection,
  shield: ShieldSection,
  opensearch: OpensearchSection,
  redshift: RedshiftSection,
  dms: DmsSection,
  apigateway: ApigatewaySection,
  eks: EksSection,
  ssm: SsmSection,
  autoscaling: AutoscalingSection,
  acm: AcmSection,
  kinesis: KinesisSection,
  backup: BackupSection,
  dax: DaxSection,
  applicationautoscaling: ApplicationautoscalingSection,
  trustedadvisor: TrustedadvisorSection,
  budgets: BudgetsSection,
  cloudformation: CloudformationSection,
  ec2userdata: Ec2userdataSection,
  fms: FmsSection,
} as const;
export type SectionKey = keyof typeof sections;
export const SECTION_KEYS = Object.keys(sections) as SectionKey[];

export const InventoryHeader = z.object({
  kind: z.literal(INVENTORY_KIND),
  schemaVersion: z.literal(INVENTORY_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  account: z.object({
    /** sts:GetCallerIdentity Account */
    id: z.string().regex(/^\d{12}$/),
    /** 'aws', 'aws-cn' or 'aws-us-gov', from the caller ARN */
    partition: z.string(),
    /** sts:GetCallerIdentity Arn: who scanned */
    callerArn: z.string(),
  }),
  // Evaluation takes "now" from finishedAt: an unparseable time must be bad input, not a crash.
  startedAt: IsoDate.refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 time'),
  finishedAt: IsoDate.refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 time'),
  regions: z.object({
    /** Enabled regions the scan covered. */
    scanned: z.array(z.string()),
    /** Regions asked for but not scanned (opt-in region not enabled), with why. */
    skipped: z.array(z.object({ region: z.string(), reason: z.string() })),
    /**
     * True when every enabled region was scanned (--region all with discovery working); account-wide
     * conclusions that depend on "no region has X" are only drawn then.
     */
    complete: z.boolean().default(false),
    /** ec2:DescribeRegions failed: the scanned list is the requested or default regions. */
    discoveryError: ReadError.optional(),
  }),
});

export const Inventory = InventoryHeader.extend(
  Object.fromEntries(SECTION_KEYS.map((k) => [k, sections[k].optional()])) as {
    [K in SectionKey]: z.ZodOptional<(typeof sections)[K]>;
  },
);
export type Inventory = z.infer<typeof Inventory>;
export type InventoryHeader = z.infer<typeof InventoryHeader>;

/** An inventory known to hold the sections K (what a check declared it reads). */
export type InventoryWith<K extends SectionKey> = Inventory & { [P in K]-?: NonNullable<Inventory[P]> };
