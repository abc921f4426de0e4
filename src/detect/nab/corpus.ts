/**
 * The NAB corpus on disk: where it is, its windows, and NAB-format result
 * files (`<detector>/<category>/<detector>_<file>.csv`) turned into prepared
 * files for the scorer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HomeostatError } from '../../core/errors.js';
import { parseTimestamp } from '../baseline/csv.js';
import { type PreparedFile, prepareFile } from './scorer.js';

/**
 * The homeostat repository root, found by walking up from this module to the
 * package.json named homeostat (works from src/ under vitest and from dist/).
 */
export function repoRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'homeostat') return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/** `../shared/datasets/nab` beside the repository. */
export function defaultNabDir(): string {
  return resolve(repoRoot(), '../shared/datasets/nab');
}

const WindowsSchema = z.record(z.string(), z.array(z.tuple([z.string(), z.string()])));

/** Windows per corpus file (`category/file.csv`) as epoch-ms pairs. */
export type CorpusWindows = ReadonlyMap<string, readonly (readonly [number, number])[]>;

/** Reads `labels/combined_windows.json`; its keys define the corpus (58 files). */
export function loadWindows(nabDir: string): CorpusWindows {
  const file = join(nabDir, 'labels', 'combined_windows.json');
  if (!existsSync(file)) {
    throw new HomeostatError('HST_DATA_MISSING', `${file} not found; pass --data pointing at the NAB folder`);
  }
  const parsed = WindowsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new HomeostatError('HST_INPUT_INVALID', `${file}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  const out = new Map<string, (readonly [number, number])[]>();
  for (const key of Object.keys(parsed.data).sort()) {
    const wins = (parsed.data[key] ?? []).map(([a, b]) => [parseTimestamp(a), parseTimestamp(b)] as const);
    out.set(key, wins);
  }
  return out;
}

/** Columns of a NAB-style CSV, by header name. */
export interface CsvColumns {
  readonly timestamps: Float64Array;
  readonly columns: Readonly<Record<string, Float64Array>>;
}

/** Reads a `timestamp,…` CSV with a header into numeric columns (fast path for large corpora). */
export function readNumericCsv(file: string): CsvColumns {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = (lines[0] ?? '').trim().split(',');
  const body = lines.slice(1).filter((l) => l.trim() !== '');
  const timestamps = new Float64Array(body.length);
  const columns: Record<string, Float64Array> = {};
  for (let c = 1; c < header.length; c++) columns[header[c] as string] = new Float64Array(body.length);
  const cols = header.map((h) => columns[h]);
  for (let i = 0; i < body.length; i++) {
    const cells = (body[i] as string).split(',');
    const at = parseTimestamp(cells[0] ?? '');
    if (Number.isNaN(at)) {
      throw new HomeostatError('HST_INPUT_INVALID', `${file}:${i + 2}: unreadable timestamp '${cells[0]}'`);
    }
    timestamps[i] = at;
    for (let c = 1; c < cols.length; c++) {
      const col = cols[c];
      if (col) col[i] = Number(cells[c]);
    }
  }
  return { timestamps, columns };
}

/** Path of a detector's result file for a corpus key, in NAB's layout. */
export function resultPath(resultsDir: string, detector: string, key: string): string {
  const slash = key.indexOf('/');
  return join(resultsDir, detector, key.slice(0, slash), `${detector}_${key.slice(slash + 1)}`);
}

/** Loads every result file of a detector and prepares it for scoring. */
export function loadResults(resultsDir: string, detector: string, windows: CorpusWindows): PreparedFile[] {
  const out: PreparedFile[] = [];
  for (const [key, wins] of windows) {
    const file = resultPath(resultsDir, detector, key);
    if (!existsSync(file)) throw new HomeostatError('HST_DATA_MISSING', `result file ${file} not found`);
    const { timestamps, columns } = readNumericCsv(file);
    const scores = columns.anomaly_score;
    if (!scores) throw new HomeostatError('HST_INPUT_INVALID', `${file}: no anomaly_score column`);
    out.push(prepareFile(key, timestamps, scores, wins));
  }
  return out;
}
