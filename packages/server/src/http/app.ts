import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { policyFor, type RoutePolicy } from '../access/route-policy.js';
import { registerAccessRoutes } from '../access/routes.js';
import { enforceRoutePolicy, resolveSession } from '../access/session-hooks.js';
import { registerAssistanceRoutes } from '../assistance/routes.js';
import { registerAuditRoutes } from '../audit/routes.js';
import { registerCaseloadRoutes } from '../caseload/routes.js';
import { registerCaseRoutes } from '../cases/routes.js';
import type { Keyring } from '../crypto/index.js';
import type { Database } from '../db/connect.js';
import { registerDecisionRoutes } from '../decisions/routes.js';
import { registerDirectoryRoutes } from '../directory/routes.js';
import { registerDraftRoutes } from '../drafts/routes.js';
import { registerIdentificationRoutes } from '../identification/routes.js';
import { registerInsightsRoutes } from '../insights/routes.js';
import { registerNoticeRoutes } from '../jobs/routes.js';
import { registerLegalRoutes } from '../legal/routes.js';
import { registerLetterRoutes } from '../letters/routes.js';
import { registerOrganisationRoutes } from '../organisations/routes.js';
import type { Config } from '../platform/config.js';
import { type RequestContext, requestContextStorage } from '../platform/context.js';
import { registerProfileRoutes } from '../profiles/routes.js';
import { registerReferralRoutes } from '../referrals/routes.js';
import { handleError, handleNotFound } from './errors.js';
import { registerHealthRoutes } from './health.js';

export type AppDeps = {
  readonly database: Database;
  readonly keyring: Keyring;
  readonly config: Config;
  readonly demoMode: boolean;
  readonly logger: Logger;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    routePolicies: Map<string, RoutePolicy>;
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_WEB_DIST = resolve(here, '../../../web/dist');

export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorate('routePolicies', new Map<string, RoutePolicy>());
  app.decorateRequest('ctx', null as unknown as RequestContext);

  // Deny by default: a route that declares no policy stops the server from starting.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const policy = policyFor(route.url, route.config?.policy);
    if (!policy) throw new Error(`Route ${methods.join(',')} ${route.url} declares no access policy`);
    for (const m of methods) app.routePolicies.set(`${m} ${route.url}`, policy);
    route.config = { ...route.config, policy };
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: deps.config.cookieSecure ? undefined : false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });

  // Request hooks come after the cookie plugin so that cookies are parsed first.
  app.addHook('onRequest', (req, _reply, done) => {
    const ctx: RequestContext = {
      requestId: req.id,
      log: req.log,
      session: null,
      sessionExpired: false,
      stage: null,
      actor: null,
    };
    req.ctx = ctx;
    requestContextStorage.enterWith(ctx);
    done();
  });
  app.addHook('onRequest', resolveSession);
  // Before validation: a caller without a session, a CSRF token or a permission learns
  // nothing from how their body would have been validated (and gets 401/403, not 400).
  app.addHook('preValidation', enforceRoutePolicy);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenNRM API',
        description:
          'National Referral Mechanism for victims of trafficking in human beings. Every route declares its access policy (x-opennrm-policy).',
        version: deps.config.version,
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'nrm_session' } },
      },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const policy = input.route.config?.policy;
      return policy ? { ...out, schema: { ...out.schema, 'x-opennrm-policy': policy } } : out;
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  await app.register(async (plain) => {
    const api = plain.withTypeProvider<ZodTypeProvider>();
    registerHealthRoutes(api);
    registerAccessRoutes(api);
    registerOrganisationRoutes(api);
    registerCaseRoutes(api);
    registerAuditRoutes(api);
    registerProfileRoutes(api);
    registerIdentificationRoutes(api);
    registerDraftRoutes(api);
    registerReferralRoutes(api);
    registerDecisionRoutes(api);
    registerNoticeRoutes(api);
    registerLetterRoutes(api);
    registerAssistanceRoutes(api);
    registerCaseloadRoutes(api);
    registerDirectoryRoutes(api);
    registerInsightsRoutes(api);
    registerLegalRoutes(api);
    api.get(
      '/api/openapi.json',
      { config: { policy: { kind: 'public', why: 'API description, no data' } }, schema: { hide: true } },
      async () => app.swagger(),
    );
  });

  const webDist = deps.config.webDist ?? DEFAULT_WEB_DIST;
  if (existsSync(join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      index: false,
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    // The root is a directory to @fastify/static; serve the web app's entry page for it.
    app.get(
      '/',
      { config: { policy: { kind: 'public', why: 'web app entry page, no data' } }, schema: { hide: true } },
      (_req, reply) => reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html'),
    );
  }
  return app;
}
