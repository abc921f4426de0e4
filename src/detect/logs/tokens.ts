/**
 * Tokenisation and shape masking for the template miner: one set of general
 * rules for every log, no per-system regular expressions.
 *
 * A line is split on whitespace into words. A word is split on structural
 * delimiters (`= : , ; ( ) [ ] { } < > " ' | !`) into fields, a field on `/`
 * into parts, and a part on joining punctuation (`. - + @ # $ % &`) into
 * segments. A segment is a variable candidate by shape: it starts with a digit
 * (numbers, hex, numbers glued to units such as `65020ms` or `41C`), is a hex
 * run of six or more, joins a number with `_` (identifiers such as
 * `blk_-42` or `job_1445_0020`), is a version `v2`, or is a name numbered
 * with two or more digits (`bglio716`, `U11`; `ssh2` stays). Whole fields are
 * variables by shape when they are absolute paths, relative paths of four or
 * more names, Windows paths, GUIDs, IPv4 addresses (through
 * dot merging), MAC addresses, URLs with a path, and hosts next to a port
 * (`host:8080`) or to an address (`host/10.0.0.1`), and host names ending in
 * a common top-level domain (`node-7.example.com`). Adjacent variables joined
 * by `.` or by nothing collapse into one, and a number followed by a byte
 * unit (`5.2 KB`) is one quantity; a number followed by a time unit
 * (`<1 sec`, `30 seconds`) is one token that keeps its unit, as is a quoted
 * string spanning a few words (`tag="View Lock"`). These follow
 * the Loghub-2.0 annotation conventions (ISSTA'24), which are the reference
 * for template strings.
 */

/** The parameter placeholder in templates. */
export const WILDCARD = '<*>';

const PRIMARY = new Set([...'=:,;()[]{}<>"\'|!']);
const SECONDARY = new Set([...'.-+@#$%&']);
const MAC = /(?:[0-9A-Fa-f]{2}[:-]){5,}[0-9A-Fa-f]{2}/g;
/** Windows paths, drive (`C:\\Windows\\x.dll`) or UNC/device (`\\\\?\\GLOBALROOT\\...`). */
const WIN_PATH = /(?:\b[A-Za-z]:\\|\\\\)[^'"\s,;]*/g;
const GUID = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g;
/** Stands in for a value found inside a word before it is split (MAC, GUID, Windows path). */
const VALUE_MARK = '\u0000';
const SIZE_UNIT = /^(?:B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)([,;)\]]?)$/;
/** Time and count units a number may be written apart from: `<1 sec`, `12 ms`, `30 seconds`. */
const SPACED_UNIT =
  /^(?:ns|us|µs|ms|msecs?|millis|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?)[,;)\].]?$/;
/** A host name: dotted labels ending in a common top-level domain (`node-7.example.com`, `t12.baidu.com`). */
const HOSTNAME =
  /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|edu|gov|mil|int|info|biz|io|arpa|local|localdomain|lan|internal|cn|hk|tw|jp|kr|in|ru|uk|de|fr|nl|it|es|se|ch|pl|br|au|ca|us|eu)\.?$/i;
const HOSTLIKE = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const PORT = /^\d{1,5}\.?$/;
const HEX6 = /^[0-9a-fA-F]{6,}$/;
const VERSION = /^v\d+$/;
const UNDERSCORE_NUM = /_-?\d/;
/** A name numbered with two or more digits (`bglio716`, `U11`), not `ssh2` or `eth0`. */
const NUMBERED = /^[A-Za-z]+\d{2,}$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}

/** Whether a segment (no delimiters but `_` and a leading sign) is a variable by its shape. */
export function isVariableSegment(s: string): boolean {
  if (s.length === 0 || !hasDigit(s)) return false;
  const c0 = s.charCodeAt(0);
  if (isDigit(c0)) return true;
  if (c0 === 45 /* - */ && isDigit(s.charCodeAt(1))) return true;
  // Identifiers that join a number with `_` (blk_42, job_1445_0020, rdd_2_1), not jk2_init.
  if (UNDERSCORE_NUM.test(s)) return true;
  return HEX6.test(s) || VERSION.test(s) || NUMBERED.test(s);
}

