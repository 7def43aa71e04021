/**
 * Which environment variable names look like they hold a secret. Only names are judged (the
 * inventory never holds values): a word such as PASSWORD or API_KEY in the name, unless the name
 * says the variable holds a reference to a secret (SECRET_ARN, DB_PASSWORD_PARAMETER, ...), which
 * is the recommended way to pass one.
 */
const SECRET_WORDS =
  /(^|_)(PASSWORD|PASSWD|PASS|PWD|SECRET|SECRETS|TOKEN|APIKEY|API_KEY|ACCESS_KEY|SECRET_KEY|PRIVATE_KEY|CLIENT_SECRET|CREDENTIALS?)($|_)/;
const REFERENCE_SUFFIX = /_(ARN|NAME|ID|PATH|PARAM|PARAMETER|URL|URI|ENDPOINT|REGION|FILE|TTL|EXPIRY|HEADER)$/;

/** The names among `names` that look like secrets, in the order given. */
export function secretLookingNames(names: readonly string[]): string[] {
  return names.filter((n) => {
    const upper = n.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    return SECRET_WORDS.test(upper) && !REFERENCE_SUFFIX.test(upper);
  });
}
