/**
 * The Security Hub "<resource> should be tagged" controls (SNS.3, SQS.2, ...), one rule for all:
 * the resource fails when it has no tag key other than system tags (keys beginning with `aws:`,
 * which AWS applies itself and the controls ignore). The controls' optional `requiredTagKeys`
 * parameter has no default, and without it the controls only ask for some tag; Bulwark applies
 * that default.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-3
 */
export function userTagKeys(keys: readonly string[]): string[] {
  return keys.filter((k) => !k.toLowerCase().startsWith('aws:'));
}
