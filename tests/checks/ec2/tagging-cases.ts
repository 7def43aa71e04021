/**
 * The cases every EC2 tagging control is tested with (one data-driven rule, one table of
 * controls): PASS with a user tag, FAIL without tags and with only aws: system tags (exact
 * reasons), UNKNOWN naming the denied Describe call, UNKNOWN for an older inventory that did not
 * record tags, and no finding for a resource that is gone.
 */
import { describe, it, expect } from 'vitest';
import type { AnyCheck } from '../../../src/checks/types.js';
import type { Ec2Region, Ec2Tags } from '../../../src/model/ec2.js';
import { ok } from '../../builders/index.js';
import { deniedEc2, inRegion, runWith } from './helpers.js';

export interface TaggingCase {
  list: keyof Ec2Region;
  /** '<Noun> <id>' as reasons name the resource */
  label: string;
  action: string;
  make: (tags: Ec2Tags) => object;
  /** The kind was listed before tags were recorded: tags null parses from older inventories */
  recordedByOlderVersions: boolean;
  /** Overrides that make the resource gone (not evaluated) */
  gone?: Record<string, unknown>;
}

export function describeTaggingControl(check: AnyCheck, c: TaggingCase): void {
  const one = (item: object) => inRegion(runWith(check, { [c.list]: ok([item]) }));

  describe(check.id, () => {
    it('passes a resource with a user tag and reports its keys', () => {
      const [r] = one(c.make({ owner: 'platform', 'aws:cloudformation:stack-name': 'net', team: 'a' }));
      expect(r?.status).toBe('PASS');
      expect(r?.reason).toBe(`${c.label} is tagged with owner, team.`);
    });

    it('fails a resource without tags', () => {
      const [r] = one(c.make({}));
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe(`${c.label} has no tags.`);
    });

    it('fails a resource with only aws: system tags', () => {
      const [r] = one(c.make({ 'aws:cloudformation:stack-name': 'net' }));
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe(`${c.label} has no tags other than 1 aws: system tag.`);
    });

    it(`is UNKNOWN naming ${c.action} when the list is denied`, () => {
      const [r, ...rest] = inRegion(runWith(check, { [c.list]: deniedEc2(c.action) }));
      expect(rest).toEqual([]);
      expect(r?.status).toBe('UNKNOWN');
      expect(r?.reason).toContain(c.action);
    });

    if (c.recordedByOlderVersions)
      it('is UNKNOWN for an older inventory that did not record tags', () => {
        const [r] = one({ ...c.make({}), tags: null });
        expect(r?.status).toBe('UNKNOWN');
        expect(r?.reason).toContain(c.action);
      });

    if (c.gone) {
      const gone = c.gone;
      it('does not judge a resource that is gone', () => {
        expect(one({ ...c.make({}), ...gone })).toEqual([]);
      });
    }
  });
}
