/**
 * Small network checks the supervisor needs: an HTTP GET with a hard timeout
 * (for health endpoints) and whether a TCP port is free before a child is
 * told to listen on it.
 */
import { request } from 'node:http';
import { createServer } from 'node:net';

export interface HttpResult {
  /** True for a 2xx answer. */
  readonly ok: boolean;
  readonly status?: number;
  readonly body?: string;
  /** Why no answer came: 'timeout', 'ECONNREFUSED', … */
  readonly error?: string;
  readonly ms: number;
}

/** Longest body kept from a probe answer. */
const MAX_BODY = 64 * 1024;

/**
 * One HTTP request that never takes longer than `timeoutMs` and never throws.
 * A fresh connection each time: a probe must not ride a pooled socket that a
 * hung server accepted long ago.
 * @example const r = await httpCall('http://127.0.0.1:8080/health', { timeoutMs: 500 }); r.ok
 */
export function httpCall(
  url: string,
  opts: { readonly timeoutMs: number; readonly method?: string; readonly body?: string },
): Promise<HttpResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: Omit<HttpResult, 'ms'>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...r, ms: took() });
    };
    let req: ReturnType<typeof request>;
    try {
      req = request(url, {
        method: opts.method ?? 'GET',
        agent: false,
        headers: opts.body === undefined ? {} : { 'content-type': 'application/json' },
      });
    } catch (err) {
      resolve({ ok: false, error: `bad url: ${(err as Error).message}`, ms: 0 });
      return;
    }
    const timer = setTimeout(() => {
      finish({ ok: false, error: 'timeout' });
      req.destroy();
    }, opts.timeoutMs);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        if (body.length < MAX_BODY) body += c;
      });
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        finish({ ok: status >= 200 && status < 300, status, body });
      });
      res.on('error', (err) => finish({ ok: false, status: res.statusCode ?? 0, error: err.message }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => finish({ ok: false, error: err.code ?? err.message }));
    req.end(opts.body);
  });
}

/** True when nothing listens on the port (checked by binding it briefly on every address). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
