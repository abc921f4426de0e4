/**
 * Compiles policy conditions (rule matches, target selectors, maintenance
 * windows) into plain predicates once, when a policy loads, so that a decision
 * costs a handful of set lookups instead of re-reading the document.
 */
import type { Risk, Target } from '../model/index.js';
import { localTime } from './local-time.js';
import { DAYS, type MaintenanceWindow, type PolicyMatch, type TargetMatch } from './policy-schema.js';

/** What a rule can look at. */
export interface MatchInput {
  readonly remedy: string;
  readonly actionClass: string;
  readonly risk: Risk;
  readonly target: Target;
  readonly confidence: number;
}

export type Predicate<T> = (value: T) => boolean;

const always = (): boolean => true;

function all<T>(checks: readonly Predicate<T>[]): Predicate<T> {
  if (checks.length === 0) return always;
  if (checks.length === 1) return checks[0] as Predicate<T>;
  return (v) => {
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

/**
 * A predicate over targets. Label values are compared as text, so that
 * `regulated: true` in YAML matches the label value 'true'.
 * @example compileTarget({ labels: { env: 'prod' } })(target)
 */
export function compileTarget(match: TargetMatch | undefined): Predicate<Target> {
  if (!match) return always;
  const checks: Predicate<Target>[] = [];
  if (match.kind) {
    const kinds = new Set(match.kind);
    checks.push((t) => kinds.has(t.kind));
  }
  if (match.entity) {
    const ids = new Set<string>(match.entity);
    checks.push((t) => ids.has(t.entity));
  }
  if (match.labels) {
    const wanted = Object.entries(match.labels).map(
      ([k, v]) => [k, new Set((Array.isArray(v) ? v : [v]).map(String))] as const,
    );
    checks.push((t) => {
      for (const [k, values] of wanted) {
        const have = t.labels[k];
        if (have === undefined || !values.has(have)) return false;
      }
      return true;
    });
  }
  return all(checks);
}

/** A predicate over decision inputs; a confidence below `minConfidence` does not match. */
export function compileMatch(match: Partial<PolicyMatch>): Predicate<MatchInput> {
  const checks: Predicate<MatchInput>[] = [];
  if (match.actionClass) {
    const set = new Set(match.actionClass);
    checks.push((i) => set.has(i.actionClass));
  }
  if (match.risk) {
    const set = new Set<string>(match.risk);
    checks.push((i) => set.has(i.risk));
  }
  if (match.remedy) {
    const set = new Set(match.remedy);
    checks.push((i) => set.has(i.remedy));
  }
  if (match.target) {
    const target = compileTarget(match.target);
    checks.push((i) => target(i.target));
  }
  if (match.minConfidence !== undefined) {
    const min = match.minConfidence;
    // NaN never reaches a threshold.
    checks.push((i) => i.confidence >= min);
  }
  return all(checks);
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * A predicate "is this window open at `at` for `target`". A window whose end is
 * earlier than its start runs past midnight: it opens on a listed day and
 * closes the next morning.
 */
export function compileWindow(w: MaintenanceWindow): (target: Target, at: number) => boolean {
  const target = compileTarget(w.target);
  const days = new Set(w.days.map((d) => DAYS.indexOf(d)));
  const start = minutes(w.start);
  const end = minutes(w.end);
  const overnight = end < start;
  const tz = w.timezone;
  return (t, at) => {
    if (!target(t)) return false;
    const { day, minute } = localTime(at, tz);
    if (!overnight) return days.has(day) && minute >= start && minute < end;
    if (minute >= start) return days.has(day);
    return minute < end && days.has((day + 6) % 7);
  };
}
