/**
 * The judgments behind the Security Hub Opensearch.* and ES.* controls. Both families judge the same
 * Amazon OpenSearch Service domains (AWS Config records each domain as AWS::OpenSearch::Domain and
 * as the legacy AWS::Elasticsearch::Domain) and most pairs document the same rule, so each rule is
 * written once here and each check file states which control it answers.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html
 * https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html
 */
import type { OpenSearchDomain, OpenSearchDomainStatus } from '../../model/opensearch.js';
import type { OpensearchSection } from '../../model/opensearch.js';
import { eachRegional, fail, missingData, pass, undecided, unknown, type CheckResult, type EvalContext } from '../define-check.js';

/** The TLS security policy Opensearch.8 and ES.8 require (their tlsPolicies parameter, not customizable). */
export const LATEST_TLS_POLICY = 'Policy-Min-TLS-1-2-PFS-2023-10';

/** The log type of a domain's error logs in LogPublishingOptions (the controls' `logtype = 'error'`). */
export const ERROR_LOGS = 'ES_APPLICATION_LOGS';
export const AUDIT_LOGS = 'AUDIT_LOGS';

export const label = (d: OpenSearchDomain): string => `OpenSearch Service domain ${d.name}`;

type Rule = (domain: OpenSearchDomain, status: OpenSearchDomainStatus) => CheckResult;

/** Runs a rule on every domain whose DescribeDomains answer was read; UNKNOWN for the others. */
export function eachDomain(ctx: EvalContext, section: OpensearchSection, rule: Rule): CheckResult[] {
  return eachRegional(ctx, section.domains, 'es', (domain) =>
    domain.status.ok ? rule(domain, domain.status.value) : unknown(domain, domain.status.error),
  );
}

/** Opensearch.1 / ES.1: EncryptionAtRestOptions.Enabled. */
export const encryptedAtRest: Rule = (d, s) => {
  if (s.encryptionAtRest === true) return pass(d, `${label(d)} encrypts data at rest.`);
  return fail(
    d,
    s.encryptionAtRest === false
      ? `${label(d)} does not encrypt data at rest.`
      : `${label(d)} reports no encryption at rest options, so data at rest is not encrypted.`,
  );
};

/** Opensearch.2 / ES.2: the domain is in a VPC (VPCOptions), not behind a public endpoint. */
export const inVpc: Rule = (d, s) => {
  if (s.vpc && (s.vpc.vpcId !== null || s.vpc.subnetIds.length > 0))
    return pass(
      d,
      `${label(d)} is in a VPC${s.vpc.vpcId ? ` (${s.vpc.vpcId})` : ''} with subnets ${s.vpc.subnetIds.join(', ') || 'not listed'}.`,
    );
  return fail(d, `${label(d)} is not in a VPC: it has a public endpoint.`);
};

/** Opensearch.3 / ES.3: NodeToNodeEncryptionOptions.Enabled. */
export const nodeToNodeEncrypted: Rule = (d, s) => {
  if (s.nodeToNodeEncryption === true) return pass(d, `${label(d)} encrypts traffic between its nodes.`);
  return fail(
    d,
    s.nodeToNodeEncryption === false
      ? `${label(d)} does not encrypt traffic between its nodes (node-to-node encryption is off).`
      : `${label(d)} reports no node-to-node encryption options, so traffic between its nodes is not encrypted.`,
  );
};

/** A log type published to CloudWatch Logs (Opensearch.4 / ES.4 with ES_APPLICATION_LOGS, .5 with AUDIT_LOGS). */
function logsPublished(type: string, what: string): Rule {
  return (d, s) => {
    const entry = s.logPublishing[type];
    if (entry?.enabled)
      return pass(d, `${label(d)} publishes ${what} to CloudWatch Logs${entry.logGroupArn ? ` (${entry.logGroupArn})` : ''}.`);
    return fail(
      d,
      entry
        ? `${label(d)} has ${what} publishing (${type}) disabled.`
        : `${label(d)} does not publish ${what} (${type}) to CloudWatch Logs.`,
    );
  };
}

export const errorLogsPublished = logsPublished(ERROR_LOGS, 'error logs');
export const auditLogsPublished = logsPublished(AUDIT_LOGS, 'audit logs');

