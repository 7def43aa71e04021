import { ADMIN_PORTS, sgLabel, summarizeExposures, worldExposures } from '../ec2/lib/network.js';
import { defineCheck, eachRegional, fail, missingData, notApplicable, pass, undecided, unknown } from '../define-check.js';
import { managedNode } from './lib/managed-node.js';
import { indexBy } from '../lib/index-by.js';

export const ssmEc2InstanceRemoteAccessThroughSessionManager = defineCheck({
  id: 'ssm-ec2-instance-remote-access-through-session-manager',
  title: 'Running EC2 instances are administered through Session Manager, not SSH or RDP open to the internet',
  service: 'ssm',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  frameworks: { checklist: ['6.6'] },
  rationale:
    'Session Manager gives shell and RDP access with IAM authorization and a logged session, without any inbound port; SSH or RDP open to the internet exposes the instance to brute force and exploits instead. A Bulwark judgment joining checklist rows 4.1 and 6.1, with no Security Hub control. Per running instance: FAIL when one of its security groups admits 0.0.0.0/0 or ::/0 to port 22 or 3389 (all-traffic rules and port ranges included), whether or not Session Manager also reaches it; otherwise PASS when it is a managed node whose agent is online, and FAIL when Session Manager cannot reach it (not a managed node, or its agent not online). Stopped instances are not judged.',
  remediation: {
    summary:
      'Remove the SSH/RDP ingress rules open to 0.0.0.0/0 and ::/0, make the instance a Systems Manager managed node (SSM Agent plus AmazonSSMManagedInstanceCore), and connect with Session Manager (port forwarding covers RDP).',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 22 --cidr 0.0.0.0/0',
    console: 'Systems Manager console > Session Manager > Start session; EC2 console > Security Groups > <group> > Inbound rules > Edit.',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html',
  },
  reads: ['ec2', 'ssm'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (instance, data, region) => {
      if (instance.state === 'terminated' || instance.state === 'shutting-down') return undefined;
      const label = `EC2 instance ${instance.instanceId}`;
      if (instance.state !== 'running') return notApplicable(instance, `${label} is ${instance.state}; only running instances are judged.`);
      if (!data.securityGroups.ok) return unknown(instance, data.securityGroups.error);
      const groups = indexBy(data.securityGroups.value, 'groupId');
      const open: string[] = [];
      const missing: string[] = [];
      for (const id of instance.securityGroupIds) {
        const sg = groups.get(id);
        if (!sg) {
          missing.push(id);
          continue;
        }
        const exposures = worldExposures(sg, ADMIN_PORTS, ['ipv4', 'ipv6']);
        if (exposures.length > 0) open.push(`${sgLabel(sg)}: ${summarizeExposures(exposures)}`);
      }
      if (open.length > 0)
        return fail(
          instance,
          `${label} admits SSH/RDP from the internet through security group ${open.join('; ')}${instance.publicIpAddress ? ` and has public IP ${instance.publicIpAddress}` : ''}.`,
        );
      if (missing.length > 0)
        return undecided(
          instance,
          `Whether ${label} admits SSH/RDP from the internet could not be decided: its security group ${missing.join(', ')} is not in the DescribeSecurityGroups answer.`,
          [missingData('ec2:DescribeSecurityGroups', instance.arn, `security group ${missing.join(', ')} not listed`, { region })],
        );
      const found = managedNode(inv.ssm, ctx, region, instance.instanceId);
      if (!found.ok) return unknown(instance, found.error);
      const node = found.value;
      if (!node)
        return fail(
          instance,
          `${label} has no SSH/RDP open to the internet, but Session Manager cannot reach it: it is not a Systems Manager managed node.`,
        );
      if (node.pingStatus !== 'Online')
        return fail(
          instance,
          `${label} has no SSH/RDP open to the internet, but Session Manager cannot reach it: its SSM Agent is ${node.pingStatus ?? 'not reporting'}.`,
        );
      return pass(instance, `${label} has no SSH/RDP open to the internet and is reachable through Session Manager (agent online).`);
    }),
});
