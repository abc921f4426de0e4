/**
 * Why a match is as confident as it is, in words a reviewer can check
 * against the two pages: the decision evidence (evidence.ts) that moved the
 * confidence most, each marked + (towards healing) or − (against). A step
 * that failed for want of confidence says what held it back; a heal says
 * what it rested on.
 */
import { type Evidence, NO_EVIDENCE } from './evidence.js';
import { clampClaim, DEFAULT_MODEL, type MatchResult } from './matcher.js';
import { type ConfidenceCoefficients, coefficientsFor, type MatcherModel } from './model.js';

interface Reason {
  readonly text: string;
  /** The input's pull on the log-odds of a right heal, against its neutral value. */
  readonly pull: number;
}

/** A pull smaller than this (in log-odds) is not worth a word. */
const NOTABLE = 0.25;

function reasons(r: MatchResult, c: ConfidenceCoefficients, e: Evidence): Reason[] {
  const out: Reason[] = [];
  if (r.claim !== undefined && Math.abs(r.claim) >= 0.05)
    out.push({
      text:
        r.claim > 0
          ? `it resembles another element of the old page more than the recorded one (by ${r.claim.toFixed(2)})`
          : 'no other element of the old page resembles it as much as the recorded one',
      pull: c.claim * clampClaim(r.claim),
    });
  if (e.anchor > 0)
    out.push({
      text: 'it kept an id, name, test id or link that only the recorded element had',
      pull: c.anchor,
    });
  if (e.contrast > 0)
    out.push({
      text: 'it lacks what told the recorded element from its look-alike',
      pull: c.contrast * e.contrast,
    });
  // The label's neutral value is the "unknown" one: alike labels pull up, unlike ones down.
  const unknown = NO_EVIDENCE.label;
  out.push({
    text:
      e.label >= unknown
        ? `the labels are alike (${e.label.toFixed(2)})`
        : `the labels share little (${e.label.toFixed(2)})`,
    pull: c.label * (e.label - unknown),
  });
  if (e.unique > 0) out.push({ text: 'the only one of its kind on both pages', pull: c.unique });
  if (e.head > 0) out.push({ text: "its label kept the recorded label's first word", pull: c.head });
  if (e.echo > 0)
    out.push({ text: 'the recorded label is still on the page, on another element', pull: c.echo });
  if (e.elsewhere > 0)
    out.push({ text: 'it links to another page than the recorded link', pull: c.elsewhere });
  return out;
}

/**
 * The evidence that moved a match's confidence most, strongest first, as
 * "+ …" and "− …" phrases; empty when there is no winner or nothing notable.
 * @example explainConfidence(result) // ['+ the only one of its kind on both pages', '− the labels share little (0.00)']
 */
export function explainConfidence(r: MatchResult, model: MatcherModel = DEFAULT_MODEL, limit = 3): string[] {
  if (r.best && r.option) return [`+ the recorded choice is now this select's option "${r.option.label}"`];
  if (!r.best || !r.evidence) return [];
  // The claim is known exactly when the old page was: then the page's coefficients decided.
  const c = coefficientsFor(model, r.claim !== undefined);
  return reasons(r, c, r.evidence)
    .filter((x) => Math.abs(x.pull) >= NOTABLE)
    .sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull))
    .slice(0, limit)
    .map((x) => `${x.pull > 0 ? '+' : '−'} ${x.text}`);
}