/** Opensearch.6 / ES.6: InstanceCount >= 3 and ZoneAwarenessEnabled. */
export const threeDataNodesZoneAware: Rule = (d, s) => {
  const { instanceCount, zoneAwarenessEnabled } = s.cluster;
  if (instanceCount === null || zoneAwarenessEnabled === null)
    return undecided(
      d,
      `Whether ${label(d)} has three data nodes across zones could not be decided: es:DescribeDomains returned no ${instanceCount === null ? 'ClusterConfig.InstanceCount' : 'ClusterConfig.ZoneAwarenessEnabled'}.`,
      [
        missingData('es:DescribeDomains', d.arn, 'the answer carried no ClusterConfig.InstanceCount or ZoneAwarenessEnabled', {
          region: d.region,
        }),
      ],
    );
  const few = instanceCount < 3;
  if (few && !zoneAwarenessEnabled)
    return fail(
      d,
      `${label(d)} has ${instanceCount} data node${instanceCount === 1 ? '' : 's'} (fewer than 3) and zone awareness disabled.`,
    );
  if (few) return fail(d, `${label(d)} has ${instanceCount} data node${instanceCount === 1 ? '' : 's'}, fewer than 3.`);
  if (!zoneAwarenessEnabled) return fail(d, `${label(d)} has ${instanceCount} data nodes but zone awareness disabled.`);
  return pass(d, `${label(d)} has ${instanceCount} data nodes with zone awareness enabled.`);
};

/** ES.7: dedicated master (primary) nodes, at least three. */
export const threeDedicatedMasterNodes: Rule = (d, s) => {
  const { dedicatedMasterEnabled, dedicatedMasterCount } = s.cluster;
  if (dedicatedMasterEnabled === false) return fail(d, `${label(d)} does not use dedicated master nodes.`);
  if (dedicatedMasterEnabled === null)
    return undecided(
      d,
      `Whether ${label(d)} uses dedicated master nodes could not be decided: es:DescribeDomains returned no ClusterConfig.DedicatedMasterEnabled.`,
      [missingData('es:DescribeDomains', d.arn, 'the answer carried no ClusterConfig.DedicatedMasterEnabled', { region: d.region })],
    );
  if (dedicatedMasterCount === null || dedicatedMasterCount < 3)
    return fail(
      d,
      `${label(d)} has ${dedicatedMasterCount === null ? 'an unreported number of' : dedicatedMasterCount} dedicated master node${dedicatedMasterCount === 1 ? '' : 's'}, fewer than 3.`,
    );
  return pass(d, `${label(d)} has ${dedicatedMasterCount} dedicated master nodes.`);
};

/** Opensearch.7: AdvancedSecurityOptions.Enabled (fine-grained access control). */
export const fineGrainedAccessControl: Rule = (d, s) => {
  if (s.fineGrainedAccessControl === true) return pass(d, `${label(d)} has fine-grained access control enabled.`);
  return fail(
    d,
    s.fineGrainedAccessControl === false
      ? `${label(d)} has fine-grained access control disabled.`
      : `${label(d)} reports no advanced security options, so fine-grained access control is not enabled.`,
  );
};

/** Opensearch.8 / ES.8: HTTPS enforced with the latest TLS security policy. */
export const latestTlsPolicy: Rule = (d, s) => {
  if (s.enforceHttps !== true) return fail(d, `${label(d)} does not enforce HTTPS on its endpoint.`);
  if (s.tlsSecurityPolicy !== LATEST_TLS_POLICY)
    return fail(
      d,
      `${label(d)} enforces HTTPS with TLS security policy ${s.tlsSecurityPolicy ?? '(none reported)'}, not the latest policy ${LATEST_TLS_POLICY}.`,
    );
  return pass(d, `${label(d)} enforces HTTPS with TLS security policy ${LATEST_TLS_POLICY}.`);
};

/** Opensearch.10: no service software update available but not installed (ServiceSoftwareOptions.UpdateAvailable). */
export const serviceSoftwareCurrent: Rule = (d, s) => {
  const software = s.serviceSoftware;
  if (software === null || software.updateAvailable === null)
    return undecided(
      d,
      `Whether ${label(d)} has the latest service software could not be decided: es:DescribeDomains returned no ServiceSoftwareOptions.UpdateAvailable.`,
      [missingData('es:DescribeDomains', d.arn, 'the answer carried no ServiceSoftwareOptions.UpdateAvailable', { region: d.region })],
    );
  const current = software.currentVersion ? ` ${software.currentVersion}` : '';
  if (software.updateAvailable)
    return fail(
      d,
      `${label(d)} runs service software${current} with an update${software.newVersion ? ` to ${software.newVersion}` : ''} available but not installed (update status ${software.updateStatus ?? 'not reported'}).`,
    );
  return pass(d, `${label(d)} runs service software${current} with no update available.`);
};
