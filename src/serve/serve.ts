/**
 * `homeostat serve`: the engine against a user's own system, as described by
 * `homeostat.yaml`. One port carries the API, the live event stream, the
 * receivers and the dashboard; scrapes and log tails feed detection; Ctrl-C
 * or SIGTERM shuts every supervised child down cleanly.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HomeostatConfig } from '../config/schema.js';
import { type NarrativeConfig, writeNarrative } from '../diagnose/narrative.js';
import { type Incident, TERMINAL_INCIDENT_STATES } from '../model/index.js';
import { logTailFactory } from '../sense/logtail.js';
import { scraperFactory } from '../sense/prometheus/scraper.js';
import { ingestPlugin } from '../sense/server.js';
import { SeriesBook, seriesRoutes } from '../server/series.js';
import { type ApiServer, createApiServer } from '../server/server.js';
import { createHost, type Host, type HostOptions } from './host.js';

export interface ServeOptions extends Omit<HostOptions, 'config'> {
  /** The dashboard's built files; default the package's dist/web when it exists. */
  readonly staticDir?: string;
  /** Overrides `config.server.port` (0 = any free port). */
  readonly port?: number;
}

export interface Served {
  readonly host: Host;
  readonly api: ApiServer;
  /** Recent metric samples the dashboard charts. */
  readonly series: SeriesBook;
  readonly url: string;
  /** Whether the dashboard is served at `url` (false when it was not built). */
  readonly dashboard: boolean;
  shutdown(): Promise<void>;
}

/**
 * Asks the configured language model to explain each diagnosis from its evidence, and
 * writes the text to the ledger next to it. It runs beside the loop: the engine never
 * waits for it, and what it says cannot change a ranking or a decision.
 */
function narrate(
  host: Host,
  config: NarrativeConfig,
  log?: (message: string, fields?: Readonly<Record<string, unknown>>) => void,
): () => void {
  const done = new Set<string>();
  return host.bus.subscribe<Incident>('incident', (inc) => {
    // Remembered only while the incident is open: a closed one is never diagnosed again.
    if (TERMINAL_INCIDENT_STATES.has(inc.state)) done.delete(inc.id);
    if (inc.state !== 'diagnosed' || done.has(inc.id) || inc.hypotheses.length === 0) return;
    done.add(inc.id);
    void writeNarrative(inc.hypotheses, config)
      .then(async (n) => {
        if (!n) return;
        await host.runtime.ledger.append({
          type: 'diagnosis.narrative',
          incidentId: inc.id,
          payload: { text: n.text, model: n.model },
        });
      })
      .catch((err: unknown) =>
        log?.('narrative failed', {
          incident: inc.id,
          error: err instanceof Error ? err.message : String(err),
        }),
      );
  });
}

/** The dashboard build that ships with the package (dist/web), if it was built. */
export function defaultDashboardDir(): string | undefined {
  // From dist/src/serve/serve.js or src/serve/serve.ts, dist/web is two or three levels up.
  for (const rel of ['../../web/', '../../dist/web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}/index.html`)) return dir;
  }
  return undefined;
}

export async function serve(config: HomeostatConfig, options: ServeOptions = {}): Promise<Served> {
  const { staticDir, port, ...hostOptions } = options;
  const host = await createHost({ ...hostOptions, config });
  const series = new SeriesBook();
  const sink = series.tap(host.sink);
  let api: ApiServer | undefined;
  let scraper: ReturnType<typeof scraperFactory.create> | undefined;
  let tailer: ReturnType<typeof logTailFactory.create> | undefined;
  try {
    await host.start();
    const dashboardDir = staticDir ?? defaultDashboardDir();
    api = await createApiServer({
      runtime: host.runtime,
      graph: host.graph,
      bus: host.bus,
      tokens: { tokens: config.server.tokens, allowAnonymousRead: config.server.allowAnonymousRead },
      receivers: [ingestPlugin({ sink, config: config.receivers, onSpans: (s) => host.onSpans(s) }).plugin],
      routes: seriesRoutes(series, host.runtime.store),
      ...(dashboardDir ? { staticDir: dashboardDir } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    const url = await api.listen(port ?? config.server.port, config.server.host);
    scraper = config.scrape?.targets.length ? scraperFactory.create(config.scrape, { sink }) : undefined;
    tailer = config.logs?.files.length ? logTailFactory.create(config.logs, { sink }) : undefined;
    await scraper?.start();
    await tailer?.start();
    const narrating = config.narrative?.enabled ? narrate(host, config.narrative, options.log) : undefined;

    const server = api;
    let stopped = false;
    return {
      host,
      api: server,
      series,
      url,
      dashboard: dashboardDir !== undefined,
      async shutdown() {
        if (stopped) return;
        stopped = true;
        narrating?.();
        await scraper?.shutdown();
        await tailer?.shutdown();
        await server.close();
        await host.shutdown();
      },
    };
  } catch (err) {
    // A port in use or a bad token must not leave supervised children behind.
    await scraper?.shutdown().catch(() => undefined);
    await tailer?.shutdown().catch(() => undefined);
    await api?.close().catch(() => undefined);
    await host.shutdown().catch(() => undefined);
    throw err;
  }
}
