/**
 * Every CLI command, as a function that registers it on the program.
 * Add one line per command module.
 */
import type { Command } from 'commander';
import { registerAudit } from './audit.js';
import { registerBench } from './bench.js';
import { registerDemo } from './demo.js';
import { registerDetect } from './detect.js';
import { registerDiagnose } from './diagnose.js';
import { registerHuman } from './human.js';
import { registerInit } from './init.js';
import { registerLogs } from './logs.js';
import { registerPolicy } from './policy.js';
import { registerServe } from './serve.js';
import { registerTests } from './tests.js';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  registerAudit,
  registerBench,
  registerDemo,
  registerDetect,
  registerDiagnose,
  registerHuman,
  registerInit,
  registerLogs,
  registerPolicy,
  registerServe,
  registerTests,
];
