/**
 * `homeostat tests match|heal|report|snapshot`: the test-healing pack from
 * the command line — the offline matcher over recorded element lists, the
 * review of locator patch proposals (approve, apply), the heal report, and
 * recording a page's elements for the offline matcher.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { systemClock } from '../../core/clock.js';
import { HomeostatError } from '../../core/errors.js';
import { launchChromium } from '../../healers/tests/browser.js';
import { collectCandidates, fingerprintOf } from '../../healers/tests/collector.js';
import { COLLECTIONS } from '../../healers/tests/doc-store.js';
import { healEventSchema } from '../../healers/tests/events.js';
import { explainConfidence } from '../../healers/tests/explain.js';
import { describeElement, parseCandidateList, parseFingerprint } from '../../healers/tests/fingerprint.js';
import { DEFAULT_THRESHOLD, match } from '../../healers/tests/matcher.js';
import { applyProposal, decideProposal, listProposals, planProposal } from '../../healers/tests/proposals.js';
import { renderHtml, renderMarkdown } from '../../healers/tests/report.js';
import { DEFAULT_STORE_URL, openStore } from '../../store/index.js';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new HomeostatError('HST_INPUT_INVALID', `${file}: cannot read JSON (${(err as Error).message})`);
  }
}

function threshold(raw: string | undefined): number {
  const t = raw === undefined ? DEFAULT_THRESHOLD : Number(raw);
  if (!Number.isFinite(t) || t < 0 || t > 1)
    throw new HomeostatError('HST_INPUT_INVALID', '--threshold must be in [0, 1]');
  return t;
}

/** `tests match`: the matcher over recorded files; returns the text or JSON printed. */
export function runMatch(o: {
  fingerprint: string;
  candidates: string;
  previous?: string;
  threshold?: string;
  json?: boolean;
}): string {
  const old = parseFingerprint(readJson(o.fingerprint), o.fingerprint);
  const cands = parseCandidateList(readJson(o.candidates), o.candidates).elements;
  const previous = o.previous ? parseCandidateList(readJson(o.previous), o.previous).elements : undefined;
  const r = match(old, cands, { threshold: threshold(o.threshold), ...(previous ? { previous } : {}) });
  const top = r.top.map((c) => ({
    index: c.index,
    element: describeElement(c.element),
    xpath: c.element.xpath,
    score: c.score,
    parts: c.parts,
  }));
  if (o.json) {
    return JSON.stringify(
      {
        decision: r.decision,
        reason: r.reason,
        confidence: r.confidence,
        margin: r.margin,
        threshold: r.threshold,
        why: explainConfidence(r),
        best: top[0] && r.best ? { ...top.find((t) => t.index === r.best?.index) } : null,
        ...(r.option ? { option: r.option } : {}),
        top,
      },
      null,
      2,
    );
  }
  const lines = [
    `${r.decision === 'heal' ? 'HEAL' : 'ABSTAIN'} (${r.reason}): confidence ${r.confidence.toFixed(3)}, margin ${r.margin.toFixed(3)}, threshold ${r.threshold}`,
    `target: ${describeElement(old)}`,
    ...(r.best ? [`best:   ${describeElement(r.best.element)}  xpath=${r.best.element.xpath}`] : []),
    ...(r.option ? [`option: pick '${r.option.value}' ("${r.option.label}")`] : []),
    ...explainConfidence(r).map((x) => `why:    ${x}`),
    '',
    ...top.map((t, i) => `${String(i + 1).padStart(2)}. ${t.score.toFixed(3)}  ${t.element}  (${t.xpath})`),
  ];
  return lines.join('\n');
}

