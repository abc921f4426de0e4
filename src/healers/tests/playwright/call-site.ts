/**
 * Finds the test file and line that created a locator, from the stack: the
 * first frame outside homeostat's own Playwright wrapper and outside
 * node_modules. Patches are applied at that place.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CallSite {
  readonly file: string;
  readonly line: number | null;
}

/** The wrapper's own modules (source or compiled), never a caller. */
const OWN = /[\\/]healers[\\/]tests[\\/]playwright[\\/](healing|resolve|call-site|fixture|index)\.[jt]s$/;

const FRAME = /\(?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+):(\d+):\d+\)?\s*$/;

/** The caller's file (relative to cwd) and line; `{ file: 'unknown', line: null }` when there is none. */
export function callSite(stack: string | undefined = new Error().stack): CallSite {
  for (const raw of (stack ?? '').split('\n').slice(1)) {
    const m = FRAME.exec(raw.trim());
    if (!m?.[1] || !m[2]) continue;
    const path = m[1].startsWith('file://') ? fileURLToPath(m[1]) : m[1];
    if (OWN.test(path) || /[\\/]node_modules[\\/]/.test(path)) continue;
    if (path.startsWith('node:')) continue;
    return { file: relative(process.cwd(), path) || path, line: Number(m[2]) };
  }
  return { file: 'unknown', line: null };
}
