/**
 * Reusable doubles for receivers: a recording sink that can be told to refuse
 * (to exercise saturation), and a helper that serves plugins on 127.0.0.1.
 */
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { SignalSink } from '../core/stages.js';
import type { Signal } from '../model/index.js';

/**
 * A sink that keeps every accepted signal; set `accepting = false` to make it
 * answer "saturated".
 * @example const rec = new RecordingSink(); receiver({ sink: rec.sink }); rec.signals.length
 */
export class RecordingSink {
  readonly signals: Signal[] = [];
  accepting = true;
  calls = 0;

  readonly sink: SignalSink = (batch) => {
    this.calls++;
    if (!this.accepting) return false;
    this.signals.push(...batch);
    return true;
  };

  /** Signals of one name. */
  named(name: string): Signal[] {
    return this.signals.filter((s) => s.name === name);
  }
}

/** A fastify app serving `plugins` on an ephemeral loopback port. */
export async function serve(
  ...plugins: FastifyPluginAsync[]
): Promise<{ app: FastifyInstance; url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  for (const p of plugins) await app.register(p);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: address, close: () => app.close() };
}
