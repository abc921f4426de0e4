/**
 * The shape HTTP receivers take as components: a Receiver (see core/stages)
 * whose routes are a fastify plugin, so that the engine mounts every receiver
 * on its one HTTP server.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Receiver } from '../../core/stages.js';

/** A receiver served over HTTP; `plugin` registers its routes. */
export interface HttpReceiver extends Receiver {
  readonly plugin: FastifyPluginAsync;
}

/** Wraps a plugin as an HttpReceiver; HTTP receivers own no resources of their own. */
export function httpReceiver(type: string, plugin: FastifyPluginAsync): HttpReceiver {
  return { type, plugin, start: async () => {}, shutdown: async () => {} };
}
