/**
 * The live event stream (Server-Sent Events). Each client gets the bus topics
 * 'incident', 'action' and 'approval' as they happen, new ledger entries (the
 * ledger is polled only while someone listens), and a heartbeat comment so
 * that proxies keep the connection open. A client that cannot keep up is
 * dropped rather than buffered without bound.
 */
import type { ServerResponse } from 'node:http';
import type { Bus } from '../core/bus.js';
import type { Store } from '../core/store.js';

/** Bus topics forwarded to clients, under the same event names. */
export const STREAM_TOPICS = ['incident', 'action', 'approval'] as const;

export interface EventHubOptions {
  readonly bus?: Bus;
  readonly store: Store;
  /** Default 15 s. */
  readonly heartbeatMs?: number;
  /** How often new ledger entries are looked for while clients listen; default 1 s; 0 turns it off. */
  readonly ledgerPollMs?: number;
  /** A client with more than this many bytes unsent is dropped. Default 4 MiB. */
  readonly maxBufferedBytes?: number;
}

interface Client {
  readonly res: ServerResponse;
  readonly unsubscribe: (() => void)[];
  readonly heartbeat: NodeJS.Timeout;
}

const LEDGER_BATCH = 500;

/**
 * Fans engine events out to SSE clients.
 * @example const hub = new EventHub({ bus, store }); hub.attach(reply.raw);
 */
export class EventHub {
  readonly #o: EventHubOptions;
  readonly #clients = new Set<Client>();
  #nextId = 1;
  #ledgerTimer: NodeJS.Timeout | undefined;
  #ledgerSeq: number | undefined;
  #polling = false;

  constructor(options: EventHubOptions) {
    this.#o = options;
  }

  get clients(): number {
    return this.#clients.size;
  }

  /** Takes over a response: sends the SSE headers and keeps it until the client goes away. */
  attach(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 3000\n\n`);
    const client: Client = {
      res,
      unsubscribe: [],
      heartbeat: setInterval(
        () => this.#write(client, `: heartbeat ${Date.now()}\n\n`),
        this.#o.heartbeatMs ?? 15_000,
      ),
    };
    client.heartbeat.unref();
    for (const topic of STREAM_TOPICS) {
      const off = this.#o.bus?.subscribe<unknown>(topic, (event) => this.#send(client, topic, event));
      if (off) client.unsubscribe.push(off);
    }
    this.#clients.add(client);
    res.on('close', () => this.#drop(client));
    this.#send(client, 'hello', { at: Date.now(), topics: [...STREAM_TOPICS, 'ledger'] });
    this.#startLedger();
  }

  /** Ends every stream (server shutdown). */
  closeAll(): void {
    for (const c of [...this.#clients]) {
      this.#drop(c);
      c.res.end();
    }
  }

  #send(client: Client, event: string, data: unknown): void {
    let json: string;
    try {
      json = JSON.stringify(data);
    } catch {
      return;
    }
    this.#write(client, `id: ${this.#nextId++}\nevent: ${event}\ndata: ${json}\n\n`);
  }

  #write(client: Client, text: string): void {
    if (client.res.writableEnded || client.res.destroyed) return;
    if (client.res.writableLength > (this.#o.maxBufferedBytes ?? 4 * 1024 * 1024)) {
      this.#drop(client);
      client.res.destroy();
      return;
    }
    client.res.write(text);
  }

  #drop(client: Client): void {
    if (!this.#clients.delete(client)) return;
    clearInterval(client.heartbeat);
    for (const off of client.unsubscribe) off();
    if (this.#clients.size === 0) this.#stopLedger();
  }

  #startLedger(): void {
    const every = this.#o.ledgerPollMs ?? 1000;
    if (every <= 0 || this.#ledgerTimer) return;
    this.#ledgerSeq = undefined;
    this.#ledgerTimer = setInterval(() => void this.#pollLedger(), every);
    this.#ledgerTimer.unref();
    void this.#pollLedger();
  }

  #stopLedger(): void {
    if (this.#ledgerTimer) clearInterval(this.#ledgerTimer);
    this.#ledgerTimer = undefined;
  }

  async #pollLedger(): Promise<void> {
    if (this.#polling) return;
    this.#polling = true;
    try {
      const head = await this.#o.store.ledgerHead();
      const headSeq = head?.seq ?? 0;
      // Clients are told of entries appended after they connected, not the history.
      if (this.#ledgerSeq === undefined) this.#ledgerSeq = headSeq;
      if (headSeq <= this.#ledgerSeq) return;
      const entries = await this.#o.store.readLedger(this.#ledgerSeq + 1, LEDGER_BATCH);
      for (const e of entries) for (const c of this.#clients) this.#send(c, 'ledger', e);
      this.#ledgerSeq = entries.at(-1)?.seq ?? headSeq;
    } catch {
      // A failed poll is retried on the next tick.
    } finally {
      this.#polling = false;
    }
  }
}
