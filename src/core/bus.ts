/**
 * The bus between stages. In-process by default; a NATS JetStream bus can stand
 * behind the same interface. Handlers never throw into the publisher.
 */

export type Handler<T> = (event: T) => void | Promise<void>;

export interface Bus {
  publish<T>(topic: string, event: T): void;
  /** Returns an unsubscribe function. `*` receives every topic. */
  subscribe<T>(topic: string, handler: Handler<T>): () => void;
}

/** A synchronous fan-out bus; async handlers run detached and their errors are reported, not thrown. */
export class MemoryBus implements Bus {
  readonly #handlers = new Map<string, Set<Handler<unknown>>>();
  readonly #onError: (err: unknown, topic: string) => void;

  constructor(onError: (err: unknown, topic: string) => void = () => {}) {
    this.#onError = onError;
  }

  publish<T>(topic: string, event: T): void {
    for (const key of [topic, '*']) {
      const set = this.#handlers.get(key);
      if (!set) continue;
      for (const h of set) {
        try {
          const r = h(key === '*' ? { topic, event } : event);
          if (r && typeof (r as Promise<void>).catch === 'function') {
            (r as Promise<void>).catch((err) => this.#onError(err, topic));
          }
        } catch (err) {
          this.#onError(err, topic);
        }
      }
    }
  }

  subscribe<T>(topic: string, handler: Handler<T>): () => void {
    let set = this.#handlers.get(topic);
    if (!set) {
      set = new Set();
      this.#handlers.set(topic, set);
    }
    set.add(handler as Handler<unknown>);
    return () => set.delete(handler as Handler<unknown>);
  }
}
