/**
 * The ids of REPORT_FORMATS (src/report/formats.ts), in the same order, for `--help`. Kept apart so
 * that printing the help does not load every renderer; tests/report/format-ids.test.ts keeps the two
 * lists equal, so formats.ts stays the one place a format is registered.
 */
export const REPORT_FORMAT_IDS: readonly string[] = ['console', 'json', 'html', 'ocsf', 'asff', 'sarif', 'csv', 'junit', 'markdown'];
