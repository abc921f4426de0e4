/**
 * Serves the dashboard's built files from one folder, without a dependency:
 * known content types, no path traversal (`..` segments, encoded or not, and
 * symlinks that lead outside the folder are refused), no dotfiles, and
 * index.html for the folder itself and for client-side routes.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticFile {
  readonly path: string;
  readonly size: number;
  readonly type: string;
  readonly mtimeMs: number;
  open(): NodeJS.ReadableStream;
}

/** Why a request did not resolve to a file. */
export type StaticMiss = 'not-found' | 'forbidden' | 'bad-request';

/**
 * Resolves URL paths to files under a root folder.
 * @example const files = await StaticFiles.open('web/dist'); const f = await files.resolve('/assets/app.js');
 */
export class StaticFiles {
  readonly root: string;

  private constructor(root: string) {
    this.root = root;
  }

  /** The folder, or undefined when it does not exist. */
  static async open(dir: string): Promise<StaticFiles | undefined> {
    try {
      const root = await realpath(resolve(dir));
      return (await stat(root)).isDirectory() ? new StaticFiles(root) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The file for a raw URL path (before or after the query string). */
  async resolve(rawUrl: string): Promise<StaticFile | StaticMiss> {
    const rawPath = rawUrl.split('?')[0] ?? '/';
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      return 'bad-request';
    }
    if (decoded.includes('\0')) return 'bad-request';
    const segments = decoded.split(/[/\\]+/).filter((s) => s !== '' && s !== '.');
    if (segments.some((s) => s === '..')) return 'forbidden';
    if (segments.some((s) => s.startsWith('.'))) return 'not-found';
    const found = await this.#file(segments);
    if (found !== undefined) return found;
    // A path without an extension is a client-side route of the single-page app.
    const last = segments.at(-1);
    if (last === undefined || extname(last) === '') {
      const index = await this.#file(['index.html']);
      if (index !== undefined) return index;
    }
    return 'not-found';
  }

  async #file(segments: readonly string[]): Promise<StaticFile | undefined> {
    let path = join(this.root, ...segments);
    try {
      let info = await stat(path);
      if (info.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path);
      }
      if (!info.isFile()) return undefined;
      const real = await realpath(path);
      if (real !== this.root && !real.startsWith(this.root + sep)) return undefined;
      const type = CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
      return { path: real, size: info.size, type, mtimeMs: info.mtimeMs, open: () => createReadStream(real) };
    } catch {
      return undefined;
    }
  }
}
