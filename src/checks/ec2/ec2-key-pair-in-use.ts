import { accountRef, defineCheck, eachRegion, eachResource, fail, pass, unknown } from '../define-check.js';
import { isLive } from './lib/instances.js';

export const ec2KeyPairInUse = defineCheck({
  id: 'ec2-key-pair-in-use',
  title: 'EC2 key pairs are used by at least one instance',
  service: 'ec2',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { checklist: ['2.5'] },
  rationale:
    'A key pair no instance uses is a private key someone still holds for no purpose; deleting it means a copy that leaks later cannot be used to launch or access new instances.',
  remediation: {
    summary: 'Delete key pairs that no instance uses (EC2 keeps no copy of the private key; deleting the key pair does not affect running instances).',
    cli: 'aws ec2 delete-key-pair --key-name <key-name>',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/delete-key-pair.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.ec2.regions, (region, r) =>
      eachResource(r.keyPairs, accountRef(ctx, region, 'ec2'), (k) => {
        if (!r.instances.ok) return unknown(k, r.instances.error, `Could not tell whether key pair ${k.keyName} is in use`);
        const users = r.instances.value.filter((i) => isLive(i) && i.keyName === k.keyName);
        return users.length > 0
          ? pass(k, `Key pair ${k.keyName} is used by ${users.length} instance(s), e.g. ${users[0]?.instanceId}.`)
          : fail(k, `Key pair ${k.keyName} is not used by any instance in ${region}.`);
      }),
    ),
});
