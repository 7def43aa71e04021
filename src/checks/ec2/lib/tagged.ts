/**
 * The EC2 resource-tagging controls (EC2.33-EC2.52, EC2.174-EC2.179) as one data-driven rule:
 * each control is a row (which list of the region's data, how to name a resource) and reports
 * under its own check id and control id. The judgment is the shared one of `lib/tags.ts`: with
 * Security Hub's default parameters a resource passes with at least one user tag key.
 */
import type { Ec2Region, Ec2Tags } from '../../../model/ec2.js';
import type { Observed } from '../../../model/observed.js';
import type { ResourceType } from '../../../model/resource-types.js';
import { accountRef, defineCheck, eachRegion, eachResource, unknown, type ResourceRef } from '../../define-check.js';
import { taggedVerdict } from '../../lib/tags.js';

export interface Ec2TaggingControl<T> {
  /** Check id: ec2-<resource>-tagged */
  id: string;
  /** The Security Hub control, e.g. 'EC2.33' */
  controlId: string;
  title: string;
  resourceType: ResourceType;
  /** What one resource is called in a reason: 'Transit gateway attachment' */
  noun: string;
  /** The Describe call the tags come with (named when an older inventory did not record them) */
  action: string;
  docs: string;
  /** The list of the region's data this control walks */
  select: (region: Ec2Region) => Observed<readonly T[]>;
  /** The resource's id as AWS shows it */
  idOf: (item: T) => string;
  /** Its tags; null when the inventory did not record them (older Bulwark) */
  tagsOf: (item: T) => Ec2Tags | null;
  /**
   * Its ARN and region (defaults to the item's own arn and region); `accountArn` is the region's
   * arn:<partition>:ec2:<region>:<account>:account, for kinds whose Describe call gives no ARN.
   */
  refOf?: (item: T, region: string, accountArn: string) => ResourceRef;
  /** States in which the resource is gone and not evaluated (deleted, terminated, ...) */
  gone?: (item: T) => boolean;
}

/** A check for one tagging control. */
export function defineEc2TaggedCheck<T extends object>(c: Ec2TaggingControl<T>) {
  const refOf = c.refOf ?? ((item: T) => item as unknown as ResourceRef);
  return defineCheck({
    id: c.id,
    title: c.title,
    service: 'ec2',
    severity: 'low',
    resourceType: c.resourceType,
    frameworks: { fsbp: [c.controlId] },
    rationale: `Tags say who owns a resource and what it is for, which incident response, cost allocation and attribute-based access control depend on. As Security Hub ${c.controlId} with its default parameters (no required tag keys), a resource passes with any tag key that is not a system tag (aws:...).`,
    remediation: {
      summary: 'Tag the resource, at least with its owner.',
      cli: 'aws ec2 create-tags --resources <resource-id> --tags Key=owner,Value=<team>',
      docs: c.docs,
    },
    reads: ['ec2'],
    evaluate: (inv, ctx) =>
      eachRegion(inv.ec2.regions, (region, data) =>
        eachResource(c.select(data), accountRef(ctx, region, 'ec2'), (item) => {
          if (c.gone?.(item)) return undefined;
          const ref = refOf(item, region, accountRef(ctx, region, 'ec2').arn);
          const tags = c.tagsOf(item);
          const label = `${c.noun} ${c.idOf(item)}`;
          if (tags === null)
            return unknown(ref, {
              action: c.action,
              kind: 'not-supported',
              target: ref.arn,
              region,
              message: `This inventory was collected by a Bulwark version that did not record the tags of ${label}.`,
            });
          return taggedVerdict(ref, label, { ok: true, value: tags });
        }),
      ),
  });
}

/** arn:<partition>:ec2:<region>:<account>:<resource>, from the region's account ARN. */
export const ec2ArnFrom = (accountArn: string, resource: string): string => accountArn.replace(/:account$/, `:${resource}`);
