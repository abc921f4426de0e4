/**
 * Reaping what a crashed engine left behind. A supervisor killed with SIGKILL
 * cannot stop its children; the next one finds their pids in the persisted
 * state and kills those process groups, but only if the pid still runs the
 * recorded executable (a reused pid belongs to someone else).
 */
import { readFileSync } from 'node:fs';
import { signalGroup } from './instance.js';

export interface RecordedPid {
  readonly pid: number;
  readonly argv0: string;
}

/** The command line of a live process (Linux /proc); undefined when gone, empty for a zombie. */
export function cmdlineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

/** True while the pid is a live (non-zombie) process. */
export function alive(pid: number): boolean {
  return Boolean(cmdlineOf(pid));
}

/**
 * SIGKILLs each recorded process group still running its executable and waits
 * (up to about a second) until they are gone, so their ports are free again.
 * Returns the pids it killed.
 */
export async function reapOrphans(recorded: readonly RecordedPid[]): Promise<number[]> {
  const killed = recorded
    .filter((p) => p.argv0 !== '' && cmdlineOf(p.pid)?.includes(p.argv0))
    .filter((p) => signalGroup(p.pid, 'SIGKILL'))
    .map((p) => p.pid);
  for (let i = 0; i < 40 && killed.some(alive); i++) await new Promise((r) => setTimeout(r, 25));
  return killed;
}
