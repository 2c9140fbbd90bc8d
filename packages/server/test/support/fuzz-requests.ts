/**
 * The fuzz suite's parts: which routes to fuzz (every route the router knows that takes a body, a path
 * parameter or a query parameter, and any route the document does not know), requests for each made
 * from the OpenAPI document's schemas, and what every answer must be: never a 5xx, and a refusal always
 * RFC 9457 problem details.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { valueFor, type Components, type JsonSchema } from './json-schema-arbitrary.js';
import { passesRequestSchemas } from './openapi-conformance.js';
import type { TestResponse } from './test-server.js';

const API = '/api/v1';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface ApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Components };
}

export interface FuzzTarget {
  method: string;
  /** As the router has it, below `/api/v1`: `/me/walks/:id`. */
  route: string;
  pathParameters: string[];
  query: Parameter[];
  /** The documented body's schema; undefined for a route without one. */
  body: JsonSchema | undefined;
  /** False for a route the router knows and the document does not (a planted one): anything goes. */
  documented: boolean;
}

export interface FuzzRequest {
  method: string;
  path: string;
  body?: unknown;
  rawBody?: string;
}

interface RouterRoute {
  method: string;
  path: string;
}

/** Every API route of the router worth fuzzing, described from the document where it knows the route. */
export function fuzzTargets(routes: readonly RouterRoute[], document: ApiDocument): FuzzTarget[] {
  const seen = new Set<string>();
  const targets: FuzzTarget[] = [];
  for (const { method, path } of routes) {
    if (method === 'ALL' || !path.startsWith(`${API}/`)) continue;
    const route = path.slice(API.length).replace(/\/$/, '') || '/';
    const key = `${method} ${route}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const operation = document.paths[route.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
    const parameters = operation?.parameters ?? [];
    const target: FuzzTarget = {
      method,
      route,
      pathParameters: [...route.matchAll(/:(\w+)/g)].map((match) => match[1] ?? ''),
      query: parameters.filter((parameter) => parameter.in === 'query'),
      body: operation?.requestBody?.content?.['application/json']?.schema,
      documented: operation !== undefined,
    };
    const worthFuzzing =
      !target.documented ||
      target.body !== undefined ||
      target.pathParameters.length > 0 ||
      target.query.length > 0;
    if (worthFuzzing) targets.push(target);
  }
  return targets;
}

/**
 * Text for a URL. A lone surrogate has no UTF-8 form, so no client could send it in a URL: its
 * replacement character goes instead.
 */
function encodeForUrl(text: string): string {
  return encodeURIComponent(text.replace(/\p{Surrogate}/gu, '\uFFFD'));
}

/** Path segments: a real id, other ids, and text that trips decoders. */
function pathSegment(realIds: readonly string[]): fc.Arbitrary<string> {
  const odd = fc.constantFrom('%', '%E0%A4%A', '..', '%2e%2e%2f', '%00', 'null', 'undefined', '-1', ' ');
  return fc.oneof(
    ...(realIds.length > 0 ? [{ arbitrary: fc.constantFrom(...realIds), weight: 4 }] : []),
    { arbitrary: fc.uuid(), weight: 2 },
    {
      arbitrary: fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }).map(encodeForUrl),
      weight: 2,
    },
    { arbitrary: odd, weight: 1 },
  );
}

function queryString(query: readonly Parameter[], components: Components): fc.Arbitrary<string> {
  if (query.length === 0) return fc.constant('');
  return fc
    .tuple(
      ...query.map((parameter) =>
        fc.option(
          valueFor(parameter.schema ?? {}, components, true).map(
            (value) =>
              `${parameter.name}=${encodeForUrl(typeof value === 'string' ? value : JSON.stringify(value))}`,
          ),
          { nil: undefined },
        ),
      ),
    )
    .map((pairs) => {
      const present = pairs.filter((pair) => pair !== undefined);
      return present.length === 0 ? '' : `?${present.join('&')}`;
    });
}

type Body = Pick<FuzzRequest, 'body' | 'rawBody'>;

function bodies(target: FuzzTarget, components: Components): fc.Arbitrary<Body> {
  // fetch sends no body with GET or HEAD, whatever the route would do with one.
  if (target.method === 'GET' || target.method === 'HEAD') return fc.constant({});
  const anything = fc.jsonValue({ maxDepth: 3 }).map((body): Body => ({ body }));
  if (target.body === undefined) {
    // Undocumented: the route may read a body anyway. Documented without one: a stray body is ignored.
    return target.documented ? fc.constant({}) : anything;
  }
  const garbage = fc
    .constantFrom('{"a":', '[1,2', 'true false', '\u0000', '"\uD800"')
    .map((rawBody): Body => ({ rawBody }));
  return fc.oneof(
    // Half as the schema says, to reach the services and the database; half with noise here and there.
    { arbitrary: valueFor(target.body, components, false).map((body): Body => ({ body })), weight: 5 },
    { arbitrary: valueFor(target.body, components, true).map((body): Body => ({ body })), weight: 5 },
    { arbitrary: anything, weight: 1 },
    { arbitrary: garbage, weight: 1 },
  );
}

/** Requests for one route: its path parameters, its query and its body, each from the document. */
export function requestsFor(
  target: FuzzTarget,
  document: ApiDocument,
  realIds: readonly string[] = [],
): fc.Arbitrary<FuzzRequest> {
  const components = document.components?.schemas ?? {};
  const segments = fc.tuple(...target.pathParameters.map(() => pathSegment(realIds)));
  return fc
    .tuple(segments, queryString(target.query, components), bodies(target, components))
    .map(([values, query, body]) => {
      let index = 0;
      const path = target.route.replace(/:(\w+)/g, () => values[index++] ?? '');
      return { method: target.method, path: `${path}${query}`, ...body };
    });
}

/** What every answer to anything must be. */
export function expectSafeAnswer(request: FuzzRequest, response: TestResponse): void {
  const where = `${request.method} ${request.path} ${JSON.stringify(request.body ?? request.rawBody ?? null).slice(0, 300)}`;
  expect(response.status, `${where} → ${response.status}: ${response.text.slice(0, 300)}`).toBeLessThan(500);
  expect(response.text, where).not.toMatch(/\n\s+at |node_modules|SQLITE_|syntax error at/);
  if (response.status < 400) return;
  expect(response.headers.get('content-type'), where).toBe('application/problem+json');
  expect(response.body, where).toMatchObject({
    type: expect.stringMatching(/^urn:wandelcoach:problem:[a-z-]+$/),
    title: expect.any(String),
    status: response.status,
    detail: expect.any(String),
    requestId: expect.any(String),
  });
}

/**
 * Whether the request passes the route's own schemas, so that it reaches the service behind them.
 * The body as the server reads it: through JSON.
 */
export function reachesServices(request: FuzzRequest): boolean {
  if (request.rawBody !== undefined) return false;
  const body: unknown = request.body === undefined ? undefined : JSON.parse(JSON.stringify(request.body));
  return passesRequestSchemas(request.method, request.path, body) ?? false;
}
