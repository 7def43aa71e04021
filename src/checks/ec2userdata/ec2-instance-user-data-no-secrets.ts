import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';
import { describeSecretMatches } from '../lib/secret-matches.js';

/**
 * Listed under ec2 (so `--service ec2` selects it) but reads its own section, ec2userdata: user
 * data costs one call per instance, and only this check pays for it.
 */
export const ec2InstanceUserDataNoSecrets = defineCheck({
  id: 'ec2-instance-user-data-no-secrets',
  title: 'EC2 instance user data holds no secrets',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  frameworks: { checklist: ['2.3'] },
  rationale:
    'User data is not encrypted: anyone allowed ec2:DescribeInstanceAttribute can read it, and every process on the instance can fetch it from the instance metadata service, including through an SSRF flaw. Access keys, private keys and passwords there are exposed well beyond the instance. The scan keeps only which rule matched on which line, never the value.',
  remediation: {
    summary:
      'Remove the secret from the user data (stop the instance, edit its user data, start it), have the instance fetch it at boot from Secrets Manager or a SecureString SSM parameter through its instance role, and rotate every credential that was exposed.',
    console: 'Amazon EC2 console > Instances > <instance> > Actions > Instance settings > Edit user data (the instance must be stopped).',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
  },
  reads: ['ec2userdata'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2userdata.instances, 'ec2', (i) => {
      const ref = { arn: i.arn, region: i.region, resourceType: 'AwsEc2Instance' as const };
      if (!i.userData.ok) return unknown(ref, i.userData.error);
      const { present, secretMatches } = i.userData.value;
      if (!present) return pass(ref, `EC2 instance ${i.instanceId} has no user data.`);
      if (secretMatches.length === 0) return pass(ref, `EC2 instance ${i.instanceId} user data holds nothing that looks like a secret.`);
      return fail(ref, `EC2 instance ${i.instanceId} user data holds possible secrets: ${describeSecretMatches(secretMatches)}.`);
    }),
});
