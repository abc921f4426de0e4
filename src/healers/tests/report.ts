/**
 * The locator healing report, in markdown and HTML: healed, ambiguous and
 * failed locators with their scores, the proposed replacement, the best
 * candidates, and a screenshot with the element outlined when one was taken.
 */
import type { HealEvent } from './events.js';

const ORDER: readonly HealEvent['outcome'][] = ['healed', 'ambiguous', 'failed'];
const TITLE: Record<HealEvent['outcome'], string> = {
  healed: 'Healed',
  ambiguous: 'Ambiguous (not healed)',
  failed: 'Failed (not healed)',
};

/** A healed locator's replacement was used; a failed one's is only a suggestion awaiting review. */
const proposedAs = (e: HealEvent): string =>
  e.outcome === 'healed'
    ? 'proposed replacement'
    : 'suggested replacement, for review (not used at run time)';

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const score = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(3));
const where = (e: HealEvent): string => (e.line === null ? e.testFile : `${e.testFile}:${e.line}`);

/**
 * A markdown report of heal events.
 * @example writeFileSync('heal-report.md', renderMarkdown(events));
 */
export function renderMarkdown(events: readonly HealEvent[]): string {
  const out = ['# Locator healing report', ''];
  out.push(ORDER.map((o) => `${TITLE[o]}: ${events.filter((e) => e.outcome === o).length}`).join(' · '), '');
  for (const o of ORDER) {
    const group = events.filter((e) => e.outcome === o);
    if (group.length === 0) continue;
    out.push(`## ${TITLE[o]}`, '');
    for (const e of group) {
      out.push(`### \`${e.selector}\` — ${where(e)}`, '');
      out.push(`- failure: ${e.failure}; ${e.reason}`);
      if (e.chosen) {
        out.push(
          `- ${o === 'healed' ? 'used' : 'best'}: ${e.chosen.element} (score ${score(e.chosen.score)}, margin ${score(e.chosen.margin)}, confidence ${score(e.chosen.confidence)})`,
        );
      }
      if (e.replacement)
        out.push(
          `- ${proposedAs(e)}: \`${e.replacement}\`${e.proposalId ? ` (proposal ${e.proposalId})` : ''}`,
        );
      if (e.candidates.length) {
        out.push('', '| # | candidate | score |', '|---|---|---|');
        e.candidates.forEach((c, i) => {
          out.push(`| ${i + 1} | ${c.element.replace(/\|/g, '\\|')} | ${score(c.score)} |`);
        });
      }
      if (e.screenshot) out.push('', `![${e.selector}](${e.screenshot})`);
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained HTML report of heal events. */
export function renderHtml(events: readonly HealEvent[]): string {
  const sections = ORDER.map((o) => {
    const group = events.filter((e) => e.outcome === o);
    if (group.length === 0) return '';
    const items = group
      .map((e) => {
        const rows = e.candidates
          .map((c, i) => `<tr><td>${i + 1}</td><td>${esc(c.element)}</td><td>${score(c.score)}</td></tr>`)
          .join('');
        return `<article class="${o}"><h3><code>${esc(e.selector)}</code> — ${esc(where(e))}</h3>
<p>${esc(e.failure)}; ${esc(e.reason)}</p>
${e.chosen ? `<p>${o === 'healed' ? 'Used' : 'Best'}: <b>${esc(e.chosen.element)}</b> — score ${score(e.chosen.score)}, margin ${score(e.chosen.margin)}, confidence ${score(e.chosen.confidence)}</p>` : ''}
${e.replacement ? `<p>${capitalised(proposedAs(e))}: <code>${esc(e.replacement)}</code>${e.proposalId ? ` (proposal ${esc(e.proposalId)})` : ''}</p>` : ''}
${rows ? `<table><tr><th>#</th><th>candidate</th><th>score</th></tr>${rows}</table>` : ''}
${e.screenshot ? `<img src="${esc(e.screenshot)}" alt="screenshot of ${esc(e.selector)}">` : ''}</article>`;
      })
      .join('\n');
    return `<h2>${TITLE[o]} (${group.length})</h2>\n${items}`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Locator healing report</title>
<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto}article{border-left:4px solid #999;padding:0 1em;margin:1em 0}
.healed{border-color:#16a34a}.ambiguous{border-color:#f59e0b}.failed{border-color:#dc2626}img{max-width:100%;border:1px solid #ccc}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 8px}</style></head>
<body><h1>Locator healing report</h1>${sections || '<p>No locator needed healing.</p>'}</body></html>
`;
}
