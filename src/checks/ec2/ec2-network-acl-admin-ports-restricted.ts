import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { ADMIN_PORTS, naclWorldExposures } from './lib/network.js';

export const ec2NetworkAclAdminPortsRestricted = defineCheck({
  id: 'ec2-network-acl-admin-ports-restricted',
  title: 'Network ACLs do not allow ingress from 0.0.0.0/0 or ::/0 to ports 22 or 3389',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2NetworkAcl',
  frameworks: { fsbp: ['EC2.21'], 'cis-3.0': ['5.1'], checklist: ['4.5'] },
  rationale:
    'Network ACLs are the subnet-level layer in front of security groups; letting the whole internet reach SSH or RDP there leaves a single security group mistake between an attacker and the host.',
  remediation: {
    summary:
      'Add lower-numbered deny entries for ports 22 and 3389 from 0.0.0.0/0 and ::/0, or replace allow-all entries with entries for the ports and sources that are needed.',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number <n> --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'networkAcls', 'ec2', (acl) => {
      const exposed = naclWorldExposures(acl, ADMIN_PORTS);
      const label = `Network ACL ${acl.networkAclId}${acl.isDefault ? ' (default)' : ''}`;
      if (exposed.length === 0) return pass(acl, `${label} does not allow ingress from the internet to ports 22 or 3389.`);
      const what = exposed.map((e) => `${e.protocol} ${e.port} from ${e.source} (rule ${e.ruleNumber})`);
      return fail(acl, `${label} allows ingress to remote administration ports: ${[...new Set(what)].join(', ')}.`);
    }),
});
