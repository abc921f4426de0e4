/**
 * A bounded log of a child's output: the last N lines of stdout and stderr,
 * each cut to a maximum length, so a chatty or binary-spewing service cannot
 * grow the supervisor's memory.
 */
import type { LogLine } from './types.js';

/** Longest kept line in characters; the rest is cut and marked. */
export const MAX_LINE_CHARS = 4096;

/**
 * Keeps the most recent `capacity` lines. Feed it raw chunks; it splits lines
 * and holds an incomplete last line until its newline arrives.
 * @example const r = new LogRing(100, () => Date.now()); r.push('stdout', 'a\nb'); r.lines() // [a] (b pending)
 */
export class LogRing {
  readonly #capacity: number;
  readonly #now: () => number;
  readonly #buf: (LogLine | undefined)[];
  #next = 0;
  #size = 0;
  readonly #partial: Record<LogLine['stream'], string> = { stdout: '', stderr: '' };

  readonly #onLine: ((line: LogLine) => void) | undefined;

  /** `onLine` sees every complete line as it is stored (e.g. to ship it as a log signal). */
  constructor(capacity: number, now: () => number, onLine?: (line: LogLine) => void) {
    this.#capacity = Math.max(1, Math.floor(capacity));
    this.#now = now;
    this.#onLine = onLine;
    this.#buf = new Array(this.#capacity);
  }

  /** Adds a chunk of output; complete lines are stored, a trailing fragment waits. */
  push(stream: LogLine['stream'], chunk: string): void {
    const text = this.#partial[stream] + chunk;
    const parts = text.split('\n');
    const last = parts.pop() ?? '';
    for (const p of parts) this.#add(stream, p.endsWith('\r') ? p.slice(0, -1) : p);
    // A fragment that never ends in a newline must not grow without bound either.
    if (last.length > MAX_LINE_CHARS) {
      this.#add(stream, last);
      this.#partial[stream] = '';
    } else {
      this.#partial[stream] = last;
    }
  }

  /** Stores any pending fragments (call when the stream ends). */
  flush(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.#partial[stream]) this.#add(stream, this.#partial[stream]);
      this.#partial[stream] = '';
    }
  }

  /** Oldest first; at most `limit` of the newest lines. */
  lines(limit = this.#capacity): LogLine[] {
    const out: LogLine[] = [];
    const n = Math.min(this.#size, Math.max(0, limit));
    for (let i = this.#size - n; i < this.#size; i++) {
      const idx = (this.#next - this.#size + i + this.#capacity) % this.#capacity;
      const line = this.#buf[idx];
      if (line) out.push(line);
    }
    return out;
  }

  get size(): number {
    return this.#size;
  }

  #add(stream: LogLine['stream'], raw: string): void {
    const line = raw.length > MAX_LINE_CHARS ? `${raw.slice(0, MAX_LINE_CHARS)}…[cut]` : raw;
    const entry: LogLine = { at: this.#now(), stream, line };
    this.#buf[this.#next] = entry;
    this.#onLine?.(entry);
    this.#next = (this.#next + 1) % this.#capacity;
    this.#size = Math.min(this.#size + 1, this.#capacity);
  }
}
