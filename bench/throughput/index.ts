/**
 * `homeostat bench throughput`: baseline updates per second on one core over
 * many series (interleaved, as live traffic arrives), and the memory held per
 * tracked series.
 */
import { Command } from 'commander';
import { SeriesBaseline } from '../../src/detect/baseline/series.js';
import { progress, progressDone, table, writeJson } from '../report.js';

export async function throughputSuite(args: readonly string[]): Promise<void> {
  const cmd = new Command('bench throughput')
    .option('--series <n>', 'series tracked at once', '100000')
    .option('--points <n>', 'points per series', '30')
    .option('--json <file>', 'write the figures as JSON')
    .parse(args, { from: 'user' });
  const opts = cmd.opts<{ series: string; points: string; json?: string }>();
  const nSeries = Math.max(1, Number(opts.series));
  const nPoints = Math.max(1, Number(opts.points));

  global.gc?.();
  const heapBefore = process.memoryUsage();
  const models: SeriesBaseline[] = new Array(nSeries);
  for (let i = 0; i < nSeries; i++) models[i] = new SeriesBaseline();
  global.gc?.();
  const heapAfter = process.memoryUsage();
  const measured =
    (heapAfter.heapUsed - heapBefore.heapUsed + heapAfter.arrayBuffers - heapBefore.arrayBuffers) / nSeries;

  const t0 = Date.UTC(2024, 0, 1);
  let sink = 0;
  const started = performance.now();
  for (let p = 0; p < nPoints; p++) {
    const at = t0 + p * 60_000;
    for (let i = 0; i < nSeries; i++) {
      // Cheap deterministic values with a per-series level and some wobble.
      sink += (models[i] as SeriesBaseline).update(at, (i % 97) + ((p * 31 + i) % 7));
    }
    if (p % 5 === 0) progress(`throughput: ${p + 1}/${nPoints} rounds`);
  }
  const seconds = (performance.now() - started) / 1000;
  progressDone();
  const total = nSeries * nPoints;
  const rate = total / seconds;
  const bytes = Math.max(measured, SeriesBaseline.stateBytes);
  process.stdout.write(
    `${table(
      ['series', 'points', 'seconds', 'points/s/core', 'typed-array bytes/series', 'heap bytes/series'],
      [[nSeries, total, seconds, Math.round(rate), SeriesBaseline.stateBytes, Math.round(measured)]],
      2,
    )}\n`,
  );
  if (sink < 0) process.stdout.write('\n');
  if (opts.json) {
    writeJson(opts.json, {
      points_per_s_per_core: rate,
      bytes_per_series: Math.round(bytes),
      typed_array_bytes_per_series: SeriesBaseline.stateBytes,
      heap_bytes_per_series: Math.round(measured),
      series: nSeries,
      points: total,
      seconds,
    });
  }
}
