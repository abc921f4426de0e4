/**
 * What the API routes read and drive: the assembled runtime, and optionally
 * the topology graph. Routes get these, never the server itself.
 */
import type { Runtime } from '../../runtime/runtime.js';
import type { EntityGraph } from '../../topology/graph.js';

export interface ApiDeps {
  readonly runtime: Runtime;
  readonly graph?: EntityGraph;
  /** Epoch ms when the server was created (for /health). */
  readonly startedAt: number;
}
