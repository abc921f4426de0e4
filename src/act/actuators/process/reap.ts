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

/**
 * True until the process is gone or a zombie. A dying process loses its
 * command line before it closes its sockets, so the state letter in
 * /proc/<pid>/stat is what tells that its ports are free.
 */
export function alive(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X' && state !== 'x';
}

/**
 * SIGKILLs each recorded process group still running its executable and waits
 * (up to about two seconds) until they are gone, so their ports are free again.
 * Returns the pids it killed.
 */
export async function reapOrphans(recorded: readonly RecordedPid[]): Promise<number[]> {
  const killed = recorded
    .filter((p) => p.argv0 !== '' && cmdlineOf(p.pid)?.includes(p.argv0))
    .filter((p) => signalGroup(p.pid, 'SIGKILL'))
    .map((p) => p.pid);
  for (let i = 0; i < 80 && killed.some(alive); i++) await new Promise((r) => setTimeout(r, 25));
  return killed;
}
