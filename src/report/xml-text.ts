/**
 * XML 1.0 escaping for text and attribute values. Characters XML 1.0 forbids (C0 controls but tab,
 * LF and CR; lone surrogates; U+FFFE/U+FFFF) cannot appear even as character references, so they
 * are written as visible `\uXXXX` text: the report stays well-formed and the reader still sees
 * that the name held a control character. `]]>` needs no special case: `>` is always escaped.
 */
const ILLEGAL_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function xmlText(value: string): string {
  return value.replace(ILLEGAL_XML_CHAR, visible).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** An attribute value (for double quotes); tab, LF and CR as references so parsers keep them. */
export function xmlAttr(value: string): string {
  return xmlText(value).replaceAll('"', '&quot;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;');
}
