/**
 * Benchmark suites by name. Each suite parses its own arguments (so each has
 * its own --help), prints a readable table, and with `--json FILE` writes the
 * same figures with the field names its issue gives.
 */
import { processBench } from '../src/act/actuators/process/bench.js';
import { ingestBench } from '../src/sense/bench.js';
import { chaosSuite } from './chaos/suite.js';
import { coreSuite } from './core/suite.js';
import { locatorsBench } from './locators/index.js';
import { loghubBench } from './loghub/index.js';
import { nabSuite } from './nab/index.js';
import { rcaBench } from './rca/index.js';
import { throughputSuite } from './throughput/index.js';

export type Suite = (args: readonly string[]) => Promise<void>;

export const SUITES: Record<string, Suite> = {
  chaos: chaosSuite,
  core: coreSuite,
  ingest: ingestBench,
  loghub: loghubBench,
  locators: locatorsBench,
  nab: nabSuite,
  process: processBench,
  rca: rcaBench,
  throughput: throughputSuite,
};