/** Collapses `<*>.<*>` and `<*><*>` runs, the Loghub-2.0 DV and CV conventions. */
function collapse(s: string): string {
  if (!s.includes('<*>.<*>') && !s.includes('<*><*>')) return s;
  let prev = '';
  let out = s;
  while (prev !== out) {
    prev = out;
    out = out.replaceAll('<*>.<*>', WILDCARD).replaceAll('<*><*>', WILDCARD);
  }
  return out;
}

/** Masks a part (no primary delimiter, no `/`) segment by segment. */
function maskPart(p: string): string {
  if (!hasDigit(p)) return p;
  let out = '';
  let seg = '';
  let changed = false;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    // A minus before a digit at the start of a segment is a sign, not a joint.
    const sign =
      ch === '-' &&
      isDigit(p.charCodeAt(i + 1)) &&
      (seg === '' || seg.endsWith('_')) &&
      !/[A-Za-z0-9]$/.test(out);
    if (SECONDARY.has(ch) && !sign) {
      if (isVariableSegment(seg)) {
        out += WILDCARD;
        changed = true;
      } else out += seg;
      out += ch;
      seg = '';
    } else seg += ch;
  }
  if (isVariableSegment(seg)) {
    out += WILDCARD;
    changed = true;
  } else out += seg;
  return changed ? collapse(out) : out;
}

/** Masks a field (no primary delimiter): paths whole, else part by part around `/`. */
function maskField(f: string): string {
  if (f.length === 0) return f;
  if (f.includes('.') && HOSTNAME.test(f)) return WILDCARD;
  if (f === VALUE_MARK) return WILDCARD;
  if (f.charCodeAt(0) === 47 /* / */ && f.length > 1) return WILDCARD;
  if (!f.includes('/')) return maskPart(f);
  const parts = f.split('/');
  // A relative path of four or more names (`GLOBALROOT/Device/Volume2/config`) is one value.
  if (parts.length >= 4 && parts.every((p) => p !== '')) return WILDCARD;
  const masked = parts.map(maskPart);
  // host/10.0.0.1 (Java's InetAddress form): the host is an address too.
  for (let j = 0; j + 1 < parts.length; j++) {
    const host = parts[j] as string;
    if (IPV4.test(parts[j + 1] as string) && HOSTLIKE.test(host) && /[\d.-]/.test(host)) masked[j] = WILDCARD;
  }
  return masked.join('/');
}

/** Masks one whitespace-free word. */
export function maskWord(word: string): string {
  let w = word;
  const slash = w.indexOf('/');
  if (slash < 0 && !hasDigit(w) && !w.includes('.') && !w.includes('\\')) return w;
  const url = w.indexOf('://');
  if (url > 0) return maskUrl(w, url);
  if (w.length >= 17 && w.includes(':')) w = w.replace(MAC, VALUE_MARK);
  if (w.length >= 36 && w.includes('-')) w = w.replace(GUID, VALUE_MARK);
  if (w.includes('\\')) w = w.replace(WIN_PATH, VALUE_MARK);
  const fields: string[] = [];
  const delims: string[] = [];
  let start = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    if (PRIMARY.has(ch)) {
      fields.push(w.slice(start, i));
      delims.push(ch);
      start = i + 1;
    }
  }
  fields.push(w.slice(start));
  let out = '';
  for (let k = 0; k < fields.length; k++) {
    const raw = fields[k] as string;
    let m = maskField(raw);
    // host:port — the host is an address whatever its spelling.
    if (delims[k] === ':' && PORT.test(fields[k + 1] ?? '')) {
      const cut = raw.lastIndexOf('/');
      const host = raw.slice(cut + 1);
      if (HOSTLIKE.test(host) && /[\d.-]/.test(host) && raw.charCodeAt(0) !== 47) {
        m = cut < 0 ? WILDCARD : maskField(raw).replace(/[^/]*$/, WILDCARD);
      }
    }
    out += m;
    if (k < delims.length) out += delims[k];
  }
  return collapse(out);
}

