/**
 * Opens a Store from a URL, the form configuration and the CLI use:
 * `sqlite:<path>` (default `sqlite:./.homeostat/homeostat.db`), `sqlite::memory:`,
 * `memory:`; `postgres://…` is reserved for the PostgreSQL store.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { HomeostatError } from '../core/errors.js';
import type { Store } from '../core/store.js';
import { MemoryStore } from './memory.js';
import { SqliteStore, type SqliteSynchronous } from './sqlite.js';

export { MemoryStore } from './memory.js';
export { SqliteStore, type SqliteStoreOptions, type SqliteSynchronous } from './sqlite.js';

/** The store the engine and the CLI use when none is configured. */
export const DEFAULT_STORE_URL = 'sqlite:./.homeostat/homeostat.db';

export interface OpenStoreOptions {
  /** When false, a file-backed store that does not exist yet is an error instead of being created. */
  readonly create?: boolean;
  /** Resolves relative sqlite paths; default process.cwd(). */
  readonly cwd?: string;
  readonly synchronous?: SqliteSynchronous;
}

/**
 * Opens and initialises the store named by `url`, creating parent folders.
 * @example const store = await openStore('sqlite:./.homeostat/homeostat.db');
 */
export async function openStore(
  url: string = DEFAULT_STORE_URL,
  options: OpenStoreOptions = {},
): Promise<Store> {
  const store = makeStore(url, options);
  await store.init();
  return store;
}

function makeStore(url: string, options: OpenStoreOptions): Store {
  if (url === 'memory:' || url === 'memory://') return new MemoryStore();
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new HomeostatError(
      'HST_CONFIG_INVALID',
      `store ${redactUrl(url)}: the PostgreSQL store is not available yet; use sqlite:<path> (default ${DEFAULT_STORE_URL})`,
    );
  }
  if (url.startsWith('sqlite:')) {
    const rest = url.slice('sqlite:'.length).replace(/^\/\/(?=\/|\.)/, '');
    if (rest === '') throw invalid(url, 'the path is empty');
    if (rest === ':memory:') return new SqliteStore({ path: ':memory:', ...sync(options) });
    const path = resolve(options.cwd ?? process.cwd(), rest);
    if (options.create === false && !existsSync(path)) {
      throw new HomeostatError('HST_DATA_MISSING', `store ${url}: no database at ${path}; check --store`);
    }
    return new SqliteStore({ path, ...sync(options) });
  }
  throw invalid(url, 'unknown scheme');
}

function sync(options: OpenStoreOptions): { synchronous?: SqliteSynchronous } {
  return options.synchronous ? { synchronous: options.synchronous } : {};
}

function invalid(url: string, why: string): HomeostatError {
  return new HomeostatError(
    'HST_CONFIG_INVALID',
    `store ${redactUrl(url)}: ${why}; expected sqlite:<path>, sqlite::memory:, memory: or postgres://…`,
  );
}

/** Hides a password in a URL before it reaches a message or a log. */
function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
