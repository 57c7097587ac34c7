import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type FieldError, PROBLEM_BASE, Problem, type ProblemType } from './problem.js';

function send(reply: FastifyReply, req: FastifyRequest, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type: `${PROBLEM_BASE}${problem.type}`,
      title: problem.title,
      status: problem.status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      instance: req.url.split('?')[0],
      requestId: req.id,
      ...problem.extra,
    });
}

/** Fastify's own 4xx errors: the caller's mistake, never a 500. */
const FASTIFY_CLIENT_ERRORS: Record<number, { type: ProblemType; title: string }> = {
  400: { type: 'validation', title: 'The request could not be read.' },
  413: { type: 'payload-too-large', title: 'The request is too large.' },
  415: { type: 'unsupported-media-type', title: 'Send JSON (content-type: application/json).' },
  429: { type: 'rate-limited', title: 'Too many attempts. Please wait and try again.' },
};

export function handleError(
  error: FastifyError | Problem,
  req: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof Problem) return send(reply, req, error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((v) => ({
      path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
      message: v.message ?? 'Invalid value',
    }));
    return send(
      reply,
      req,
      new Problem(400, 'validation', 'Some of the information is not valid.', undefined, { errors }),
    );
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const known = FASTIFY_CLIENT_ERRORS[status] ?? {
      type: 'validation' as const,
      title: 'The request was not accepted.',
    };
    const extra =
      status === 429 && 'retryAfterSeconds' in error ? { retryAfterSeconds: error.retryAfterSeconds } : {};
    return send(reply, req, new Problem(status, known.type, known.title, undefined, extra));
  }
  // Log the failure without its message: driver messages can echo values.
  req.log.error(
    {
      failure: {
        kind: error.name,
        errorCode: error.code,
        stack: error.stack?.split('\n').slice(1).join('\n'),
      },
      serialization: isResponseSerializationError(error) ? true : undefined,
    },
    'request failed',
  );
  return send(
    reply,
    req,
    new Problem(
      500,
      'internal',
      'Something went wrong on our side. Nothing you sent was lost; please try again.',
    ),
  );
}

export function handleNotFound(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (
    req.method === 'GET' &&
    !req.url.startsWith('/api/') &&
    typeof (reply as { sendFile?: unknown }).sendFile === 'function'
  ) {
    return reply.type('text/html').sendFile('index.html');
  }
  return send(reply, req, new Problem(404, 'not-found', 'There is nothing at this address.'));
}
