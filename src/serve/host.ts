/**
 * Builds a running engine from `homeostat.yaml`: the supervised processes and
 * the remedies allowed on each, receivers and scrapes feeding detection, the
 * topology from configuration and traces, and the runtime (store, ledger,
 * policy, memory). The demo is one such configuration plus its services.
 */
import { eventToChange, eventToSignal, logLineToSignal } from '../act/actuators/process/signals.js';
import { storeDocState } from '../act/actuators/process/state.js';
import { ProcessSupervisor } from '../act/actuators/process/supervisor.js';
import type { LogLine, ServiceSpec } from '../act/actuators/process/types.js';
import type { HomeostatConfig, SupervisedService } from '../config/schema.js';
import { MemoryBus } from '../core/bus.js';
import type { RemedyDefinition } from '../core/remedy.js';
import type { Detector, Diagnoser, SignalSink } from '../core/stages.js';
import type { Policy } from '../decide/policy.js';
import { LogTemplateDetector } from '../detect/logs/signals.js';
import { rcaDiagnoserFactory } from '../diagnose/diagnoser.js';
import { CapacityDetector } from '../healers/infra/capacity-detector.js';
import { CauseDiagnoser } from '../healers/infra/cause-diagnoser.js';
import { MetricDetector } from '../healers/infra/metric-detector.js';
import { metricHealthProbe } from '../healers/infra/metric-probe.js';
import { ProbeDetector } from '../healers/infra/probe-detector.js';
import { createInfraRemedies } from '../healers/infra/remedies.js';
import { HealthProber } from '../healers/infra/supervisor-signals.js';
import type { Signal } from '../model/index.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import type { SpanRecord } from '../sense/otlp/spans.js';
import { EntityGraph } from '../topology/graph.js';

export interface HostOptions {
  readonly config: HomeostatConfig;
  /** Folder for state when the store is not a file (pause flag and the like). */
  readonly dir?: string;
  readonly policy?: Policy;
  /** Extra components a caller brings (e.g. the demo's metric detectors). */
  readonly detectors?: readonly Detector[];
  readonly diagnosers?: readonly Diagnoser[];
  readonly remedies?: readonly RemedyDefinition[];
  readonly log?: (message: string, fields?: Readonly<Record<string, unknown>>) => void;
}

export interface Host {
  readonly runtime: Runtime;
  readonly supervisor: ProcessSupervisor;
  readonly graph: EntityGraph;
  readonly bus: MemoryBus;
  /** Where receivers deliver signals. */
  readonly sink: SignalSink;
  /** Feeds OTLP spans into the topology. */
  onSpans(spans: readonly SpanRecord[]): void;
  start(): Promise<void>;
  shutdown(): Promise<void>;
}

/** Keeps only the proposals each service allows (its `remedies` list), so configuration decides what may act where. */
export function restrictRemedies(
  remedies: readonly RemedyDefinition[],
  services: readonly SupervisedService[],
): RemedyDefinition[] {
  const allowed = new Map(
    services.filter((s) => s.remedies).map((s) => [`service:${s.name}`, new Set(s.remedies)]),
  );
  return remedies.map((r) => ({
    ...r,
    propose: (incident, hypothesis, ctx) =>
      r
        .propose(incident, hypothesis, ctx)
        .filter((p) => !allowed.has(p.target.entity) || allowed.get(p.target.entity)?.has(r.name)),
  }));
}

function toServiceSpec(s: SupervisedService): ServiceSpec {
  const { labels: _labels, remedies: _remedies, dependsOn: _dependsOn, ...spec } = s;
  return spec;
}

