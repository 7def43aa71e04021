import type { CloudFormationStack, CloudformationSection } from '../../src/model/cloudformation.js';
import { ACCOUNT_ID, REGIONS, ok } from './common.js';

/** A compliant stack: nothing secret-looking, termination protection on, a service role, tagged. */
export function cloudformationStack(name: string, region: string, overrides: Partial<CloudFormationStack> = {}): CloudFormationStack {
  return {
    arn: `arn:aws:cloudformation:${region}:${ACCOUNT_ID}:stack/${name}/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`,
    region,
    name,
    secretMatches: [],
    terminationProtection: true,
    roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/cloudformation-deployer`,
    parentId: null,
    tagKeys: ['owner'],
    ...overrides,
  };
}

export function cloudformationSection(stacks: CloudFormationStack[]): CloudformationSection {
  return { stacks: Object.fromEntries(REGIONS.map((r) => [r, ok(stacks.filter((x) => x.region === r))])) };
}

export function compliantCloudformationSection(): CloudformationSection {
  return cloudformationSection(REGIONS.map((r) => cloudformationStack(`network-${r}`, r)));
}
