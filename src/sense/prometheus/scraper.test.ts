import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { RecordingSink } from '../testkit.js';
import { scraperFactory } from './scraper.js';

let lastAccept = '';
let counter = 100;
const TEXT = () =>
  [
    '# TYPE http_requests_total counter',
    `http_requests_total{code="200",job="inner"} ${counter}`,
    '# TYPE temp gauge',
    'temp 21.5',
    '',
  ].join('\n');
const OM = [
  '# TYPE jobs counter',
  'jobs_total{kind="a"} 7 # {trace_id="abc"} 1',
  'jobs_created{kind="a"} 1700000000',
  '# EOF',
  '',
].join('\n');

describe('Prometheus scraper', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      lastAccept = req.headers.accept ?? '';
      if (req.url === '/metrics') {
        res.setHeader('content-type', 'text/plain; version=0.0.4');
        res.end(TEXT());
      } else if (req.url === '/om') {
        res.setHeader('content-type', 'application/openmetrics-text; version=1.0.0; charset=utf-8');
        res.end(OM);
      } else if (req.url === '/broken') {
        res.setHeader('content-type', 'text/plain');
        res.end('ok 1\nbroken{ 2\n');
      } else if (req.url === '/huge') {
        res.setHeader('content-type', 'text/plain');
        res.end(`x 1\n${'#'.repeat(10_000)}\n`);
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late 1\n'), 2_000);
      } else {
        res.statusCode = 500;
        res.end('nope');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('scrapes text format, attaches target labels, and derives counter rates between scrapes', async () => {
    const rec = new RecordingSink();
    const clock = new ManualClock(Date.UTC(2025, 0, 6, 9));
    const scraper = scraperFactory.create(
      { targets: [{ url: `${base}/metrics`, job: 'api', labels: { env: 'prod' } }] },
      { sink: rec.sink, clock },
    );
    counter = 100;
    const [first] = await scraper.scrapeAll();
    expect(first).toMatchObject({ up: true, samples: 2, delivered: true });
    const up = rec.named('up')[0];
    expect(up).toMatchObject({ kind: 'probe', value: 1, entity: 'service:api' });
    const reqs = rec.named('http_requests_total')[0];
    expect(reqs?.labels).toEqual({
      env: 'prod',
      job: 'api',
      instance: base.slice(7),
      code: '200',
      exported_job: 'inner',
    });
    expect(reqs?.value).toBe(100);
    expect(rec.named('temp')[0]?.value).toBe(21.5);
    expect(rec.named('http_requests_total:rate')).toEqual([]);
    counter = 150;
    await clock.advance(10_000);
    await scraper.scrapeAll();
    expect(rec.named('http_requests_total:rate').map((s) => s.value)).toEqual([5]);
    counter = 20; // restart: the counter begins again from zero
    await clock.advance(10_000);
    await scraper.scrapeAll();
    expect(rec.named('http_requests_total:rate').map((s) => s.value)).toEqual([5, 2]);
  });

  it('scrapes OpenMetrics, skipping _created and exemplars', async () => {
    const rec = new RecordingSink();
    const scraper = scraperFactory.create(
      { targets: [{ url: `${base}/om`, job: 'worker' }] },
      { sink: rec.sink },
    );
    const [r] = await scraper.scrapeAll();
    expect(r?.up).toBe(true);
    expect(lastAccept).toMatch(/^application\/openmetrics-text;version=1\.0\.0/);
    expect(rec.signals.filter((s) => s.kind === 'metric').map((s) => [s.name, s.value])).toEqual([
      ['jobs_total', 7],
    ]);
  });

  it('reports up=0 with the reason on HTTP errors, refused connections, timeouts, oversize and bad expositions', async () => {
    const rec = new RecordingSink();
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const scraper = scraperFactory.create(
      {
        intervalMs: 1000,
        timeoutMs: 300,
        bodyLimit: 5_000,
        targets: [
          { url: `${base}/missing`, job: 'a' },
          { url: `http://127.0.0.1:${deadPort}/metrics`, job: 'b' },
          { url: `${base}/slow`, job: 'c' },
          { url: `${base}/huge`, job: 'd' },
          { url: `${base}/broken`, job: 'e' },
        ],
      },
      { sink: rec.sink },
    );
    const results = await scraper.scrapeAll();
    expect(results.map((r) => r.up)).toEqual([false, false, false, false, false]);
    expect(results[0]?.error).toBe('scrape answered HTTP 500');
    expect(results[1]?.error).toMatch(/^scrape failed: .*ECONNREFUSED/);
    expect(results[2]?.error).toBe('scrape timed out after 300ms');
    expect(results[3]?.error).toContain('larger than 5000 bytes');
    expect(results[4]?.error).toMatch(/^invalid exposition: line 2:/);
    expect(
      rec
        .named('up')
        .map((s) => [s.entity, s.value])
        .sort(),
    ).toEqual([
      ['service:a', 0],
      ['service:b', 0],
      ['service:c', 0],
      ['service:d', 0],
      ['service:e', 0],
    ]);
    // The valid part of a broken exposition is kept.
    expect(rec.named('ok').map((s) => s.value)).toEqual([1]);
  });

  it('delivers nothing for a scrape that shutdown cut short: no false outage', async () => {
    const rec = new RecordingSink();
    const scraper = scraperFactory.create(
      { intervalMs: 60_000, timeoutMs: 5_000, targets: [{ url: `${base}/slow` }] },
      { sink: rec.sink },
    );
    const pending = scraper.scrape({ url: `${base}/slow`, job: 'slow', labels: {} });
    await new Promise((r) => setTimeout(r, 50));
    await scraper.shutdown();
    const r = await pending;
    expect(r).toMatchObject({ up: false, delivered: false, error: 'the scraper shut down' });
    expect(rec.signals).toEqual([]);
  });

  it('runs on its interval after start and stops on shutdown (twice is safe)', async () => {
    const rec = new RecordingSink();
    const scraper = scraperFactory.create(
      { intervalMs: 50, timeoutMs: 50, targets: [{ url: `${base}/metrics` }] },
      { sink: rec.sink },
    );
    await scraper.shutdown();
    await scraper.start();
    await new Promise((r) => setTimeout(r, 180));
    await scraper.shutdown();
    await scraper.shutdown();
    const n = rec.named('up').length;
    expect(n).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 120));
    expect(rec.named('up').length).toBe(n);
  });

  it('rejects a config whose timeout exceeds the interval, naming the field', () => {
    expect(() => scraperFactory.create({ intervalMs: 100, timeoutMs: 200 }, { sink: () => true })).toThrow(
      /timeoutMs: timeoutMs must not exceed intervalMs/,
    );
  });
});
