/**
 * The live event stream (`GET /api/v1/events`, Server-Sent Events). EventSource
 * cannot send an Authorization header, so the stream is read with fetch and
 * parsed here; it reconnects with a capped back-off when the server goes away.
 */
import { API_BASE, type ApiClient } from './client.js';

export type StreamStatus = 'connecting' | 'live' | 'offline' | 'denied';

export interface StreamEvent {
  readonly topic: string;
  readonly data: unknown;
}

/** Splits an SSE byte stream into events; an event without `event:` has topic 'message'. */
export function parseSse(buffer: string): { events: StreamEvent[]; rest: string } {
  const events: StreamEvent[] = [];
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let topic = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') topic = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) continue;
    const text = data.join('\n');
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: hand the text on as it is.
    }
    events.push({ topic, data: parsed });
  }
  return { events, rest };
}

/**
 * Opens the stream and keeps it open until the returned function is called.
 * @example const stop = openEventStream(client, (e) => console.log(e.topic), setStatus);
 */
export function openEventStream(
  client: ApiClient,
  onEvent: (event: StreamEvent) => void,
  onStatus: (status: StreamStatus) => void,
): () => void {
  const abort = new AbortController();
  let delay = 500;

  async function once(): Promise<void> {
    onStatus('connecting');
    const res = await fetch(`${API_BASE}/events`, {
      headers: client.headers({ accept: 'text/event-stream' }),
      signal: abort.signal,
    });
    if (res.status === 401 || res.status === 403) {
      onStatus('denied');
      throw new Error('denied');
    }
    if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
    onStatus('live');
    delay = 500;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const { events, rest } = parseSse(buffer + value);
      buffer = rest;
      for (const e of events) onEvent(e);
    }
  }

  void (async () => {
    while (!abort.signal.aborted) {
      let denied = false;
      try {
        await once();
      } catch (err) {
        denied = err instanceof Error && err.message === 'denied';
      }
      if (abort.signal.aborted) break;
      // A refused token stays 'denied' while retrying; anything else is a lost connection.
      if (!denied) onStatus('offline');
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  })();
  return () => abort.abort();
}
