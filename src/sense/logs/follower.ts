/**
 * Following one log file across rotations: rename+create (the inode behind the
 * path changes: the old file is read to its end, then the new one from its
 * start) and copytruncate (the file shrinks below the read offset: reading
 * restarts at 0). Partial lines wait for their newline; over-long lines are
 * cut at maxLineBytes and the rest of them skipped. Reads are bounded per poll.
 */
import { type FileHandle, open, stat } from 'node:fs/promises';

export interface FollowerOptions {
  readonly startAt: 'end' | 'beginning';
  readonly maxLineBytes: number;
  readonly maxBytesPerPoll: number;
}

/** One complete line read from the file. */
export interface TailLine {
  readonly text: string;
  /** True when the line was longer than maxLineBytes and was cut. */
  readonly truncated: boolean;
}

const NEWLINE = 0x0a;
const CHUNK = 64 * 1024;

/**
 * @example const f = new FileFollower('/var/log/app.log', { startAt: 'end', maxLineBytes: 16384, maxBytesPerPoll: 1 << 22 }); const lines = await f.poll()
 */
export class FileFollower {
  readonly path: string;
  readonly #opts: FollowerOptions;
  #fh: FileHandle | undefined;
  #ino = -1;
  #offset = 0;
  #first = true;
  #partial: Buffer[] = [];
  #partialBytes = 0;
  #discarding = false;
  /** Rotations seen, for tests and self-monitoring. */
  rotations = 0;

  constructor(path: string, opts: FollowerOptions) {
    this.path = path;
    this.#opts = opts;
  }

  /** Reads what was appended since the last poll (up to maxBytesPerPoll) and returns complete lines. */
  async poll(): Promise<TailLine[]> {
    const lines: TailLine[] = [];
    let budget = this.#opts.maxBytesPerPoll;
    const current = await stat(this.path).catch(() => undefined);
    if (this.#fh && (!current || current.ino !== this.#ino)) {
      // Renamed away (or deleted): finish the old file, then move to the new one.
      budget -= await this.#read(lines, budget);
      if (budget <= 0) return lines;
      this.#flushPartial(lines);
      await this.#close();
      this.rotations++;
    }
    if (!current) {
      // A file that appears later is new content: read it from its start.
      this.#first = false;
      return lines;
    }
    if (!this.#fh) {
      const fh = await open(this.path, 'r').catch(() => undefined);
      if (!fh) return lines;
      const st = await fh.stat();
      this.#fh = fh;
      this.#ino = st.ino;
      this.#offset = this.#first && this.#opts.startAt === 'end' ? st.size : 0;
      this.#first = false;
    } else {
      const st = await this.#fh.stat();
      if (st.size < this.#offset) {
        // copytruncate: the content we had read was copied elsewhere and the file emptied.
        this.#flushPartial(lines);
        this.#offset = 0;
        this.rotations++;
      }
    }
    await this.#read(lines, budget);
    return lines;
  }

  /** Closes the file; safe twice. */
  async close(): Promise<void> {
    await this.#close();
  }

  async #close(): Promise<void> {
    const fh = this.#fh;
    this.#fh = undefined;
    this.#ino = -1;
    await fh?.close().catch(() => {});
  }

  /** Reads from the offset to the end (or the budget); returns bytes read. */
  async #read(lines: TailLine[], budget: number): Promise<number> {
    const fh = this.#fh;
    if (!fh) return 0;
    let total = 0;
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, budget)));
    while (total < budget) {
      const want = Math.min(buf.length, budget - total);
      const { bytesRead } = await fh.read(buf, 0, want, this.#offset);
      if (bytesRead === 0) break;
      this.#offset += bytesRead;
      total += bytesRead;
      this.#split(buf.subarray(0, bytesRead), lines);
    }
    return total;
  }

  #split(chunk: Buffer, lines: TailLine[]): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl === -1 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (this.#discarding) {
        if (nl !== -1) this.#discarding = false;
      } else if (this.#partialBytes + piece.length > this.#opts.maxLineBytes) {
        const room = this.#opts.maxLineBytes - this.#partialBytes;
        this.#partial.push(Buffer.from(piece.subarray(0, Math.max(0, room))));
        lines.push({ text: this.#takePartial(), truncated: true });
        this.#discarding = nl === -1;
      } else if (nl === -1) {
        if (piece.length > 0) {
          this.#partial.push(Buffer.from(piece));
          this.#partialBytes += piece.length;
        }
      } else {
        this.#partial.push(piece);
        lines.push({ text: this.#takePartial(), truncated: false });
      }
      if (nl === -1) return;
      start = nl + 1;
    }
  }

  #takePartial(): string {
    const text = Buffer.concat(this.#partial).toString('utf8').replace(/\r$/, '');
    this.#partial = [];
    this.#partialBytes = 0;
    return text;
  }

  /** A file that ends without a newline still ends its last line. */
  #flushPartial(lines: TailLine[]): void {
    if (this.#partialBytes > 0) lines.push({ text: this.#takePartial(), truncated: false });
    this.#discarding = false;
  }
}
