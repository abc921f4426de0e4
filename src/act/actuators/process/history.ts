/**
 * Release and config history of one service, as pure functions over its
 * persisted state: which release a rollback goes to, what a config revert
 * changes, and how configuration meets the history kept from an earlier run.
 */
import { ActuatorError } from '../../../core/remedy.js';
import type { ConfigRevision, Release, ReleaseInput, ServiceSpec, ServiceState } from './types.js';

/** History kept per service; the oldest entries go first, the current one never. */
export const MAX_RELEASES = 50;
export const MAX_CONFIGS = 100;

function trim(list: { revision: number }[], max: number, keep: number): void {
  while (list.length > max) {
    const i = list.findIndex((x) => x.revision !== keep);
    list.splice(i, 1);
  }
}

/** The state of a service seen for the first time: one release from its spec, an empty config. */
export function initialState(spec: ServiceSpec, now: number): ServiceState {
  return {
    spec,
    releases: [releaseOf(1, spec.version ?? 'initial', spec.command, spec.env ?? {}, spec.cwd, now)],
    currentRelease: 1,
    configs: [{ revision: 1, env: {}, at: now, change: {} }],
    currentConfig: 1,
    desired: { running: true, instances: spec.instances ?? 1 },
    pids: [],
  };
}

/**
 * Configuration meets history: the history wins (a rollback done by the engine
 * survives a restart); a configured version never seen before is a new
 * release and becomes current. Returns true when the release changed.
 */
export function mergeSpec(state: ServiceState, spec: ServiceSpec, now: number): boolean {
  state.spec = spec;
  if (spec.version === undefined || state.releases.some((r) => r.version === spec.version)) return false;
  appendRelease(
    state,
    { version: spec.version, command: spec.command, env: spec.env ?? {}, cwd: spec.cwd },
    now,
  );
  return true;
}

/** Adds a release built on the current one and makes it current; returns it. */
export function appendRelease(
  state: ServiceState,
  input: ReleaseInput | { version: string; command: string[]; env: Record<string, string>; cwd?: string },
  now: number,
): Release {
  const prev = currentRelease(state);
  const revision = Math.max(...state.releases.map((r) => r.revision)) + 1;
  const release = releaseOf(
    revision,
    input.version,
    input.command ?? prev.command,
    input.env ?? prev.env,
    input.cwd ?? prev.cwd,
    now,
  );
  state.releases.push(release);
  state.currentRelease = revision;
  trim(state.releases, MAX_RELEASES, revision);
  return release;
}

export function currentRelease(state: ServiceState): Release {
  const r = state.releases.find((x) => x.revision === state.currentRelease);
  if (!r)
    throw new Error(`service '${state.spec.name}': release revision ${state.currentRelease} is missing`);
  return r;
}

export function currentConfig(state: ServiceState): ConfigRevision {
  const c = state.configs.find((x) => x.revision === state.currentConfig);
  if (!c) throw new Error(`service '${state.spec.name}': config revision ${state.currentConfig} is missing`);
  return c;
}

/**
 * The release a rollback goes to: an exact revision, else the newest other
 * release with the version, else the newest release older than the current.
 * @throws ActuatorError (permanent) when there is none.
 */
export function rollbackTarget(
  state: ServiceState,
  want: { readonly toVersion?: string; readonly toRevision?: number },
): Release {
  const from = currentRelease(state);
  const others = state.releases.filter((r) => r.revision !== from.revision);
  const target =
    want.toRevision !== undefined
      ? others.find((r) => r.revision === want.toRevision)
      : want.toVersion !== undefined
        ? others.filter((r) => r.version === want.toVersion).at(-1)
        : others.filter((r) => r.revision < from.revision).at(-1);
  if (target) return target;
  const what =
    want.toRevision !== undefined
      ? `revision ${want.toRevision}`
      : want.toVersion !== undefined
        ? `version '${want.toVersion}'`
        : 'release before the current one';
  throw new ActuatorError(
    `service '${state.spec.name}': no ${what} to roll back to (current ${from.version}, revision ${from.revision})`,
    'permanent',
  );
}

/** Adds a config revision with the given env and makes it current. */
export function appendConfig(
  state: ServiceState,
  env: Record<string, string>,
  change: Record<string, string | null>,
  revertedTo: number | undefined,
  now: number,
): ConfigRevision {
  const revision = Math.max(...state.configs.map((c) => c.revision)) + 1;
  const config: ConfigRevision = {
    revision,
    env,
    at: now,
    change,
    ...(revertedTo !== undefined ? { revertedTo } : {}),
  };
  state.configs.push(config);
  state.currentConfig = revision;
  trim(state.configs, MAX_CONFIGS, revision);
  return config;
}

/** The env after a patch (null removes a key). */
export function patchEnv(
  env: Readonly<Record<string, string>>,
  patch: Readonly<Record<string, string | null>>,
): Record<string, string> {
  const out = { ...env };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** What changes going from one env to another, as a patch. */
export function envDiff(
  from: Readonly<Record<string, string>>,
  to: Readonly<Record<string, string>>,
): Record<string, string | null> {
  const change: Record<string, string | null> = {};
  for (const k of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (from[k] !== to[k]) change[k] = to[k] ?? null;
  }
  return change;
}

/** A config revision by number. @throws ActuatorError (permanent) when unknown. */
export function configRevision(state: ServiceState, revision: number): ConfigRevision {
  const c = state.configs.find((x) => x.revision === revision);
  if (c) return c;
  const known = state.configs.map((x) => x.revision).join(', ');
  throw new ActuatorError(
    `service '${state.spec.name}': no config revision ${revision} (known: ${known})`,
    'permanent',
  );
}

function releaseOf(
  revision: number,
  version: string,
  command: readonly string[],
  env: Readonly<Record<string, string>>,
  cwd: string | undefined,
  now: number,
): Release {
  return {
    revision,
    version,
    command: [...command],
    env: { ...env },
    deployedAt: now,
    ...(cwd !== undefined ? { cwd } : {}),
  };
}
