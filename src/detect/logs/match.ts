/**
 * How a masked line compares with a template of the same length: similarity,
 * the generalisation that would cover it (and whether it needs the evidence of
 * several variants), coverage, and parameter capture.
 */
import { mergeTokens, WILDCARD } from './tokens.js';

/** Share of informative positions where template and line agree; known-variable positions count half. */
export function similarity(t: readonly string[], l: readonly string[]): number {
  let same = 0;
  let considered = 0;
  for (let i = 0; i < t.length; i++) {
    const a = t[i];
    const b = l[i];
    if (a === b) {
      if (a === WILDCARD) continue;
      same++;
      considered++;
    } else {
      considered++;
      // A position already known to vary accepts a new value, with less weight than a true match.
      if (a === WILDCARD) same += 0.5;
    }
  }
  return considered === 0 ? 1 : same / considered;
}

/** A dotted name such as a package, class or property (`com.tencent.mm`, `android.intent.action.MAIN`). */
const DOTTED = /[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\.[A-Za-z_$]/;

/** A token that is only a value: `<*>` with punctuation around it, or a quantity with its unit (`<<*> sec`). */
function isValue(token: string): boolean {
  if (!token.includes(WILDCARD)) return false;
  const space = token.indexOf(' ');
  const value = space < 0 ? token : token.slice(0, space);
  return !/[A-Za-z0-9]/.test(value.replaceAll(WILDCARD, ''));
}

/** A template widened to cover a line. */
export interface Generalisation {
  readonly tokens: string[];
  /** Whether a constant word met a different constant word (not a value the line's shape already marks). */
  readonly needsEvidence: boolean;
  /** Whether a whole word changed (rather than only the value part of words such as `name=x`). */
  readonly wordChanged: boolean;
}

/** The template generalised to cover the line; undefined when it already does, null when it may not. */
export function generalised(t: readonly string[], l: readonly string[]): Generalisation | undefined | null {
  let out: string[] | undefined;
  let words = 0;
  let partial = 0;
  for (let i = 0; i < t.length; i++) {
    const a = t[i] as string;
    const b = l[i] as string;
    if (a === b || a === WILDCARD) continue;
    if (covers(a, b)) continue;
    const m = mergeTokens(a, b);
    // Two values of different shapes (`00:01` and `<1 sec`) are still one value, and so are two
    // dotted names (packages, classes, properties) past the leading word.
    if ((isValue(a) && isValue(b)) || (i > 0 && DOTTED.test(a) && DOTTED.test(b))) {
      out ??= [...t];
      out[i] = m;
      continue;
    }
    // A value the line's shape marks generalises freely, unless it replaces pure punctuation (a
    // marker such as ****); an empty value (`()` meeting `(<*>)`) is still a value.
    if (m !== b || (!/[A-Za-z0-9]/.test(a) && m.replace(WILDCARD, '') !== a)) {
      // As in Drain, the leading word names the event (daemon, component); it varies only by shape.
      if (i === 0 && t.length > 1) return null;
      // A merge that keeps part of the word (`name=<*>`, `android.intent.action.<*>`) is a value
      // change; a whole word changing is a word change. Both need evidence. Two word changes at
      // once (NEW→SCHEDULED to ASSIGNED→RUNNING), or a word change beside a value change
      // (`cyrus by (uid=0)` to `root by LOGIN(uid=0)`), is another event, not a parameter.
      if (m !== WILDCARD && /[A-Za-z0-9]/.test(m.replaceAll(WILDCARD, ''))) partial++;
      else words++;
      if (words > 1 || (words === 1 && partial > 0)) return null;
    }
    out ??= [...t];
    out[i] = m;
  }
  return out && { tokens: out, needsEvidence: words + partial > 0, wordChanged: words > 0 };
}

/** Whether a template covers a group's tokens. */
export function fits(t: readonly string[], x: readonly string[]): boolean {
  for (let i = 0; i < t.length; i++) {
    const a = t[i] as string;
    const b = x[i] as string;
    if (a !== b && !covers(a, b)) return false;
  }
  return true;
}

const scratch: string[] = [];

/** Whether a template token matches a word, each `<*>` standing for any run of characters. */
export function covers(template: string, word: string): boolean {
  if (template === WILDCARD || template === word) return true;
  if (!template.includes(WILDCARD)) return false;
  scratch.length = 0;
  return capture(template, word, scratch);
}

/** Splits a word along a template token's literal pieces; undefined when it does not fit. */
export function capture(template: string, word: string, out: string[]): boolean {
  const pieces = template.split(WILDCARD);
  const first = pieces[0] as string;
  if (!word.startsWith(first)) return false;
  let at = first.length;
  for (let k = 1; k < pieces.length; k++) {
    const lit = pieces[k] as string;
    const last = k === pieces.length - 1;
    const next = last ? (word.endsWith(lit) ? word.length - lit.length : -1) : word.indexOf(lit, at);
    if (next < at) return false;
    out.push(word.slice(at, next));
    at = next + lit.length;
  }
  return true;
}
