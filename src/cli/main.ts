#!/usr/bin/env node
/**
 * The `homeostat` command. Each command lives in its own module under
 * `commands/` and is listed in `commands/index.ts`.
 */
import { Command } from 'commander';
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
    const code = err instanceof HomeostatError ? ` [${err.code}]` : '';
    process.stderr.write(`homeostat: ${errorMessage(err)}${code}\n`);
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
  }
}

await main();
