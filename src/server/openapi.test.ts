/**
 * The OpenAPI document covers every route the server registers under the API
 * prefix (collected from fastify itself), with roles, parameters and errors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Kit, startKit } from './testkit.js';

const kits: Kit[] = [];
afterEach(async () => {
  for (const k of kits.splice(0)) await k.close();
});

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        parameters: { name: string; in: string }[];
        responses: Record<string, unknown>;
        'x-homeostat-role': string;
        requestBody?: unknown;
      }
    >
  >;
};

describe('OpenAPI document', () => {
  it('documents every registered API route', async () => {
    const registered: { method: string; url: string }[] = [];
    const k = await startKit({
      server: {
        // Collect the routes fastify actually registers, through its own hook.
        configure: (app) =>
          app.addHook('onRoute', (r) => {
            for (const method of [r.method].flat()) registered.push({ method, url: r.url });
          }),
      },
    });
    kits.push(k);
    const res = await k.call('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as Doc;
    expect(doc.openapi).toBe('3.1.0');

    const api = registered.filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD');
    expect(api.length).toBeGreaterThanOrEqual(20);
    for (const r of api) {
      const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    }
    // …and documents nothing that does not exist.
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(documented.sort()).toEqual(
      api.map((r) => `${r.method} ${r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`).sort(),
    );

    const approve = doc.paths['/api/v1/approvals/{id}/approve']?.post;
    expect(approve?.['x-homeostat-role']).toBe('approver');
    expect(Object.keys(approve?.responses ?? {}).sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    expect(doc.paths['/api/v1/incidents']?.get?.parameters.map((p) => p.name)).toEqual(['state', 'limit']);
    expect(doc.paths['/api/v1/incidents/{id}']?.get?.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path' }),
    ]);
  });
});
