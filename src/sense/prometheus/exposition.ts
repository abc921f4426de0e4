/**
 * A parser for the Prometheus text exposition format 0.0.4 and OpenMetrics
 * 1.0 text (`application/openmetrics-text`): HELP/TYPE/UNIT metadata, label
 * escapes, NaN/±Inf, optional timestamps (ms in 0.0.4, seconds in OpenMetrics),
 * exemplars skipped, `# EOF` required in OpenMetrics. A bad line is reported
 * with its number and skipped; the rest of the exposition is kept.
 */

export type ExpositionFormat = 'text' | 'openmetrics';
export type MetricType =
  | 'counter'
  | 'gauge'
  | 'histogram'
  | 'gaugehistogram'
  | 'summary'
  | 'info'
  | 'stateset'
  | 'untyped'
  | 'unknown';

const TYPES: ReadonlySet<string> = new Set([
  'counter',
  'gauge',
  'histogram',
  'gaugehistogram',
  'summary',
  'info',
  'stateset',
  'untyped',
  'unknown',
]);

export interface ParsedSample {
  /** The series name as exposed, e.g. `http_requests_total`. */
  readonly name: string;
  /** The family the sample belongs to (its TYPE line), e.g. `http_requests`. */
  readonly family: string;
  readonly type: MetricType;
  readonly labels: Record<string, string>;
  readonly value: number;
  /** Epoch ms when the exposition gave one. */
  readonly timestampMs?: number;
}

export interface ParseResult {
  readonly samples: ParsedSample[];
  /** `line N: what was wrong`, at most `maxErrors`. */
  readonly errors: string[];
}

export interface ParseOptions {
  /** Stop with an error after this many samples (Prometheus' sample_limit). */
  readonly maxSamples?: number;
  readonly maxErrors?: number;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SUFFIXES = ['_total', '_created', '_count', '_sum', '_bucket', '_gcount', '_gsum', '_info'];

/** Parses a Go-style float as Prometheus writes them (NaN, +Inf, -Inf, 1e3, …). */
export function parseFloatStrict(s: string): number | undefined {
  const lower = s.toLowerCase();
  if (lower === 'nan') return Number.NaN;
  if (lower === '+inf' || lower === 'inf') return Infinity;
  if (lower === '-inf') return -Infinity;
  return FLOAT.test(s) ? Number(s) : undefined;
}

class LineError extends Error {}

/** A cursor over one sample line. */
class Cursor {
  pos = 0;
  constructor(readonly s: string) {}
  get rest(): string {
    return this.s.slice(this.pos);
  }
  skipSpace(): void {
    while (this.s[this.pos] === ' ' || this.s[this.pos] === '\t') this.pos++;
  }
  peek(): string | undefined {
    return this.s[this.pos];
  }
  expect(ch: string, what: string): void {
    if (this.s[this.pos] !== ch) throw new LineError(`expected ${what} at column ${this.pos + 1}`);
    this.pos++;
  }
  match(re: RegExp, what: string): string {
    const m = re.exec(this.rest);
    if (!m) throw new LineError(`expected ${what} at column ${this.pos + 1}`);
    this.pos += m[0].length;
    return m[0];
  }
  quoted(): string {
    this.expect('"', 'a quoted string');
    let out = '';
    for (;;) {
      const ch = this.s[this.pos++];
      if (ch === undefined) throw new LineError('unterminated quoted string');
      if (ch === '"') return out;
      if (ch === '\\') {
        const e = this.s[this.pos++];
        if (e === 'n') out += '\n';
        else if (e === '\\' || e === '"') out += e;
        else throw new LineError(`invalid escape \\${e ?? ''} in quoted string`);
      } else out += ch;
    }
  }
  token(): string {
    const start = this.pos;
    while (this.pos < this.s.length && this.s[this.pos] !== ' ' && this.s[this.pos] !== '\t') this.pos++;
    return this.s.slice(start, this.pos);
  }
}

/** Parses `{a="b",…}` (the cursor is on `{`); a leading quoted name without `=` is the metric name. */
function parseLabels(c: Cursor, labels: Record<string, string>): string | undefined {
  c.expect('{', '{');
  let quotedName: string | undefined;
  for (;;) {
    c.skipSpace();
    if (c.peek() === '}') {
      c.pos++;
      return quotedName;
    }
    const name = c.peek() === '"' ? c.quoted() : c.match(LABEL_NAME, 'a label name');
    c.skipSpace();
    if (c.peek() === '=') {
      c.pos++;
      c.skipSpace();
      if (Object.hasOwn(labels, name)) throw new LineError(`duplicate label '${name}'`);
      labels[name] = c.quoted();
    } else if (quotedName === undefined && Object.keys(labels).length === 0) {
      quotedName = name;
    } else {
      throw new LineError(`expected '=' after label '${name}'`);
    }
    c.skipSpace();
    if (c.peek() === ',') c.pos++;
    else if (c.peek() !== '}') throw new LineError(`expected ',' or '}' at column ${c.pos + 1}`);
  }
}

function familyOf(name: string, types: ReadonlyMap<string, MetricType>): [string, MetricType] {
  const direct = types.get(name);
  if (direct) return [name, direct];
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix)) {
      const base = name.slice(0, -suffix.length);
      const t = types.get(base);
      if (t) return [base, t];
    }
  }
  return [name, 'unknown'];
}

