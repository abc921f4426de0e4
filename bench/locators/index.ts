/**
 * `homeostat bench locators`: runs the corpus of v1/v2 page pairs in real
 * Chromium, breaks each locator on v2, and measures healing: accuracy, wrong
 * heals, abstentions and false heals on deleted targets, across thresholds.
 * The model is fitted on the development pairs; the figures reported are
 * those of the held-out sets (corpus/index.ts), written blind to the matcher
 * and never fitted on. `--cv` also cross-validates on the development pairs
 * (folds of whole pairs, each decided by a model fitted without it);
 * `--learn` refits on all development pairs and reports the refit on the
 * held-out sets; `--write` stores it as the default model
 * (src/healers/tests/learned-model.ts).
 */
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { launchChromium } from '../../src/healers/tests/browser.js';
import {
  type CaseOutcome,
  evaluate,
  evaluateAt,
  evaluateSuggestions,
  type Metrics,
  matchCases,
  metricsAt,
  outcomesAt,
} from '../../src/healers/tests/evaluate.js';
import { learnModel, UNLISTED } from '../../src/healers/tests/learn.js';
import { DEFAULT_MODEL, DEFAULT_THRESHOLD, type MatchResult } from '../../src/healers/tests/matcher.js';
import type { MatcherModel } from '../../src/healers/tests/model.js';
import { progress, progressDone, table, writeJson } from '../report.js';
import { foldOf, type HeldOutSet, HOLDOUT_SETS, PAIRS } from './corpus/index.js';
import { bootstrap, type Intervals, tally } from './interval.js';
import { type Case, recordCorpus } from './record.js';

const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function row(label: string, m: Metrics): (string | number)[] {
  return [
    label,
    m.present,
    m.deleted,
    pct(m.accuracy),
    pct(m.wrong_heal_rate),
    pct(m.abstain_rate),
    pct(m.false_heal_rate_deleted),
    pct(m.top1_accuracy),
  ];
}

const HEAD = [
  'setting',
  'present',
  'deleted',
  'accuracy',
  'wrong heal',
  'abstain',
  'false heal (deleted)',
  'top-1',
];

/** Pools metrics of disjoint case sets: rates times their denominators are whole counts. */
export function pool(parts: readonly Metrics[]): Metrics {
  const present = parts.reduce((a, m) => a + m.present, 0);
  const deleted = parts.reduce((a, m) => a + m.deleted, 0);
  const rate = (key: Exclude<keyof Metrics, 'present' | 'deleted'>, over: 'present' | 'deleted') => {
    const total = over === 'present' ? present : deleted;
    const n = parts.reduce((a, m) => a + Math.round(m[key] * m[over]), 0);
    return total === 0 ? 0 : n / total;
  };
  return {
    present,
    deleted,
    accuracy: rate('accuracy', 'present'),
    wrong_heal_rate: rate('wrong_heal_rate', 'present'),
    abstain_rate: rate('abstain_rate', 'present'),
    false_heal_rate_deleted: rate('false_heal_rate_deleted', 'deleted'),
    top1_accuracy: rate('top1_accuracy', 'present'),
  };
}

interface CrossValidation {
  readonly folds: number;
  readonly at: Metrics;
  readonly by_threshold: (Metrics & { threshold: number })[];
}

/**
 * K-fold cross-validation over whole pairs: each fold is decided by a model
 * fitted on the other folds, so that no page is judged by weights that saw it.
 */
function crossValidate(cases: readonly Case[], folds: number, threshold: number): CrossValidation {
  const perFold: Metrics[][] = [];
  for (let k = 0; k < folds; k++) {
    const held = cases.filter((c) => foldOf(c.pairIndex, folds) === k);
    const model = learnModel(
      cases.filter((c) => foldOf(c.pairIndex, folds) !== k),
      {
        onProgress: (d, n) =>
          progress(`locators: cross-validation, fold ${k + 1}/${folds}: fitted ${d}/${n} pairs`),
      },
    );
    perFold.push(evaluateAt(held, [threshold, ...THRESHOLDS], { model }));
  }
  progressDone();
  const across = (i: number) => pool(perFold.map((f) => f[i] as Metrics));
  return {
    folds,
    at: across(0),
    by_threshold: THRESHOLDS.map((t, i) => ({ threshold: t, ...across(i + 1) })),
  };
}

