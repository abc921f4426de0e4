/**
 * The loop an incident travels, detect → diagnose → decide → act → verify, drawn
 * as five steps: done (green), current (blue, pulsing), waiting for a person
 * (amber), failed (red) or not reached (grey). Derived from the incident state
 * and, when known, the state of its latest action.
 */

export const STAGES = ['detect', 'diagnose', 'decide', 'act', 'verify'] as const;
export type Stage = (typeof STAGES)[number];
export type StepStatus = 'done' | 'current' | 'waiting' | 'failed' | 'todo' | 'skipped';

/** Where each stage stands. `actionState` is the latest action's state, if any. */
export function stageStatuses(incidentState: string, actionState?: string): Record<Stage, StepStatus> {
  const upTo = (n: number, last: StepStatus): Record<Stage, StepStatus> => {
    const out = {} as Record<Stage, StepStatus>;
    STAGES.forEach((s, i) => {
      out[s] = i < n ? 'done' : i === n ? last : 'todo';
    });
    return out;
  };
  switch (incidentState) {
    case 'open':
      return upTo(1, 'current');
    case 'diagnosed':
      return upTo(2, 'current');
    case 'awaiting-approval':
      return upTo(2, 'waiting');
    case 'acting':
      return upTo(3, 'current');
    case 'verifying':
      return upTo(4, 'current');
    case 'healed':
      return upTo(5, 'done');
    case 'rolled-back':
      return upTo(4, 'failed');
    case 'dismissed':
      return {
        ...upTo(1, 'done'),
        diagnose: 'skipped',
        decide: 'skipped',
        act: 'skipped',
        verify: 'skipped',
      };
    case 'escalated': {
      // Where the loop stopped: no action → at decide; an action that failed or was undone → at verify.
      if (!actionState || ['rejected', 'skipped', 'awaiting-approval', 'proposed'].includes(actionState))
        return upTo(2, 'failed');
      if (actionState === 'failed') return upTo(3, 'failed');
      return upTo(4, 'failed');
    }
    default:
      return upTo(0, 'current');
  }
}

const ICON: Record<StepStatus, string> = {
  done: '✓',
  current: '•',
  waiting: '!',
  failed: '✕',
  todo: '',
  skipped: '–',
};

/** The five-step progress bar. `compact` drops the labels (for list rows). */
export function StageProgress({
  state,
  actionState,
  compact,
}: {
  state: string;
  actionState?: string;
  compact?: boolean;
}) {
  const statuses = stageStatuses(state, actionState);
  return (
    <ol className={`stages ${compact ? 'compact' : ''}`} aria-label="progress through the healing loop">
      {STAGES.map((s) => (
        <li key={s} className={`stage st-${statuses[s]}`} title={`${s}: ${statuses[s]}`}>
          <span className="dot" aria-hidden="true">
            {ICON[statuses[s]]}
          </span>
          {compact ? null : <span className="stage-label">{s}</span>}
        </li>
      ))}
    </ol>
  );
}
