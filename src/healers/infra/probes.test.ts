import { describe, expect, it } from 'vitest';
import { httpCall } from '../../act/actuators/process/probe.js';
import { fixtureSpec } from '../../act/actuators/process/testing.js';
import type { Action } from '../../model/index.js';
import { errorRatioProbe, gaugeProbe } from './probes.js';
import { infraRig } from './testing.js';

const action = (id: string) => ({ id }) as unknown as Action;

async function traffic(port: number, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await httpCall(`http://127.0.0.1:${port}/`, { timeoutMs: 1_000 });
}

describe('metric probes', () => {
  it('errorRatioProbe judges the ratio of counter increases between readings', async () => {
    const rig = await infraRig((b) => [fixtureSpec('api', b, { env: { FAULT: 'error' } })]);
    try {
      const probe = errorRatioProbe({ numerator: 'errors_total', denominator: 'requests_total', max: 0.1 });
      const first = await probe('api', action('a1'), rig.ctx);
      expect(first.status).toBe('no-data');
      await traffic(rig.base, 10);
      const failing = await probe('api', action('a1'), rig.ctx);
      expect(failing.status).toBe('unhealthy');
      expect(failing.value).toBeGreaterThan(0.8);

      await httpCall(`http://127.0.0.1:${rig.base}/admin/fault?mode=none`, { timeoutMs: 1_000 });
      await traffic(rig.base, 10);
      const ok = await probe('api', action('a1'), rig.ctx);
      expect(ok).toMatchObject({ status: 'healthy', value: 0 });
      // No new traffic except the probe's own scrape: too little evidence.
      const strict = errorRatioProbe({
        numerator: 'errors_total',
        denominator: 'requests_total',
        max: 0.1,
        minEvents: 5,
      });
      await strict('api', action('a2'), rig.ctx);
      expect((await strict('api', action('a2'), rig.ctx)).status).toBe('no-data');
    } finally {
      await rig.close();
    }
  });

  it('gaugeProbe sums a gauge over instances; no metrics URL is no-data', async () => {
    const rig = await infraRig((b) => [
      fixtureSpec('pool', b, { instances: 2, env: { POOL_SIZE: '3' } }),
      fixtureSpec('bare', b + 2, { metricsUrl: undefined }),
    ]);
    try {
      const probe = gaugeProbe({ metric: 'pool_size', judge: (v) => (v >= 6 ? 'healthy' : 'unhealthy') });
      expect(await probe('pool', action('g'), rig.ctx)).toMatchObject({ status: 'healthy', value: 6 });
      const none = await probe('bare', action('g'), rig.ctx);
      expect(none.status).toBe('no-data');
      expect(none.detail).toMatch(/no metricsUrl/);
    } finally {
      await rig.close();
    }
  });
});
