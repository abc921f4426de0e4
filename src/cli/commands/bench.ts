/** `homeostat bench <suite>`: runs a benchmark suite from `bench/`. */
import type { Command } from 'commander';
import { SUITES } from '../../../bench/index.js';
import { HomeostatError } from '../../core/errors.js';

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description(`run a benchmark suite (${Object.keys(SUITES).sort().join(', ')})`)
    .argument('<suite>', 'suite name')
    .allowUnknownOption(true)
    .helpOption(false)
    .argument('[args...]', 'options of the suite (see homeostat bench <suite> --help)')
    .action(async (suite: string, args: string[]) => {
      const load = SUITES[suite];
      if (!load) {
        throw new HomeostatError(
          'HST_INPUT_INVALID',
          `unknown benchmark suite '${suite}'; known: ${Object.keys(SUITES).sort().join(', ')}`,
        );
      }
      await (await load())(args);
    });
}
