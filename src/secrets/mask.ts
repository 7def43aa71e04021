/**
 * Masked previews: enough to recognise a secret you already know, never enough to use it.
 *
 * At most the first four and last four characters stay, and fewer for short values (a quarter of
 * the value at most, so an 8-character password shows one character at each end and anything
 * shorter shows nothing). Key IDs (AKIA...) are identifiers, not credentials, so they keep four
 * and four, as the AWS console shows them.
 */
export function maskValue(value: string, options: { identifier?: boolean } = {}): string {
  const keep = options.identifier ? 4 : Math.min(4, Math.floor(value.length / 8));
  const hidden = Math.max(value.length - 2 * keep, 0);
  // The stars are capped so a 2,000-character token does not flood the report; the length says the rest.
  const stars = '*'.repeat(Math.min(hidden, 16));
  const shown = keep > 0 ? `${value.slice(0, keep)}${stars}${value.slice(-keep)}` : stars;
  return hidden > 16 ? `${shown} (${value.length} chars)` : shown;
}

/**
 * A connection string or URL with credentials: the password is replaced by stars, the scheme, user
 * and host stay (they say which system is exposed and are not secret). Null when `text` is not one.
 */
export function maskUrlPassword(text: string): string | null {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^:@/\s]*:)([^@\s]+)(@[^\s]*)$/.exec(text);
  if (!m) return null;
  return `${m[1] ?? ''}${'*'.repeat(Math.min((m[2] ?? '').length, 16))}${(m[3] ?? '').slice(0, 80)}`;
}