const RESAMPLES = 2000;

/**
 * Intervals of the pooled held-out accuracy and false-heal rate, resampling
 * pairs (other pages) and sets (other writers): the targets of a page, and
 * the pages of a writer, succeed and fail together.
 */
function heldOutIntervals(
  sets: readonly { name: string; cases: readonly Case[]; outcomes: readonly CaseOutcome[] }[],
): { by_pairs: Intervals; by_sets: Intervals } {
  const byPair = new Map<string, CaseOutcome[]>();
  const bySet = sets.map(({ name, cases, outcomes }) => {
    cases.forEach((c, i) => {
      const key = `${name}\u0000${c.pair}`;
      byPair.set(key, [...(byPair.get(key) ?? []), outcomes[i] as CaseOutcome]);
    });
    return tally(outcomes);
  });
  return {
    by_pairs: bootstrap([...byPair.values()].map(tally), { resamples: RESAMPLES }),
    by_sets: bootstrap(bySet, { resamples: RESAMPLES }),
  };
}

/** The suite entry: parses its own arguments. */
export async function locatorsBench(args: readonly string[]): Promise<void> {
  const cmd = new Command('bench locators')
    .description('self-healing locators on a corpus of page pairs in real Chromium')
    .option('--json <file>', 'write the figures as JSON')
    .option('--threshold <x>', 'confidence threshold to report at', String(DEFAULT_THRESHOLD))
    .option('--cv [folds]', 'also cross-validate on the development pairs (slow: one fit per fold)')
    .option('--learn', 'also fit a model on all development pairs and report it on the held-out sets')
    .option('--write', 'with --learn: store the fitted model as the default (learned-model.ts)')
    .option('--chromium <path>', 'Chromium executable')
    .option(
      '--cases [set]',
      'list every case of a set (dev by default; dev, holdout or a held-out set name) with its outcome',
    )
    .exitOverride()
    .parse(args, { from: 'user' });
  const opts = cmd.opts<{
    json?: string;
    threshold: string;
    cv?: boolean | string;
    learn?: boolean;
    write?: boolean;
    chromium?: string;
    cases?: boolean | string;
  }>();
  const threshold = Number(opts.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
    throw new Error('--threshold must be in [0, 1]');
  const folds = opts.cv === undefined ? 0 : opts.cv === true ? 5 : Number(opts.cv);
  if (opts.cv !== undefined && (!Number.isInteger(folds) || folds < 2 || folds > PAIRS.length))
    throw new Error(`--cv takes a number of folds from 2 to ${PAIRS.length}`);
  if (opts.write && !opts.learn) throw new Error('--write stores the model --learn fits; give both');

  const browser = await launchChromium(opts.chromium);
  let dev: Case[];
  const sets: { set: HeldOutSet; cases: Case[] }[] = [];
  let notBroken = 0;
  const started = Date.now();
  const total = PAIRS.length + HOLDOUT_SETS.reduce((a, s) => a + s.pairs.length, 0);
  try {
    const devRec = await recordCorpus(browser, PAIRS, (d) =>
      progress(`locators: recorded ${d}/${total} page pairs`),
    );
    dev = devRec.cases;
    notBroken += devRec.notBroken;
    let done = PAIRS.length;
    for (const set of HOLDOUT_SETS) {
      const offset = done;
      const rec = await recordCorpus(
        browser,
        set.pairs,
        (d) => progress(`locators: recorded ${offset + d}/${total} page pairs`),
        'holdout',
      );
      sets.push({ set, cases: rec.cases });
      notBroken += rec.notBroken;
      done += set.pairs.length;
    }
  } finally {
    progressDone();
    await browser.close();
  }
  const recordMs = Date.now() - started;
  const holdout = sets.flatMap((s) => s.cases);
  const heldPairs = HOLDOUT_SETS.reduce((a, s) => a + s.pairs.length, 0);

  const at = (cases: readonly Case[], t: number, model: MatcherModel = DEFAULT_MODEL) =>
    evaluate(cases, { threshold: t, model });
  // Each set matched once, judged at the reported threshold and across the sweep, and resampled for the
  // intervals; the pooled figures add the sets up.
  const matched = sets.map(({ cases }) => matchCases(cases, { model: DEFAULT_MODEL }));
  const swept = sets.map(({ cases }, k) =>
    metricsAt(cases, matched[k] as MatchResult[], [threshold, ...THRESHOLDS]),
  );
  const perSet = sets.map(({ set, cases }, k) => {
    const [here, ...sweep] = swept[k] as Metrics[];
    return {
      name: set.name,
      note: set.note,
      pairs: set.pairs.length,
      broken_locators: cases.length,
      unlisted_targets: cases.filter((c) => c.target === UNLISTED).length,
      ...(here as Metrics),
      by_threshold: THRESHOLDS.map((t, i) => ({ threshold: t, ...(sweep[i] as Metrics) })),
    };
  });
  const main = pool(swept.map((m) => m[0] as Metrics));
  const byThreshold = THRESHOLDS.map((t, i) => ({
    threshold: t,
    ...pool(swept.map((m) => m[i + 1] as Metrics)),
  }));
  const devMetrics = at(dev, threshold);
  // As `homeostat tests match` without --previous: no old page, so no pairing, claims or contrasts.
  const withoutOldPage = evaluate(
    holdout.map(({ previous: _, ...c }) => c),
    { threshold, model: DEFAULT_MODEL },
  );

  console.log(
    `Locator healing — ${PAIRS.length} development pairs (fitted on) and ${heldPairs} held-out pairs in ${HOLDOUT_SETS.length} set${HOLDOUT_SETS.length === 1 ? '' : 's'} (never fitted on), ` +
      `${dev.length + holdout.length} broken locators, ${notBroken} unbroken controls; recorded in ${(recordMs / 1000).toFixed(1)} s\n`,
  );
  const unlisted = [...dev, ...holdout].filter((c) => c.target === UNLISTED).length;
  if (unlisted > 0)
    console.log(
      `${unlisted} intended element${unlisted === 1 ? ' is' : 's are'} on the new page but not among the collector's candidates: counted as misses.\n`,
    );
  console.log('Held-out pairs across thresholds (default model; written blind, never fitted on):');
  console.log(
    table(
      HEAD,
      byThreshold.map((m) => row(`t=${m.threshold.toFixed(2)}`, m)),
    ),
  );
  console.log(`\nAt threshold ${threshold} (default model):`);
  console.log(
    table(HEAD, [
      row('held out, all sets (reported)', main),
      ...perSet.map((m) => row(`  ${m.name} (${m.pairs} pairs)`, m)),
      row('held out, no old page', withoutOldPage),
      row('development pairs (fitted on)', devMetrics),
    ]),
  );

  const review = evaluateSuggestions(holdout, { threshold, model: DEFAULT_MODEL });
  console.log(
    `\nProposals for review on failures (confidence ${review.suggest_threshold} to ${threshold}; the step still fails), held out: ` +
      `the intended element for ${pct(review.suggested_right_rate)} of present targets, another for ${pct(review.suggested_wrong_rate)}, ` +
      `one for ${pct(review.suggested_deleted_rate)} of deleted targets (precision ${pct(review.precision)}).`,
  );

  const intervals = heldOutIntervals(
    sets.map(({ set, cases }, k) => ({
      name: set.name,
      cases,
      outcomes: outcomesAt(cases, matched[k] as MatchResult[], threshold),
    })),
  );
  const span = (i: readonly [number, number]) => `${pct(i[0])}–${pct(i[1])}`;
  console.log(
    `\n95% intervals of the pooled held-out figures (percentile bootstrap, ${RESAMPLES.toLocaleString('en')} resamples): ` +
      `other pages (resampling pairs) — accuracy ${span(intervals.by_pairs.accuracy)}, false heals ${span(intervals.by_pairs.false_heal_rate_deleted)}; ` +
      `other writers (resampling the sets) — accuracy ${span(intervals.by_sets.accuracy)}, false heals ${span(intervals.by_sets.false_heal_rate_deleted)}.`,
  );

  let cv: CrossValidation | undefined;
  if (folds > 0) {
    cv = crossValidate(dev, folds, threshold);
    console.log(
      `\nDevelopment pairs, ${folds}-fold cross-validation (each fold decided by a model fitted without it):`,
    );
    console.log(
      table(HEAD, [
        ...cv.by_threshold.map((m) => row(`t=${m.threshold.toFixed(2)}`, m)),
        row(`at ${threshold}`, cv.at),
      ]),
    );
  }

  let learned: { model: MatcherModel; holdout: Metrics; development: Metrics } | undefined;
  if (opts.learn) {
    const model = learnModel(dev, {
      onProgress: (d, n) => progress(`locators: fitting on the development pairs: ${d}/${n}`),
    });
    progressDone();
    learned = { model, holdout: at(holdout, threshold, model), development: at(dev, threshold, model) };
    console.log('\nModel fitted on all development pairs:');
    console.log(
      table(
        ['setting', ...HEAD.slice(1)],
        [
          row('learned, held out', learned.holdout),
          row('learned, development (fitted on)', learned.development),
        ],
      ),
    );
    console.log(
      Object.entries(model.weights)
        .map(([k, v]) => `${k}=${v.toFixed(2)}`)
        .join(' '),
    );
    console.log(`confidence: ${JSON.stringify(model.confidence)}`);
    if (opts.write) {
      writeFileSync(LEARNED_FILE, modelSource(model));
      console.log(`wrote ${LEARNED_FILE}`);
    }
  }
  if (opts.cases) {
    const name = opts.cases === true ? 'dev' : opts.cases;
    const chosen =
      name === 'dev' ? dev : name === 'holdout' ? holdout : sets.find((s) => s.set.name === name)?.cases;
    if (!chosen)
      throw new Error(
        `--cases takes dev, holdout or one of ${HOLDOUT_SETS.map((s) => s.name).join(', ')}; got '${name}'`,
      );
    printCases(chosen, threshold, learned?.model ?? DEFAULT_MODEL);
  }
  console.log('\nAnchors (48 real sites, always heal): Similo 88.6%, VON Similo 94.7% accuracy.');

  if (opts.json) {
    writeJson(opts.json, {
      suite: 'locators',
      split:
        'held out: pairs written blind to the matcher, never fitted on; the model is fitted on the development pairs',
      pairs: PAIRS.length + heldPairs,
      development_pairs: PAIRS.length,
      holdout_pairs: heldPairs,
      broken_locators: holdout.length,
      threshold,
      accuracy: main.accuracy,
      wrong_heal_rate: main.wrong_heal_rate,
      abstain_rate: main.abstain_rate,
      false_heal_rate_deleted: main.false_heal_rate_deleted,
      top1_accuracy: main.top1_accuracy,
      present: main.present,
      deleted: main.deleted,
      by_threshold: byThreshold,
      intervals: {
        level: 0.95,
        method: 'percentile bootstrap of the pooled rates, resampling whole pairs or whole held-out sets',
        resamples: RESAMPLES,
        ...intervals,
      },
      holdout_sets: perSet,
      without_old_page: withoutOldPage,
      review_proposals: review,
      development: {
        pairs: PAIRS.length,
        broken_locators: dev.length,
        note: 'in-sample: the model was fitted on these pairs',
        ...devMetrics,
      },
      ...(cv ? { cross_validated: cv } : {}),
      ...(learned ? { learned } : {}),
    });
  }
}

const LEARNED_FILE = new URL('../../src/healers/tests/learned-model.ts', import.meta.url);

/** The learned model as the TypeScript data module the matcher imports. */
export function modelSource(model: MatcherModel): string {
  const num = (o: object): string =>
    Object.entries(o)
      .map(([k, v]) => `    ${k}: ${v},`)
      .join('\n');
  return `// Generated by \`homeostat bench locators --learn --write\`, fitted on the development pairs (never on the held-out sets). Do not edit.
import type { MatcherModel } from './model.js';

export const LEARNED_MODEL: MatcherModel = {
  weights: {
${num(model.weights)}
  },
  confidence: {
${num(model.confidence)}
  },${
    model.blind
      ? `
  blind: {
${num(model.blind)}
  },`
      : ''
  }
};
`;
}

function printCases(cases: readonly Case[], threshold: number, model: MatcherModel): void {
  const rows = cases.map((c) => {
    const m = evaluate([c], { threshold, model });
    const o =
      c.target === null
        ? m.false_heal_rate_deleted > 0
          ? 'FALSE HEAL'
          : 'rejected'
        : m.accuracy > 0
          ? 'correct'
          : m.wrong_heal_rate > 0
            ? 'WRONG'
            : 'abstain';
    return [c.pair, c.selector, o, c.change];
  });
  console.log(`\n${table(['pair', 'selector', 'outcome', 'change'], rows)}`);
}
