/**
 * Supervisor events in the engine's vocabulary: process starts and exits
 * become 'probe' signals; deploys, rollbacks, config changes, restarts and
 * scaling become 'change' signals and change events, so that diagnosis can
 * correlate an anomaly with the change that preceded it.
 */
import type { ChangeEvent } from '../../../core/stages.js';
import { entityId, newId, type Signal } from '../../../model/index.js';
import type { LogLine, SupervisorEvent } from './types.js';

/** Env keys whose values never leave the supervisor (signals feed the ledger). */
const SECRET_KEY = /pass|secret|token|key|credential|auth|private|cookie|session/i;

/**
 * A config change with secret-looking values replaced, so that the ledger and
 * the dashboard see which keys changed but never a password.
 * @example redactChange({ DB_PASSWORD: 'x', POOL_SIZE: '8' }) // { DB_PASSWORD: '[redacted]', POOL_SIZE: '8' }
 */
export function redactChange(change: Readonly<Record<string, string | null>>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(change)) out[k] = v !== null && SECRET_KEY.test(k) ? '[redacted]' : v;
  return out;
}

/** The entity a supervised service is known by: `service:<name>`. */
export function serviceEntity(name: string): ReturnType<typeof entityId> {
  return entityId('service', name);
}

/**
 * The signal for one supervisor event.
 * @example supervisor.on((e) => sink([eventToSignal(e)]));
 */
export function eventToSignal(event: SupervisorEvent): Signal {
  const base = {
    id: newId('signal', event.at),
    source: 'process',
    entity: serviceEntity(event.service),
    at: event.at,
  };
  const action = event.actionId !== undefined ? { actionId: event.actionId } : {};
  switch (event.type) {
    case 'started':
      return {
        ...base,
        kind: 'probe',
        name: 'process_start',
        value: 1,
        labels: { service: event.service, instance: String(event.instance), version: event.version },
        attributes: { pid: event.pid, ...action },
      };
    case 'exited':
      return {
        ...base,
        kind: 'probe',
        name: 'process_exit',
        ...(event.code !== null ? { value: event.code } : {}),
        labels: {
          service: event.service,
          instance: String(event.instance),
          expected: String(event.expected),
          ...(event.signal ? { signal: event.signal } : {}),
        },
        attributes: { pid: event.pid, code: event.code, signal: event.signal, ...action },
      };
    case 'deployed':
      return change(base, 'deploy', event.service, {
        version: event.version,
        previousVersion: event.previousVersion,
        revision: event.revision,
        ...action,
      });
    case 'rolled-back':
      return change(base, 'rollback', event.service, {
        fromVersion: event.fromVersion,
        toVersion: event.toVersion,
        revision: event.revision,
        ...action,
      });
    case 'config-changed':
      return change(base, 'config', event.service, {
        revision: event.revision,
        change: redactChange(event.change),
        ...(event.revertedTo !== undefined ? { revertedTo: event.revertedTo } : {}),
        ...action,
      });
    case 'scaled':
      return {
        ...change(base, 'scale', event.service, { from: event.from, to: event.to, ...action }),
        value: event.to,
      };
    case 'restarted':
      return change(base, 'restart', event.service, { instances: event.instances, ...action });
    case 'stopped':
      return change(base, 'stop', event.service, { ...action });
  }
}

/**
 * The change event diagnosis correlates with, for events that change what
 * runs (deploy, rollback, config, scale); undefined for the others.
 */
export function eventToChange(event: SupervisorEvent): ChangeEvent | undefined {
  const change = changeOf(event);
  return change && event.actionId !== undefined ? { ...change, actionId: event.actionId } : change;
}

function changeOf(event: SupervisorEvent): ChangeEvent | undefined {
  const entity = serviceEntity(event.service);
  const id = `chg_${event.service}_${event.type}_${event.at}`;
  switch (event.type) {
    case 'deployed':
      return {
        id,
        entity,
        kind: 'deploy',
        at: event.at,
        description: `${event.service}: deployed ${event.version} (was ${event.previousVersion})`,
        data: { version: event.version, previousVersion: event.previousVersion, revision: event.revision },
      };
    case 'rolled-back':
      return {
        id,
        entity,
        kind: 'rollback',
        at: event.at,
        description: `${event.service}: rolled back ${event.fromVersion} → ${event.toVersion}`,
        data: { fromVersion: event.fromVersion, toVersion: event.toVersion, revision: event.revision },
      };
    case 'config-changed':
      return {
        id,
        entity,
        kind: 'config',
        at: event.at,
        description: `${event.service}: config revision ${event.revision} (${Object.keys(event.change).join(', ') || 'no keys'})`,
        data: { revision: event.revision, change: redactChange(event.change) },
      };
    case 'scaled':
      return {
        id,
        entity,
        kind: 'scale',
        at: event.at,
        description: `${event.service}: scaled ${event.from} → ${event.to}`,
        data: { from: event.from, to: event.to },
      };
    default:
      return undefined;
  }
}

function change(
  base: Pick<Signal, 'id' | 'source' | 'entity' | 'at'>,
  name: string,
  service: string,
  attributes: Record<string, unknown>,
): Signal {
  return { ...base, kind: 'change', name, labels: { service }, attributes };
}

/** Keys of a JSON log line that are its envelope, not its content. */
const LOG_ENVELOPE: ReadonlySet<string> = new Set([
  'ts',
  'time',
  'timestamp',
  'level',
  'msg',
  'message',
  'service',
]);

/**
 * One line a supervised child wrote, as a 'log' signal: a JSON line gives its
 * message (`msg` or `message`) and level; any other line is the message itself,
 * at level `error` on stderr and `info` on stdout.
 * @example supervisor({ onLog: (s, i, l) => sink([logLineToSignal(s, i, l)]) })
 */
export function logLineToSignal(service: string, instance: number, line: LogLine): Signal {
  let message = line.line;
  let level = line.stream === 'stderr' ? 'error' : 'info';
  let fields: Record<string, string | number | boolean | null> | undefined;
  if (message.startsWith('{')) {
    try {
      const doc = JSON.parse(message) as Record<string, unknown>;
      const text = doc.msg ?? doc.message;
      if (typeof text === 'string') message = text;
      if (typeof doc.level === 'string') level = doc.level.toLowerCase();
      fields = {};
      for (const [k, v] of Object.entries(doc)) {
        if (LOG_ENVELOPE.has(k)) continue;
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          fields[k] = v;
      }
    } catch {
      // Not JSON after all: the raw line is the message.
    }
  }
  return {
    id: newId('signal', line.at),
    kind: 'log',
    source: 'process',
    entity: serviceEntity(service),
    name: 'log',
    at: line.at,
    labels: { level, instance: String(instance) },
    attributes: { service, message, stream: line.stream, ...(fields ? { fields } : {}) },
  };
}
