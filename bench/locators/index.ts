/**
 * `homeostat bench locators`: runs the corpus of v1/v2 page pairs in real
 * Chromium, breaks each locator on v2, and measures healing: accuracy, wrong
 * heals, abstentions and false heals on deleted targets, across thresholds.
 * Figures are reported on the test split; the training split (every third
 * pair) is the only one the model was fitted on. The held-out pairs
 * (corpus/holdout.ts) were written blind to the matcher and are reported
 * apart: nothing is fitted or adjusted on them. `--learn` fits a model on
 * the training split and reports it on both; `--write` also stores it as the
 * default model (src/healers/tests/learned-model.ts).
 */
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { launchChromium } from '../../src/healers/tests/browser.js';
import { evaluate, type Metrics } from '../../src/healers/tests/evaluate.js';
import { learnModel } from '../../src/healers/tests/learn.js';
import { DEFAULT_MODEL, DEFAULT_THRESHOLD } from '../../src/healers/tests/matcher.js';
import type { MatcherModel } from '../../src/healers/tests/model.js';
import { progress, progressDone, table, writeJson } from '../report.js';
import { HOLDOUT_PAIRS, PAIRS } from './corpus/index.js';
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

/** The suite entry: parses its own arguments. */
export async function locatorsBench(args: readonly string[]): Promise<void> {
  const cmd = new Command('bench locators')
    .description('self-healing locators on a corpus of page pairs in real Chromium')
    .option('--json <file>', 'write the figures as JSON')
    .option('--threshold <x>', 'confidence threshold to report at', String(DEFAULT_THRESHOLD))
    .option('--learn', 'also fit a model on the training split and report it on both splits')
    .option('--write', 'with --learn: store the fitted model as the default (learned-model.ts)')
    .option('--chromium <path>', 'Chromium executable')
    .option(
      '--cases [split]',
      'list every case of a split (test by default; train, test or holdout) with its outcome',
    )
    .exitOverride()
    .parse(args, { from: 'user' });
  const opts = cmd.opts<{
    json?: string;
    threshold: string;
    learn?: boolean;
    write?: boolean;
    chromium?: string;
    cases?: boolean | string;
  }>();
  const threshold = Number(opts.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
    throw new Error('--threshold must be in [0, 1]');

  const browser = await launchChromium(opts.chromium);
  let recording: Awaited<ReturnType<typeof recordCorpus>>;
  let held: Awaited<ReturnType<typeof recordCorpus>>;
  const started = Date.now();
  const total = PAIRS.length + HOLDOUT_PAIRS.length;
  try {
    recording = await recordCorpus(browser, PAIRS, (d) =>
      progress(`locators: recorded ${d}/${total} page pairs`),
    );
    held = await recordCorpus(
      browser,
      HOLDOUT_PAIRS,
      (d) => progress(`locators: recorded ${PAIRS.length + d}/${total} page pairs`),
      () => 'holdout',
    );
  } finally {
    progressDone();
    await browser.close();
  }
  const recordMs = Date.now() - started;
  const train = recording.cases.filter((c) => c.split === 'train');
  const test = recording.cases.filter((c) => c.split === 'test');
  const trainPairs = new Set(train.map((c) => c.pair)).size;
  const testPairs = new Set(test.map((c) => c.pair)).size;
  const holdout = held.cases;

  const at = (cases: readonly Case[], t: number, model: MatcherModel = DEFAULT_MODEL) =>
    evaluate(cases, { threshold: t, model });
  const byThreshold = THRESHOLDS.map((t) => ({ threshold: t, ...at(test, t) }));
  const main = at(test, threshold);
  const trainMetrics = at(train, threshold);
  const holdoutMetrics = at(holdout, threshold);
  const holdoutByThreshold = THRESHOLDS.map((t) => ({ threshold: t, ...at(holdout, t) }));
  // As `homeostat tests match` without --previous: no old page, so no pairing, claims or contrasts.
  const blind = evaluate(
    test.map(({ previous: _, ...c }) => c),
    { threshold, model: DEFAULT_MODEL },
  );

  console.log(
    `Locator healing — ${PAIRS.length} page pairs (${trainPairs} train / ${testPairs} test) and ${HOLDOUT_PAIRS.length} held out, ` +
      `${recording.cases.length + holdout.length} broken locators, ${recording.notBroken + held.notBroken} unbroken controls; recorded in ${(recordMs / 1000).toFixed(1)} s\n`,
  );
  console.log('Test split across thresholds (default model):');
  console.log(
    table(
      HEAD,
      byThreshold.map((m) => row(`t=${m.threshold.toFixed(2)}`, m)),
    ),
  );
  console.log('\nHeld-out pairs across thresholds (default model; written blind, never tuned on):');
  console.log(
    table(
      HEAD,
      holdoutByThreshold.map((m) => row(`t=${m.threshold.toFixed(2)}`, m)),
    ),
  );
  console.log(`\nAt threshold ${threshold} (default model):`);
  console.log(
    table(HEAD, [
      row('test split (reported)', main),
      row('train split', trainMetrics),
      row('held out (written blind)', holdoutMetrics),
      row('test split, no old page', blind),
    ]),
  );

  let learned: { model: MatcherModel; test: Metrics; train: Metrics; holdout: Metrics } | undefined;
  if (opts.learn) {
    const model = learnModel(train);
    learned = {
      model,
      test: at(test, threshold, model),
      train: at(train, threshold, model),
      holdout: at(holdout, threshold, model),
    };
    console.log('\nModel fitted on the training split:');
    console.log(
      table(
        ['setting', ...HEAD.slice(1)],
        [
          row('learned, test split', learned.test),
          row('learned, train split', learned.train),
          row('learned, held out', learned.holdout),
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
    const split = opts.cases === true ? 'test' : opts.cases;
    const bySplit = { train, test, holdout } as const;
    if (split !== 'train' && split !== 'test' && split !== 'holdout')
      throw new Error('--cases takes train, test or holdout');
    printCases(bySplit[split], threshold, learned?.model ?? DEFAULT_MODEL);
  }
  console.log('\nAnchors (48 real sites, always heal): Similo 88.6%, VON Similo 94.7% accuracy.');

  if (opts.json) {
    writeJson(opts.json, {
      suite: 'locators',
      split: 'test (every third pair trains; figures are on the other two thirds)',
      pairs: PAIRS.length,
      train_pairs: trainPairs,
      test_pairs: testPairs,
      broken_locators: test.length,
      threshold,
      accuracy: main.accuracy,
      wrong_heal_rate: main.wrong_heal_rate,
      abstain_rate: main.abstain_rate,
      false_heal_rate_deleted: main.false_heal_rate_deleted,
      top1_accuracy: main.top1_accuracy,
      present: main.present,
      deleted: main.deleted,
      train: trainMetrics,
      holdout: {
        pairs: HOLDOUT_PAIRS.length,
        broken_locators: holdout.length,
        note: 'pairs written blind to the matcher and never used to fit or adjust it',
        ...holdoutMetrics,
        by_threshold: holdoutByThreshold,
      },
      without_old_page: blind,
      by_threshold: byThreshold,
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
  return `// Generated by \`homeostat bench locators --learn --write\`, fitted on the training split only. Do not edit.
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
