import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const ec2ImageNotPublic = defineCheck({
  id: 'ec2-image-not-public',
  title: 'AMIs owned by the account are not public',
  service: 'ec2',
  // No Security Hub control covers this; rated like EC2.1 (public snapshots, critical), because a
  // public AMI exposes its backing snapshots to every AWS account in the same way.
  severity: 'critical',
  resourceType: 'Other',
  frameworks: { checklist: ['3.14'] },
  rationale:
    'Anyone can launch a public AMI and read everything baked into it: application code, configuration, credentials and data on its volumes.',
  remediation: {
    summary:
      'Remove the "all" group from the AMI\'s launch permissions, share it with specific accounts or organizations only, and turn on block public access for AMIs.',
    cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{Group=all}]"',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'images', 'ec2', (i) => {
      const label = `AMI ${i.imageId}${i.name ? ` (${i.name})` : ''}`;
      if (i.public) return fail(i, `${label} is public.`);
      if (!i.launchPermissions.ok) return unknown(i, i.launchPermissions.error);
      if (i.launchPermissions.value.some((p) => p.group === 'all')) return fail(i, `${label} grants launch permission to group all.`);
      const shared = i.launchPermissions.value.length;
      return pass(i, `${label} is not public${shared > 0 ? ` (shared with ${shared} account(s) or organization(s))` : ''}.`);
    }),
});
