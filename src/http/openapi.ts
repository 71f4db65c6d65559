/**
 * OpenAPI generation. @fastify/swagger collects every route registered after it and turns its
 * zod schemas into JSON Schema (jsonSchemaTransform); schemas named with `meta({ id })` become
 * shared components (jsonSchemaTransformObject, minus unused twins: see openapi-prune.ts).
 * The web client's types are generated from it.
 */
import fastifySwagger, { type SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { pruneUnusedSchemas } from './openapi-prune.js';
import type { ZodApp } from './types.js';

const transformObject: SwaggerTransformObject = (doc) => pruneUnusedSchemas(jsonSchemaTransformObject(doc));

export async function installOpenApi(app: ZodApp, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trellis API',
        version,
        description: 'Fair, evidence-based engineering performance management. System metrics are team and service context, never an individual scorecard.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject,
  });
}
