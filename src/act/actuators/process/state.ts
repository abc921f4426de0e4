/**
 * Where the supervisor keeps what it must remember across engine restarts:
 * release history, config revisions, desired state, applied action ids and
 * live pids. Two backends: a JSON file (written atomically) or a document in
 * the engine's Store. Both validate what they read with zod.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { HomeostatError } from '../../../core/errors.js';
import type { Store } from '../../../core/store.js';
import { type SupervisorState, supervisorStateSchema } from './types.js';

/** Loads and saves the supervisor's state. */
export interface SupervisorStateStore {
  load(): Promise<SupervisorState | undefined>;
  save(state: SupervisorState): Promise<void>;
}

function parse(raw: unknown, where: string): SupervisorState {
  const parsed = supervisorStateSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path.join('.') || '(root)';
    throw new HomeostatError(
      'HST_DATA_MISSING',
      `process supervisor state in ${where} is invalid at ${path}: ${first?.message ?? 'unknown'}; ` +
        'move the file aside to start from the configuration',
    );
  }
  return parsed.data;
}

/**
 * Keeps the state in one JSON file; writes go to a temporary file first and are
 * renamed over the old one, so a crash mid-write never leaves half a file.
 * @example const supervisor = new ProcessSupervisor({ state: jsonFileState('.homeostat/processes.json') });
 */
export function jsonFileState(file: string): SupervisorStateStore {
  let writing: Promise<void> = Promise.resolve();
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (err) {
        throw new HomeostatError('HST_DATA_MISSING', `${file}: not valid JSON (${(err as Error).message})`);
      }
      return parse(raw, file);
    },
    save(state) {
      // Serialised so that two quick saves cannot rename over each other out of order.
      const text = `${JSON.stringify(state, null, 2)}\n`;
      writing = writing
        .catch(() => {})
        .then(async () => {
          await mkdir(dirname(file), { recursive: true });
          const tmp = `${file}.${process.pid}.tmp`;
          await writeFile(tmp, text);
          await rename(tmp, file);
        });
      return writing;
    },
  };
}

/** The Store collection the supervisor's document lives in. */
export const STATE_COLLECTION = 'process-supervisor';

/**
 * Keeps the state as one document of the engine's Store (SQLite by default).
 * @example new ProcessSupervisor({ state: storeDocState(store) })
 */
export function storeDocState(store: Store, id = 'default'): SupervisorStateStore {
  return {
    async load() {
      const raw = await store.getDoc<unknown>(STATE_COLLECTION, id);
      return raw === undefined ? undefined : parse(raw, `store doc ${STATE_COLLECTION}/${id}`);
    },
    save: (state) => store.putDoc(STATE_COLLECTION, id, state),
  };
}

/** Keeps nothing: for tests and throwaway runs. */
export function memoryState(): SupervisorStateStore & { readonly last: () => SupervisorState | undefined } {
  let saved: string | undefined;
  return {
    async load() {
      return saved === undefined ? undefined : parse(JSON.parse(saved), 'memory');
    },
    async save(state) {
      saved = JSON.stringify(state);
    },
    last: () => (saved === undefined ? undefined : (JSON.parse(saved) as SupervisorState)),
  };
}
