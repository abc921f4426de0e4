/**
 * Reads `homeostat.yaml`: validates it, and resolves every relative path
 * (store, policy, service cwd, log files) against the file's own folder, so
 * the engine behaves the same whatever directory it is started from.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { errorMessage, HomeostatError } from '../core/errors.js';
import { parseYamlWith } from '../core/located-yaml.js';
import { configSchema, type HomeostatConfig } from './schema.js';

export function parseConfigText(text: string, file = '<inline>'): HomeostatConfig {
  return parseYamlWith(configSchema, text, file, {
    code: 'HST_CONFIG_INVALID',
    what: 'configuration',
    rootHint:
      'a homeostat config is a YAML mapping starting with `version: 1` (run `homeostat init` for a starter)',
  });
}

export function loadConfig(file: string): HomeostatConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new HomeostatError(
      'HST_CONFIG_INVALID',
      `${file}: cannot read the configuration: ${errorMessage(err)}`,
    );
  }
  return resolvePaths(parseConfigText(text, file), dirname(resolve(file)));
}

function at(base: string, p: string): string {
  return isAbsolute(p) ? p : resolve(base, p);
}

/** Makes relative paths absolute against `base` (the config file's folder). */
export function resolvePaths(config: HomeostatConfig, base: string): HomeostatConfig {
  const store =
    config.store.startsWith('sqlite:') && !config.store.startsWith('sqlite::memory:')
      ? `sqlite:${at(base, config.store.slice('sqlite:'.length))}`
      : config.store;
  return {
    ...config,
    store,
    ...(config.policy ? { policy: at(base, config.policy) } : {}),
    services: config.services.map((s) => ({
      ...s,
      cwd: at(base, s.cwd ?? '.'),
      ...(s.stateDir ? { stateDir: at(base, s.stateDir) } : {}),
    })),
    ...(config.logs
      ? { logs: { ...config.logs, files: config.logs.files.map((f) => ({ ...f, path: at(base, f.path) })) } }
      : {}),
  };
}

/** Reads a token from `env:VAR` or takes it literally; names the variable when it is unset. */
export function resolveSecret(value: string, what: string): string {
  if (!value.startsWith('env:')) return value;
  const name = value.slice(4);
  const v = process.env[name];
  if (!v) throw new HomeostatError('HST_CONFIG_INVALID', `${what}: environment variable ${name} is not set`);
  return v;
}
