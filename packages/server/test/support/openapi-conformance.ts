/**
 * Holds every answer the test suites see to what the OpenAPI document says: a documented status, a
 * documented content type, and a body that parses with the very schema the document was generated
 * from. A route that answers something its definition does not list fails the suite that saw it.
 */
import type { z } from 'zod';
import { accessLogRoutes } from '../../src/http/routes/access-log.routes.js';
import { accountRoutes } from '../../src/http/routes/accounts.routes.js';
import { careTeamRoutes } from '../../src/http/routes/care-team.routes.js';
import { clinicianFlagRoutes } from '../../src/http/routes/clinician-flags.routes.js';
import { clinicianChangeRoutes } from '../../src/http/routes/clinician-changes.routes.js';
import { clinicianNoteRoutes } from '../../src/http/routes/clinician-notes.routes.js';
import { clinicianPatientRoutes } from '../../src/http/routes/clinician-patients.routes.js';
import { meRoutes } from '../../src/http/routes/me.routes.js';
import {
  clinicianOutcomeRoutes,
  outcomeMeasureRoutes,
} from '../../src/http/routes/outcome-measures.routes.js';
import { walkRoutes } from '../../src/http/routes/walks.routes.js';
import { clinicianAuthRoutes } from '../../src/http/routes/clinician-auth.routes.js';
import { practiceRoutes } from '../../src/http/routes/practices.routes.js';

interface Documented {
  method: string;
  path: RegExp;
  template: string;
  responses: Map<string, Map<string, z.ZodType | undefined>>;
  request: RequestSchemas;
}

interface RequestSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: { content?: Record<string, { schema?: z.ZodType }> };
}

interface RouteDefinition {
  type: string;
  route?: {
    method: string;
    path: string;
    request?: RequestSchemas;
    responses: Record<string, { content?: Record<string, { schema?: z.ZodType }> }>;
  };
}

function documented(): Documented[] {
  const mounted = [
    [accountRoutes, ''],
    [walkRoutes, '/me/walks'],
    [meRoutes, '/me'],
    // Care team part 1 (issue 13).
    [careTeamRoutes, '/me/care-team'],
    [accessLogRoutes, '/me/access-log'],
    [clinicianPatientRoutes, '/clinician'],
    // Care team part 2 (issue 14): flags.
    [clinicianFlagRoutes, '/clinician'],
    [clinicianChangeRoutes, '/clinician'],
    [clinicianNoteRoutes, '/clinician'],
    [outcomeMeasureRoutes, '/me/outcome-measures'],
    [clinicianOutcomeRoutes, '/clinician'],
    [practiceRoutes, ''],
    [clinicianAuthRoutes, ''],
  ] as const;
  return mounted.flatMap(([router, prefix]) =>
    (router.openAPIRegistry.definitions as RouteDefinition[]).flatMap((definition) => {
      const route = definition.route;
      if (definition.type !== 'route' || route === undefined) return [];
      const template = `${prefix}${route.path === '/' && prefix !== '' ? '' : route.path}` || '/';
      const pattern = template.replace(/\{\w+\}/g, '[^/]+');
      const responses = new Map(
        Object.entries(route.responses).map(([status, answer]) => [
          status,
          new Map(Object.entries(answer.content ?? {}).map(([type, media]) => [type, media.schema])),
        ]),
      );
      return [
        {
          method: route.method.toUpperCase(),
          path: new RegExp(`^${pattern}/?$`),
          template,
          responses,
          request: route.request ?? {},
        },
      ];
    }),
  );
}

const ROUTES = documented();

/** The documented routes, as `METHOD /path/{param}` under `/api/v1`. */
export function documentedRoutes(): string[] {
  return ROUTES.map((route) => `${route.method} ${route.template}`);
}

/** Throws when an answer differs from the document; `path` is below `/api/v1`, without a query. */
export function expectDocumented(
  method: string,
  path: string,
  status: number,
  contentType: string,
  body: unknown,
): void {
  const route = ROUTES.find((candidate) => candidate.method === method && candidate.path.test(path));
  if (route === undefined) return; // not a documented route: the router's own 404 or 405
  const where = `${method} ${route.template} → ${status}`;
  const answer = route.responses.get(String(status));
  if (answer === undefined) throw new Error(`${where}: the status is not in the OpenAPI document`);
  if (answer.size === 0) {
    if (contentType !== '' && body !== undefined)
      throw new Error(`${where}: a body where the document says none`);
    return;
  }
  const type = contentType.split(';')[0]?.trim() ?? '';
  if (!answer.has(type)) throw new Error(`${where}: content type ${type} is not in the document`);
  const schema = answer.get(type);
  if (schema === undefined || body === undefined) return;
  const result = schema.safeParse(body);
  if (!result.success)
    throw new Error(`${where}: the body differs from the document: ${result.error.message}`);
}

/**
 * Whether a request passes the route's own request schemas (path parameters, query, JSON body), the
 * very ones its validators use; undefined for a route the document does not know. The fuzz suite uses
 * it to show its requests reach the services, not only the validators.
 */
export function passesRequestSchemas(
  method: string,
  pathAndQuery: string,
  body: unknown,
): boolean | undefined {
  const url = new URL(pathAndQuery, 'http://localhost');
  const path = url.pathname;
  const route = ROUTES.find((candidate) => candidate.method === method && candidate.path.test(path));
  if (route === undefined) return undefined;
  const names = [...route.template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const values = path.split('/').filter((_, index) => route.template.split('/')[index]?.startsWith('{'));
  let params: Record<string, string>;
  try {
    params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(values[index] ?? '')]));
  } catch {
    return false;
  }
  const { request } = route;
  const bodySchema = request.body?.content?.['application/json']?.schema;
  return (
    (request.params?.safeParse(params).success ?? true) &&
    (request.query?.safeParse(Object.fromEntries(url.searchParams)).success ?? true) &&
    (bodySchema === undefined || (body !== undefined && bodySchema.safeParse(body).success))
  );
}
