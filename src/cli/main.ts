#!/usr/bin/env node
/**
 * The `homeostat` command. Each command lives in its own module under
 * `commands/` and is listed in `commands/index.ts`.
 */
import { Command, CommanderError } from 'commander';
import { errorMessage, HomeostatError } from '../core/errors.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('homeostat')
    .description(
      'A self-healing engine for software: detect, diagnose, remediate under policy, verify, remember.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)');
  for (const register of COMMANDS) register(program);
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (err) {
    // A suite's own --help (or --version) ends its parse by throwing: nothing went wrong.
    if (
      err instanceof CommanderError &&
      (err.code === 'commander.helpDisplayed' || err.code === 'commander.version')
    )
      return;
    if (err instanceof CommanderError && err.exitCode !== 0) {
      // Commander has already said what was wrong with the arguments.
      process.exitCode = err.exitCode;
      return;
    }
    const code = err instanceof HomeostatError ? ` [${err.code}]` : '';
    process.stderr.write(`homeostat: ${errorMessage(err)}${code}\n`);
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
  }
}

await main();
