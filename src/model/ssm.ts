import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A managed node as DescribeInstanceInformation lists it. */
export const SsmManagedInstance = z.object({
  /** InstanceId: `i-...` for EC2 instances, `mi-...` for hybrid nodes */
  instanceId: z.string(),
  /** PingStatus: Online, ConnectionLost or Inactive; null when absent */
  pingStatus: z.string().nullable(),
  /** ResourceType: EC2Instance or ManagedInstance; null when absent */
  resourceType: z.string().nullable(),
});
export type SsmManagedInstance = z.infer<typeof SsmManagedInstance>;

/** One resource's compliance for one compliance type (ListResourceComplianceSummaries). */
export const SsmComplianceSummary = z.object({
  /** The resource's ARN: the EC2 instance ARN for `i-...`, the managed-instance ARN for `mi-...` */
  arn: z.string(),
  region: z.string(),
  /** ResourceId */
  resourceId: z.string(),
  /** ResourceType: ManagedInstance for nodes */
  resourceType: z.string(),
  /** ComplianceType: Patch, Association, or Custom:... */
  complianceType: z.string(),
  /** Status: COMPLIANT or NON_COMPLIANT */
  status: z.string(),
  /** NonCompliantSummary.NonCompliantCount: how many items are non-compliant; null when absent */
  nonCompliantCount: z.number().nullable(),
});
export type SsmComplianceSummary = z.infer<typeof SsmComplianceSummary>;

/** A document the account owns (ListDocuments Owner=Self). */
export const SsmDocument = z.object({
  /** arn:PARTITION:ssm:REGION:ACCOUNT:document/NAME */
  arn: z.string(),
  region: z.string(),
  /** Name */
  name: z.string(),
  /** DocumentType: Command, Automation, ... */
  documentType: z.string().nullable(),
  /** ListDocuments DocumentIdentifiers[].Tags keys (values are not kept); absent in older inventories */
  tagKeys: z.array(z.string()).optional(),
  /** DescribeDocumentPermission (PermissionType Share) AccountIds: `all` when shared publicly; empty when not shared */
  sharedWith: observedSchema(z.array(z.string())),
});
export type SsmDocument = z.infer<typeof SsmDocument>;

/** What Systems Manager holds in one region. */
export const SsmRegion = z.object({
  /** DescribeInstanceInformation: every managed node the region knows, whatever its ping status */
  managedInstances: observedSchema(z.array(SsmManagedInstance)),
  /** ListResourceComplianceSummaries (all compliance types, one paginated read) */
  complianceSummaries: observedSchema(z.array(SsmComplianceSummary)),
  /** ListDocuments with Owner=Self */
  documents: observedSchema(z.array(SsmDocument)),
  /** GetServiceSetting /ssm/documents/console/public-sharing-permission SettingValue: Enable (AWS's default) or Disable; null when absent */
  publicSharingPermission: observedSchema(z.string().nullable()),
  /** GetServiceSetting /ssm/automation/customer-script-log-destination SettingValue: CloudWatch, or None (the default); null when absent */
  automationLogDestination: observedSchema(z.string().nullable()),
});
export type SsmRegion = z.infer<typeof SsmRegion>;

/** What the ssm collector records. */
export const SsmSection = z.object({
  /** Per scanned region */
  regions: regionalSchema(SsmRegion),
});
export type SsmSection = z.infer<typeof SsmSection>;
