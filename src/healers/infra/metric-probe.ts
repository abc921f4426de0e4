/**
 * A verification probe for infra remedies that reads the metric detector:
 * a service is healthy when its health endpoint says so AND no metric
 * symptom (latency, errors, leak, pool, queue) is still in progress on it.
 * With it, a restart that cannot fix a slow external provider fails its
 * verification window and the kill switch undoes it, instead of passing on a
 * health endpoint that never looked at latency.
 */
import type { RemedyContext } from '../../core/remedy.js';
import type { Action, HealthReading } from '../../model/index.js';
import type { HealthProbe } from './common.js';
import type { MetricDetector } from './metric-detector.js';

/**
 * @example const metrics = new MetricDetector();
 * createInfraRemedies({ probe: metricHealthProbe(metrics) })
 */
export function metricHealthProbe(
  detector: Pick<MetricDetector, 'active'>,
  fallback?: HealthProbe,
): HealthProbe {
  return async (service: string, action: Action, ctx: RemedyContext): Promise<HealthReading> => {
    const base = fallback
      ? await fallback(service, action, ctx)
      : await ctx.actuator<{ health(name: string): Promise<HealthReading> }>('process').health(service);
    if (base.status !== 'healthy') return base;
    const active = detector.active(`service:${service}`);
    if (active.length === 0) return base;
    return {
      at: ctx.clock.now(),
      status: 'unhealthy',
      value: 0,
      detail: active
        .map((e) => `${e.indicator} abnormal since ${new Date(e.since).toISOString()}: ${e.verdict.text}`)
        .join('; '),
    };
  };
}
