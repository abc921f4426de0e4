/** Options shared by the commands that read the engine's state. */
import { resolve } from 'node:path';
import type { Command } from 'commander';

export const DEFAULT_DIR = '.homeostat';

/** The default store: SQLite under ./.homeostat/ (as `homeostat demo` and `serve` use). */
export function defaultStoreUrl(dir = DEFAULT_DIR): string {
  return `sqlite:${resolve(dir, 'homeostat.db')}`;
}

export function withStore(cmd: Command): Command {
  return cmd.option('--store <url>', 'store URL (sqlite:PATH, memory:)', defaultStoreUrl());
}

/** The identity a person acts under: --as, else $HOMEOSTAT_USER, else $USER. */
export function identityOf(opts: { as?: string }): string {
  const who = opts.as ?? process.env.HOMEOSTAT_USER ?? process.env.USER ?? '';
  return who.trim();
}
