import type { Ec2UserDataInstance, Ec2userdataSection } from '../../src/model/ec2userdata.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant instance: user data without anything secret-looking. */
export function userDataInstance(instanceId: string, region: string, overrides: Partial<Ec2UserDataInstance> = {}): Ec2UserDataInstance {
  return {
    arn: arn('ec2', region, `instance/${instanceId}`),
    region,
    instanceId,
    userData: ok({ present: true, secretMatches: [] }),
    ...overrides,
  };
}

export function ec2userdataSection(instances: Ec2UserDataInstance[]): Ec2userdataSection {
  return { instances: Object.fromEntries(REGIONS.map((r) => [r, ok(instances.filter((x) => x.region === r))])) };
}

export function compliantEc2userdataSection(): Ec2userdataSection {
  return ec2userdataSection(REGIONS.map((r, i) => userDataInstance(`i-0abc00000000000${i}`, r)));
}
