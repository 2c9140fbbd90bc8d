/**
 * Values for the fuzz suite, made from the OpenAPI document's JSON Schemas. Without noise: values the
 * schema allows, so requests get past validation and reach the services and the database. With noise:
 * here and there the values just outside it that break careless code: the wrong type, one past a
 * bound, a fraction for a whole number, an impossible date, a missing or unknown field.
 */
import fc from 'fast-check';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export type Components = Readonly<Record<string, JsonSchema>>;

/** Any JSON at all, small: the wrong type wherever it lands. */
const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

/** Text that has broken parsers, encoders and SQL before. */
const nastyText = fc.constantFrom(
  '',
  ' ',
  "'; drop table walks; --",
  '\u0000',
  '\uD800',
  '👣'.repeat(60),
  'é'.repeat(300),
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'NaN',
  '-0',
);

function resolve(schema: JsonSchema, components: Components): JsonSchema {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const found = components[name];
  if (found === undefined) throw new Error(`The document refers to ${schema.$ref}, which it does not define`);
  return found;
}

function isoDay(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
}

/**
 * Dates mostly near the test clock's today (2026-11-21), where plans and walks live, some across the
 * product's whole range; with noise also ones that are no date at all.
 */
function dates(noise: boolean): fc.Arbitrary<string> {
  const near = isoDay('2026-10-01', '2027-01-31');
  const wide = isoDay('1999-06-01', '2028-12-31');
  const plausible = fc.oneof({ arbitrary: near, weight: 4 }, { arbitrary: wide, weight: 1 });
  if (!noise) return plausible;
  const odd = fc.constantFrom('0000-01-01', '9999-12-31', '2026-02-30', '2026-13-01', '2026-1-1', '20261121');
  return fc.oneof({ arbitrary: plausible, weight: 6 }, { arbitrary: odd, weight: 1 });
}

function strings(schema: JsonSchema, noise: boolean): fc.Arbitrary<string> {
  if (schema.format === 'date') return dates(noise);
  if (schema.format === 'uuid') return noise ? fc.oneof(fc.uuid(), nastyText) : fc.uuid();
  if (schema.format === 'email') {
    // Plain addresses, as people have them; RFC 5321's stranger forms only with noise.
    const plain = fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9.]{0,20}[a-z0-9]$/),
        fc.constantFrom('example.nl', 'example.com'),
      )
      .map(([name, domain]) => `${name.replace(/\.{2,}/g, '.')}@${domain}`);
    return noise ? fc.oneof(plain, fc.emailAddress(), nastyText) : plain;
  }
  if (schema.examples !== undefined && schema.examples.length > 0) {
    const examples = fc.constantFrom(...(schema.examples as string[]));
    return noise ? fc.oneof(examples, fc.string(), nastyText) : examples;
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 120, minLength + 120);
  const fitting = fc.string({ minLength, maxLength, unit: 'grapheme' });
  const outside = [
    ...(schema.minLength !== undefined && schema.minLength > 0
      ? [fc.string({ maxLength: schema.minLength - 1 })]
      : []),
    ...(schema.maxLength !== undefined
      ? [fc.string({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 40 })]
      : []),
    nastyText,
  ];
  return fc.oneof(
    { arbitrary: fitting, weight: 4 },
    ...outside.map((arbitrary) => ({ arbitrary, weight: 1 })),
  );
}

function numbers(schema: JsonSchema, whole: boolean, noise: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1e6;
  const max = schema.maximum ?? 1e6;
  const fitting = whole
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  if (!noise) return fitting;
  const edges = fc.constantFrom(min, max, min - 1, max + 1, min + 0.5, -0, 1e308, -1e308, 2 ** 53 + 1);
  return fc.oneof({ arbitrary: fitting, weight: 4 }, { arbitrary: edges, weight: 1 });
}

function arrays(
  schema: JsonSchema,
  components: Components,
  depth: number,
  noise: boolean,
): fc.Arbitrary<unknown[]> {
  const items = schema.items === undefined ? anyJson : valueFor(schema.items, components, noise, depth + 1);
  const minLength = schema.minItems ?? 0;
  return fc.array(items, { minLength, maxLength: Math.min(schema.maxItems ?? 6, minLength + 6) });
}

/** An object as the schema says, then perhaps a field dropped, one added, or one given the wrong type. */
function objects(
  schema: JsonSchema,
  components: Components,
  depth: number,
  noise: boolean,
): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const record = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [
        name,
        valueFor(property, components, noise, depth + 1),
      ]),
    ),
    { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) },
  );
  const names = Object.keys(properties);
  type Change =
    { kind: 'none' } | { kind: 'drop' | 'retype'; name: string; value?: unknown } | { kind: 'add' };
  const change: fc.Arbitrary<Change> =
    names.length === 0 || !noise
      ? fc.constant<Change>({ kind: 'none' })
      : fc.oneof(
          { arbitrary: fc.constant<Change>({ kind: 'none' }), weight: 5 },
          { arbitrary: fc.constantFrom(...names).map((name): Change => ({ kind: 'drop', name })), weight: 1 },
          {
            arbitrary: fc
              .tuple(fc.constantFrom(...names), anyJson)
              .map(([name, value]): Change => ({ kind: 'retype', name, value })),
            weight: 1,
          },
          { arbitrary: fc.constant<Change>({ kind: 'add' }), weight: 1 },
        );
  return fc.tuple(record, change).map(([value, how]) => {
    let copy: Record<string, unknown> = { ...value };
    switch (how.kind) {
      case 'none':
        break;
      case 'drop':
        copy = Object.fromEntries(Object.entries(copy).filter(([name]) => name !== how.name));
        break;
      case 'retype':
        copy[how.name] = how.value;
        break;
      case 'add':
        // An own "__proto__" key, as JSON.parse makes it: the server must neither pollute nor crash.
        Object.defineProperty(copy, '__proto__', { value: { isAdmin: true }, enumerable: true });
        copy['unexpected'] = 1;
        break;
    }
    return copy;
  });
}

/** A value for `schema`: one it allows; with `noise`, here and there one just outside it. */
export function valueFor(
  schema: JsonSchema,
  components: Components,
  noise: boolean,
  depth = 0,
): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, components);
  if (depth > 6) return anyJson;
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  if (alternatives !== undefined) {
    return fc.oneof(
      ...alternatives.map((alternative) => valueFor(alternative, components, noise, depth + 1)),
    );
  }
  if (resolved.enum !== undefined) {
    if (!noise) return fc.constantFrom(...resolved.enum);
    return fc.oneof(
      { arbitrary: fc.constantFrom(...resolved.enum), weight: 5 },
      { arbitrary: fc.oneof(nastyText, anyJson), weight: 1 },
    );
  }
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type ?? 'any'];
  return fc.oneof(
    ...types.map((type) => {
      switch (type) {
        case 'string':
          return strings(resolved, noise);
        case 'integer':
          return numbers(resolved, true, noise);
        case 'number':
          return numbers(resolved, false, noise);
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array':
          return arrays(resolved, components, depth, noise);
        case 'object':
          return objects(resolved, components, depth, noise);
        default:
          return anyJson;
      }
    }),
  );
}