/** `scheme://rest`: a URL with a path or user part is one value; `scheme://host:port` keeps its shape. */
function maskUrl(w: string, at: number): string {
  let s = at;
  while (s > 0 && /[A-Za-z0-9+.-]/.test(w[s - 1] as string)) s--;
  let e = at + 3;
  while (e < w.length && !/[\])}"',;]/.test(w[e] as string)) e++;
  const body = w.slice(at + 3, e);
  const head = s > 0 ? maskWord(w.slice(0, s)) : '';
  const tail = e < w.length ? maskWord(w.slice(e)) : '';
  const scheme = w.slice(s, at + 3);
  const inner = body.includes('/') || body.includes('@') || body === '' ? WILDCARD : maskWord(body);
  return `${head}${scheme}${inner}${tail}`;
}

const WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?$/;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$/;
const DAY = /^\d{1,2},?$/;
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
const ZONE = /^[A-Z]{3,4}$/;
const YEAR = /^\d{4}$/;

/** Length of a written-out date at `k` (`[Fri] Jul 1 07:57:30 [EDT] [2005]`), or 0: one timestamp value. */
function dateRun(raw: readonly string[], k: number): number {
  let i = k;
  if (WEEKDAY.test(raw[i] ?? '')) i++;
  if (!MONTH.test(raw[i] ?? '') || !DAY.test(raw[i + 1] ?? '') || !CLOCK.test(raw[i + 2] ?? '')) return 0;
  i += 3;
  if (ZONE.test(raw[i] ?? '') && YEAR.test(raw[i + 1] ?? '')) i += 2;
  else if (YEAR.test(raw[i] ?? '')) i++;
  return i - k;
}

/** A line split into raw words and masked tokens (same length). */
export interface Tokens {
  readonly words: string[];
  readonly masked: string[];
}

/**
 * Splits a line on whitespace and masks every word; a number followed by a
 * byte unit becomes one token.
 * @example tokenize('Received block blk_-42 of size 67108864').masked
 * // ['Received', 'block', '<*>', 'of', 'size', '<*>']
 */
export function tokenize(line: string): Tokens {
  // A backslash-escaped space (`node-[0\ 5]`) does not split a word.
  const raw = line.split(/(?<!\\)\s+/).filter((w) => w !== '');
  const words: string[] = [];
  const masked: string[] = [];
  for (let k = 0; k < raw.length; k++) {
    const w = raw[k] as string;
    const date = dateRun(raw, k);
    if (date > 0) {
      words.push(raw.slice(k, k + date).join(' '));
      masked.push(WILDCARD);
      k += date - 1;
      continue;
    }
    const unit = SIZE_UNIT.exec(w);
    const last = masked.length - 1;
    if (unit && last >= 0 && (masked[last] as string).endsWith(WILDCARD) && hasDigit(words[last] as string)) {
      words[last] = `${words[last]} ${w}`;
      masked[last] = `${masked[last]}${unit[1] ?? ''}`;
      continue;
    }
    // A number written apart from its time unit is one quantity token that keeps the unit
    // (`<*> sec`): it renders as the annotators write it and still meets other values as a value.
    if (SPACED_UNIT.test(w) && last >= 0 && isQuantity(masked[last] as string, words[last] as string)) {
      words[last] = `${words[last]} ${w}`;
      masked[last] = `${masked[last]} ${w}`;
      continue;
    }
    // A quoted string that spans words (`tag="View Lock",`) is one token, so that it meets a
    // one-word string at the same position.
    const close = quoteEnd(raw, k);
    if (close > k) {
      const span = raw.slice(k, close + 1);
      words.push(span.join(' '));
      masked.push(span.map(maskWord).join(' '));
      k = close;
      continue;
    }
    words.push(w);
    masked.push(maskWord(w));
  }
  return { words, masked };
}

