/** `homeostat init`: writes a commented starter configuration. */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { STARTER_CONFIG } from '../../config/starter.js';
import { HomeostatError } from '../../core/errors.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented starter homeostat.yaml')
    .option('--config <file>', 'where to write it', 'homeostat.yaml')
    .option('--force', 'overwrite an existing file')
    .action((opts: { config: string; force?: boolean }) => {
      const file = resolve(opts.config);
      if (existsSync(file) && !opts.force) {
        throw new HomeostatError('HST_CONFLICT', `${file} already exists; pass --force to overwrite it`);
      }
      writeFileSync(file, STARTER_CONFIG);
      process.stdout.write(
        `wrote ${file}\nnext: edit it, then run: homeostat serve --config ${opts.config}\n`,
      );
    });
}
