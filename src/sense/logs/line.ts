/**
 * One log line → one 'log' signal. JSON lines are read for the usual level,
 * message, service and time fields (logfmt-free on purpose: JSON is the
 * structured format people actually ship); anything else is kept as text.
 */
import { entityId, newId, type Signal } from '../../model/index.js';
import { DEFAULT_LIMITS, timestampProblem } from '../common/limits.js';

const LEVEL_KEYS = ['level', 'lvl', 'severity', 'log.level', '@l'];
const MESSAGE_KEYS = ['msg', 'message', '@m', 'event'];
const SERVICE_KEYS = ['service', 'service.name', 'service_name', 'app'];
const TIME_KEYS = ['time', 'timestamp', 'ts', '@t', '@timestamp'];
/** pino/bunyan numeric levels. */
const NUMERIC_LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

function pick(obj: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) {
    if (obj[k] !== undefined && obj[k] !== null) return obj[k];
  }
  return undefined;
}

function levelOf(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v.toLowerCase();
  if (typeof v === 'number') return NUMERIC_LEVELS[v] ?? String(v);
  return undefined;
}

function timeOf(v: unknown, now: number): number | undefined {
  let ms: number | undefined;
  if (typeof v === 'string') ms = Date.parse(v);
  // Numbers below 1e11 are seconds (until the year 5138), above are milliseconds.
  else if (typeof v === 'number') ms = v < 1e11 ? v * 1000 : v;
  if (ms === undefined || Number.isNaN(ms)) return undefined;
  return timestampProblem(ms, now, DEFAULT_LIMITS) ? undefined : ms;
}

/** Where a line came from. */
export interface LineSource {
  readonly file: string;
  /** Configured service; wins over a service field in the line. */
  readonly service?: string;
  /** Used when neither the config nor the line names a service. */
  readonly fallbackService: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly parseJson: boolean;
}

/**
 * @example lineToSignal('{"level":"error","msg":"db down"}', false, src, Date.now()).attributes.message // 'db down'
 */
export function lineToSignal(text: string, truncated: boolean, src: LineSource, now: number): Signal {
  let fields: Record<string, unknown> | undefined;
  if (src.parseJson && text.startsWith('{')) {
    try {
      const v = JSON.parse(text) as unknown;
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) fields = v as Record<string, unknown>;
    } catch {
      // Not JSON after all (or cut by truncation): kept as text.
    }
  }
  const msg = fields ? pick(fields, MESSAGE_KEYS) : undefined;
  const message = typeof msg === 'string' ? msg : text;
  const level = (fields && levelOf(pick(fields, LEVEL_KEYS))) ?? 'unspecified';
  const lineService = fields ? pick(fields, SERVICE_KEYS) : undefined;
  const service =
    src.service ??
    (typeof lineService === 'string' && lineService !== '' ? lineService : src.fallbackService);
  const at = (fields && timeOf(pick(fields, TIME_KEYS), now)) ?? now;
  return {
    id: newId('signal', now),
    kind: 'log',
    source: 'logtail',
    entity: entityId('service', service),
    name: 'log',
    at,
    labels: { ...src.labels, file: src.file, level },
    attributes: {
      service,
      message,
      ...(fields ? { fields } : {}),
      ...(truncated ? { truncated: true } : {}),
    },
  };
}
