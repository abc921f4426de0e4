/**
 * `homeostat serve`: the engine against a user's own system, as described by
 * `homeostat.yaml`. One port carries the receivers (and the API and dashboard
 * where present); scrapes and log tails feed detection; Ctrl-C or SIGTERM
 * shuts every supervised child down cleanly.
 */
import type { HomeostatConfig } from '../config/schema.js';
import { logTailFactory } from '../sense/logtail.js';
import { scraperFactory } from '../sense/prometheus/scraper.js';
import { createIngestServer } from '../sense/server.js';
import { createHost, type Host } from './host.js';

export interface Served {
  readonly host: Host;
  readonly url: string;
  shutdown(): Promise<void>;
}

export async function serve(
  config: HomeostatConfig,
  options: { log?: (message: string, fields?: Readonly<Record<string, unknown>>) => void } = {},
): Promise<Served> {
  const host = await createHost({ config, ...(options.log ? { log: options.log } : {}) });
  await host.start();
  const ingest = await createIngestServer({
    sink: host.sink,
    config: config.receivers,
    onSpans: (spans) => host.onSpans(spans),
  });
  const url = await ingest.listen(config.server.port, config.server.host);
  const scraper = config.scrape?.targets.length
    ? scraperFactory.create(config.scrape, { sink: host.sink })
    : undefined;
  const tailer = config.logs?.files.length
    ? logTailFactory.create(config.logs, { sink: host.sink })
    : undefined;
  await scraper?.start();
  await tailer?.start();

  let stopped = false;
  return {
    host,
    url,
    async shutdown() {
      if (stopped) return;
      stopped = true;
      await scraper?.shutdown();
      await tailer?.shutdown();
      await ingest.close();
      await host.shutdown();
    },
  };
}
