/**
 * Reads a JSON request body and checks it with a zod schema. Malformed JSON is a 400; a body that
 * is JSON but breaks the schema is a 422 listing every field at fault.
 */
import type { FieldProblem } from '@wandelcoach/engine';
import type { Context } from 'hono';
import type { z } from 'zod';
import { invalidInput } from '../services/errors.js';

export class MalformedJsonError extends Error {
  override readonly name = 'MalformedJsonError';
}

/** `['walks', 2, 'minutes']` → `walks[2].minutes`; the body itself is `(body)`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(body)' : text;
}

/**
 * One problem per field, the first found: after "must be text", zod may go on to check the length
 * of whatever was sent instead, which would only confuse.
 */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  const problems = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: fieldPath([...issue.path, key]), message: 'is not a known field' }))
      : [{ path: fieldPath(issue.path), message: issue.message }],
  );
  return problems.filter((problem, index) => problems.findIndex((p) => p.path === problem.path) === index);
}

export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedJsonError(
      text.trim() === '' ? 'The request needs a JSON body.' : 'The request body could not be read as JSON.',
    );
  }
}

export function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(zodProblems(result.error));
  return result.data;
}

export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  return check(schema, await readJson(c));
}
