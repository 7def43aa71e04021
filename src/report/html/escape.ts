import { createHash } from 'node:crypto';

/**
 * Escaping for the HTML report. Everything in a findings document may come from the scanned
 * account (resource names, tags quoted in reasons, policies), so every value goes through one of
 * these before it reaches the page.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and double-quoted attribute values. */
export const escapeHtml = (value: string | number): string => String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` become \u escapes
 * so no `</script>` or `<!--` in a resource name can end the block, and U+2028/U+2029 are escaped
 * so the text stays valid in every JavaScript parser. JSON.parse reads the escapes back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return scriptSafeJson(JSON.stringify(value));
}

/** JSON text made safe inside a script element, as jsonForScript does; works on any piece of the text. */
export function scriptSafeJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A link target only when it is an absolute https URL; never javascript:, data: or relative. */
export function safeHttpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The CSP source expression allowing exactly this inline script or style. */
export const cspHash = (content: string): string => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
