/**
 * Policy documents as AWS returns them: IAM URL-encodes every document (RFC 3986), other services
 * return plain JSON, and moto mixes both. Decode only when the text is not already JSON, and never
 * throw: a stray "%" makes decodeURIComponent throw, and a throw in a collector would lose every
 * resource it was reading.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyVersion.html
 */
export function parsePolicyText(text: string | null | undefined): unknown {
  if (text === undefined || text === null || text === '') return null;
  let json = text;
  if (!text.trimStart().startsWith('{')) {
    try {
      json = decodeURIComponent(text.replace(/\+/g, '%20'));
    } catch {
      return text;
    }
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // Kept as the raw text: checks see a document they cannot read and say UNKNOWN.
    return text;
  }
}
