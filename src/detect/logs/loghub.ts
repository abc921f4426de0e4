/**
 * The loghub-2k corpus: reading a system's structured CSVs and scoring the
 * miner on them (GA against the original labels, PA against the Loghub-2.0
 * corrected labels where they exist).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HomeostatError } from '../../core/errors.js';
import { parseCsvObjects } from './csv.js';
import { groupingAccuracy, parsingAccuracy } from './metrics.js';
import { type MinerConfig, mineAll } from './miner.js';

/** The 12 systems of loghub-2k. */
export const LOGHUB_SYSTEMS = [
  'Android',
  'Apache',
  'BGL',
  'HDFS',
  'HPC',
  'Hadoop',
  'Linux',
  'OpenSSH',
  'Proxifier',
  'Spark',
  'Windows',
  'Zookeeper',
] as const;

/** The repository root: the nearest folder up whose package.json is named homeostat. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'homeostat') return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/** `../shared/datasets/loghub-2k` beside the repository. */
export function defaultLoghubDir(): string {
  return resolve(repoRoot(), '../shared/datasets/loghub-2k');
}

/** One system's lines with both label sets. */
export interface LoghubSystem {
  readonly name: string;
  readonly contents: readonly string[];
  /** Original loghub templates, one per line. */
  readonly original: readonly string[];
  /** Loghub-2.0 corrected templates, one per line; absent for Android and Windows. */
  readonly corrected?: readonly string[];
}

function readStructured(file: string): { contents: string[]; templates: string[] } {
  const { header, rows } = parseCsvObjects(readFileSync(file, 'utf8'));
  if (!header.includes('Content') || !header.includes('EventTemplate')) {
    throw new HomeostatError('HST_INPUT_INVALID', `${file}: expected Content and EventTemplate columns`);
  }
  return { contents: rows.map((r) => r.Content ?? ''), templates: rows.map((r) => r.EventTemplate ?? '') };
}

/** Reads `<dir>/<name>/<name>_2k.log_structured(_corrected).csv`. */
export function loadSystem(dir: string, name: string): LoghubSystem {
  const base = join(dir, name, `${name}_2k.log_structured`);
  if (!existsSync(`${base}.csv`)) {
    throw new HomeostatError(
      'HST_DATA_MISSING',
      `${base}.csv not found; pass --data with the loghub-2k folder`,
    );
  }
  const orig = readStructured(`${base}.csv`);
  if (!existsSync(`${base}_corrected.csv`))
    return { name, contents: orig.contents, original: orig.templates };
  const corr = readStructured(`${base}_corrected.csv`);
  if (corr.contents.length !== orig.contents.length) {
    throw new HomeostatError(
      'HST_INPUT_INVALID',
      `${base}_corrected.csv: line count differs from the original`,
    );
  }
  return { name, contents: orig.contents, original: orig.templates, corrected: corr.templates };
}

/** A system's scores. PA is null where the corrected labels are missing. */
export interface SystemScore {
  readonly GA: number;
  readonly PA: number | null;
  readonly templates: number;
  readonly truthTemplates: number;
}

/** Mines a system's contents with one configuration and scores the final assignment. */
export function scoreSystem(sys: LoghubSystem, config: Partial<MinerConfig> = {}): SystemScore {
  const out = mineAll(sys.contents, config);
  const ids = out.map((o) => o.templateId);
  return {
    GA: groupingAccuracy(sys.original, ids),
    PA: sys.corrected
      ? parsingAccuracy(
          sys.corrected,
          out.map((o) => o.template),
        )
      : null,
    templates: new Set(ids).size,
    truthTemplates: new Set(sys.original).size,
  };
}
