import type { BackupCondition, BackupSelection } from '../../model/backup.js';

/** AWS Backup's `*` wildcard (ARNs in Resources / NotResources, values in StringLike). */
function wildcard(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

const tagOf = (c: BackupCondition) => c.key.replace(/^aws:ResourceTag\//, '');

/**
 * Whether a selection covers a resource: `yes`, `no`, or `ambiguous` when it lists both
 * Resources and ListOfTags and the resource matches only one of them (how AWS combines the two
 * is not something this reads; neither PASS nor FAIL is then safe).
 * Conditions are ANDed and NotResources exclude, as AWS documents.
 * https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html
 */
export function selectionCovers(s: BackupSelection, arn: string, tags: Readonly<Record<string, string>>): 'yes' | 'no' | 'ambiguous' {
  if (s.notResources.some((p) => wildcard(p, arn))) return 'no';
  const c = s.conditions;
  const holds =
    c.stringEquals.every((x) => tags[tagOf(x)] === x.value) &&
    c.stringNotEquals.every((x) => tags[tagOf(x)] !== x.value) &&
    c.stringLike.every((x) => {
      const v = tags[tagOf(x)];
      return v !== undefined && wildcard(x.value, v);
    }) &&
    c.stringNotLike.every((x) => {
      const v = tags[tagOf(x)];
      return v === undefined || !wildcard(x.value, v);
    });
  if (!holds) return 'no';
  const parts = [
    s.resources.length > 0 ? s.resources.some((p) => wildcard(p, arn)) : null,
    s.listOfTags.length > 0 ? s.listOfTags.some((t) => tags[tagOf(t)] === t.value) : null,
  ].filter((x): x is boolean => x !== null);
  if (parts.length === 0) return 'no';
  if (parts.every(Boolean)) return 'yes';
  return parts.some(Boolean) ? 'ambiguous' : 'no';
}

/**
 * Whether a selection covers a resource known only by ARN, its tags not read (an Aurora member's
 * cluster): `yes` only when the selection names it and has no tag criteria; `ambiguous` when tag
 * criteria would decide.
 */
export function selectionCoversArnOnly(s: BackupSelection, arn: string): 'yes' | 'no' | 'ambiguous' {
  if (s.notResources.some((p) => wildcard(p, arn))) return 'no';
  const c = s.conditions;
  const tagCriteria = s.listOfTags.length + c.stringEquals.length + c.stringNotEquals.length + c.stringLike.length + c.stringNotLike.length;
  const named = s.resources.some((p) => wildcard(p, arn));
  if (tagCriteria === 0) return named ? 'yes' : 'no';
  return named || s.listOfTags.length > 0 ? 'ambiguous' : 'no';
}
