/**
 * Where the locator healer keeps its documents: the fingerprints of resolved
 * locators, heal proposals and heal events. Any Store (src/core/store.ts)
 * will do; only its document methods are used, so a Map-backed stand-in
 * serves scripts and tests that have no engine store.
 */

import type { Store } from '../../core/store.js';
import { digest } from '../../model/ids.js';

/** The part of the Store port the healer needs. */
export type DocStore = Pick<Store, 'putDoc' | 'getDoc' | 'listDocs'>;

/** Collections, one per kind of document. */
export const COLLECTIONS = {
  locators: 'locators',
  proposals: 'locator-proposals',
  events: 'locator-events',
} as const;

/**
 * The store key of a locator: the test file and the selector.
 * @example locatorKey('tests/login.spec.ts', '#login') // 'tests/login.spec.ts::#login'
 */
export function locatorKey(testFile: string, selector: string): string {
  return `${testFile}::${selector}`;
}

/** A short stable id for a locator key (proposal ids, symptom fingerprints). */
export function keyId(key: string): string {
  return digest('locator', key).slice(0, 12);
}

/**
 * Documents in maps, JSON-copied in and out like a real store.
 * @example const h = healing(page, { store: new MapDocStore() });
 */
export class MapDocStore implements DocStore {
  readonly #docs = new Map<string, Map<string, string>>();

  async putDoc(collection: string, id: string, doc: unknown): Promise<void> {
    let c = this.#docs.get(collection);
    if (!c) {
      c = new Map();
      this.#docs.set(collection, c);
    }
    c.set(id, JSON.stringify(doc));
  }

  async getDoc<T = unknown>(collection: string, id: string): Promise<T | undefined> {
    const raw = this.#docs.get(collection)?.get(id);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }

  async listDocs<T = unknown>(collection: string, idPrefix = ''): Promise<{ id: string; doc: T }[]> {
    const c = this.#docs.get(collection);
    if (!c) return [];
    return [...c.entries()]
      .filter(([id]) => id.startsWith(idPrefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, raw]) => ({ id, doc: JSON.parse(raw) as T }));
  }
}
