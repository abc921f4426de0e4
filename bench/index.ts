/**
 * Benchmark suites by name. Each suite parses its own arguments (so each has
 * its own --help), prints a readable table, and with `--json FILE` writes the
 * same figures with the field names its issue gives. Suites load on demand:
 * the CLI starts fast and one suite's dependencies never affect another.
 */
export type Suite = (args: readonly string[]) => Promise<void>;

export const SUITES: Record<string, () => Promise<Suite>> = {
  chaos: async () => (await import('./chaos/suite.js')).chaosSuite,
  core: async () => (await import('./core/suite.js')).coreSuite,
  ingest: async () => (await import('../src/sense/bench.js')).ingestBench,
  loghub: async () => (await import('./loghub/index.js')).loghubBench,
  locators: async () => (await import('./locators/index.js')).locatorsBench,
  nab: async () => (await import('./nab/index.js')).nabSuite,
  process: async () => (await import('../src/act/actuators/process/bench.js')).processBench,
  rca: async () => (await import('./rca/index.js')).rcaBench,
  throughput: async () => (await import('./throughput/index.js')).throughputSuite,
};
