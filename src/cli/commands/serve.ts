/** `homeostat serve --config homeostat.yaml`: run the engine against your own system. */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { serve } from '../../serve/serve.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the engine against your own services, as described by a homeostat.yaml')
    .option('--config <file>', 'configuration file (homeostat init writes a starter)', 'homeostat.yaml')
    .action(async (opts: { config: string }) => {
      const config = loadConfig(opts.config);
      const served = await serve(config, {
        log: (m, f) => process.stderr.write(`${m}${f ? ` ${JSON.stringify(f)}` : ''}\n`),
      });
      process.stdout.write(
        `homeostat serving on ${served.url}: ${config.services.length} supervised service(s), ` +
          `${config.scrape?.targets.length ?? 0} scrape target(s), store ${config.store}\n` +
          (served.dashboard
            ? `dashboard: ${served.url}/   API: ${served.url}/api/v1 (OpenAPI at /api/v1/openapi.json)\n`
            : `API: ${served.url}/api/v1 (the dashboard is not built: run npm run build)\n`),
      );
      served.host.bus.subscribe<{ id: string; state: string; title: string; resolution?: string }>(
        'incident',
        (i) => {
          process.stdout.write(
            `incident ${i.id} ${i.state}: ${i.title}${i.resolution ? ` — ${i.resolution}` : ''}\n`,
          );
        },
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.stderr.write('shutting down…\n');
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await served.shutdown();
    });
}
