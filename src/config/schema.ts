/**
 * The engine's configuration file (`homeostat serve --config homeostat.yaml`):
 * which processes to supervise and how to heal them, what to scrape, which
 * receivers listen, the policy, the store and the API server. Validated with
 * zod; an error names file, line and field.
 */
import { z } from 'zod';
import { serviceSpecSchema } from '../act/actuators/process/types.js';
import { narrativeConfigSchema } from '../diagnose/narrative-config.js';
import { logTailConfigSchema } from '../sense/logtail.js';
import { scraperConfigSchema } from '../sense/prometheus/scraper.js';
import { ingestServerConfigSchema } from '../sense/server.js';
import { TokenEntrySchema } from '../server/auth.js';

/** A token entry: the same schema the API server checks (reserved names, allowed characters). */
export const tokenSchema = TokenEntrySchema;

export const serverSchema = z.strictObject({
  host: z.string().default('127.0.0.1'),
  port: z.int().min(0).max(65535).default(7070),
  tokens: z.array(tokenSchema).default([]),
  /** Lets anyone read (never write) without a token; for local demos. */
  allowAnonymousRead: z.boolean().default(false),
});

export const supervisedServiceSchema = serviceSpecSchema.extend({
  /** Labels the policy matches on (env=prod, tier=backend, regulated=true, …). */
  labels: z.record(z.string(), z.string()).default({}),
  /** Remedies that may act on this service; default: every infra remedy that fits. */
  remedies: z.array(z.string().min(1)).optional(),
  /** Services this one calls (topology edges). */
  dependsOn: z.array(z.string().min(1)).default([]),
});

export const configSchema = z.strictObject({
  version: z.literal(1, { error: 'version must be 1' }),
  /** Where incidents, the journal and the ledger live. */
  store: z.string().default('sqlite:./.homeostat/homeostat.db'),
  /** A policy file (watched and reloaded); default: the built-in conservative policy. */
  policy: z.string().optional(),
  server: serverSchema.prefault({}),
  receivers: ingestServerConfigSchema.prefault({}),
  scrape: scraperConfigSchema.optional(),
  /** Optional language-model narrative of each diagnosis (off by default; never changes the ranking). */
  narrative: narrativeConfigSchema.optional(),
  logs: logTailConfigSchema.optional(),
  services: z.array(supervisedServiceSchema).default([]),
  detection: z
    .strictObject({
      /** Health probe interval for supervised services. */
      probeIntervalMs: z.int().min(100).default(2_000),
      /** Consecutive failed probes before an anomaly. */
      probeFailures: z.int().min(1).default(2),
      /** How long an incident no diagnoser explains yet waits for related evidence before it escalates. */
      patienceMs: z.int().min(0).default(15_000),
      /** Mine the supervised children's stdout/stderr into log templates (a never-seen template or an error burst is an anomaly). */
      supervisedLogs: z.boolean().default(true),
      /** The log template detector: `warmupMs` (templates learnt silently), `intervalMs`, `burstFactor`, `minBurst`. */
      logs: z
        .strictObject({
          warmupMs: z.int().min(0).optional(),
          intervalMs: z.int().min(1000).optional(),
          burstFactor: z.number().min(1).optional(),
          minBurst: z.int().min(1).optional(),
        })
        .optional(),
    })
    .prefault({}),
  verification: z
    .strictObject({
      windowMs: z.int().min(1000).optional(),
      confirmMs: z.int().min(0).optional(),
    })
    .prefault({}),
});

export type HomeostatConfig = z.output<typeof configSchema>;
export type SupervisedService = z.output<typeof supervisedServiceSchema>;
