/**
 * Log-parsing accuracy as the literature defines it (logpai/logparser and
 * Loghub-2.0): Grouping Accuracy and Parsing Accuracy over one system's lines.
 */

/**
 * Grouping Accuracy: a line is correct when the set of lines in its predicted
 * group is exactly the set of lines sharing its true template.
 * @example groupingAccuracy(['a', 'a', 'b'], [1, 1, 2]) // 1
 */
export function groupingAccuracy(truth: readonly string[], predicted: readonly (string | number)[]): number {
  if (truth.length !== predicted.length) throw new Error('truth and predicted differ in length');
  if (truth.length === 0) return 0;
  const truthSize = new Map<string, number>();
  for (const t of truth) truthSize.set(t, (truthSize.get(t) ?? 0) + 1);
  // Per predicted group: its size and its truth label, or null once two labels mix.
  const groups = new Map<string | number, { size: number; label: string | null }>();
  for (let i = 0; i < truth.length; i++) {
    const p = predicted[i] as string | number;
    const t = truth[i] as string;
    const g = groups.get(p);
    if (!g) groups.set(p, { size: 1, label: t });
    else {
      g.size++;
      if (g.label !== t) g.label = null;
    }
  }
  let correct = 0;
  for (const g of groups.values())
    if (g.label !== null && truthSize.get(g.label) === g.size) correct += g.size;
  return correct / truth.length;
}

/** Trims and collapses runs of whitespace, the Loghub-2.0 "double space" convention. */
export function normaliseTemplate(template: string): string {
  return template.trim().replace(/\s+/g, ' ');
}

/**
 * Parsing Accuracy: a line is correct when its predicted template string equals
 * the true one. Both sides are whitespace-normalised; nothing else is rewritten
 * (no oracle template correction).
 * @example parsingAccuracy(['a <*>', 'b'], ['a  <*>', 'c']) // 0.5
 */
export function parsingAccuracy(truth: readonly string[], predicted: readonly string[]): number {
  if (truth.length !== predicted.length) throw new Error('truth and predicted differ in length');
  if (truth.length === 0) return 0;
  let correct = 0;
  for (let i = 0; i < truth.length; i++) {
    if (normaliseTemplate(truth[i] as string) === normaliseTemplate(predicted[i] as string)) correct++;
  }
  return correct / truth.length;
}
