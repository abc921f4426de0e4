/**
 * `homeostat bench process`: how fast the process actuator itself can heal,
 * the floor under every infra MTTR. Against the real fixture service it times
 * spawn → answering, restart → healthy, a crash → exit seen → restarted →
 * healthy, a bad release → rolled back → healthy, and one health probe.
 */
import { Command } from 'commander';
import { progress, progressDone, quantile, table, writeJson } from '../../../../bench/report.js';
import { httpCall } from './probe.js';
import { ProcessSupervisor } from './supervisor.js';
import { fixtureSpec, freePortRange } from './testing.js';
import type { SupervisorEvent } from './types.js';

interface Samples {
  spawn_to_ready_ms: number[];
  restart_to_healthy_ms: number[];
  crash_to_healthy_ms: number[];
  rollback_to_healthy_ms: number[];
  health_probe_ms: number[];
}

const now = (): number => performance.now();

async function untilHealthy(sup: ProcessSupervisor, name: string, timeoutMs = 10_000): Promise<void> {
  const deadline = now() + timeoutMs;
  while (now() < deadline) {
    if ((await sup.health(name)).status === 'healthy') return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${name} did not get healthy within ${timeoutMs} ms`);
}

async function oneRun(s: Samples, probes: number): Promise<void> {
  const base = await freePortRange(1);
  let onExit: ((e: SupervisorEvent) => void) | undefined;
  const sup = new ProcessSupervisor({
    services: [fixtureSpec('svc', base, { version: 'v1', readyTimeoutMs: 10_000, healthTimeoutMs: 1_000 })],
    onEvent: (e) => onExit?.(e),
  });
  try {
    let t = now();
    await sup.start();
    s.spawn_to_ready_ms.push(now() - t);

    for (let i = 0; i < probes; i++) {
      t = now();
      await sup.health('svc');
      s.health_probe_ms.push(now() - t);
    }

    t = now();
    await sup.restart('svc');
    await untilHealthy(sup, 'svc');
    s.restart_to_healthy_ms.push(now() - t);

    // Crash → the exit event → restart → healthy: what a perfect detector would leave to the actuator.
    const exited = new Promise<void>((resolve) => {
      onExit = (e) => e.type === 'exited' && resolve();
    });
    t = now();
    await httpCall(`http://127.0.0.1:${base}/admin/crash`, { timeoutMs: 1_000 });
    await exited;
    await sup.restart('svc');
    await untilHealthy(sup, 'svc');
    s.crash_to_healthy_ms.push(now() - t);

    await sup.deploy('svc', { version: 'v2', env: { FAULT: 'error' } });
    t = now();
    await sup.rollback('svc');
    await untilHealthy(sup, 'svc');
    s.rollback_to_healthy_ms.push(now() - t);
  } finally {
    await sup.shutdown();
  }
}

/** The suite: `homeostat bench process [--runs N] [--probes N] [--json FILE]`. */
export async function processBench(args: readonly string[]): Promise<void> {
  const cmd = new Command('bench process')
    .description('latency of the process actuator: spawn, restart, crash heal, rollback, health probe')
    .option('--runs <n>', 'independent runs (a fresh service each)', '10')
    .option('--probes <n>', 'health probes per run', '20')
    .option('--json <file>', 'also write the figures as JSON')
    .parse([...args], { from: 'user' });
  const opts = cmd.opts<{ runs: string; probes: string; json?: string }>();
  const runs = Math.max(1, Number.parseInt(opts.runs, 10) || 10);
  const probes = Math.max(1, Number.parseInt(opts.probes, 10) || 20);

  const s: Samples = {
    spawn_to_ready_ms: [],
    restart_to_healthy_ms: [],
    crash_to_healthy_ms: [],
    rollback_to_healthy_ms: [],
    health_probe_ms: [],
  };
  for (let r = 0; r < runs; r++) {
    progress(`process bench: run ${r + 1}/${runs}`);
    await oneRun(s, probes);
  }
  progressDone();

  const rows = (Object.keys(s) as (keyof Samples)[]).map((k) => {
    const v = s[k];
    return [k, v.length, quantile(v, 0.5), quantile(v, 0.9), Math.max(...v)] as const;
  });
  console.log(table(['measure', 'n', 'median ms', 'p90 ms', 'max ms'], rows, 1));
  if (opts.json) {
    const figures: Record<string, number> = { runs };
    for (const k of Object.keys(s) as (keyof Samples)[]) {
      figures[`${k}_median`] = round(quantile(s[k], 0.5));
      figures[`${k}_p90`] = round(quantile(s[k], 0.9));
    }
    writeJson(opts.json, { suite: 'process', node: process.version, ...figures });
  }
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
