/** `bulwark diff --format` values; apart from the command so `--help` does not load the diff code. */
export const DIFF_FORMATS = ['console', 'json', 'markdown'] as const;
