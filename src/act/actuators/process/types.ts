/**
 * The vocabulary of the process supervisor: what a supervised service is
 * (validated with zod, since it comes from configuration), its releases and
 * config revisions, the state persisted across engine restarts, and the
 * events the engine turns into signals.
 */
import { z } from 'zod';
import { HomeostatError } from '../../../core/errors.js';

const signalName = z.string().regex(/^SIG[A-Z0-9]+$/, 'must be a signal name such as SIGTERM');
const envMap = z.record(z.string(), z.string());

/** A supervised service as configured. Instances get `PORT` from `ports[i]`, else `portBase + i`. */
export const serviceSpecSchema = z.object({
  name: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash and underscore only'),
  /** argv; the first element is the executable. No shell unless `shell` is true. */
  command: z.array(z.string().min(1)).min(1),
  cwd: z.string().optional(),
  env: envMap.optional(),
  version: z.string().optional(),
  /** `{port}` is replaced by each instance's port. */
  healthUrl: z.string().optional(),
  metricsUrl: z.string().optional(),
  /** Base of the admin API (`{port}` allowed); `GET|PUT {adminUrl}/pool` resizes a connection pool live. */
  adminUrl: z.string().optional(),
  /** A folder of local state that `infra.reset-state` may move aside. */
  stateDir: z.string().optional(),
  stopSignal: signalName.optional(),
  stopTimeoutMs: z.number().int().positive().optional(),
  instances: z.number().int().min(0).optional(),
  minInstances: z.number().int().min(0).optional(),
  maxInstances: z.number().int().min(1).optional(),
  ports: z.array(z.number().int().min(1).max(65535)).optional(),
  portBase: z.number().int().min(1).max(65535).optional(),
  /** Default false: homeostat heals on evidence; it is not a blind restarter. */
  restartOnExit: z.boolean().optional(),
  /** When > 0, start and restart wait until the health URL answers at all (else a retryable error). */
  readyTimeoutMs: z.number().int().min(0).optional(),
  healthTimeoutMs: z.number().int().positive().optional(),
  /** Lines of stdout/stderr kept per instance. */
  logLines: z.number().int().positive().optional(),
  /** Inherit the supervisor's environment (PATH and the like); default true. */
  inheritEnv: z.boolean().optional(),
  shell: z.boolean().optional(),
});

export type ServiceSpec = z.infer<typeof serviceSpecSchema>;

/** What `deploy` switches to: an executable release of the service. */
export interface ReleaseInput {
  readonly version: string;
  /** Defaults to the current release's command. */
  readonly command?: readonly string[];
  /** Replaces the release env (config revisions are applied on top). */
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

const releaseSchema = z.object({
  revision: z.number().int().positive(),
  version: z.string(),
  command: z.array(z.string()).min(1),
  env: envMap,
  cwd: z.string().optional(),
  deployedAt: z.number(),
});

/** One entry of a service's release history. Revisions are 1-based and never reused. */
export type Release = z.infer<typeof releaseSchema>;

const configRevisionSchema = z.object({
  revision: z.number().int().positive(),
  /** The full config env overlay in force from this revision on. */
  env: envMap,
  at: z.number(),
  /** What changed, for the record: keys set (string) or removed (null). */
  change: z.record(z.string(), z.string().nullable()),
  /** Set when this revision restored an older one. */
  revertedTo: z.number().int().optional(),
});

/** One entry of a service's config history (an env overlay on the release). */
export type ConfigRevision = z.infer<typeof configRevisionSchema>;

const appliedSchema = z.object({
  actionId: z.string(),
  op: z.string(),
  at: z.number(),
  result: z.record(z.string(), z.unknown()),
});

/** An operation done for an action id; a second call with the same id returns this instead. */
export type AppliedOp = z.infer<typeof appliedSchema>;

const serviceStateSchema = z.object({
  spec: serviceSpecSchema,
  releases: z.array(releaseSchema).min(1),
  currentRelease: z.number().int().positive(),
  configs: z.array(configRevisionSchema).min(1),
  currentConfig: z.number().int().positive(),
  desired: z.object({ running: z.boolean(), instances: z.number().int().min(0) }),
  /** Live pids with their argv, so a restarted engine can reap orphans of a crashed one. */
  pids: z.array(z.object({ pid: z.number().int(), instance: z.number().int(), argv0: z.string() })),
});

export type ServiceState = z.infer<typeof serviceStateSchema>;

/** Everything the supervisor persists. */
export const supervisorStateSchema = z.object({
  version: z.literal(1),
  services: z.record(z.string(), serviceStateSchema),
  applied: z.array(appliedSchema),
});

export type SupervisorState = z.infer<typeof supervisorStateSchema>;

export type InstanceStatus = 'starting' | 'running' | 'stopping' | 'exited';

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: string | null;
  readonly at: number;
  /** True when the supervisor asked it to stop. */
  readonly expected: boolean;
}

/** A snapshot of one instance, for status views and tests. */
export interface InstanceView {
  readonly instance: number;
  readonly pid?: number;
  readonly port?: number;
  readonly status: InstanceStatus;
  readonly startedAt?: number;
  readonly starts: number;
  readonly lastExit?: ExitInfo;
}

export interface ServiceView {
  readonly name: string;
  readonly version: string;
  readonly releaseRevision: number;
  readonly configRevision: number;
  readonly desired: { readonly running: boolean; readonly instances: number };
  readonly instances: readonly InstanceView[];
}

export interface LogLine {
  readonly at: number;
  readonly stream: 'stdout' | 'stderr';
  readonly line: string;
}

interface EventBase {
  readonly service: string;
  readonly at: number;
  readonly actionId?: string;
}

/** What the supervisor reports; the engine turns these into 'probe' and 'change' signals. */
export type SupervisorEvent =
  | (EventBase & {
      readonly type: 'started';
      readonly instance: number;
      readonly pid: number;
      readonly version: string;
    })
  | (EventBase & {
      readonly type: 'exited';
      readonly instance: number;
      readonly pid: number;
      readonly code: number | null;
      readonly signal: string | null;
      readonly expected: boolean;
    })
  | (EventBase & { readonly type: 'restarted'; readonly instances: number })
  | (EventBase & {
      readonly type: 'deployed';
      readonly version: string;
      readonly revision: number;
      readonly previousVersion: string;
    })
  | (EventBase & {
      readonly type: 'rolled-back';
      readonly fromVersion: string;
      readonly toVersion: string;
      readonly revision: number;
    })
  | (EventBase & {
      readonly type: 'config-changed';
      readonly revision: number;
      readonly change: Readonly<Record<string, string | null>>;
      readonly revertedTo?: number;
    })
  | (EventBase & { readonly type: 'scaled'; readonly from: number; readonly to: number })
  | (EventBase & { readonly type: 'stopped' });

export type SupervisorEventType = SupervisorEvent['type'];

/**
 * Validates a service spec from configuration, naming the service and the field.
 * @example parseServiceSpec({ name: 'api', command: ['node', 'api.mjs'] })
 */
export function parseServiceSpec(input: unknown): ServiceSpec {
  const parsed = serviceSpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const name =
    typeof input === 'object' && input !== null && typeof (input as { name?: unknown }).name === 'string'
      ? `service '${(input as { name: string }).name}'`
      : 'service';
  const issues = parsed.error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
  throw new HomeostatError('HST_CONFIG_INVALID', `${name}: ${issues}`);
}
