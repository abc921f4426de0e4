/**
 * The incident state machine. Every transition the engine makes is checked
 * against this table, so an incident can never jump from `open` to `healed`
 * without passing through an action and its verification.
 */
import { HomeostatError } from '../core/errors.js';
import type { IncidentState } from '../model/index.js';

const NEXT: Readonly<Record<IncidentState, readonly IncidentState[]>> = {
  open: ['diagnosed', 'escalated', 'dismissed'],
  diagnosed: ['awaiting-approval', 'acting', 'escalated', 'dismissed'],
  'awaiting-approval': ['acting', 'escalated', 'dismissed'],
  acting: ['verifying', 'rolled-back', 'escalated', 'dismissed'],
  verifying: ['healed', 'rolled-back', 'escalated'],
  // Rolled back means acted, did not help, undone and handed to a person: final.
  'rolled-back': [],
  healed: [],
  escalated: [],
  dismissed: [],
};

export function canTransition(from: IncidentState, to: IncidentState): boolean {
  return NEXT[from].includes(to);
}

/** Throws HST_CONFLICT naming both states when the move is not allowed. */
export function assertTransition(from: IncidentState, to: IncidentState): void {
  if (!canTransition(from, to)) {
    throw new HomeostatError('HST_CONFLICT', `incident cannot move from '${from}' to '${to}'`);
  }
}

export function allowedNext(from: IncidentState): readonly IncidentState[] {
  return NEXT[from];
}