/**
 * Parses an exposition.
 * @example parseExposition('# TYPE up gauge\nup{job="a"} 1\n', 'text').samples[0] // { name: 'up', value: 1, … }
 */
export function parseExposition(
  text: string,
  format: ExpositionFormat,
  opts: ParseOptions = {},
): ParseResult {
  const maxSamples = opts.maxSamples ?? Number.POSITIVE_INFINITY;
  const maxErrors = opts.maxErrors ?? 10;
  const samples: ParsedSample[] = [];
  const errors: string[] = [];
  const types = new Map<string, MetricType>();
  const om = format === 'openmetrics';
  const error = (line: number, msg: string) => {
    if (errors.length < maxErrors) errors.push(`line ${line}: ${msg}`);
  };
  let eof = false;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (eof) {
      error(n, 'content after # EOF');
      break;
    }
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const parts = line
        .slice(1)
        .trim()
        .split(/[ \t]+/);
      if (parts[0] === 'EOF' && parts.length === 1) eof = true;
      else if (parts[0] === 'TYPE') {
        const [, name, type] = parts;
        if (!name || !type || !TYPES.has(type)) error(n, `invalid TYPE line '${line}'`);
        else types.set(name, type as MetricType);
      }
      continue;
    }
    if (samples.length >= maxSamples) {
      error(n, `more than ${maxSamples} samples (sample limit); the rest is dropped`);
      break;
    }
    try {
      samples.push(parseSample(line, om, types));
    } catch (err) {
      if (!(err instanceof LineError)) throw err;
      error(n, err.message);
    }
  }
  if (om && !eof && errors.length < maxErrors)
    errors.push('missing # EOF at the end of the OpenMetrics exposition');
  return { samples, errors };
}

function parseSample(line: string, om: boolean, types: ReadonlyMap<string, MetricType>): ParsedSample {
  const c = new Cursor(line);
  const labels: Record<string, string> = {};
  let name = c.peek() === '{' ? '' : c.match(NAME, 'a metric name');
  c.skipSpace();
  if (c.peek() === '{') name = parseLabels(c, labels) ?? name;
  if (name === '') throw new LineError('missing metric name');
  c.skipSpace();
  const valueText = c.token();
  const value = parseFloatStrict(valueText);
  if (value === undefined) throw new LineError(`invalid value '${valueText}' for ${name}`);
  c.skipSpace();
  let timestampMs: number | undefined;
  const rest = c.rest;
  // OpenMetrics exemplars follow ' # '; they are not series of their own.
  const tsText = (om ? rest.split('#', 1)[0] : rest)?.trim() ?? '';
  if (tsText !== '') {
    const ts = parseFloatStrict(tsText);
    if (ts === undefined || !Number.isFinite(ts) || (!om && !Number.isInteger(ts))) {
      throw new LineError(`invalid timestamp '${tsText}' for ${name}`);
    }
    timestampMs = om ? Math.round(ts * 1000) : ts;
  }
  const [family, type] = familyOf(name, types);
  return timestampMs === undefined
    ? { name, family, type, labels, value }
    : { name, family, type, labels, value, timestampMs };
}