export async function createHost(options: HostOptions): Promise<Host> {
  const { config } = options;
  const bus = new MemoryBus((err, topic) =>
    options.log?.(`bus handler failed on ${topic}`, { error: String(err) }),
  );
  const graph = new EntityGraph();
  for (const s of config.services) {
    graph.addEntity('service', s.name, { ...s.labels });
    for (const d of s.dependsOn) graph.addCall(s.name, d, 1, 'config');
  }

  // Supervised children's output is mined into templates: a never-seen template or an error
  // burst becomes an anomaly with the lines as evidence. Counts go back in as signals.
  let ingest: (signals: readonly Signal[]) => void = () => undefined;
  const logDetector = new LogTemplateDetector(config.detection.logs, (signals) => {
    ingest(signals);
    return true;
  });

  // The supervisor keeps its release history in the store, which the runtime opens: the
  // actuator map is filled in once both exist.
  const actuators = new Map<string, unknown>();

  // Scraped metrics: latency, errors, leaks, pools, queues. The same detector judges verification:
  // a service is healthy when its health endpoint says so and no metric symptom remains, so a
  // restart that cannot fix a slow provider fails its window instead of passing on /health.
  const metrics =
    options.detectors?.find((d): d is MetricDetector => d instanceof MetricDetector) ?? new MetricDetector();
  const remedies = restrictRemedies(
    [
      ...createInfraRemedies({
        probe: metricHealthProbe(metrics),
        ...(config.verification.windowMs ? { verifyWindowMs: config.verification.windowMs } : {}),
      }),
      ...(options.remedies ?? []),
    ],
    config.services,
  );
  const runtime = await createRuntime({
    ...(options.dir ? { dir: options.dir } : {}),
    storeUrl: config.store,
    ...(config.policy ? { policyFile: config.policy } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    bus,
    remedies,
    detectors: [
      new ProbeDetector({ failuresBeforeAnomaly: config.detection.probeFailures }),
      logDetector,
      metrics,
      // Scaled-out services whose queue has long been empty: back in to what the work needs.
      new CapacityDetector((service) => {
        const sup = actuators.get('process') as ProcessSupervisor | undefined;
        if (!sup?.has(service)) return undefined;
        const { desired, spec } = sup.inspect(service);
        return desired.running ? { instances: desired.instances, min: spec.minInstances ?? 1 } : undefined;
      }),
      ...(options.detectors ?? []).filter((d) => d !== metrics),
    ],
    diagnosers: [
      new CauseDiagnoser({ drainHorizonS: metrics.drainHorizonS }),
      rcaDiagnoserFactory.create({ locateOnly: true }, {}),
      ...(options.diagnosers ?? []),
    ],
    actuators,
    topology: {
      dependencies: (e) => graph.dependencies(e),
      dependents: (e) => graph.dependents(e),
      // All of them, homeostat's own included: a revert it made tells that the change before no longer runs.
      changes: (since, until) => graph.changes(since, until),
    },
    diagnosisPatienceMs: config.detection.patienceMs,
    verification: {
      ...(config.verification.windowMs ? { windowMs: config.verification.windowMs } : {}),
      ...(config.verification.confirmMs !== undefined ? { confirmMs: config.verification.confirmMs } : {}),
    },
    ...(options.log ? { log: options.log } : {}),
  });
  for (const s of config.services) {
    runtime.engine.upsertEntity({
      id: `service:${s.name}` as never,
      kind: 'service',
      name: s.name,
      labels: { ...s.labels },
    });
  }
  const rt = runtime;
  ingest = (signals) => rt.engine.ingest(signals);
  const supervisor = new ProcessSupervisor({
    services: config.services.map(toServiceSpec),
    state: storeDocState(rt.store),
    onEvent: (e) => {
      const change = eventToChange(e);
      if (change) graph.addChange(change);
      rt.engine.ingest([eventToSignal(e)]);
    },
    ...(config.detection.supervisedLogs
      ? {
          onLog: (service: string, instance: number, line: LogLine) =>
            ingest([logLineToSignal(service, instance, line)]),
        }
      : {}),
  });
  actuators.set('process', supervisor);
  const prober = new HealthProber(
    supervisor,
    rt.clock,
    (signals) => rt.engine.ingest(signals),
    config.detection.probeIntervalMs,
  );

  let started = false;
  let stopped = false;
  return {
    runtime: rt,
    supervisor,
    graph,
    bus,
    sink: (signals) => {
      rt.engine.ingest(signals);
      return true;
    },
    onSpans(spans) {
      graph.addSpans(spans.map((s) => ({ ...s, start: s.startMs, end: s.endMs })));
    },
    async start() {
      if (started) return;
      started = true;
      await supervisor.start();
      await rt.engine.start();
      prober.start();
    },
    async shutdown() {
      if (stopped) return;
      stopped = true;
      // Engine first (no new actions), then the children, then the store they report into.
      await prober.shutdown();
      await rt.engine.shutdown();
      await supervisor.shutdown();
      await rt.shutdown();
    },
  };
}
