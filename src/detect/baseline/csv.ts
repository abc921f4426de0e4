/**
 * Reading `timestamp,value` series: NAB's `YYYY-MM-DD HH:MM:SS`, ISO 8601 and
 * epoch (seconds or milliseconds). Bad rows are reported by line and skipped,
 * so one broken line never loses the rest of a file.
 */

const NAB_TS = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

/**
 * Parses a timestamp to epoch ms (UTC when no zone is given); NaN when unreadable.
 * Bare numbers below 1e11 are epoch seconds, larger ones epoch milliseconds.
 * @example parseTimestamp('2014-04-01 00:05:00') // 1396310700000
 */
export function parseTimestamp(text: string): number {
  const s = text.trim();
  if (s === '') return Number.NaN;
  const m = NAB_TS.exec(s);
  if (m) {
    const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
    return (
      Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) +
      Math.round(frac)
    );
  }
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return Math.abs(n) < 1e11 ? n * 1000 : n;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) return Date.parse(s);
  return Number.NaN;
}

/** One parsed row; `line` is 1-based in the file and `raw` the timestamp text as written. */
export interface SeriesRow {
  readonly line: number;
  readonly raw: string;
  readonly at: number;
  readonly value: number;
}

export interface ParsedSeries {
  readonly rows: SeriesRow[];
  /** One message per skipped line, naming the line and the problem. */
  readonly problems: string[];
}

/**
 * Parses a `timestamp,value[,…]` CSV. A first line whose value column is not a
 * number is taken as the header. Rows must be in time order: a row older than
 * the previous one is skipped, since the detector never looks back.
 */
export function parseSeriesCsv(text: string, name = 'input'): ParsedSeries {
  const lines = text.split(/\r?\n/);
  const rows: SeriesRow[] = [];
  const problems: string[] = [];
  let lastAt = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const rawTs = (cells[0] ?? '').trim().replace(/^"|"$/g, '');
    const rawValue = (cells[1] ?? '').trim().replace(/^"|"$/g, '');
    const value = rawValue === '' ? Number.NaN : Number(rawValue);
    const at = parseTimestamp(rawTs);
    if (rows.length === 0 && problems.length === 0 && !Number.isFinite(value) && Number.isNaN(at)) continue;
    if (cells.length < 2) {
      problems.push(`${name}:${i + 1}: expected 'timestamp,value', got '${line.slice(0, 80)}'`);
    } else if (Number.isNaN(at)) {
      problems.push(`${name}:${i + 1}: unreadable timestamp '${rawTs.slice(0, 40)}'`);
    } else if (!Number.isFinite(value)) {
      problems.push(`${name}:${i + 1}: value '${rawValue.slice(0, 40)}' is not a finite number`);
    } else if (at < lastAt) {
      problems.push(
        `${name}:${i + 1}: timestamp '${rawTs}' is older than the previous row; rows must be in time order`,
      );
    } else {
      rows.push({ line: i + 1, raw: rawTs, at, value });
      lastAt = at;
    }
  }
  return { rows, problems };
}