/** Words a quoted string may span. */
const MAX_QUOTED = 8;

function quotes(w: string): number {
  let n = 0;
  for (let i = w.indexOf('"'); i >= 0; i = w.indexOf('"', i + 1)) n++;
  return n;
}

/** Index of the word closing a double quote opened (and left open) at `k`, or -1. */
function quoteEnd(raw: readonly string[], k: number): number {
  if (quotes(raw[k] as string) % 2 === 0) return -1;
  const end = Math.min(raw.length, k + MAX_QUOTED);
  for (let j = k + 1; j < end; j++) if (quotes(raw[j] as string) % 2 === 1) return j;
  return -1;
}

/** A masked token that is one number, possibly behind an opening mark (`<*>`, `<<*>`, `(<*>`, `~<*>`). */
function isQuantity(masked: string, word: string): boolean {
  return (
    masked.endsWith(WILDCARD) &&
    masked.length <= WILDCARD.length + 1 &&
    isDigit(word.charCodeAt(word.length - 1))
  );
}

interface Units {
  readonly units: string[];
  readonly skeleton: string;
}

/** Splits a masked token into value units and the delimiters between them; `<*>` is atomic. */
function units(token: string, delims: ReadonlySet<string>): Units {
  const out: string[] = [];
  let skeleton = '';
  let cur = '';
  for (let i = 0; i < token.length; i++) {
    if (token.startsWith(WILDCARD, i)) {
      cur += WILDCARD;
      i += 2;
      continue;
    }
    const ch = token[i] as string;
    if (delims.has(ch)) {
      out.push(cur);
      skeleton += ch;
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return { units: out, skeleton };
}

const ALL = new Set([...PRIMARY, ...SECONDARY, '/']);

function mergeUnits(a: string, b: string, delims: ReadonlySet<string>): string | undefined {
  const ua = units(a, delims);
  const ub = units(b, delims);
  if (ua.skeleton !== ub.skeleton) return undefined;
  let out = '';
  for (let i = 0; i < ua.units.length; i++) {
    const x = ua.units[i] as string;
    out += x === ub.units[i] ? x : WILDCARD;
    if (i < ua.skeleton.length) out += ua.skeleton[i];
  }
  return collapse(out);
}

/**
 * Generalises two different tokens at the same position: the parts they share
 * stay, the parts that differ become `<*>` (as finely as their shapes align).
 * @example mergeTokens('rhost=<*>', 'rhost=example.org') // 'rhost=<*>'
 */
export function mergeTokens(a: string, b: string): string {
  if (a === b) return a;
  if (a === WILDCARD || b === WILDCARD) return WILDCARD;
  const m = mergeUnits(a, b, ALL) ?? mergeUnits(a, b, PRIMARY);
  return m === undefined || m === WILDCARD ? (mergeValue(a, b) ?? WILDCARD) : m;
}

/**
 * `key=value` words whose values differ in shape (`ws=null,` / `ws=WorkSource{1},`) keep the
 * key; dotted names keep their common prefix (`org.apache.mapreduce.<*>`).
 */
function mergeValue(a: string, b: string): string | undefined {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const eq = Math.max(a.lastIndexOf('=', p - 1), a.lastIndexOf('.', p - 1));
  if (eq <= 0) return undefined;
  let q = 0;
  const room = Math.min(a.length, b.length) - eq - 1;
  while (
    q < room &&
    a[a.length - 1 - q] === b[b.length - 1 - q] &&
    /[^A-Za-z0-9*]/.test(a[a.length - 1 - q] as string)
  )
    q++;
  return `${a.slice(0, eq + 1)}${WILDCARD}${a.slice(a.length - q)}`;
}
