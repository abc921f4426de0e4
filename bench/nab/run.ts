/**
 * Runs an offline detector (offline.ts: ensemble, baseline or cad) over every NAB series and writes NAB-format results
 * (`<dir>/homeostat/<category>/homeostat_<file>.csv`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type OfflineDetector, scoreSeries } from '../../src/detect/baseline/offline.js';
import type { BaselineOptions } from '../../src/detect/baseline/series.js';
import { type CorpusWindows, readNumericCsv, resultPath } from '../../src/detect/nab/corpus.js';
import { progress, progressDone } from '../report.js';

/** Detector name in NAB's result layout. */
export const DETECTOR = 'homeostat';

/** Scores every corpus file and writes its result file; returns the points processed. */
export function runCorpus(
  nabDir: string,
  resultsDir: string,
  windows: CorpusWindows,
  options?: BaselineOptions,
  detector?: OfflineDetector,
): number {
  let points = 0;
  let k = 0;
  for (const [key, wins] of windows) {
    k++;
    progress(`nab: ${k}/${windows.size} ${key}`);
    const file = join(nabDir, 'data', key);
    const { timestamps, columns } = readNumericCsv(file);
    const values = columns.value ?? new Float64Array(timestamps.length);
    const { scores } = scoreSeries(timestamps, values, options, undefined, detector);
    points += timestamps.length;
    const rawLines = readFileSync(file, 'utf8').split('\n').slice(1);
    const inWindow = (t: number) => wins.some(([a, b]) => t >= a && t <= b);
    const out: string[] = ['timestamp,value,anomaly_score,label'];
    for (let i = 0; i < timestamps.length; i++) {
      const cells = (rawLines[i] ?? '').split(',');
      const ts = (cells[0] ?? '').trim();
      out.push(
        `${ts},${(cells[1] ?? '').trim()},${(scores[i] as number).toFixed(6)},${inWindow(timestamps[i] as number) ? 1 : 0}`,
      );
    }
    const dest = resultPath(resultsDir, DETECTOR, key);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, `${out.join('\n')}\n`);
  }
  progressDone();
  return points;
}
