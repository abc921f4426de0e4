/**
 * `homeostat bench nab`: runs an offline detector (default: the baseline + CAD
 * ensemble; `--detector baseline` for the engine's own) over the 58 NAB series, writes
 * NAB-format results, scores them with the project's NAB scorer (one
 * threshold per profile over the corpus), and compares with the Numenta HTM
 * reference results scored the same way and with the published scoreboard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import {
  DEFAULT_OFFLINE_DETECTOR,
  OFFLINE_DETECTORS,
  type OfflineDetector,
} from '../../src/detect/baseline/offline.js';
import { defaultNabDir, loadResults, loadWindows, repoRoot } from '../../src/detect/nab/corpus.js';
import { optimizeThresholds, PROFILE_NAMES, type ProfileName } from '../../src/detect/nab/scorer.js';
import { table, writeJson } from '../report.js';
import { DETECTOR, runCorpus } from './run.js';

const PUBLISHED: readonly (readonly [string, number, number, number])[] = [
  ['ARTime (published)', 74.9, 65.1, 80.4],
  ['Numenta HTM (published)', 70.1, 63.2, 74.3],
  ['CAD OSE (published)', 69.9, 67.0, 73.2],
];

export async function nabSuite(args: readonly string[]): Promise<void> {
  const cmd = new Command('bench nab')
    .option('--data <dir>', 'NAB folder', defaultNabDir())
    .option(
      '--results-dir <dir>',
      'where to write NAB-format results',
      resolve(repoRoot(), 'bench-results/nab'),
    )
    .option('--json <file>', 'write the figures as JSON')
    .addOption(
      new Option('--detector <name>', "scoring mode: ensemble (baseline + CAD), baseline (the engine's), cad")
        .choices(OFFLINE_DETECTORS)
        .default(DEFAULT_OFFLINE_DETECTOR),
    )
    .parse(args, { from: 'user' });
  const opts = cmd.opts<{ data: string; resultsDir: string; json?: string; detector: OfflineDetector }>();
  const windows = loadWindows(opts.data);
  const started = performance.now();
  const points = runCorpus(opts.data, opts.resultsDir, windows, undefined, opts.detector);
  const seconds = (performance.now() - started) / 1000;
  const ours = optimizeThresholds(loadResults(opts.resultsDir, DETECTOR, windows));
  const refDir = join(opts.data, 'reference-results');
  const reference = existsSync(join(refDir, 'numenta'))
    ? optimizeThresholds(loadResults(refDir, 'numenta', windows))
    : null;

  const row = (name: string, r: Record<ProfileName, { normalized: number }>) => [
    name,
    ...PROFILE_NAMES.map((p) => r[p].normalized),
  ];
  const rows = [row(`homeostat ${opts.detector}`, ours)];
  if (reference) rows.push(row('Numenta HTM (reference results, this scorer)', reference));
  for (const [name, a, b, c] of PUBLISHED) rows.push([name, a, b, c]);
  process.stdout.write(`${table(['detector', 'standard', 'low FP', 'low FN'], rows, 2)}\n\n`);
  process.stdout.write(
    `${table(
      ['profile', 'threshold', 'raw score', 'windows hit', 'false positives'],
      PROFILE_NAMES.map((p) => [p, ours[p].threshold, ours[p].score, ours[p].tp, ours[p].fp]),
      4,
    )}\n\n${points.toLocaleString('en-US')} points in ${seconds.toFixed(2)} s; results in ${opts.resultsDir}\n`,
  );
  if (opts.json) {
    const published = JSON.parse(
      readFileSync(join(opts.data, 'published_final_results.json'), 'utf8'),
    ) as unknown;
    writeJson(opts.json, {
      detector: DETECTOR,
      mode: opts.detector,
      standard: ours.standard.normalized,
      reward_low_FP_rate: ours.reward_low_FP_rate.normalized,
      reward_low_FN_rate: ours.reward_low_FN_rate.normalized,
      thresholds: Object.fromEntries(PROFILE_NAMES.map((p) => [p, ours[p].threshold])),
      profiles: ours,
      reference_numenta: reference
        ? Object.fromEntries(PROFILE_NAMES.map((p) => [p, reference[p].normalized]))
        : null,
      published,
      points,
      seconds,
    });
  }
}
