/**
 * `homeostat diagnose`: root-cause ranking offline on files — a metrics folder
 * (per-entity CSVs or a long CSV) and an optional topology file.
 */
import type { Command } from 'commander';
import { HomeostatError } from '../../core/errors.js';
import { calibrate, softmax } from '../../diagnose/calibrate.js';
import { rcaConfigSchema } from '../../diagnose/diagnoser.js';
import { parseTime, readMetrics } from '../../diagnose/metric-files.js';
import { rankCauses } from '../../diagnose/rank.js';
import type { EntityGraph } from '../../topology/graph.js';
import { loadTopologyFile } from '../../topology/load.js';

interface DiagnoseOptions {
  metrics: string;
  topology?: string;
  at: string;
  onset?: string;
  top: string;
  json?: boolean;
}

function time(value: string, flag: string): number {
  const t = parseTime(value);
  if (!Number.isFinite(t)) {
    throw new HomeostatError(
      'HST_INPUT_INVALID',
      `${flag} '${value}' is not an ISO date or an epoch (s or ms)`,
    );
  }
  return t;
}

/** Registers `diagnose` on the program. */
export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('rank root causes from metric files (and a topology) at a detection time')
    .requiredOption(
      '--metrics <path>',
      'folder of <entity>_metric.csv files, or a long CSV timestamp,entity,indicator,value',
    )
    .option(
      '--topology <file>',
      'dependency.csv (Source,Target) or a JSON/YAML edge list; omitted = topology unknown',
    )
    .requiredOption('--at <time>', 'detection point: ISO date or epoch; no data after it is read')
    .option('--onset <time>', 'estimated onset (default: 3 minutes before --at)')
    .option('--top <n>', 'how many causes to show', '5')
    .option('--json', 'machine-readable output')
    .action((o: DiagnoseOptions) => {
      const at = time(o.at, '--at');
      const onset = o.onset ? time(o.onset, '--onset') : at - 180_000;
      const graph: EntityGraph | undefined = o.topology ? loadTopologyFile(o.topology) : undefined;
      const frame = readMetrics(o.metrics, { edges: graph !== undefined, until: at });
      if (frame.entities().length === 0) {
        throw new HomeostatError('HST_DATA_MISSING', `no metric series found in ${o.metrics}`);
      }
      const cfg = rcaConfigSchema.parse({});
      const ranked = rankCauses(frame, { at, onset, ...(graph ? { graph } : {}) });
      const p = softmax(
        ranked.map((r) => r.score),
        cfg.temperature,
      );
      const top = ranked.slice(0, Math.max(1, Number(o.top) || 5)).map((r, i) => ({
        rank: i + 1,
        entity: r.entity,
        cause: r.cause,
        indicator: r.indicator,
        confidence: Math.round(calibrate(cfg.platt, p[i] ?? 0) * 1000) / 1000,
        score: Math.round(r.score * 1000) / 1000,
        summary: r.summary,
        evidence: r.evidence,
      }));
      const topology = graph ? { known: true, file: o.topology, entities: graph.size } : { known: false };
      if (o.json) {
        process.stdout.write(
          `${JSON.stringify({ at: new Date(at).toISOString(), onset: new Date(onset).toISOString(), topology, causes: top }, null, 2)}\n`,
        );
        return;
      }
      process.stdout.write(
        `${graph ? `topology: ${o.topology} (${graph.size} entities)` : 'topology unknown: ranking from the metrics alone'}\n`,
      );
      for (const c of top) {
        process.stdout.write(
          `${c.rank}. ${c.entity}  ${c.cause}  confidence ${c.confidence.toFixed(2)}  (${c.indicator || '—'})\n`,
        );
        for (const e of c.evidence) process.stdout.write(`     - [${e.kind}] ${e.description}\n`);
      }
    });
}