/** `tests heal`: lists proposals with diffs; approves, rejects or applies. */
export async function runHeal(o: {
  store: string;
  approve?: string;
  reject?: string;
  apply?: boolean;
  json?: boolean;
  by?: string;
}): Promise<string> {
  const store = await openStore(o.store, { create: false });
  try {
    const now = systemClock.now();
    const by = o.by ?? process.env.USER ?? 'cli';
    if (o.approve) await decideProposal(store, o.approve, 'approved', by, now);
    if (o.reject) await decideProposal(store, o.reject, 'rejected', by, now);
    const out: string[] = [];
    const json: unknown[] = [];
    for (const p of await listProposals(store)) {
      let diff = '';
      let error: string | undefined;
      try {
        if (o.apply && p.state === 'approved') {
          diff = (await applyProposal(store, p, now)).diff;
          p.state = 'applied';
        } else if (p.state !== 'applied') {
          diff = planProposal(p).diff;
        }
      } catch (err) {
        error = (err as Error).message;
      }
      json.push({ ...p, diff, ...(error ? { error } : {}) });
      out.push(
        `${p.id}  [${p.state}]  ${p.testFile}:${p.line ?? '?'}  ${p.selector} → ${p.code}  (${
          p.origin === 'suggested'
            ? `suggested, not healed: confidence ${p.confidence.toFixed(3)}`
            : `healed ${p.heals}×, score ${p.score.toFixed(3)}`
        })`,
      );
      for (const w of p.why) out.push(`  why: ${w}`);
      if (diff) out.push(diff);
      if (error) out.push(`  ! ${error}`);
    }
    if (o.json) return JSON.stringify(json, null, 2);
    return out.length ? out.join('\n') : 'No locator proposals.';
  } finally {
    await store.close();
  }
}

/** `tests report`: writes heal-report.md and heal-report.html; returns their paths. */
export async function runReport(o: { store: string; out: string }): Promise<string[]> {
  const store = await openStore(o.store, { create: false });
  try {
    const events = (await store.listDocs(COLLECTIONS.events)).map((d) => healEventSchema.parse(d.doc));
    await mkdir(o.out, { recursive: true });
    const md = join(o.out, 'heal-report.md');
    const html = join(o.out, 'heal-report.html');
    writeFileSync(md, renderMarkdown(events));
    writeFileSync(html, renderHtml(events));
    return [md, html];
  } finally {
    await store.close();
  }
}

/** `tests snapshot`: records a page's candidate elements (and one element's fingerprint) for `tests match`. */
export async function runSnapshot(o: {
  url: string;
  out: string;
  selector?: string;
  fingerprintOut?: string;
}): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(o.url);
    writeFileSync(
      o.out,
      `${JSON.stringify({ url: o.url, recordedAt: systemClock.now(), elements: await collectCandidates(page) }, null, 2)}\n`,
    );
    if (o.selector && o.fingerprintOut) {
      writeFileSync(
        o.fingerprintOut,
        `${JSON.stringify(await fingerprintOf(page.locator(o.selector)), null, 2)}\n`,
      );
    }
  } finally {
    await browser.close();
  }
}

/** Registers `homeostat tests`. */
export function registerTests(program: Command): void {
  const tests = program
    .command('tests')
    .description('self-healing UI test locators (see docs/fingerprint.md)');
  tests
    .command('match')
    .description('score recorded candidate elements against a stored fingerprint')
    .requiredOption('--fingerprint <file>', 'the old element (fingerprint or locator record JSON)')
    .requiredOption('--candidates <file>', 'the new page: a candidate list JSON')
    .option('--previous <file>', 'the old page as a candidate list (enables the mutual-match check)')
    .option('--threshold <x>', `confidence threshold (default ${DEFAULT_THRESHOLD})`)
    .option('--json', 'print JSON')
    .action((o) => {
      console.log(runMatch(o));
    });
  tests
    .command('heal')
    .description('list locator patch proposals with diffs; approve, reject, apply the approved ones')
    .option('--store <url>', 'store URL', DEFAULT_STORE_URL)
    .option('--approve <id>', 'mark a proposal approved')
    .option('--reject <id>', 'mark a proposal rejected')
    .option('--apply', 'edit the test files for the approved proposals')
    .option('--by <name>', 'who approves (default $USER)')
    .option('--json', 'print JSON')
    .action(async (o) => {
      console.log(await runHeal(o));
    });
  tests
    .command('report')
    .description('write the healing report (markdown and HTML)')
    .option('--store <url>', 'store URL', DEFAULT_STORE_URL)
    .option('--out <dir>', 'output folder', '.homeostat/reports')
    .action(async (o) => {
      for (const f of await runReport({ store: o.store, out: resolve(o.out) })) console.log(f);
    });
  tests
    .command('snapshot')
    .description('record the visible elements of a page for tests match')
    .requiredOption('--url <url>', 'page to open')
    .requiredOption('--out <file>', 'candidate list JSON to write')
    .option('--selector <css>', 'also fingerprint this element')
    .option('--fingerprint-out <file>', 'where to write that fingerprint')
    .action(async (o) => {
      await runSnapshot(o);
    });
}
