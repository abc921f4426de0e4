import { describe, expect, it } from 'vitest';
import { remedyContract } from '../../act/actuators/contract.js';
import type { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import { fixtureSpec } from '../../act/actuators/process/testing.js';
import type { HealthProbe } from './common.js';
import { scaleInRemedy, scaleOutRemedy } from './scale.js';
import { diagnosis, infraContractFixture, infraRig } from './testing.js';

/**
 * An injected probe standing in for "queue depth back inside baseline": the
 * queue drains once enough healthy workers run.
 */
function workersProbe(sup: () => ProcessSupervisor, healthy: (n: number) => boolean): HealthProbe {
  return async (service, _action, ctx) => {
    const h = await sup().health(service);
    const n = sup()
      .status(service)
      .instances.filter((i) => i.status === 'running').length;
    const ok = h.status === 'healthy' && healthy(n);
    return { at: ctx.clock.now(), status: ok ? 'healthy' : 'unhealthy', value: n, detail: `${n} workers` };
  };
}

const snapshot = (sup: ProcessSupervisor) => async () => ({
  desired: sup.status('worker').desired.instances,
  running: sup.status('worker').instances.filter((i) => i.status === 'running').length,
});

remedyContract('infra.scale-out (saturated queue, injected probe)', async () => {
  const rig = await infraRig((b) => [fixtureSpec('worker', b)]);
  return infraContractFixture({
    rig,
    remedy: scaleOutRemedy({
      probes: {
        worker: workersProbe(
          () => rig.sup,
          (n) => n >= 2,
        ),
      },
    }),
    service: 'worker',
    cause: 'saturated-queue',
    snapshot: snapshot(rig.sup),
  });
});

remedyContract('infra.scale-in (overprovisioned, injected probe)', async () => {
  const rig = await infraRig((b) => [fixtureSpec('worker', b, { instances: 3 })]);
  return infraContractFixture({
    rig,
    remedy: scaleInRemedy({
      probe: workersProbe(
        () => rig.sup,
        (n) => n <= 2,
      ),
    }),
    service: 'worker',
    cause: 'overprovisioned',
    snapshot: snapshot(rig.sup),
  });
});

describe('infra.scale-out / scale-in', () => {
  it('respect the service bounds and a wanted count from the diagnosis', async () => {
    const rig = await infraRig((b) => [
      fixtureSpec('worker', b, { instances: 2, maxInstances: 3, minInstances: 2 }),
    ]);
    try {
      const out = diagnosis('worker', 'saturated-queue', { instances: 10 });
      expect(scaleOutRemedy().propose(out.incident, out.hypothesis, rig.ctx)[0]?.params).toEqual({
        service: 'worker',
        from: 2,
        to: 3,
      });
      const inn = diagnosis('worker', 'overprovisioned');
      expect(scaleInRemedy().propose(inn.incident, inn.hypothesis, rig.ctx)).toEqual([]);
    } finally {
      await rig.close();
    }
  });
});
