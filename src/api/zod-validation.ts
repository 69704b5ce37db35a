/**
 * Route schemas are zod: Fastify validates with them (one statement of each parameter) and @fastify/swagger
 * documents their JSON Schema. A failed check is a QueryError with every problem named, answered with 400.
 */
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import { parseEventQuery, eventQuerySchema, QueryError } from '../store/index.js';

export const zodValidator: FastifySchemaCompiler<z.ZodType> = ({ schema }) => (data) => {
  try {
    if (schema === eventQuerySchema) return { value: parseEventQuery(data as Record<string, unknown>) };
    const parsed = schema.safeParse(data);
    if (parsed.success) return { value: parsed.data };
    throw new QueryError(parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
  } catch (e) {
    return { error: e as Error };
  }
};

/** For /docs: each zod schema of a route as the JSON Schema of what a client sends. */
export function toOpenApiSchema(schema: FastifySchema): FastifySchema {
  return Object.fromEntries(
    Object.entries(schema).map(([part, value]) => {
      if (!(value instanceof z.ZodType)) return [part, value];
      const { $schema: _, ...json } = z.toJSONSchema(value, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      return [part, json];
    }),
  );
}
