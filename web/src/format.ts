/**
 * Formatting shared by the panels: times, durations, percentages, entity names
 * and the colour class ('ok', 'warn', 'bad', 'idle', 'busy') of each state.
 */

/** '14:03:07' in the viewer's local time. */
export function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
}

/** '2 min ago', relative to `now`. */
export function ago(ms: number, now: number = Date.now()): string {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return new Date(ms).toLocaleDateString();
}

/** '850 ms', '12.4 s', '3 min 05 s'. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return `${m} min ${String(s).padStart(2, '0')} s`;
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** 'service:cart' → 'cart'. */
export function entityName(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? id : id.slice(i + 1);
}

export type Tone = 'ok' | 'warn' | 'bad' | 'idle' | 'busy';

const TONES: Record<string, Tone> = {
  healed: 'ok',
  succeeded: 'ok',
  approved: 'ok',
  healthy: 'ok',
  open: 'busy',
  diagnosed: 'busy',
  acting: 'busy',
  verifying: 'busy',
  intent: 'busy',
  applying: 'busy',
  undoing: 'warn',
  proposed: 'idle',
  'awaiting-approval': 'warn',
  pending: 'warn',
  degraded: 'warn',
  unhealthy: 'bad',
  worse: 'bad',
  'rolled-back': 'bad',
  escalated: 'bad',
  failed: 'bad',
  failing: 'bad',
  rejected: 'bad',
  expired: 'idle',
  dismissed: 'idle',
  skipped: 'idle',
  'no-data': 'idle',
};

export function toneOf(state: string): Tone {
  return TONES[state] ?? 'idle';
}

/** Human words for engine states. */
export function stateLabel(state: string): string {
  const words: Record<string, string> = {
    'awaiting-approval': 'needs approval',
    'rolled-back': 'rolled back',
    open: 'detected',
  };
  return words[state] ?? state.replace(/-/g, ' ');
}
