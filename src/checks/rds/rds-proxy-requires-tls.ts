import { defineCheck, fail, pass } from '../define-check.js';
import { eachProxy } from './lib.js';

export const rdsProxyRequiresTls = defineCheck({
  id: 'rds-proxy-requires-tls',
  title: 'RDS proxies require TLS for connections',
  service: 'rds',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['RDS.43'] },
  rationale:
    'A proxy that does not require TLS accepts clear-text client connections, exposing credentials and query results on the network even when the database itself enforces TLS.',
  remediation: {
    summary: 'Turn on Require Transport Layer Security for the proxy.',
    cli: 'aws rds modify-db-proxy --db-proxy-name <proxy> --require-tls',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-modifying-proxy.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachProxy(inv, ctx, (p) =>
      p.requireTls ? pass(p, `RDS proxy ${p.name} requires TLS.`) : fail(p, `RDS proxy ${p.name} does not require TLS.`),
    ),
});
