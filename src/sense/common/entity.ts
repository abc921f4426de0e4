/**
 * Naming the entity a labelled series or alert is about, the same way in
 * every receiver: the first present label of a configurable list.
 */
import { type EntityId, entityId } from '../../model/index.js';

/** Labels tried in order; `job` is what Prometheus always sets. */
export const DEFAULT_ENTITY_LABELS: readonly string[] = ['service', 'service_name', 'job', 'app'];

/**
 * The service entity for a label set.
 * @example entityOf({ job: 'api' }) // { name: 'api', entity: 'service:api' }
 */
export function entityOf(
  labels: Readonly<Record<string, string>>,
  keys: readonly string[] = DEFAULT_ENTITY_LABELS,
  fallback = 'unknown',
): { name: string; entity: EntityId } {
  for (const k of keys) {
    const v = labels[k];
    if (v) return { name: v, entity: entityId('service', v) };
  }
  return { name: fallback, entity: entityId('service', fallback) };
}
