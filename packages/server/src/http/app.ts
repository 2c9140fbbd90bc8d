/**
 * The HTTP application: Web-standard Request in, Response out. Routes stay thin; the services hold
 * the rules and the repositories the SQL. `app.request()` runs it without a socket, for tests.
 */
import { PlanInputError } from '@wandelcoach/engine';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { sql } from 'kysely';
import type { ServiceContext } from '../services/context.js';
import { ServiceError } from '../services/errors.js';
import type { AppEnv } from './env.js';
import { bodySizeLimit } from './middleware/body-size.js';
import { requireCsrfToken, sameOriginJson } from './middleware/csrf.js';
import { allowedHostNames, hostCheck } from './middleware/host-check.js';
import { describeError, requestLog } from './middleware/request-log.js';
import { createLogger, type Logger } from './logger.js';
import { securityHeaders } from './middleware/security-headers.js';
import { requireSession } from './middleware/session.js';
import { openApiDocument } from './openapi.js';
import { hasWebApp, inlineHashes, mountWebApp } from './web-app.js';
import type { TodayRenderer } from './today-page.js';
import { problem } from './problem.js';
import { accountRoutes } from './routes/accounts.routes.js';
import { router } from './routes/define.js';
import { meRoutes } from './routes/me.routes.js';
import { requireClinician } from './middleware/clinician.js';
import { clinicianOutcomeRoutes, outcomeMeasureRoutes } from './routes/outcome-measures.routes.js';
import { accessLogRoutes } from './routes/access-log.routes.js';
import { clinicianAccessLogRoutes } from './routes/clinician-access-log.routes.js';
import { careTeamRoutes } from './routes/care-team.routes.js';
import { clinicianAuthRoutes } from './routes/clinician-auth.routes.js';
import { clinicianFlagRoutes } from './routes/clinician-flags.routes.js';
import { clinicianChangeRoutes } from './routes/clinician-changes.routes.js';
import { clinicianNoteRoutes } from './routes/clinician-notes.routes.js';
import { clinicianPatientRoutes } from './routes/clinician-patients.routes.js';
import { walkRoutes } from './routes/walks.routes.js';
import { practiceRoutes } from './routes/practices.routes.js';

export interface AppOptions {
  /** Folder with the web app's built files, served at `/` when it holds an index.html. */
  webRoot?: string | undefined;
  /**
   * The web app's server build (`loadTodayRenderer`): with it, a signed-in patient's page comes with
   * today's screen in it; without, the plain page.
   */
  todayRenderer?: TodayRenderer | undefined;
  /** The log: one JSON line per request, and unexpected errors (never in the response). */
  logger?: Logger;
  /** Also told of every unexpected error (tests look at them). */
  logError?: (error: unknown) => void;
  /** Extra routes under `/api/v1`, for tests only (a route planted to fail, say). */
  testRoutes?: (api: OpenAPIHono<AppEnv>) => void;
}

/** A client that hung up before its body arrived: nobody waits for the answer, and nothing broke. */
function clientWentAway(c: Context<AppEnv>, error: unknown): boolean {
  if (c.req.raw.signal.aborted) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    (error instanceof Error && error.message === 'aborted')
  );
}

export function createApp(services: ServiceContext, options: AppOptions = {}): Hono<AppEnv> {
  const logger = options.logger ?? createLogger(services.config.logLevel);
  const app = new Hono<AppEnv>();
  app.use(requestLog(logger));
  app.use(async (c, next) => {
    c.set('services', services);
    await next();
  });
  const { config } = services;
  app.use(hostCheck(allowedHostNames(config.publicUrl, config.host), config.trustProxy));
  const webRoot = hasWebApp(options.webRoot) ? options.webRoot : undefined;
  app.use(
    securityHeaders(services.config.secureCookies, webRoot === undefined ? undefined : inlineHashes(webRoot)),
  );

  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(services.db.kysely);
      return c.json({ status: 'ok', database: 'reachable', dialect: services.db.dialect });
    } catch {
      return c.json({ status: 'unavailable', database: 'unreachable', dialect: services.db.dialect }, 503);
    }
  });

  const api = router();
  api.use(async (c, next) => {
    // Health data: no cache, shared or private, may keep a copy. Set before the handler runs: a
    // header added afterwards makes Hono copy the whole response.
    c.header('Cache-Control', 'no-store');
    await next();
  });
  api.use(bodySizeLimit(services.config.maxBodyBytes));
  api.use(sameOriginJson);
  // Made once the routes below are in: the document is generated from their definitions.
  let openApi = '';
  api.get('/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json' }));
  api.route('/', accountRoutes);
  // Matches /me itself too.
  api.use('/me/*', requireSession, requireCsrfToken);
  api.route('/me/walks', walkRoutes);
  api.route('/me', meRoutes);
  // The care team (docs/care-team.md). The patient's side under /me (guarded above); practices and
  // the second factor carry their own session and CSRF checks per route (a clinician proves the
  // second factor before the gate lets them through); patients' records behind the clinician gate.
  api.route('/me/care-team', careTeamRoutes);
  api.route('/me/access-log', accessLogRoutes);
  api.route('/me/outcome-measures', outcomeMeasureRoutes);
  api.route('/', practiceRoutes);
  api.route('/', clinicianAuthRoutes);
  for (const part of ['/clinician/patients/*', '/clinician/patient-invites/*', '/clinician/flags/*']) {
    api.use(part, requireSession, requireCsrfToken, requireClinician);
  }
  api.route('/clinician', clinicianPatientRoutes);
  api.route('/clinician', clinicianFlagRoutes);
  api.route('/clinician', clinicianChangeRoutes);
  api.route('/clinician', clinicianNoteRoutes);
  api.route('/clinician', clinicianAccessLogRoutes);
  api.route('/clinician', clinicianOutcomeRoutes);
  openApi = JSON.stringify(openApiDocument(api));
  // After the document is made: what tests plant is never part of the API.
  options.testRoutes?.(api);
  app.route('/api/v1', api);
  if (webRoot !== undefined) {
    const renderer = options.todayRenderer;
    mountWebApp(app, webRoot, renderer === undefined ? undefined : { renderer, logger });
  }

  // The path as sent, cut short: an answer need not echo eight thousand characters back.
  app.notFound((c) => {
    const path = c.req.path.length > 200 ? `${c.req.path.slice(0, 200)}…` : c.req.path;
    return problem(c, 'route-not-found', `There is no ${c.req.method} ${path}.`);
  });
  app.onError((error, c) => {
    // First: a body that broke off reads as malformed JSON too, but nobody is there to be told.
    if (clientWentAway(c, error)) {
      logger.info(
        { requestId: c.get('requestId') },
        'the client went away before its request arrived in full',
      );
      return problem(c, 'incomplete-body', 'The request body did not arrive in full.');
    }
    if (error instanceof ServiceError) return problem(c, error.kind, error.message, error.extra);
    // The request validators' own refusal: a JSON body that does not parse.
    if (error instanceof HTTPException && error.status === 400) {
      return problem(c, 'malformed-json', 'The request body could not be read as JSON.');
    }
    if (error instanceof PlanInputError) {
      // Stored data the engine no longer accepts: the person has to redo the intake.
      return problem(
        c,
        'invalid-input',
        'The stored intake is no longer valid; please fill in the intake again.',
        {
          errors: error.problems,
        },
      );
    }
    logger.error({ requestId: c.get('requestId'), error: describeError(error) }, 'unexpected error');
    options.logError?.(error);
    return problem(c, 'server-error', 'Please try again. If it keeps happening, tell us.');
  });
  return app;
}
