/**
 * The dashboard's files over real HTTP: content types, index.html for the
 * folder and client-side routes, and every way out of the folder refused
 * (`..`, encoded `..`, backslashes, symlinks, dotfiles).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Kit, startKit } from './testkit.js';

let kit: Kit;
let outside: string;

/** A GET with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(base: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  outside = mkdtempSync(join(tmpdir(), 'homeostat-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'TOP-SECRET');
  const web = mkdtempSync(join(tmpdir(), 'homeostat-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>homeostat</title>');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(web, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(web, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(web, '.env'), 'TOKEN=TOP-SECRET');
  symlinkSync(join(outside, 'secret.txt'), join(web, 'assets', 'link.txt'));
  kit = await startKit({ server: { staticDir: web } });
  return () => {
    rmSync(web, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  };
});

afterAll(async () => {
  await kit.close();
});

describe('static dashboard files', () => {
  it('serves files with their content types, and index.html for / and client routes', async () => {
    const root = await rawGet(kit.url, '/');
    expect(root).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(root.body).toContain('<title>homeostat</title>');
    expect(await rawGet(kit.url, '/assets/app.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      body: 'console.log(1)',
    });
    expect((await rawGet(kit.url, '/assets/app.css')).type).toBe('text/css; charset=utf-8');
    expect((await rawGet(kit.url, '/assets/logo.svg')).type).toBe('image/svg+xml');
    expect((await rawGet(kit.url, '/incidents/inc_123?tab=story')).body).toContain(
      '<title>homeostat</title>',
    );
    const missing = await rawGet(kit.url, '/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ error: { code: 'HST_NOT_FOUND' } });
  });

  it('refuses every way out of the folder', async () => {
    const attempts = [
      '/../../../../etc/passwd',
      '/assets/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/assets/..%5c..%5c..%5cetc%5cpasswd',
      `/..%2f..%2f..%2f..${encodeURIComponent(outside)}%2fsecret.txt`,
      '/assets/link.txt',
      '/.env',
      '/%2eenv',
      '/assets/app.js%00.html',
    ];
    for (const path of attempts) {
      const res = await rawGet(kit.url, path);
      expect([400, 403, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('root:');
      expect(res.body, path).not.toContain('TOP-SECRET');
    }
  });

  it('keeps /api answers JSON: an unknown API path is a JSON 404, not the page', async () => {
    const res = await rawGet(kit.url, '/api/v1/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.type).toMatch(/^application\/json/);
  });
});
