import type { ReadError } from '../../model/observed.js';
import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';
import { isLive } from './lib/instances.js';

export const ec2KeyPairInUse = defineCheck({
  id: 'ec2-key-pair-in-use',
  title: 'EC2 key pairs are used by an instance or launch template',
  service: 'ec2',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { checklist: ['2.5'] },
  rationale:
    'A key pair that no instance or launch template uses is a private key someone still holds for no purpose; deleting it means a copy that leaks later cannot be used to launch or access new instances. Launch templates count through their $Latest and $Default versions (what Auto Scaling groups usually launch from); other pinned template versions and legacy Auto Scaling launch configurations are not read.',
  remediation: {
    summary:
      'Delete key pairs that no instance or launch template uses (EC2 keeps no copy of the private key; deleting the key pair does not affect running instances). First confirm that no legacy Auto Scaling launch configuration or pinned launch template version names it, which this check does not read: instances launched from those would fail to start.',
    cli: 'aws ec2 delete-key-pair --key-name <key-name>',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/delete-key-pair.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => {
    // A region's live instances and template versions by key name, grouped once per evaluation
    // (filtering every instance for every key pair is quadratic in a large account).
    const groups = new Map<object, Map<string | null | undefined, unknown[]>>();
    const byKey = <T extends { keyName?: string | null | undefined }>(
      list: readonly T[],
      keep: (x: T) => boolean,
      keyName: string,
    ): T[] => {
      let index = groups.get(list) as Map<string | null | undefined, T[]> | undefined;
      if (!index) {
        index = new Map();
        for (const x of list) {
          if (!keep(x)) continue;
          const same = index.get(x.keyName);
          if (same) same.push(x);
          else index.set(x.keyName, [x]);
        }
        groups.set(list, index);
      }
      return index.get(keyName) ?? [];
    };
    return eachRegional(ctx, inv.ec2.regions, 'keyPairs', 'ec2', (k, r, region) => {
      const uses: string[] = [];
      const errors: ReadError[] = [];
      if (r.instances.ok) {
        const instances = byKey(r.instances.value, isLive, k.keyName);
        if (instances.length > 0) uses.push(`${instances.length} instance(s), e.g. ${instances[0]?.instanceId}`);
      } else errors.push(r.instances.error);
      if (r.launchTemplateVersions.ok) {
        const versions = byKey(r.launchTemplateVersions.value, () => true, k.keyName);
        const first = versions[0];
        if (first)
          uses.push(
            `${versions.length} launch template version(s), e.g. ${first.launchTemplateName ?? first.launchTemplateId} version ${first.versionNumber}`,
          );
      } else errors.push(r.launchTemplateVersions.error);
      // Any one reference is enough; only "nothing uses it" needs every read to have succeeded.
      if (uses.length > 0) return pass(k, `Key pair ${k.keyName} is used by ${uses.join(' and ')}.`);
      if (errors.length > 0) return unknown(k, errors, `Could not tell whether key pair ${k.keyName} is in use`);
      return fail(
        k,
        `Key pair ${k.keyName} is not used by any instance or by the $Latest or $Default version of any launch template in ${region}.`,
      );
    });
  },
});
