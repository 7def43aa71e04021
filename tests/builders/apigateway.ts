import type { ApigatewayResource, ApigatewaySection } from '../../src/model/apigateway.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant apigateway resource; a test overrides only what makes its case fail. */
export function apigatewayResource(name: string, region: string, overrides: Partial<ApigatewayResource> = {}): ApigatewayResource {
  return { arn: arn('apigateway', region, name), region, name, ...overrides };
}

export function apigatewaySection(resources: ApigatewayResource[]): ApigatewaySection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantApigatewaySection(): ApigatewaySection {
  return apigatewaySection(REGIONS.map((r) => apigatewayResource(`apigateway-${r}`, r)));
}
