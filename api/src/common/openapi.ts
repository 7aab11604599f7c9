import { z } from 'zod';

/** A shared zod schema as an OpenAPI body description, so /api/docs shows what the pipe checks. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}
