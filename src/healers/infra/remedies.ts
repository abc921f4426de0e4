/**
 * The infra healer pack's remedies, all acting through the process
 * supervisor (`ctx.actuator('process')`):
 *
 * | remedy | cause | risk | undo |
 * |---|---|---|---|
 * | infra.restart | process-crashed, process-hung, memory-leak, latency | low | none (documented no-op) |
 * | infra.rollback-release | bad-release | low | back to the release rolled back from |
 * | infra.config-revert | bad-config | medium | back to the config revision before |
 * | infra.pool-resize | pool-exhausted | low | previous POOL_SIZE (live and revision) |
 * | infra.scale-out / infra.scale-in | saturated-queue / overprovisioned | low | previous instance count |
 * | infra.reset-state | corrupt-state | high | corrupt state moved back |
 */
import type { Registry } from '../../core/component.js';
import type { RemedyDefinition } from '../../core/remedy.js';
import type { InfraOptions } from './common.js';
import { configRevertRemedy, poolResizeRemedy } from './config.js';
import { rollbackReleaseRemedy } from './release.js';
import { resetStateRemedy } from './reset-state.js';
import { restartRemedy } from './restart.js';
import { scaleInRemedy, scaleOutRemedy } from './scale.js';

/**
 * Every infra remedy, configured with the same options (probes, windows, caps).
 * @example const remedies = createInfraRemedies({ probes: { orders: errorRateProbe('orders') } });
 */
export function createInfraRemedies(options: InfraOptions = {}): RemedyDefinition[] {
  return [
    restartRemedy(options),
    rollbackReleaseRemedy(options),
    configRevertRemedy(options),
    poolResizeRemedy(options),
    scaleOutRemedy(options),
    scaleInRemedy(options),
    resetStateRemedy(options),
  ];
}

/** The infra remedies with default options (health-endpoint verification). */
export const INFRA_REMEDIES: readonly RemedyDefinition[] = createInfraRemedies();

/**
 * Registers every infra remedy under its name.
 * @example registerInfraRemedies(new Registry<RemedyDefinition>('remedy'), { probe });
 */
export function registerInfraRemedies(
  registry: Registry<RemedyDefinition>,
  options: InfraOptions = {},
): void {
  for (const remedy of createInfraRemedies(options)) registry.register(remedy.name, remedy);
}

export type { HealthProbe, InfraOptions } from './common.js';
