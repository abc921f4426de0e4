/**
 * One line of plain words for a ledger entry, from its type and payload, for
 * the incident timeline and the ledger table. Unknown types fall back to the
 * payload's keys so that nothing is hidden.
 */
import type { LedgerEntry } from '../api/types.js';

const str = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);

export function describeEntry(e: LedgerEntry): string {
  const p = e.payload;
  switch (e.type) {
    case 'incident.opened':
      return `incident opened: ${str(p.title)}`;
    case 'incident.state':
      return `${str(p.from)} → ${str(p.to ?? p.state)}${p.why ? ` (${str(p.why)})` : ''}`;
    case 'anomaly':
      return `anomaly on ${str(p.entity)} ${str(p.indicator)}`;
    case 'diagnosis':
      return Array.isArray(p.hypotheses) && p.hypotheses.length > 0
        ? `diagnosis: ${str((p.hypotheses[0] as Record<string, unknown>).summary ?? (p.hypotheses[0] as Record<string, unknown>).cause)}`
        : 'diagnosis: no cause found';
    case 'decision':
      return `${str(p.remedy)} → mode ${str(p.mode)} by rule ${str(p.rule)}`;
    case 'approval.requested':
      return `approval requested (${str(p.required)} needed)`;
    case 'approval.vote':
      return `${str(p.decision)}: “${str(p.reason)}”`;
    case 'approval.resolved':
      return `approval ${str(p.state)}`;
    case 'action.intent':
      return `intent journaled: ${str(p.remedy ?? p.description)}`;
    case 'action.applied':
      return `applied${p.detail ? `: ${str(p.detail)}` : ''}`;
    case 'action.verify':
      return `verification ${p.success ? 'passed' : 'failed'} (${str(p.reason)}) after ${str(p.readings)} readings`;
    case 'action.undo':
      return p.ok ? 'undone' : `undo failed: ${str(p.error)}`;
    case 'outcome':
      return `outcome ${str(p.state)}${p.reason ? ` · ${str(p.reason)}` : ''}`;
    case 'escalation':
      return `escalated: ${str(p.reason)}${p.message ? ` — ${str(p.message)}` : p.detail ? ` — ${str(p.detail)}` : ''}`;
    case 'pause':
      return `engine paused${p.reason ? `: ${str(p.reason)}` : ''}`;
    case 'resume':
      return 'engine resumed';
    default: {
      const keys = Object.keys(p).slice(0, 4);
      return keys.map((k) => `${k}=${str(p[k]).slice(0, 40)}`).join(' ');
    }
  }
}
