/**
 * A small real HTTP service for the demo: answers `/` and `/health`, exposes
 * Prometheus metrics on `/metrics`, and takes chaos through `/admin/fault`
 * (crash, hang, error, none). Configured by env: PORT, SERVICE, VERSION.
 * Runs as its own process under the supervisor; no dependencies.
 */
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 0);
const service = process.env.SERVICE ?? 'app';
const version = process.env.VERSION ?? '1.0.0';
type Fault = 'none' | 'hang' | 'error';
let fault: Fault = (process.env.FAULT as Fault | undefined) ?? 'none';
let requests = 0;
let errors = 0;

// Dies with its parent, so a killed demo leaves no orphan behind.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 500).unref();

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/admin/fault') {
    const mode = url.searchParams.get('mode') ?? 'none';
    if (mode === 'crash') {
      res.end(JSON.stringify({ crashing: true }));
      process.stderr.write(`${service}: fatal: simulated crash\n`);
      setTimeout(() => process.exit(70), 20);
      return;
    }
    fault = mode === 'hang' || mode === 'error' ? mode : 'none';
    process.stdout.write(`${service}: fault set to ${fault}\n`);
    res.end(JSON.stringify({ fault }));
    return;
  }
  if (fault === 'hang') return; // never answers: the symptom of a hung process
  requests++;
  if (url.pathname === '/metrics') {
    res.setHeader('content-type', 'text/plain; version=0.0.4');
    res.end(
      [
        '# TYPE http_requests_total counter',
        `http_requests_total{service="${service}"} ${requests}`,
        '# TYPE http_errors_total counter',
        `http_errors_total{service="${service}"} ${errors}`,
        '# TYPE app_info gauge',
        `app_info{service="${service}",version="${version}"} 1`,
        '',
      ].join('\n'),
    );
    return;
  }
  if (fault === 'error') {
    errors++;
    res.statusCode = 500;
    res.end(JSON.stringify({ error: 'internal error' }));
    return;
  }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ service, version, ok: true }));
});

server.listen(port, '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(
    `${service} ${version} listening on ${typeof addr === 'object' && addr ? addr.port : port}\n`,
  );
});

for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.on(sig, () => server.close(() => process.exit(0)));
}
