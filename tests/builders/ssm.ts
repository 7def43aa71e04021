import type { SsmComplianceSummary, SsmDocument, SsmManagedInstance, SsmRegion, SsmSection } from '../../src/model/ssm.js';
import { REGIONS, arn, ok } from './common.js';

/** The instance id of tests/builders/ec2.ts's compliant instance (the same in every region). */
export const COMPLIANT_EC2_INSTANCE_ID = 'i-0a1b2c3d4e5f60001';

export function ssmManagedInstance(instanceId: string, overrides: Partial<SsmManagedInstance> = {}): SsmManagedInstance {
  return { instanceId, pingStatus: 'Online', resourceType: 'EC2Instance', ...overrides };
}

/** A COMPLIANT summary of `complianceType` for an EC2 instance. */
export function ssmCompliance(
  resourceId: string,
  region: string,
  complianceType: string,
  overrides: Partial<SsmComplianceSummary> = {},
): SsmComplianceSummary {
  return {
    arn: resourceId.startsWith('i-') ? arn('ec2', region, `instance/${resourceId}`) : arn('ssm', region, `managed-instance/${resourceId}`),
    region,
    resourceId,
    resourceType: 'ManagedInstance',
    complianceType,
    status: 'COMPLIANT',
    nonCompliantCount: 0,
    ...overrides,
  };
}

/** A document owned by the account, not shared. */
export function ssmDocument(name: string, region: string, overrides: Partial<SsmDocument> = {}): SsmDocument {
  return {
    arn: arn('ssm', region, `document/${name}`),
    region,
    name,
    documentType: 'Command',
    tagKeys: ['team'],
    sharedWith: ok([]),
    ...overrides,
  };
}

/** A compliant region: nothing managed or owned, public sharing blocked, Automation logging to CloudWatch. */
export function ssmRegion(overrides: Partial<SsmRegion> = {}): SsmRegion {
  return {
    managedInstances: ok([]),
    complianceSummaries: ok([]),
    documents: ok([]),
    publicSharingPermission: ok('Disable'),
    automationLogDestination: ok('CloudWatch'),
    ...overrides,
  };
}

export function ssmSection(byRegion: Partial<Record<string, Partial<SsmRegion>>> = {}): SsmSection {
  return { regions: Object.fromEntries(REGIONS.map((r) => [r, ssmRegion(byRegion[r] ?? {})])) };
}

/**
 * Compliant in every region. The compliant ec2 section's instances are managed (online) here, with
 * compliant patch and association summaries, and each region has one private document.
 */
export function compliantSsmSection(instanceIds: Partial<Record<string, string[]>> = {}): SsmSection {
  return ssmSection(
    Object.fromEntries(
      REGIONS.map((r) => {
        const ids = instanceIds[r] ?? [COMPLIANT_EC2_INSTANCE_ID];
        return [
          r,
          {
            managedInstances: ok(ids.map((id) => ssmManagedInstance(id))),
            complianceSummaries: ok(ids.flatMap((id) => [ssmCompliance(id, r, 'Patch'), ssmCompliance(id, r, 'Association')])),
            documents: ok([ssmDocument(`runbook-${r}`, r)]),
          },
        ];
      }),
    ),
  );
}
