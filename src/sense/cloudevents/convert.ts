/**
 * One CloudEvent (already JSON) → a 'change' signal, or a reason it was
 * rejected, or "ignored" when it names no entity and is not a change type.
 */
import { z } from 'zod';
import { entityId, newId, type Signal } from '../../model/index.js';
import { type IngestLimits, timestampProblem } from '../common/limits.js';
import { zodMessage } from '../common/problems.js';

const REQUIRED = ['specversion', 'id', 'source', 'type'] as const;

const eventSchema = z.object({
  specversion: z.literal('1.0', { error: "specversion must be '1.0'" }),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().min(1),
  subject: z.string().optional(),
  time: z.iso.datetime({ offset: true }).optional(),
  datacontenttype: z.string().optional(),
  data: z.unknown().optional(),
  data_base64: z.string().optional(),
});

export type EventResult =
  | { readonly kind: 'signal'; readonly signal: Signal; readonly key: string }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'rejected'; readonly reason: string };

/**
 * Validates and converts one event; `path` names it in reasons.
 * @example eventToSignal({ specversion: '1.0', id: '1', source: 'ci', type: 'dev.homeostat.change.deploy', subject: 'api' }, 'event', Date.now(), DEFAULT_LIMITS, 'dev.homeostat.change.')
 */
export function eventToSignal(
  raw: unknown,
  path: string,
  now: number,
  limits: IngestLimits,
  changePrefix: string,
): EventResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { kind: 'rejected', reason: `${path}: an event must be a JSON object` };
  }
  const missing = REQUIRED.filter((k) => (raw as Record<string, unknown>)[k] === undefined);
  if (missing.length > 0) {
    return { kind: 'rejected', reason: `${path}: missing required attribute(s) ${missing.join(', ')}` };
  }
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'rejected', reason: zodMessage(path, parsed.error.issues) };
  const e = parsed.data;
  const data = e.data !== null && typeof e.data === 'object' ? (e.data as Record<string, unknown>) : {};
  const service = typeof data.service === 'string' && data.service !== '' ? data.service : e.subject;
  const isChange = e.type.startsWith(changePrefix);
  if (!service) {
    if (!isChange) return { kind: 'ignored' };
    return {
      kind: 'rejected',
      reason: `${path}: ${e.type} needs a subject or data.service naming the entity`,
    };
  }
  const at = e.time ? Date.parse(e.time) : now;
  const bad = timestampProblem(at, now, limits);
  if (bad) return { kind: 'rejected', reason: `${path}.time: ${bad}` };
  const name = isChange ? e.type.slice(changePrefix.length) || 'change' : e.type;
  const description =
    typeof data.description === 'string' ? data.description : `${name} of ${service} from ${e.source}`;
  return {
    kind: 'signal',
    key: `${e.source}\u0000${e.id}`,
    signal: {
      id: newId('signal', now),
      kind: 'change',
      source: 'cloudevents',
      entity: entityId('service', service),
      name,
      at,
      labels: { type: e.type, source: e.source },
      attributes: {
        service,
        eventId: e.id,
        type: e.type,
        source: e.source,
        ...(e.subject ? { subject: e.subject } : {}),
        description,
        ...(e.data !== undefined ? { data: e.data } : {}),
        ...(e.data_base64 !== undefined ? { dataBase64: e.data_base64 } : {}),
      },
    },
  };
}
