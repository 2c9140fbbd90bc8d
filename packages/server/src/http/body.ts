/**
 * Field problems from zod: a body, query or path part that breaks its schema is a 422 listing every
 * field at fault, in the words the schemas give (the routes' validators call this).
 */
import type { FieldProblem } from '@wandelcoach/engine';
import type { z } from 'zod';

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
