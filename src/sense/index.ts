/**
 * The sense stage's public surface: receivers by name (a plain registry, as
 * configuration refers to components by name), the ingest server, and the
 * span record type other stages consume.
 */
import { alertmanagerReceiverFactory } from './alertmanager/routes.js';
import { cloudEventsReceiverFactory } from './cloudevents/routes.js';
import { logTailFactory } from './logtail.js';
import { otlpReceiverFactory } from './otlp/routes.js';
import { remoteWriteReceiverFactory } from './prometheus/remote-write.js';
import { scraperFactory } from './prometheus/scraper.js';

/** Every receiver factory by its type name. */
export const RECEIVERS = {
  otlp: otlpReceiverFactory,
  prometheus_remote_write: remoteWriteReceiverFactory,
  prometheus_scrape: scraperFactory,
  alertmanager: alertmanagerReceiverFactory,
  cloudevents: cloudEventsReceiverFactory,
  logtail: logTailFactory,
} as const;

export { alertmanagerRoutes } from './alertmanager/routes.js';
export { cloudEventsRoutes } from './cloudevents/routes.js';
export { IngestGate } from './common/gate.js';
export { DEFAULT_LIMITS, type IngestLimits, ingestLimitsSchema } from './common/limits.js';
export type { HttpReceiver } from './common/receiver.js';
export { LogTailer } from './logtail.js';
export { otlpRoutes } from './otlp/routes.js';
export type { SpanKind, SpanListener, SpanRecord, SpanStatus } from './otlp/spans.js';
export { parseExposition } from './prometheus/exposition.js';
export { remoteWriteRoutes } from './prometheus/remote-write.js';
export { Scraper } from './prometheus/scraper.js';
export { createIngestServer, type IngestServer, ingestPlugin } from './server.js';
